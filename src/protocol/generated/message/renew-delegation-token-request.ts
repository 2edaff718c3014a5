// Generated from spec/kafka/message/RenewDelegationTokenRequest.json by scripts/codegen. Do not edit.
// RenewDelegationTokenRequest: request, api key 39, versions 0-2, flexible 2+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. (versions 0+) */
  hmac: Buffer
  /** The renewal time period in milliseconds. (versions 0+) */
  renewPeriodMs: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRenewDelegationTokenRequest(): RenewDelegationTokenRequest {
  return {
    hmac: Buffer.alloc(0),
    renewPeriodMs: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  const $hmac: Buffer = (version >= 2 ? r.readCompactBytes() : r.readBytes())
  const $renewPeriodMs: bigint = r.readInt64()
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
  return { hmac: $hmac, renewPeriodMs: $renewPeriodMs, unknownTaggedFields }
}

export function writeRenewDelegationTokenRequest(w: Writer, m: RenewDelegationTokenRequest, version: number): void {
  void (version >= 2 ? w.writeCompactBytes(m.hmac) : w.writeBytes(m.hmac))
  w.writeInt64(m.renewPeriodMs)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
