// Generated from spec/kafka/message/CreateDelegationTokenResponse.json by scripts/codegen. Do not edit.
// CreateDelegationTokenResponse: response, api key 38, versions 0-3, flexible 2+.
import { EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. (versions 0+) */
  errorCode: number
  /** The principal type of the token owner. (versions 0+) */
  principalType: string
  /** The name of the token owner. (versions 0+) */
  principalName: string
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalType: string
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalName: string
  /** When this token was generated. (versions 0+) */
  issueTimestampMs: bigint
  /** When this token expires. (versions 0+) */
  expiryTimestampMs: bigint
  /** The maximum lifetime of this token. (versions 0+) */
  maxTimestampMs: bigint
  /** The token UUID. (versions 0+) */
  tokenId: string
  /** HMAC of the delegation token. (versions 0+) */
  hmac: Buffer
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultCreateDelegationTokenResponse(): CreateDelegationTokenResponse {
  return {
    errorCode: 0,
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestampMs: 0n,
    expiryTimestampMs: 0n,
    maxTimestampMs: 0n,
    tokenId: "",
    hmac: Buffer.alloc(0),
    throttleTimeMs: 0,
    unknownTaggedFields: undefined,
  }
}

export function readCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  const $errorCode: number = r.readInt16()
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
  const $issueTimestampMs: bigint = r.readInt64()
  const $expiryTimestampMs: bigint = r.readInt64()
  const $maxTimestampMs: bigint = r.readInt64()
  const $tokenId: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $hmac: Buffer = (version >= 2 ? r.readCompactBytes() : r.readBytes())
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
  return { errorCode: $errorCode, principalType: $principalType, principalName: $principalName, tokenRequesterPrincipalType: $tokenRequesterPrincipalType, tokenRequesterPrincipalName: $tokenRequesterPrincipalName, issueTimestampMs: $issueTimestampMs, expiryTimestampMs: $expiryTimestampMs, maxTimestampMs: $maxTimestampMs, tokenId: $tokenId, hmac: $hmac, throttleTimeMs: $throttleTimeMs, unknownTaggedFields }
}

export function writeCreateDelegationTokenResponse(w: Writer, m: CreateDelegationTokenResponse, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 2 ? w.writeCompactString(m.principalType) : w.writeString(m.principalType))
  void (version >= 2 ? w.writeCompactString(m.principalName) : w.writeString(m.principalName))
  if (version >= 3) {
    w.writeCompactString(m.tokenRequesterPrincipalType)
  } else {
    if (m.tokenRequesterPrincipalType !== "") throw new EncodeError('field TokenRequesterPrincipalType cannot be written at version ' + version + ' of CreateDelegationTokenResponse')
  }
  if (version >= 3) {
    w.writeCompactString(m.tokenRequesterPrincipalName)
  } else {
    if (m.tokenRequesterPrincipalName !== "") throw new EncodeError('field TokenRequesterPrincipalName cannot be written at version ' + version + ' of CreateDelegationTokenResponse')
  }
  w.writeInt64(m.issueTimestampMs)
  w.writeInt64(m.expiryTimestampMs)
  w.writeInt64(m.maxTimestampMs)
  void (version >= 2 ? w.writeCompactString(m.tokenId) : w.writeString(m.tokenId))
  void (version >= 2 ? w.writeCompactBytes(m.hmac) : w.writeBytes(m.hmac))
  w.writeInt32(m.throttleTimeMs)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
