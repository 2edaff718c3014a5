// Generated from spec/kafka/message/UnregisterBrokerResponse.json by scripts/codegen. Do not edit.
// UnregisterBrokerResponse: response, api key 64, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The top-level error message, or `null` if there was no top-level error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUnregisterBrokerResponse(): UnregisterBrokerResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    unknownTaggedFields: undefined,
  }
}

export function readUnregisterBrokerResponse(r: Reader, version: number): UnregisterBrokerResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writeUnregisterBrokerResponse(w: Writer, m: UnregisterBrokerResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
