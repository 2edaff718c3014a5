// Generated from spec/kafka/metadata/ProducerIdsRecord.json by scripts/codegen. Do not edit.
// ProducerIdsRecord: metadata, api key 15, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ProducerIdsRecord {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number
  /** The epoch of the requesting broker (versions 0+) */
  brokerEpoch: bigint
  /** The next producerId that will be assigned (i.e. the first producerId in the next assigned block) (versions 0+) */
  nextProducerId: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultProducerIdsRecord(): ProducerIdsRecord {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    nextProducerId: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readProducerIdsRecord(r: Reader, version: number): ProducerIdsRecord {
  const $brokerId: number = r.readInt32()
  const $brokerEpoch: bigint = r.readInt64()
  const $nextProducerId: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, brokerEpoch: $brokerEpoch, nextProducerId: $nextProducerId, unknownTaggedFields }
}

export function writeProducerIdsRecord(w: Writer, m: ProducerIdsRecord, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeInt64(m.nextProducerId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
