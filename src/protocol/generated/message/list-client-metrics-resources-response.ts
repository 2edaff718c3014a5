// Generated from spec/kafka/message/ListClientMetricsResourcesResponse.json by scripts/codegen. Do not edit.
// ListClientMetricsResourcesResponse: response, api key 74, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Each client metrics resource in the response. (versions 0+) */
  clientMetricsResources: ClientMetricsResource[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ClientMetricsResource {
  /** The resource name. (versions 0+) */
  name: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListClientMetricsResourcesResponse(): ListClientMetricsResourcesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientMetricsResources: [],
    unknownTaggedFields: undefined,
  }
}

export function readListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let $clientMetricsResources: ClientMetricsResource[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field ClientMetricsResources was serialized as null')
    } else {
      const a: ClientMetricsResource[] = []
      for (let i = 0; i < n; i++) a.push(readClientMetricsResource(r, version))
      $clientMetricsResources = a
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, clientMetricsResources: $clientMetricsResources, unknownTaggedFields }
}

export function writeListClientMetricsResourcesResponse(w: Writer, m: ListClientMetricsResourcesResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  {
    const a = m.clientMetricsResources
    w.writeArrayLength(true, a.length)
    for (const e of a) writeClientMetricsResource(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultClientMetricsResource(): ClientMetricsResource {
  return {
    name: "",
    unknownTaggedFields: undefined,
  }
}

export function readClientMetricsResource(r: Reader, version: number): ClientMetricsResource {
  const $name: string = r.readCompactString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, unknownTaggedFields }
}

export function writeClientMetricsResource(w: Writer, m: ClientMetricsResource, version: number): void {
  w.writeCompactString(m.name)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
