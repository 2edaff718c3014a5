// Generated from spec/kafka/metadata/ClientQuotaRecord.json by scripts/codegen. Do not edit.
// ClientQuotaRecord: metadata, api key 14, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ClientQuotaRecord {
  /** The quota entity to alter. (versions 0+) */
  entity: EntityData[]
  /** The quota configuration key. (versions 0+) */
  key: string
  /** The value to set, otherwise ignored if the value is to be removed. (versions 0+) */
  value: number
  /** Whether the quota configuration value should be removed, otherwise set. (versions 0+) */
  remove: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface EntityData {
  /** The entity type. (versions 0+) */
  entityType: string
  /** The name of the entity, or null if the default. (versions 0+; nullable 0+) */
  entityName: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultClientQuotaRecord(): ClientQuotaRecord {
  return {
    entity: [],
    key: "",
    value: 0,
    remove: false,
    unknownTaggedFields: undefined,
  }
}

export function readClientQuotaRecord(r: Reader, version: number): ClientQuotaRecord {
  let $entity: EntityData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Entity was serialized as null')
    } else {
      const a: EntityData[] = []
      for (let i = 0; i < n; i++) a.push(readEntityData(r, version))
      $entity = a
    }
  }
  const $key: string = r.readCompactString()
  const $value: number = r.readFloat64()
  const $remove: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { entity: $entity, key: $key, value: $value, remove: $remove, unknownTaggedFields }
}

export function writeClientQuotaRecord(w: Writer, m: ClientQuotaRecord, version: number): void {
  {
    const a = m.entity
    w.writeArrayLength(true, a.length)
    for (const e of a) writeEntityData(w, e, version)
  }
  w.writeCompactString(m.key)
  w.writeFloat64(m.value)
  w.writeBool(m.remove)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultEntityData(): EntityData {
  return {
    entityType: "",
    entityName: "",
    unknownTaggedFields: undefined,
  }
}

export function readEntityData(r: Reader, version: number): EntityData {
  const $entityType: string = r.readCompactString()
  const $entityName: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { entityType: $entityType, entityName: $entityName, unknownTaggedFields }
}

export function writeEntityData(w: Writer, m: EntityData, version: number): void {
  w.writeCompactString(m.entityType)
  w.writeCompactNullableString(m.entityName)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
