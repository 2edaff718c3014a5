// Generated from spec/kafka/message/BrokerHeartbeatResponse.json by scripts/codegen. Do not edit.
// BrokerHeartbeatResponse: response, api key 63, versions 0-1, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** True if the broker has approximately caught up with the latest metadata. (versions 0+) */
  isCaughtUp: boolean
  /** True if the broker is fenced. (versions 0+) */
  isFenced: boolean
  /** True if the broker should proceed with its shutdown. (versions 0+) */
  shouldShutDown: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultBrokerHeartbeatResponse(): BrokerHeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    isCaughtUp: false,
    isFenced: true,
    shouldShutDown: false,
    unknownTaggedFields: undefined,
  }
}

export function readBrokerHeartbeatResponse(r: Reader, version: number): BrokerHeartbeatResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $isCaughtUp: boolean = r.readBool()
  const $isFenced: boolean = r.readBool()
  const $shouldShutDown: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, isCaughtUp: $isCaughtUp, isFenced: $isFenced, shouldShutDown: $shouldShutDown, unknownTaggedFields }
}

export function writeBrokerHeartbeatResponse(w: Writer, m: BrokerHeartbeatResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeBool(m.isCaughtUp)
  w.writeBool(m.isFenced)
  w.writeBool(m.shouldShutDown)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
