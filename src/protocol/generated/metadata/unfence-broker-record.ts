// Generated from spec/kafka/metadata/UnfenceBrokerRecord.json by scripts/codegen. Do not edit.
// UnfenceBrokerRecord: metadata, api key 8, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface UnfenceBrokerRecord {
  /** The broker ID to unfence. (versions 0+) */
  id: number
  /** The epoch of the broker to unfence. (versions 0+) */
  epoch: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUnfenceBrokerRecord(): UnfenceBrokerRecord {
  return {
    id: 0,
    epoch: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readUnfenceBrokerRecord(r: Reader, version: number): UnfenceBrokerRecord {
  const $id: number = r.readInt32()
  const $epoch: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { id: $id, epoch: $epoch, unknownTaggedFields }
}

export function writeUnfenceBrokerRecord(w: Writer, m: UnfenceBrokerRecord, version: number): void {
  w.writeInt32(m.id)
  w.writeInt64(m.epoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
