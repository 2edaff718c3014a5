// Generated from spec/kafka/message/AllocateProducerIdsResponse.json by scripts/codegen. Do not edit.
// AllocateProducerIdsResponse: response, api key 67, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top level response error code (versions 0+) */
  errorCode: number
  /** The first producer ID in this range, inclusive (versions 0+) */
  producerIdStart: bigint
  /** The number of producer IDs in this range (versions 0+) */
  producerIdLen: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAllocateProducerIdsResponse(): AllocateProducerIdsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerIdStart: 0n,
    producerIdLen: 0,
    unknownTaggedFields: undefined,
  }
}

export function readAllocateProducerIdsResponse(r: Reader, version: number): AllocateProducerIdsResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $producerIdStart: bigint = r.readInt64()
  const $producerIdLen: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, producerIdStart: $producerIdStart, producerIdLen: $producerIdLen, unknownTaggedFields }
}

export function writeAllocateProducerIdsResponse(w: Writer, m: AllocateProducerIdsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.producerIdStart)
  w.writeInt32(m.producerIdLen)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
