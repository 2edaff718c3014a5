// Generated from spec/kafka/message/ExpireDelegationTokenRequest.json by scripts/codegen. Do not edit.
// ExpireDelegationTokenRequest: request, api key 40, versions 0-2, flexible 2+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. (versions 0+) */
  hmac: Buffer
  /** The expiry time period in milliseconds. (versions 0+) */
  expiryTimePeriodMs: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultExpireDelegationTokenRequest(): ExpireDelegationTokenRequest {
  return {
    hmac: Buffer.alloc(0),
    expiryTimePeriodMs: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  const $hmac: Buffer = (version >= 2 ? r.readCompactBytes() : r.readBytes())
  const $expiryTimePeriodMs: bigint = r.readInt64()
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
  return { hmac: $hmac, expiryTimePeriodMs: $expiryTimePeriodMs, unknownTaggedFields }
}

export function writeExpireDelegationTokenRequest(w: Writer, m: ExpireDelegationTokenRequest, version: number): void {
  void (version >= 2 ? w.writeCompactBytes(m.hmac) : w.writeBytes(m.hmac))
  w.writeInt64(m.expiryTimePeriodMs)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
