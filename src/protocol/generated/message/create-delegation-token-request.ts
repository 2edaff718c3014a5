// Generated from spec/kafka/message/CreateDelegationTokenRequest.json by scripts/codegen. Do not edit.
// CreateDelegationTokenRequest: request, api key 38, versions 0-3, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. (versions 3+; nullable 3+) */
  ownerPrincipalType: string | null
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. (versions 3+; nullable 3+) */
  ownerPrincipalName: string | null
  /** A list of those who are allowed to renew this token before it expires. (versions 0+) */
  renewers: CreatableRenewers[]
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. (versions 0+) */
  maxLifetimeMs: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface CreatableRenewers {
  /** The type of the Kafka principal. (versions 0+) */
  principalType: string
  /** The name of the Kafka principal. (versions 0+) */
  principalName: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultCreateDelegationTokenRequest(): CreateDelegationTokenRequest {
  return {
    ownerPrincipalType: "",
    ownerPrincipalName: "",
    renewers: [],
    maxLifetimeMs: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  let $ownerPrincipalType: string | null
  if (version >= 3) {
    $ownerPrincipalType = r.readCompactNullableString()
  } else {
    $ownerPrincipalType = ""
  }
  let $ownerPrincipalName: string | null
  if (version >= 3) {
    $ownerPrincipalName = r.readCompactNullableString()
  } else {
    $ownerPrincipalName = ""
  }
  let $renewers: CreatableRenewers[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Renewers was serialized as null')
    } else {
      const a: CreatableRenewers[] = []
      for (let i = 0; i < n; i++) a.push(readCreatableRenewers(r, version))
      $renewers = a
    }
  }
  const $maxLifetimeMs: bigint = r.readInt64()
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
  return { ownerPrincipalType: $ownerPrincipalType, ownerPrincipalName: $ownerPrincipalName, renewers: $renewers, maxLifetimeMs: $maxLifetimeMs, unknownTaggedFields }
}

export function writeCreateDelegationTokenRequest(w: Writer, m: CreateDelegationTokenRequest, version: number): void {
  if (version >= 3) {
    w.writeCompactNullableString(m.ownerPrincipalType)
  } else {
    if (m.ownerPrincipalType !== "") throw new EncodeError('field OwnerPrincipalType cannot be written at version ' + version + ' of CreateDelegationTokenRequest')
  }
  if (version >= 3) {
    w.writeCompactNullableString(m.ownerPrincipalName)
  } else {
    if (m.ownerPrincipalName !== "") throw new EncodeError('field OwnerPrincipalName cannot be written at version ' + version + ' of CreateDelegationTokenRequest')
  }
  {
    const a = m.renewers
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeCreatableRenewers(w, e, version)
  }
  w.writeInt64(m.maxLifetimeMs)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCreatableRenewers(): CreatableRenewers {
  return {
    principalType: "",
    principalName: "",
    unknownTaggedFields: undefined,
  }
}

export function readCreatableRenewers(r: Reader, version: number): CreatableRenewers {
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

export function writeCreatableRenewers(w: Writer, m: CreatableRenewers, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.principalType) : w.writeString(m.principalType))
  void (version >= 2 ? w.writeCompactString(m.principalName) : w.writeString(m.principalName))
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
