// Generated from spec/kafka/metadata/BrokerRegistrationChangeRecord.json by scripts/codegen. Do not edit.
// BrokerRegistrationChangeRecord: metadata, api key 17, versions 0-2, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface BrokerRegistrationChangeRecord {
  /** The broker id. (versions 0+) */
  brokerId: number
  /** The broker epoch assigned by the controller. (versions 0+) */
  brokerEpoch: bigint
  /** -1 if the broker has been unfenced, 0 if no change, 1 if the broker has been fenced. (versions 0+; tag 0 in 0+) */
  fenced: number
  /** 0 if no change, 1 if the broker is in controlled shutdown. (versions 1+; tag 1 in 1+) */
  inControlledShutdown: number
  /** Log directories configured in this broker which are available. (versions 2+; tag 2 in 2+) */
  logDirs: Buffer[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultBrokerRegistrationChangeRecord(): BrokerRegistrationChangeRecord {
  return {
    brokerId: 0,
    brokerEpoch: 0n,
    fenced: 0,
    inControlledShutdown: 0,
    logDirs: [],
    unknownTaggedFields: undefined,
  }
}

export function readBrokerRegistrationChangeRecord(r: Reader, version: number): BrokerRegistrationChangeRecord {
  const $brokerId: number = r.readInt32()
  const $brokerEpoch: bigint = r.readInt64()
  let $fenced: number = 0
  let $inControlledShutdown: number = 0
  let $logDirs: Buffer[] = []
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0) {
      const end = r.offset + size
      $fenced = r.readInt8()
      if (r.offset > end) throw new DecodeError('tagged field Fenced overran its size')
      r.offset = end
      continue
    }
    if (tag === 1 && version >= 1) {
      const end = r.offset + size
      $inControlledShutdown = r.readInt8()
      if (r.offset > end) throw new DecodeError('tagged field InControlledShutdown overran its size')
      r.offset = end
      continue
    }
    if (tag === 2 && version >= 2) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          throw new DecodeError('non-nullable field LogDirs was serialized as null')
        } else {
          const a: Buffer[] = []
          for (let i = 0; i < n; i++) a.push(r.readUuid())
          $logDirs = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field LogDirs overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, brokerEpoch: $brokerEpoch, fenced: $fenced, inControlledShutdown: $inControlledShutdown, logDirs: $logDirs, unknownTaggedFields }
}

export function writeBrokerRegistrationChangeRecord(w: Writer, m: BrokerRegistrationChangeRecord, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  if (!(version >= 1)) {
    if (m.inControlledShutdown !== 0) throw new EncodeError('field InControlledShutdown cannot be written at version ' + version + ' of BrokerRegistrationChangeRecord')
  }
  if (!(version >= 2)) {
    if (m.logDirs.length !== 0) throw new EncodeError('field LogDirs cannot be written at version ' + version + ' of BrokerRegistrationChangeRecord')
  }
  const tagged: TaggedField[] = []
  if (m.fenced !== 0) {
    const t = new Writer(64)
    t.writeInt8(m.fenced)
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  if (version >= 1 && m.inControlledShutdown !== 0) {
    const t = new Writer(64)
    t.writeInt8(m.inControlledShutdown)
    tagged.push({ tag: 1, data: t.toBuffer() })
  }
  if (version >= 2 && m.logDirs.length !== 0) {
    const t = new Writer(64)
    {
      const a = m.logDirs
      t.writeArrayLength(true, a.length)
      for (const e of a) t.writeUuid(e)
    }
    tagged.push({ tag: 2, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}
