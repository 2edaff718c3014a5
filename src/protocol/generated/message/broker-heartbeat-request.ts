// Generated from spec/kafka/message/BrokerHeartbeatRequest.json by scripts/codegen. Do not edit.
// BrokerHeartbeatRequest: request, api key 63, versions 0-1, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface BrokerHeartbeatRequest {
  /** The broker ID. (versions 0+) */
  brokerId: number
  /** The broker epoch. (versions 0+) */
  brokerEpoch: bigint
  /** The highest metadata offset which the broker has reached. (versions 0+) */
  currentMetadataOffset: bigint
  /** True if the broker wants to be fenced, false otherwise. (versions 0+) */
  wantFence: boolean
  /** True if the broker wants to be shut down, false otherwise. (versions 0+) */
  wantShutDown: boolean
  /** Log directories that failed and went offline. (versions 1+; tag 0 in 1+) */
  offlineLogDirs: Buffer[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultBrokerHeartbeatRequest(): BrokerHeartbeatRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    currentMetadataOffset: 0n,
    wantFence: false,
    wantShutDown: false,
    offlineLogDirs: [],
    unknownTaggedFields: undefined,
  }
}

export function readBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  const $brokerId: number = r.readInt32()
  const $brokerEpoch: bigint = r.readInt64()
  const $currentMetadataOffset: bigint = r.readInt64()
  const $wantFence: boolean = r.readBool()
  const $wantShutDown: boolean = r.readBool()
  let $offlineLogDirs: Buffer[] = []
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0 && version >= 1) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          throw new DecodeError('non-nullable field OfflineLogDirs was serialized as null')
        } else {
          const a: Buffer[] = []
          for (let i = 0; i < n; i++) a.push(r.readUuid())
          $offlineLogDirs = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field OfflineLogDirs overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, brokerEpoch: $brokerEpoch, currentMetadataOffset: $currentMetadataOffset, wantFence: $wantFence, wantShutDown: $wantShutDown, offlineLogDirs: $offlineLogDirs, unknownTaggedFields }
}

export function writeBrokerHeartbeatRequest(w: Writer, m: BrokerHeartbeatRequest, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeInt64(m.currentMetadataOffset)
  w.writeBool(m.wantFence)
  w.writeBool(m.wantShutDown)
  if (!(version >= 1)) {
    if (m.offlineLogDirs.length !== 0) throw new EncodeError('field OfflineLogDirs cannot be written at version ' + version + ' of BrokerHeartbeatRequest')
  }
  const tagged: TaggedField[] = []
  if (version >= 1 && m.offlineLogDirs.length !== 0) {
    const t = new Writer(64)
    {
      const a = m.offlineLogDirs
      t.writeArrayLength(true, a.length)
      for (const e of a) t.writeUuid(e)
    }
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}
