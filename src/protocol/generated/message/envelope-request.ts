// Generated from spec/kafka/message/EnvelopeRequest.json by scripts/codegen. Do not edit.
// EnvelopeRequest: request, api key 58, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface EnvelopeRequest {
  /** The embedded request header and data. (versions 0+) */
  requestData: Buffer
  /** Value of the initial client principal when the request is redirected by a broker. (versions 0+; nullable 0+) */
  requestPrincipal: Buffer | null
  /** The original client's address in bytes. (versions 0+) */
  clientHostAddress: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultEnvelopeRequest(): EnvelopeRequest {
  return {
    requestData: Buffer.alloc(0),
    requestPrincipal: Buffer.alloc(0),
    clientHostAddress: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readEnvelopeRequest(r: Reader, version: number): EnvelopeRequest {
  const $requestData: Buffer = r.readCompactBytes()
  const $requestPrincipal: Buffer | null = r.readCompactNullableBytes()
  const $clientHostAddress: Buffer = r.readCompactBytes()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { requestData: $requestData, requestPrincipal: $requestPrincipal, clientHostAddress: $clientHostAddress, unknownTaggedFields }
}

export function writeEnvelopeRequest(w: Writer, m: EnvelopeRequest, version: number): void {
  w.writeCompactBytes(m.requestData)
  w.writeCompactNullableBytes(m.requestPrincipal)
  w.writeCompactBytes(m.clientHostAddress)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
