// Generated from spec/kafka/message/DescribeClientQuotasResponse.json by scripts/codegen. Do not edit.
// DescribeClientQuotasResponse: response, api key 48, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or `0` if the quota description succeeded. (versions 0+) */
  errorCode: number
  /** The error message, or `null` if the quota description succeeded. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** A result entry. (versions 0+; nullable 0+) */
  entries: EntryData[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface EntryData {
  /** The quota entity description. (versions 0+) */
  entity: EntityData[]
  /** The quota values for the entity. (versions 0+) */
  values: ValueData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface EntityData {
  /** The entity type. (versions 0+) */
  entityType: string
  /** The entity name, or null if the default. (versions 0+; nullable 0+) */
  entityName: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface ValueData {
  /** The quota configuration key. (versions 0+) */
  key: string
  /** The quota configuration value. (versions 0+) */
  value: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeClientQuotasResponse(): DescribeClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    entries: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 1 ? r.readCompactNullableString() : r.readNullableString())
  let $entries: EntryData[] | null
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      $entries = null
    } else {
      const a: EntryData[] = []
      for (let i = 0; i < n; i++) a.push(readEntryData(r, version))
      $entries = a
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, entries: $entries, unknownTaggedFields }
}

export function writeDescribeClientQuotasResponse(w: Writer, m: DescribeClientQuotasResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  void (version >= 1 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  {
    const a = m.entries
    if (a === null) {
      w.writeArrayLength(version >= 1, null)
    } else {
      w.writeArrayLength(version >= 1, a.length)
      for (const e of a) writeEntryData(w, e, version)
    }
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultEntryData(): EntryData {
  return {
    entity: [],
    values: [],
    unknownTaggedFields: undefined,
  }
}

export function readEntryData(r: Reader, version: number): EntryData {
  let $entity: EntityData[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Entity was serialized as null')
    } else {
      const a: EntityData[] = []
      for (let i = 0; i < n; i++) a.push(readEntityData(r, version))
      $entity = a
    }
  }
  let $values: ValueData[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Values was serialized as null')
    } else {
      const a: ValueData[] = []
      for (let i = 0; i < n; i++) a.push(readValueData(r, version))
      $values = a
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
  return { entity: $entity, values: $values, unknownTaggedFields }
}

export function writeEntryData(w: Writer, m: EntryData, version: number): void {
  {
    const a = m.entity
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeEntityData(w, e, version)
  }
  {
    const a = m.values
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeValueData(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultEntityData(): EntityData {
  return {
    entityType: "",
    entityName: "",
    unknownTaggedFields: undefined,
  }
}

export function readEntityData(r: Reader, version: number): EntityData {
  const $entityType: string = (version >= 1 ? r.readCompactString() : r.readString())
  const $entityName: string | null = (version >= 1 ? r.readCompactNullableString() : r.readNullableString())
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
  return { entityType: $entityType, entityName: $entityName, unknownTaggedFields }
}

export function writeEntityData(w: Writer, m: EntityData, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.entityType) : w.writeString(m.entityType))
  void (version >= 1 ? w.writeCompactNullableString(m.entityName) : w.writeNullableString(m.entityName))
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultValueData(): ValueData {
  return {
    key: "",
    value: 0,
    unknownTaggedFields: undefined,
  }
}

export function readValueData(r: Reader, version: number): ValueData {
  const $key: string = (version >= 1 ? r.readCompactString() : r.readString())
  const $value: number = r.readFloat64()
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
  return { key: $key, value: $value, unknownTaggedFields }
}

export function writeValueData(w: Writer, m: ValueData, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.key) : w.writeString(m.key))
  w.writeFloat64(m.value)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
