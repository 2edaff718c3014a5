// Generated from spec/kafka/message/GetTelemetrySubscriptionsResponse.json by scripts/codegen. Do not edit.
// GetTelemetrySubscriptionsResponse: response, api key 71, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. (versions 0+) */
  clientInstanceId: Buffer
  /** Unique identifier for the current subscription set for this client instance. (versions 0+) */
  subscriptionId: number
  /** Compression types that broker accepts for the PushTelemetryRequest. (versions 0+) */
  acceptedCompressionTypes: number[]
  /** Configured push interval, which is the lowest configured interval in the current subscription set. (versions 0+) */
  pushIntervalMs: number
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. (versions 0+) */
  telemetryMaxBytes: number
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values (versions 0+) */
  deltaTemporality: boolean
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. (versions 0+) */
  requestedMetrics: string[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultGetTelemetrySubscriptionsResponse(): GetTelemetrySubscriptionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientInstanceId: Buffer.alloc(16),
    subscriptionId: 0,
    acceptedCompressionTypes: [],
    pushIntervalMs: 0,
    telemetryMaxBytes: 0,
    deltaTemporality: false,
    requestedMetrics: [],
    unknownTaggedFields: undefined,
  }
}

export function readGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $clientInstanceId: Buffer = r.readUuid()
  const $subscriptionId: number = r.readInt32()
  let $acceptedCompressionTypes: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field AcceptedCompressionTypes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt8())
      $acceptedCompressionTypes = a
    }
  }
  const $pushIntervalMs: number = r.readInt32()
  const $telemetryMaxBytes: number = r.readInt32()
  const $deltaTemporality: boolean = r.readBool()
  let $requestedMetrics: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field RequestedMetrics was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $requestedMetrics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, clientInstanceId: $clientInstanceId, subscriptionId: $subscriptionId, acceptedCompressionTypes: $acceptedCompressionTypes, pushIntervalMs: $pushIntervalMs, telemetryMaxBytes: $telemetryMaxBytes, deltaTemporality: $deltaTemporality, requestedMetrics: $requestedMetrics, unknownTaggedFields }
}

export function writeGetTelemetrySubscriptionsResponse(w: Writer, m: GetTelemetrySubscriptionsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeUuid(m.clientInstanceId)
  w.writeInt32(m.subscriptionId)
  {
    const a = m.acceptedCompressionTypes
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt8(e)
  }
  w.writeInt32(m.pushIntervalMs)
  w.writeInt32(m.telemetryMaxBytes)
  w.writeBool(m.deltaTemporality)
  {
    const a = m.requestedMetrics
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
