// Generated from spec/kafka/message/DescribeDelegationTokenResponse.json by scripts/codegen. Do not edit.
// DescribeDelegationTokenResponse: response, api key 41, versions 0-3, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The tokens. (versions 0+) */
  tokens: DescribedDelegationToken[]
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface DescribedDelegationToken {
  /** The token principal type. (versions 0+) */
  principalType: string
  /** The token principal name. (versions 0+) */
  principalName: string
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalType: string
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalName: string
  /** The token issue timestamp in milliseconds. (versions 0+) */
  issueTimestamp: bigint
  /** The token expiry timestamp in milliseconds. (versions 0+) */
  expiryTimestamp: bigint
  /** The token maximum timestamp length in milliseconds. (versions 0+) */
  maxTimestamp: bigint
  /** The token ID. (versions 0+) */
  tokenId: string
  /** The token HMAC. (versions 0+) */
  hmac: Buffer
  /** Those who are able to renew this token before it expires. (versions 0+) */
  renewers: DescribedDelegationTokenRenewer[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface DescribedDelegationTokenRenewer {
  /** The renewer principal type (versions 0+) */
  principalType: string
  /** The renewer principal name (versions 0+) */
  principalName: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeDelegationTokenResponse(): DescribeDelegationTokenResponse {
  return {
    errorCode: 0,
    tokens: [],
    throttleTimeMs: 0,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  const $errorCode: number = r.readInt16()
  let $tokens: DescribedDelegationToken[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Tokens was serialized as null')
    } else {
      const a: DescribedDelegationToken[] = []
      for (let i = 0; i < n; i++) a.push(readDescribedDelegationToken(r, version))
      $tokens = a
    }
  }
  const $throttleTimeMs: number = r.readInt32()
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
  return { errorCode: $errorCode, tokens: $tokens, throttleTimeMs: $throttleTimeMs, unknownTaggedFields }
}

export function writeDescribeDelegationTokenResponse(w: Writer, m: DescribeDelegationTokenResponse, version: number): void {
  w.writeInt16(m.errorCode)
  {
    const a = m.tokens
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDescribedDelegationToken(w, e, version)
  }
  w.writeInt32(m.throttleTimeMs)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribedDelegationToken(): DescribedDelegationToken {
  return {
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestamp: 0n,
    expiryTimestamp: 0n,
    maxTimestamp: 0n,
    tokenId: "",
    hmac: Buffer.alloc(0),
    renewers: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribedDelegationToken(r: Reader, version: number): DescribedDelegationToken {
  const $principalType: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $principalName: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $tokenRequesterPrincipalType: string
  if (version >= 3) {
    $tokenRequesterPrincipalType = r.readCompactString()
  } else {
    $tokenRequesterPrincipalType = ""
  }
  let $tokenRequesterPrincipalName: string
  if (version >= 3) {
    $tokenRequesterPrincipalName = r.readCompactString()
  } else {
    $tokenRequesterPrincipalName = ""
  }
  const $issueTimestamp: bigint = r.readInt64()
  const $expiryTimestamp: bigint = r.readInt64()
  const $maxTimestamp: bigint = r.readInt64()
  const $tokenId: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $hmac: Buffer = (version >= 2 ? r.readCompactBytes() : r.readBytes())
  let $renewers: DescribedDelegationTokenRenewer[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Renewers was serialized as null')
    } else {
      const a: DescribedDelegationTokenRenewer[] = []
      for (let i = 0; i < n; i++) a.push(readDescribedDelegationTokenRenewer(r, version))
      $renewers = a
    }
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
  return { principalType: $principalType, principalName: $principalName, tokenRequesterPrincipalType: $tokenRequesterPrincipalType, tokenRequesterPrincipalName: $tokenRequesterPrincipalName, issueTimestamp: $issueTimestamp, expiryTimestamp: $expiryTimestamp, maxTimestamp: $maxTimestamp, tokenId: $tokenId, hmac: $hmac, renewers: $renewers, unknownTaggedFields }
}

export function writeDescribedDelegationToken(w: Writer, m: DescribedDelegationToken, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.principalType) : w.writeString(m.principalType))
  void (version >= 2 ? w.writeCompactString(m.principalName) : w.writeString(m.principalName))
  if (version >= 3) {
    w.writeCompactString(m.tokenRequesterPrincipalType)
  } else {
    if (m.tokenRequesterPrincipalType !== "") throw new EncodeError('field TokenRequesterPrincipalType cannot be written at version ' + version + ' of DescribeDelegationTokenResponse')
  }
  if (version >= 3) {
    w.writeCompactString(m.tokenRequesterPrincipalName)
  } else {
    if (m.tokenRequesterPrincipalName !== "") throw new EncodeError('field TokenRequesterPrincipalName cannot be written at version ' + version + ' of DescribeDelegationTokenResponse')
  }
  w.writeInt64(m.issueTimestamp)
  w.writeInt64(m.expiryTimestamp)
  w.writeInt64(m.maxTimestamp)
  void (version >= 2 ? w.writeCompactString(m.tokenId) : w.writeString(m.tokenId))
  void (version >= 2 ? w.writeCompactBytes(m.hmac) : w.writeBytes(m.hmac))
  {
    const a = m.renewers
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDescribedDelegationTokenRenewer(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribedDelegationTokenRenewer(): DescribedDelegationTokenRenewer {
  return {
    principalType: "",
    principalName: "",
    unknownTaggedFields: undefined,
  }
}

export function readDescribedDelegationTokenRenewer(r: Reader, version: number): DescribedDelegationTokenRenewer {
  const $principalType: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $principalName: string = (version >= 2 ? r.readCompactString() : r.readString())
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
  return { principalType: $principalType, principalName: $principalName, unknownTaggedFields }
}

export function writeDescribedDelegationTokenRenewer(w: Writer, m: DescribedDelegationTokenRenewer, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.principalType) : w.writeString(m.principalType))
  void (version >= 2 ? w.writeCompactString(m.principalName) : w.writeString(m.principalName))
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
