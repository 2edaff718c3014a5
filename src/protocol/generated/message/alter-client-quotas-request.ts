// Generated from spec/kafka/message/AlterClientQuotasRequest.json by scripts/codegen. Do not edit.
// AlterClientQuotasRequest: request, api key 49, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. (versions 0+) */
  entries: EntryData[]
  /** Whether the alteration should be validated, but not performed. (versions 0+) */
  validateOnly: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface EntryData {
  /** The quota entity to alter. (versions 0+) */
  entity: EntityData[]
  /** An individual quota configuration entry to alter. (versions 0+) */
  ops: OpData[]
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

/** Versions 0-1. */
export interface OpData {
  /** The quota configuration key. (versions 0+) */
  key: string
  /** The value to set, otherwise ignored if the value is to be removed. (versions 0+) */
  value: number
  /** Whether the quota configuration value should be removed, otherwise set. (versions 0+) */
  remove: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterClientQuotasRequest(): AlterClientQuotasRequest {
  return {
    entries: [],
    validateOnly: false,
    unknownTaggedFields: undefined,
  }
}

export function readAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
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
  return { entries: $entries, validateOnly: $validateOnly, unknownTaggedFields }
}

export function writeAlterClientQuotasRequest(w: Writer, m: AlterClientQuotasRequest, version: number): void {
  {
    const a = m.entries
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeEntryData(w, e, version)
  }
  w.writeBool(m.validateOnly)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultEntryData(): EntryData {
  return {
    entity: [],
    ops: [],
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
  let $ops: OpData[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Ops was serialized as null')
    } else {
      const a: OpData[] = []
      for (let i = 0; i < n; i++) a.push(readOpData(r, version))
      $ops = a
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
  return { entity: $entity, ops: $ops, unknownTaggedFields }
}

export function writeEntryData(w: Writer, m: EntryData, version: number): void {
  {
    const a = m.entity
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeEntityData(w, e, version)
  }
  {
    const a = m.ops
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeOpData(w, e, version)
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

export function defaultOpData(): OpData {
  return {
    key: "",
    value: 0,
    remove: false,
    unknownTaggedFields: undefined,
  }
}

export function readOpData(r: Reader, version: number): OpData {
  const $key: string = (version >= 1 ? r.readCompactString() : r.readString())
  const $value: number = r.readFloat64()
  const $remove: boolean = r.readBool()
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
  return { key: $key, value: $value, remove: $remove, unknownTaggedFields }
}

export function writeOpData(w: Writer, m: OpData, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.key) : w.writeString(m.key))
  w.writeFloat64(m.value)
  w.writeBool(m.remove)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
