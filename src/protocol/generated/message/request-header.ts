// Generated from spec/kafka/message/RequestHeader.json by scripts/codegen. Do not edit.
// RequestHeader: header, versions 0-2, flexible 2+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface RequestHeader {
  /** The API key of this request. (versions 0+) */
  requestApiKey: number
  /** The API version of this request. (versions 0+) */
  requestApiVersion: number
  /** The correlation ID of this request. (versions 0+) */
  correlationId: number
  /** The client ID string. (versions 1+; nullable 1+; ignorable) */
  clientId: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRequestHeader(): RequestHeader {
  return {
    requestApiKey: 0,
    requestApiVersion: 0,
    correlationId: 0,
    clientId: "",
    unknownTaggedFields: undefined,
  }
}

export function readRequestHeader(r: Reader, version: number): RequestHeader {
  const $requestApiKey: number = r.readInt16()
  const $requestApiVersion: number = r.readInt16()
  const $correlationId: number = r.readInt32()
  let $clientId: string | null
  if (version >= 1) {
    $clientId = r.readNullableString()
  } else {
    $clientId = ""
  }
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
  return { requestApiKey: $requestApiKey, requestApiVersion: $requestApiVersion, correlationId: $correlationId, clientId: $clientId, unknownTaggedFields }
}

export function writeRequestHeader(w: Writer, m: RequestHeader, version: number): void {
  w.writeInt16(m.requestApiKey)
  w.writeInt16(m.requestApiVersion)
  w.writeInt32(m.correlationId)
  if (version >= 1) {
    w.writeNullableString(m.clientId)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
