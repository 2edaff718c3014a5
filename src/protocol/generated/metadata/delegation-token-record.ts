// Generated from spec/kafka/metadata/DelegationTokenRecord.json by scripts/codegen. Do not edit.
// DelegationTokenRecord: metadata, api key 10, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DelegationTokenRecord {
  /** The delegation token owner. (versions 0+) */
  owner: string
  /** The delegation token requester. (versions 0+) */
  requester: string
  /** The principals which can renew this token. (versions 0+) */
  renewers: string[]
  /** The time at which this timestamp was issued. (versions 0+) */
  issueTimestamp: bigint
  /** The time at which this token cannot be renewed any more. (versions 0+) */
  maxTimestamp: bigint
  /** The next time at which this token must be renewed. (versions 0+) */
  expirationTimestamp: bigint
  /** The token id. (versions 0+) */
  tokenId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDelegationTokenRecord(): DelegationTokenRecord {
  return {
    owner: "",
    requester: "",
    renewers: [],
    issueTimestamp: 0n,
    maxTimestamp: 0n,
    expirationTimestamp: 0n,
    tokenId: "",
    unknownTaggedFields: undefined,
  }
}

export function readDelegationTokenRecord(r: Reader, version: number): DelegationTokenRecord {
  const $owner: string = r.readCompactString()
  const $requester: string = r.readCompactString()
  let $renewers: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Renewers was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $renewers = a
    }
  }
  const $issueTimestamp: bigint = r.readInt64()
  const $maxTimestamp: bigint = r.readInt64()
  const $expirationTimestamp: bigint = r.readInt64()
  const $tokenId: string = r.readCompactString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { owner: $owner, requester: $requester, renewers: $renewers, issueTimestamp: $issueTimestamp, maxTimestamp: $maxTimestamp, expirationTimestamp: $expirationTimestamp, tokenId: $tokenId, unknownTaggedFields }
}

export function writeDelegationTokenRecord(w: Writer, m: DelegationTokenRecord, version: number): void {
  w.writeCompactString(m.owner)
  w.writeCompactString(m.requester)
  {
    const a = m.renewers
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  w.writeInt64(m.issueTimestamp)
  w.writeInt64(m.maxTimestamp)
  w.writeInt64(m.expirationTimestamp)
  w.writeCompactString(m.tokenId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
