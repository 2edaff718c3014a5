// Generated from spec/kafka/message/SnapshotHeaderRecord.json by scripts/codegen. Do not edit.
// SnapshotHeaderRecord: data, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record (versions 0+) */
  version: number
  /** The append time of the last record from the log contained in this snapshot (versions 0+) */
  lastContainedLogTimestamp: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultSnapshotHeaderRecord(): SnapshotHeaderRecord {
  return {
    version: 0,
    lastContainedLogTimestamp: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readSnapshotHeaderRecord(r: Reader, version: number): SnapshotHeaderRecord {
  const $version: number = r.readInt16()
  const $lastContainedLogTimestamp: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { version: $version, lastContainedLogTimestamp: $lastContainedLogTimestamp, unknownTaggedFields }
}

export function writeSnapshotHeaderRecord(w: Writer, m: SnapshotHeaderRecord, version: number): void {
  w.writeInt16(m.version)
  w.writeInt64(m.lastContainedLogTimestamp)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
