// Generated from spec/kafka/message/EndTxnResponse.json by scripts/codegen. Do not edit.
// EndTxnResponse: response, api key 26, versions 0-4, flexible 3+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultEndTxnResponse(): EndTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, unknownTaggedFields }
}

export function writeEndTxnResponse(w: Writer, m: EndTxnResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
