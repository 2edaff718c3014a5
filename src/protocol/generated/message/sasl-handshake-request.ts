// Generated from spec/kafka/message/SaslHandshakeRequest.json by scripts/codegen. Do not edit.
// SaslHandshakeRequest: request, api key 17, versions 0-1, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. (versions 0+) */
  mechanism: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultSaslHandshakeRequest(): SaslHandshakeRequest {
  return {
    mechanism: "",
    unknownTaggedFields: undefined,
  }
}

export function readSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  const $mechanism: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { mechanism: $mechanism, unknownTaggedFields }
}

export function writeSaslHandshakeRequest(w: Writer, m: SaslHandshakeRequest, version: number): void {
  w.writeString(m.mechanism)
}
