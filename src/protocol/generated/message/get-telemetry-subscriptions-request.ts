// Generated from spec/kafka/message/GetTelemetrySubscriptionsRequest.json by scripts/codegen. Do not edit.
// GetTelemetrySubscriptionsRequest: request, api key 71, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. (versions 0+) */
  clientInstanceId: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultGetTelemetrySubscriptionsRequest(): GetTelemetrySubscriptionsRequest {
  return {
    clientInstanceId: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  const $clientInstanceId: Buffer = r.readUuid()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { clientInstanceId: $clientInstanceId, unknownTaggedFields }
}

export function writeGetTelemetrySubscriptionsRequest(w: Writer, m: GetTelemetrySubscriptionsRequest, version: number): void {
  w.writeUuid(m.clientInstanceId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
