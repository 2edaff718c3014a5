// Generated from spec/kafka/metadata/FenceBrokerRecord.json by scripts/codegen. Do not edit.
// FenceBrokerRecord: metadata, api key 7, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface FenceBrokerRecord {
  /** The broker ID to fence. It will be removed from all ISRs. (versions 0+) */
  id: number
  /** The epoch of the broker to fence. (versions 0+) */
  epoch: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultFenceBrokerRecord(): FenceBrokerRecord {
  return {
    id: 0,
    epoch: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readFenceBrokerRecord(r: Reader, version: number): FenceBrokerRecord {
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

export function writeFenceBrokerRecord(w: Writer, m: FenceBrokerRecord, version: number): void {
  w.writeInt32(m.id)
  w.writeInt64(m.epoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
