// Generated from spec/kafka/message/AlterUserScramCredentialsResponse.json by scripts/codegen. Do not edit.
// AlterUserScramCredentialsResponse: response, api key 51, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface AlterUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The results for deletions and alterations, one per affected user. (versions 0+) */
  results: AlterUserScramCredentialsResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface AlterUserScramCredentialsResult {
  /** The user name. (versions 0+) */
  user: string
  /** The error code. (versions 0+) */
  errorCode: number
  /** The error message, if any. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterUserScramCredentialsResponse(): AlterUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterUserScramCredentialsResponse(r: Reader, version: number): AlterUserScramCredentialsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $results: AlterUserScramCredentialsResult[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: AlterUserScramCredentialsResult[] = []
      for (let i = 0; i < n; i++) a.push(readAlterUserScramCredentialsResult(r, version))
      $results = a
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
  return { throttleTimeMs: $throttleTimeMs, results: $results, unknownTaggedFields }
}

export function writeAlterUserScramCredentialsResponse(w: Writer, m: AlterUserScramCredentialsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.results
    w.writeArrayLength(true, a.length)
    for (const e of a) writeAlterUserScramCredentialsResult(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAlterUserScramCredentialsResult(): AlterUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    unknownTaggedFields: undefined,
  }
}

export function readAlterUserScramCredentialsResult(r: Reader, version: number): AlterUserScramCredentialsResult {
  const $user: string = r.readCompactString()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { user: $user, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writeAlterUserScramCredentialsResult(w: Writer, m: AlterUserScramCredentialsResult, version: number): void {
  w.writeCompactString(m.user)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
