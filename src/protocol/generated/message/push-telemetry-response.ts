// Generated from spec/kafka/message/PushTelemetryResponse.json by scripts/codegen. Do not edit.
// PushTelemetryResponse: response, api key 72, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultPushTelemetryResponse(): PushTelemetryResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readPushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, unknownTaggedFields }
}

export function writePushTelemetryResponse(w: Writer, m: PushTelemetryResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
