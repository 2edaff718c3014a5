// Generated from spec/kafka/message/ListClientMetricsResourcesRequest.json by scripts/codegen. Do not edit.
// ListClientMetricsResourcesRequest: request, api key 74, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ListClientMetricsResourcesRequest {
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListClientMetricsResourcesRequest(): ListClientMetricsResourcesRequest {
  return {
    unknownTaggedFields: undefined,
  }
}

export function readListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { unknownTaggedFields }
}

export function writeListClientMetricsResourcesRequest(w: Writer, m: ListClientMetricsResourcesRequest, version: number): void {
  w.writeTaggedFields([], m.unknownTaggedFields)
}
