// Generated from spec/kafka/message/SnapshotFooterRecord.json by scripts/codegen. Do not edit.
// SnapshotFooterRecord: data, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record (versions 0+) */
  version: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultSnapshotFooterRecord(): SnapshotFooterRecord {
  return {
    version: 0,
    unknownTaggedFields: undefined,
  }
}

export function readSnapshotFooterRecord(r: Reader, version: number): SnapshotFooterRecord {
  const $version: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { version: $version, unknownTaggedFields }
}

export function writeSnapshotFooterRecord(w: Writer, m: SnapshotFooterRecord, version: number): void {
  w.writeInt16(m.version)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
