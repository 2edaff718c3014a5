// Generated from spec/kafka/message/DescribeUserScramCredentialsResponse.json by scripts/codegen. Do not edit.
// DescribeUserScramCredentialsResponse: response, api key 50, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The message-level error code, 0 except for user authorization or infrastructure issues. (versions 0+) */
  errorCode: number
  /** The message-level error message, if any. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The results for descriptions, one per user. (versions 0+) */
  results: DescribeUserScramCredentialsResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface DescribeUserScramCredentialsResult {
  /** The user name. (versions 0+) */
  user: string
  /** The user-level error code. (versions 0+) */
  errorCode: number
  /** The user-level error message, if any. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The mechanism and related information associated with the user's SCRAM credentials. (versions 0+) */
  credentialInfos: CredentialInfo[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface CredentialInfo {
  /** The SCRAM mechanism. (versions 0+) */
  mechanism: number
  /** The number of iterations used in the SCRAM credential. (versions 0+) */
  iterations: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeUserScramCredentialsResponse(): DescribeUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let $results: DescribeUserScramCredentialsResult[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: DescribeUserScramCredentialsResult[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeUserScramCredentialsResult(r, version))
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, results: $results, unknownTaggedFields }
}

export function writeDescribeUserScramCredentialsResponse(w: Writer, m: DescribeUserScramCredentialsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  {
    const a = m.results
    w.writeArrayLength(true, a.length)
    for (const e of a) writeDescribeUserScramCredentialsResult(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultDescribeUserScramCredentialsResult(): DescribeUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    credentialInfos: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeUserScramCredentialsResult(r: Reader, version: number): DescribeUserScramCredentialsResult {
  const $user: string = r.readCompactString()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let $credentialInfos: CredentialInfo[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field CredentialInfos was serialized as null')
    } else {
      const a: CredentialInfo[] = []
      for (let i = 0; i < n; i++) a.push(readCredentialInfo(r, version))
      $credentialInfos = a
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
  return { user: $user, errorCode: $errorCode, errorMessage: $errorMessage, credentialInfos: $credentialInfos, unknownTaggedFields }
}

export function writeDescribeUserScramCredentialsResult(w: Writer, m: DescribeUserScramCredentialsResult, version: number): void {
  w.writeCompactString(m.user)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  {
    const a = m.credentialInfos
    w.writeArrayLength(true, a.length)
    for (const e of a) writeCredentialInfo(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultCredentialInfo(): CredentialInfo {
  return {
    mechanism: 0,
    iterations: 0,
    unknownTaggedFields: undefined,
  }
}

export function readCredentialInfo(r: Reader, version: number): CredentialInfo {
  const $mechanism: number = r.readInt8()
  const $iterations: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { mechanism: $mechanism, iterations: $iterations, unknownTaggedFields }
}

export function writeCredentialInfo(w: Writer, m: CredentialInfo, version: number): void {
  w.writeInt8(m.mechanism)
  w.writeInt32(m.iterations)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
