// Generated from spec/kafka/message/InitProducerIdResponse.json by scripts/codegen. Do not edit.
// InitProducerIdResponse: response, api key 22, versions 0-5, flexible 2+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+; ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The current producer id. (versions 0+) */
  producerId: bigint
  /** The current epoch associated with the producer id. (versions 0+) */
  producerEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultInitProducerIdResponse(): InitProducerIdResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt16()
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, producerId: $producerId, producerEpoch: $producerEpoch, unknownTaggedFields }
}

export function writeInitProducerIdResponse(w: Writer, m: InitProducerIdResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
