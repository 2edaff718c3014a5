// Generated from spec/kafka/message/SaslHandshakeResponse.json by scripts/codegen. Do not edit.
// SaslHandshakeResponse: response, api key 17, versions 0-1, flexible none.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The mechanisms enabled in the server. (versions 0+) */
  mechanisms: string[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultSaslHandshakeResponse(): SaslHandshakeResponse {
  return {
    errorCode: 0,
    mechanisms: [],
    unknownTaggedFields: undefined,
  }
}

export function readSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  const $errorCode: number = r.readInt16()
  let $mechanisms: string[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field Mechanisms was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readString())
      $mechanisms = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  return { errorCode: $errorCode, mechanisms: $mechanisms, unknownTaggedFields }
}

export function writeSaslHandshakeResponse(w: Writer, m: SaslHandshakeResponse, version: number): void {
  w.writeInt16(m.errorCode)
  {
    const a = m.mechanisms
    w.writeArrayLength(false, a.length)
    for (const e of a) w.writeString(e)
  }
}
