// Generated from spec/kafka/message/ExpireDelegationTokenResponse.json by scripts/codegen. Do not edit.
// ExpireDelegationTokenResponse: response, api key 40, versions 0-2, flexible 2+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The timestamp in milliseconds at which this token expires. (versions 0+) */
  expiryTimestampMs: bigint
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultExpireDelegationTokenResponse(): ExpireDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
    unknownTaggedFields: undefined,
  }
}

export function readExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  const $errorCode: number = r.readInt16()
  const $expiryTimestampMs: bigint = r.readInt64()
  const $throttleTimeMs: number = r.readInt32()
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
  return { errorCode: $errorCode, expiryTimestampMs: $expiryTimestampMs, throttleTimeMs: $throttleTimeMs, unknownTaggedFields }
}

export function writeExpireDelegationTokenResponse(w: Writer, m: ExpireDelegationTokenResponse, version: number): void {
  w.writeInt16(m.errorCode)
  w.writeInt64(m.expiryTimestampMs)
  w.writeInt32(m.throttleTimeMs)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
