// Generated from spec/kafka/message/PushTelemetryRequest.json by scripts/codegen. Do not edit.
// PushTelemetryRequest: request, api key 72, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. (versions 0+) */
  clientInstanceId: Buffer
  /** Unique identifier for the current subscription. (versions 0+) */
  subscriptionId: number
  /** Client is terminating the connection. (versions 0+) */
  terminating: boolean
  /** Compression codec used to compress the metrics. (versions 0+) */
  compressionType: number
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. (versions 0+) */
  metrics: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultPushTelemetryRequest(): PushTelemetryRequest {
  return {
    clientInstanceId: Buffer.alloc(16),
    subscriptionId: 0,
    terminating: false,
    compressionType: 0,
    metrics: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readPushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  const $clientInstanceId: Buffer = r.readUuid()
  const $subscriptionId: number = r.readInt32()
  const $terminating: boolean = r.readBool()
  const $compressionType: number = r.readInt8()
  const $metrics: Buffer = r.readCompactBytes()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { clientInstanceId: $clientInstanceId, subscriptionId: $subscriptionId, terminating: $terminating, compressionType: $compressionType, metrics: $metrics, unknownTaggedFields }
}

export function writePushTelemetryRequest(w: Writer, m: PushTelemetryRequest, version: number): void {
  w.writeUuid(m.clientInstanceId)
  w.writeInt32(m.subscriptionId)
  w.writeBool(m.terminating)
  w.writeInt8(m.compressionType)
  w.writeCompactBytes(m.metrics)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
