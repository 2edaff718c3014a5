// Generated from spec/kafka/message/AlterConfigsRequest.json by scripts/codegen. Do not edit.
// AlterConfigsRequest: request, api key 33, versions 0-2, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface AlterConfigsRequest {
  /** The updates for each resource. (versions 0+) */
  resources: AlterConfigsResource[]
  /** True if we should validate the request, but not change the configurations. (versions 0+) */
  validateOnly: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface AlterConfigsResource {
  /** The resource type. (versions 0+; map key) */
  resourceType: number
  /** The resource name. (versions 0+; map key) */
  resourceName: string
  /** The configurations. (versions 0+) */
  configs: AlterableConfig[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface AlterableConfig {
  /** The configuration key name. (versions 0+; map key) */
  name: string
  /** The value to set for the configuration key. (versions 0+; nullable 0+) */
  value: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterConfigsRequest(): AlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
    unknownTaggedFields: undefined,
  }
}

export function readAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  let $resources: AlterConfigsResource[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Resources was serialized as null')
    } else {
      const a: AlterConfigsResource[] = []
      for (let i = 0; i < n; i++) a.push(readAlterConfigsResource(r, version))
      $resources = a
    }
  }
  const $validateOnly: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { resources: $resources, validateOnly: $validateOnly, unknownTaggedFields }
}

export function writeAlterConfigsRequest(w: Writer, m: AlterConfigsRequest, version: number): void {
  {
    const a = m.resources
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeAlterConfigsResource(w, e, version)
  }
  w.writeBool(m.validateOnly)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAlterConfigsResource(): AlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterConfigsResource(r: Reader, version: number): AlterConfigsResource {
  const $resourceType: number = r.readInt8()
  const $resourceName: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $configs: AlterableConfig[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Configs was serialized as null')
    } else {
      const a: AlterableConfig[] = []
      for (let i = 0; i < n; i++) a.push(readAlterableConfig(r, version))
      $configs = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { resourceType: $resourceType, resourceName: $resourceName, configs: $configs, unknownTaggedFields }
}

export function writeAlterConfigsResource(w: Writer, m: AlterConfigsResource, version: number): void {
  w.writeInt8(m.resourceType)
  void (version >= 2 ? w.writeCompactString(m.resourceName) : w.writeString(m.resourceName))
  {
    const a = m.configs
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeAlterableConfig(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAlterableConfig(): AlterableConfig {
  return {
    name: "",
    value: "",
    unknownTaggedFields: undefined,
  }
}

export function readAlterableConfig(r: Reader, version: number): AlterableConfig {
  const $name: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $value: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, value: $value, unknownTaggedFields }
}

export function writeAlterableConfig(w: Writer, m: AlterableConfig, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.name) : w.writeString(m.name))
  void (version >= 2 ? w.writeCompactNullableString(m.value) : w.writeNullableString(m.value))
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
