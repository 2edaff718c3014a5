// Generated from spec/kafka/message/SaslAuthenticateRequest.json by scripts/codegen. Do not edit.
// SaslAuthenticateRequest: request, api key 36, versions 0-2, flexible 2+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. (versions 0+) */
  authBytes: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return {
    authBytes: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  const $authBytes: Buffer = (version >= 2 ? r.readCompactBytes() : r.readBytes())
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
  return { authBytes: $authBytes, unknownTaggedFields }
}

export function writeSaslAuthenticateRequest(w: Writer, m: SaslAuthenticateRequest, version: number): void {
  void (version >= 2 ? w.writeCompactBytes(m.authBytes) : w.writeBytes(m.authBytes))
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
