// Generated from spec/kafka/message/AllocateProducerIdsRequest.json by scripts/codegen. Do not edit.
// AllocateProducerIdsRequest: request, api key 67, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number
  /** The epoch of the requesting broker (versions 0+) */
  brokerEpoch: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAllocateProducerIdsRequest(): AllocateProducerIdsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readAllocateProducerIdsRequest(r: Reader, version: number): AllocateProducerIdsRequest {
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

export function writeAllocateProducerIdsRequest(w: Writer, m: AllocateProducerIdsRequest, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
