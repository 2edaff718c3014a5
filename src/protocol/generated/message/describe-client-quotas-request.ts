// Generated from spec/kafka/message/DescribeClientQuotasRequest.json by scripts/codegen. Do not edit.
// DescribeClientQuotasRequest: request, api key 48, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. (versions 0+) */
  components: ComponentData[]
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. (versions 0+) */
  strict: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface ComponentData {
  /** The entity type that the filter component applies to. (versions 0+) */
  entityType: string
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. (versions 0+) */
  matchType: number
  /** The string to match against, or null if unused for the match type. (versions 0+; nullable 0+) */
  match: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeClientQuotasRequest(): DescribeClientQuotasRequest {
  return {
    components: [],
    strict: false,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  let $components: ComponentData[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Components was serialized as null')
    } else {
      const a: ComponentData[] = []
      for (let i = 0; i < n; i++) a.push(readComponentData(r, version))
      $components = a
    }
  }
  const $strict: boolean = r.readBool()
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
  return { components: $components, strict: $strict, unknownTaggedFields }
}

export function writeDescribeClientQuotasRequest(w: Writer, m: DescribeClientQuotasRequest, version: number): void {
  {
    const a = m.components
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeComponentData(w, e, version)
  }
  w.writeBool(m.strict)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultComponentData(): ComponentData {
  return {
    entityType: "",
    matchType: 0,
    match: "",
    unknownTaggedFields: undefined,
  }
}

export function readComponentData(r: Reader, version: number): ComponentData {
  const $entityType: string = (version >= 1 ? r.readCompactString() : r.readString())
  const $matchType: number = r.readInt8()
  const $match: string | null = (version >= 1 ? r.readCompactNullableString() : r.readNullableString())
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
  return { entityType: $entityType, matchType: $matchType, match: $match, unknownTaggedFields }
}

export function writeComponentData(w: Writer, m: ComponentData, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.entityType) : w.writeString(m.entityType))
  w.writeInt8(m.matchType)
  void (version >= 1 ? w.writeCompactNullableString(m.match) : w.writeNullableString(m.match))
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
