// Generated from spec/kafka/message/DescribeConfigsRequest.json by scripts/codegen. Do not edit.
// DescribeConfigsRequest: request, api key 32, versions 0-4, flexible 4+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. (versions 0+) */
  resources: DescribeConfigsResource[]
  /** True if we should include all synonyms. (versions 1+) */
  includeSynonyms: boolean
  /** True if we should include configuration documentation. (versions 3+) */
  includeDocumentation: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface DescribeConfigsResource {
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** The configuration keys to list, or null to list all configuration keys. (versions 0+; nullable 0+) */
  configurationKeys: string[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeConfigsRequest(): DescribeConfigsRequest {
  return {
    resources: [],
    includeSynonyms: false,
    includeDocumentation: false,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  let $resources: DescribeConfigsResource[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Resources was serialized as null')
    } else {
      const a: DescribeConfigsResource[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeConfigsResource(r, version))
      $resources = a
    }
  }
  let $includeSynonyms: boolean
  if (version >= 1) {
    $includeSynonyms = r.readBool()
  } else {
    $includeSynonyms = false
  }
  let $includeDocumentation: boolean
  if (version >= 3) {
    $includeDocumentation = r.readBool()
  } else {
    $includeDocumentation = false
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { resources: $resources, includeSynonyms: $includeSynonyms, includeDocumentation: $includeDocumentation, unknownTaggedFields }
}

export function writeDescribeConfigsRequest(w: Writer, m: DescribeConfigsRequest, version: number): void {
  {
    const a = m.resources
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeDescribeConfigsResource(w, e, version)
  }
  if (version >= 1) {
    w.writeBool(m.includeSynonyms)
  } else {
    if (m.includeSynonyms !== false) throw new EncodeError('field IncludeSynonyms cannot be written at version ' + version + ' of DescribeConfigsRequest')
  }
  if (version >= 3) {
    w.writeBool(m.includeDocumentation)
  } else {
    if (m.includeDocumentation !== false) throw new EncodeError('field IncludeDocumentation cannot be written at version ' + version + ' of DescribeConfigsRequest')
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeConfigsResource(): DescribeConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configurationKeys: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeConfigsResource(r: Reader, version: number): DescribeConfigsResource {
  const $resourceType: number = r.readInt8()
  const $resourceName: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $configurationKeys: string[] | null
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      $configurationKeys = null
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push((version >= 4 ? r.readCompactString() : r.readString()))
      $configurationKeys = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { resourceType: $resourceType, resourceName: $resourceName, configurationKeys: $configurationKeys, unknownTaggedFields }
}

export function writeDescribeConfigsResource(w: Writer, m: DescribeConfigsResource, version: number): void {
  w.writeInt8(m.resourceType)
  void (version >= 4 ? w.writeCompactString(m.resourceName) : w.writeString(m.resourceName))
  {
    const a = m.configurationKeys
    if (a === null) {
      w.writeArrayLength(version >= 4, null)
    } else {
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) void (version >= 4 ? w.writeCompactString(e) : w.writeString(e))
    }
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
