// Generated from spec/kafka/message/AlterClientQuotasResponse.json by scripts/codegen. Do not edit.
// AlterClientQuotasResponse: response, api key 49, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The quota configuration entries to alter. (versions 0+) */
  entries: EntryData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface EntryData {
  /** The error code, or `0` if the quota alteration succeeded. (versions 0+) */
  errorCode: number
  /** The error message, or `null` if the quota alteration succeeded. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The quota entity to alter. (versions 0+) */
  entity: EntityData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface EntityData {
  /** The entity type. (versions 0+) */
  entityType: string
  /** The name of the entity, or null if the default. (versions 0+; nullable 0+) */
  entityName: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterClientQuotasResponse(): AlterClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    entries: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $entries: EntryData[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Entries was serialized as null')
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
  return { throttleTimeMs: $throttleTimeMs, entries: $entries, unknownTaggedFields }
}

export function writeAlterClientQuotasResponse(w: Writer, m: AlterClientQuotasResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.entries
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeEntryData(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultEntryData(): EntryData {
  return {
    errorCode: 0,
    errorMessage: "",
    entity: [],
    unknownTaggedFields: undefined,
  }
}

export function readEntryData(r: Reader, version: number): EntryData {
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 1 ? r.readCompactNullableString() : r.readNullableString())
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
  return { errorCode: $errorCode, errorMessage: $errorMessage, entity: $entity, unknownTaggedFields }
}

export function writeEntryData(w: Writer, m: EntryData, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 1 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  {
    const a = m.entity
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeEntityData(w, e, version)
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
