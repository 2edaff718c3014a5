// Generated from spec/kafka/metadata/ZkMigrationRecord.json by scripts/codegen. Do not edit.
// ZkMigrationStateRecord: metadata, api key 21, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ZkMigrationStateRecord {
  /** One of the possible migration states. (versions 0+) */
  zkMigrationState: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultZkMigrationStateRecord(): ZkMigrationStateRecord {
  return {
    zkMigrationState: 0,
    unknownTaggedFields: undefined,
  }
}

export function readZkMigrationStateRecord(r: Reader, version: number): ZkMigrationStateRecord {
  const $zkMigrationState: number = r.readInt8()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { zkMigrationState: $zkMigrationState, unknownTaggedFields }
}

export function writeZkMigrationStateRecord(w: Writer, m: ZkMigrationStateRecord, version: number): void {
  w.writeInt8(m.zkMigrationState)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
