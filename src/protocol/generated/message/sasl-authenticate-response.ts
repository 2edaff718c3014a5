// Generated from spec/kafka/message/SaslAuthenticateResponse.json by scripts/codegen. Do not edit.
// SaslAuthenticateResponse: response, api key 36, versions 0-2, flexible 2+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. (versions 0+) */
  authBytes: Buffer
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. (versions 1+; ignorable) */
  sessionLifetimeMs: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    authBytes: Buffer.alloc(0),
    sessionLifetimeMs: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
  const $authBytes: Buffer = (version >= 2 ? r.readCompactBytes() : r.readBytes())
  let $sessionLifetimeMs: bigint
  if (version >= 1) {
    $sessionLifetimeMs = r.readInt64()
  } else {
    $sessionLifetimeMs = 0n
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
  return { errorCode: $errorCode, errorMessage: $errorMessage, authBytes: $authBytes, sessionLifetimeMs: $sessionLifetimeMs, unknownTaggedFields }
}

export function writeSaslAuthenticateResponse(w: Writer, m: SaslAuthenticateResponse, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 2 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  void (version >= 2 ? w.writeCompactBytes(m.authBytes) : w.writeBytes(m.authBytes))
  if (version >= 1) {
    w.writeInt64(m.sessionLifetimeMs)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
