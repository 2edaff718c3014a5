// Generated from spec/kafka/message/EnvelopeResponse.json by scripts/codegen. Do not edit.
// EnvelopeResponse: response, api key 58, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface EnvelopeResponse {
  /** The embedded response header and data. (versions 0+; nullable 0+) */
  responseData: Buffer | null
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultEnvelopeResponse(): EnvelopeResponse {
  return {
    responseData: null,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readEnvelopeResponse(r: Reader, version: number): EnvelopeResponse {
  const $responseData: Buffer | null = r.readCompactNullableBytes()
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { responseData: $responseData, errorCode: $errorCode, unknownTaggedFields }
}

export function writeEnvelopeResponse(w: Writer, m: EnvelopeResponse, version: number): void {
  w.writeCompactNullableBytes(m.responseData)
  w.writeInt16(m.errorCode)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
