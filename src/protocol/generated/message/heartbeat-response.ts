// Generated from spec/kafka/message/HeartbeatResponse.json by scripts/codegen. Do not edit.
// HeartbeatResponse: response, api key 12, versions 0-4, flexible 4+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultHeartbeatResponse(): HeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
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

export function writeHeartbeatResponse(w: Writer, m: HeartbeatResponse, version: number): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
