// Generated from spec/kafka/message/EndTxnRequest.json by scripts/codegen. Do not edit.
// EndTxnRequest: request, api key 26, versions 0-4, flexible 3+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface EndTxnRequest {
  /** The ID of the transaction to end. (versions 0+) */
  transactionalId: string
  /** The producer ID. (versions 0+) */
  producerId: bigint
  /** The current epoch associated with the producer. (versions 0+) */
  producerEpoch: number
  /** True if the transaction was committed, false if it was aborted. (versions 0+) */
  committed: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultEndTxnRequest(): EndTxnRequest {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    committed: false,
    unknownTaggedFields: undefined,
  }
}

export function readEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  const $transactionalId: string = (version >= 3 ? r.readCompactString() : r.readString())
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt16()
  const $committed: boolean = r.readBool()
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
  return { transactionalId: $transactionalId, producerId: $producerId, producerEpoch: $producerEpoch, committed: $committed, unknownTaggedFields }
}

export function writeEndTxnRequest(w: Writer, m: EndTxnRequest, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.transactionalId) : w.writeString(m.transactionalId))
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  w.writeBool(m.committed)
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
