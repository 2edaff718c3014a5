// Generated from spec/kafka/metadata/UnregisterBrokerRecord.json by scripts/codegen. Do not edit.
// UnregisterBrokerRecord: metadata, api key 1, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface UnregisterBrokerRecord {
  /** The broker id. (versions 0+) */
  brokerId: number
  /** The broker epoch. (versions 0+) */
  brokerEpoch: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUnregisterBrokerRecord(): UnregisterBrokerRecord {
  return {
    brokerId: 0,
    brokerEpoch: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readUnregisterBrokerRecord(r: Reader, version: number): UnregisterBrokerRecord {
  const $brokerId: number = r.readInt32()
  const $brokerEpoch: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, brokerEpoch: $brokerEpoch, unknownTaggedFields }
}

export function writeUnregisterBrokerRecord(w: Writer, m: UnregisterBrokerRecord, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
