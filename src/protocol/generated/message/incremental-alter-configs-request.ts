// Generated from spec/kafka/message/IncrementalAlterConfigsRequest.json by scripts/codegen. Do not edit.
// IncrementalAlterConfigsRequest: request, api key 44, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. (versions 0+) */
  resources: AlterConfigsResource[]
  /** True if we should validate the request, but not change the configurations. (versions 0+) */
  validateOnly: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
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

/** Versions 0-1. */
export interface AlterableConfig {
  /** The configuration key name. (versions 0+; map key) */
  name: string
  /** The type (Set, Delete, Append, Subtract) of operation. (versions 0+; map key) */
  configOperation: number
  /** The value to set for the configuration key. (versions 0+; nullable 0+) */
  value: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultIncrementalAlterConfigsRequest(): IncrementalAlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
    unknownTaggedFields: undefined,
  }
}

export function readIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  let $resources: AlterConfigsResource[]
  {
    const n = r.readArrayLength(version >= 1)
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
  if (version >= 1) {
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

export function writeIncrementalAlterConfigsRequest(w: Writer, m: IncrementalAlterConfigsRequest, version: number): void {
  {
    const a = m.resources
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeAlterConfigsResource(w, e, version)
  }
  w.writeBool(m.validateOnly)
  if (version >= 1) {
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
  const $resourceName: string = (version >= 1 ? r.readCompactString() : r.readString())
  let $configs: AlterableConfig[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Configs was serialized as null')
    } else {
      const a: AlterableConfig[] = []
      for (let i = 0; i < n; i++) a.push(readAlterableConfig(r, version))
      $configs = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 1) {
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
  void (version >= 1 ? w.writeCompactString(m.resourceName) : w.writeString(m.resourceName))
  {
    const a = m.configs
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeAlterableConfig(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAlterableConfig(): AlterableConfig {
  return {
    name: "",
    configOperation: 0,
    value: "",
    unknownTaggedFields: undefined,
  }
}

export function readAlterableConfig(r: Reader, version: number): AlterableConfig {
  const $name: string = (version >= 1 ? r.readCompactString() : r.readString())
  const $configOperation: number = r.readInt8()
  const $value: string | null = (version >= 1 ? r.readCompactNullableString() : r.readNullableString())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 1) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, configOperation: $configOperation, value: $value, unknownTaggedFields }
}

export function writeAlterableConfig(w: Writer, m: AlterableConfig, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.name) : w.writeString(m.name))
  w.writeInt8(m.configOperation)
  void (version >= 1 ? w.writeCompactNullableString(m.value) : w.writeNullableString(m.value))
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
