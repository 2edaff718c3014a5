// Generated from spec/kafka/message/AddOffsetsToTxnRequest.json by scripts/codegen. Do not edit.
// AddOffsetsToTxnRequest: request, api key 25, versions 0-4, flexible 3+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. (versions 0+) */
  transactionalId: string
  /** Current producer id in use by the transactional id. (versions 0+) */
  producerId: bigint
  /** Current epoch associated with the producer id. (versions 0+) */
  producerEpoch: number
  /** The unique group identifier. (versions 0+) */
  groupId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    groupId: "",
    unknownTaggedFields: undefined,
  }
}

export function readAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  const $transactionalId: string = (version >= 3 ? r.readCompactString() : r.readString())
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt16()
  const $groupId: string = (version >= 3 ? r.readCompactString() : r.readString())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { transactionalId: $transactionalId, producerId: $producerId, producerEpoch: $producerEpoch, groupId: $groupId, unknownTaggedFields }
}

export function writeAddOffsetsToTxnRequest(w: Writer, m: AddOffsetsToTxnRequest, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.transactionalId) : w.writeString(m.transactionalId))
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  void (version >= 3 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
