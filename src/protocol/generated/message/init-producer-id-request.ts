// Generated from spec/kafka/message/InitProducerIdRequest.json by scripts/codegen. Do not edit.
// InitProducerIdRequest: request, api key 22, versions 0-5, flexible 2+.
import { EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. (versions 0+; nullable 0+) */
  transactionalId: string | null
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. (versions 0+) */
  transactionTimeoutMs: number
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (versions 3+) */
  producerId: bigint
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (versions 3+) */
  producerEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultInitProducerIdRequest(): InitProducerIdRequest {
  return {
    transactionalId: "",
    transactionTimeoutMs: 0,
    producerId: -1n,
    producerEpoch: -1,
    unknownTaggedFields: undefined,
  }
}

export function readInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  const $transactionalId: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
  const $transactionTimeoutMs: number = r.readInt32()
  let $producerId: bigint
  if (version >= 3) {
    $producerId = r.readInt64()
  } else {
    $producerId = -1n
  }
  let $producerEpoch: number
  if (version >= 3) {
    $producerEpoch = r.readInt16()
  } else {
    $producerEpoch = -1
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { transactionalId: $transactionalId, transactionTimeoutMs: $transactionTimeoutMs, producerId: $producerId, producerEpoch: $producerEpoch, unknownTaggedFields }
}

export function writeInitProducerIdRequest(w: Writer, m: InitProducerIdRequest, version: number): void {
  void (version >= 2 ? w.writeCompactNullableString(m.transactionalId) : w.writeNullableString(m.transactionalId))
  w.writeInt32(m.transactionTimeoutMs)
  if (version >= 3) {
    w.writeInt64(m.producerId)
  } else {
    if (m.producerId !== -1n) throw new EncodeError('field ProducerId cannot be written at version ' + version + ' of InitProducerIdRequest')
  }
  if (version >= 3) {
    w.writeInt16(m.producerEpoch)
  } else {
    if (m.producerEpoch !== -1) throw new EncodeError('field ProducerEpoch cannot be written at version ' + version + ' of InitProducerIdRequest')
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
