// Generated from spec/kafka/metadata/PartitionRecord.json by scripts/codegen. Do not edit.
// PartitionRecord: metadata, api key 3, versions 0-2, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface PartitionRecord {
  /** The partition id. (versions 0+) */
  partitionId: number
  /** The unique ID of this topic. (versions 0+) */
  topicId: Buffer
  /** The replicas of this partition, sorted by preferred order. (versions 0+) */
  replicas: number[]
  /** The in-sync replicas of this partition (versions 0+) */
  isr: number[]
  /** The replicas that we are in the process of removing. (versions 0+) */
  removingReplicas: number[]
  /** The replicas that we are in the process of adding. (versions 0+) */
  addingReplicas: number[]
  /** The lead replica, or -1 if there is no leader. (versions 0+) */
  leader: number
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 0+; tag 0 in 0+) */
  leaderRecoveryState: number
  /** The epoch of the partition leader. (versions 0+) */
  leaderEpoch: number
  /** An epoch that gets incremented each time we change anything in the partition. (versions 0+) */
  partitionEpoch: number
  /** The log directory hosting each replica, sorted in the same exact order as the Replicas field. (versions 1+) */
  directories: Buffer[]
  /** The eligible leader replicas of this partition. (versions 2+; tag 1 in 2+; nullable 2+) */
  eligibleLeaderReplicas: number[] | null
  /** The last known eligible leader replicas of this partition. (versions 2+; tag 2 in 2+; nullable 2+) */
  lastKnownElr: number[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultPartitionRecord(): PartitionRecord {
  return {
    partitionId: -1,
    topicId: Buffer.alloc(16),
    replicas: [],
    isr: [],
    removingReplicas: [],
    addingReplicas: [],
    leader: -1,
    leaderRecoveryState: 0,
    leaderEpoch: -1,
    partitionEpoch: -1,
    directories: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionRecord(r: Reader, version: number): PartitionRecord {
  const $partitionId: number = r.readInt32()
  const $topicId: Buffer = r.readUuid()
  let $replicas: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Replicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $replicas = a
    }
  }
  let $isr: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Isr was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $isr = a
    }
  }
  let $removingReplicas: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field RemovingReplicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $removingReplicas = a
    }
  }
  let $addingReplicas: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field AddingReplicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $addingReplicas = a
    }
  }
  const $leader: number = r.readInt32()
  let $leaderRecoveryState: number = 0
  const $leaderEpoch: number = r.readInt32()
  const $partitionEpoch: number = r.readInt32()
  let $directories: Buffer[]
  if (version >= 1) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field Directories was serialized as null')
      } else {
        const a: Buffer[] = []
        for (let i = 0; i < n; i++) a.push(r.readUuid())
        $directories = a
      }
    }
  } else {
    $directories = []
  }
  let $eligibleLeaderReplicas: number[] | null = null
  let $lastKnownElr: number[] | null = null
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0) {
      const end = r.offset + size
      $leaderRecoveryState = r.readInt8()
      if (r.offset > end) throw new DecodeError('tagged field LeaderRecoveryState overran its size')
      r.offset = end
      continue
    }
    if (tag === 1 && version >= 2) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          $eligibleLeaderReplicas = null
        } else {
          const a: number[] = []
          for (let i = 0; i < n; i++) a.push(r.readInt32())
          $eligibleLeaderReplicas = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field EligibleLeaderReplicas overran its size')
      r.offset = end
      continue
    }
    if (tag === 2 && version >= 2) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          $lastKnownElr = null
        } else {
          const a: number[] = []
          for (let i = 0; i < n; i++) a.push(r.readInt32())
          $lastKnownElr = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field LastKnownElr overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionId: $partitionId, topicId: $topicId, replicas: $replicas, isr: $isr, removingReplicas: $removingReplicas, addingReplicas: $addingReplicas, leader: $leader, leaderRecoveryState: $leaderRecoveryState, leaderEpoch: $leaderEpoch, partitionEpoch: $partitionEpoch, directories: $directories, eligibleLeaderReplicas: $eligibleLeaderReplicas, lastKnownElr: $lastKnownElr, unknownTaggedFields }
}

export function writePartitionRecord(w: Writer, m: PartitionRecord, version: number): void {
  w.writeInt32(m.partitionId)
  w.writeUuid(m.topicId)
  {
    const a = m.replicas
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  {
    const a = m.isr
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  {
    const a = m.removingReplicas
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  {
    const a = m.addingReplicas
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeInt32(m.leader)
  w.writeInt32(m.leaderEpoch)
  w.writeInt32(m.partitionEpoch)
  if (version >= 1) {
    {
      const a = m.directories
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeUuid(e)
    }
  } else {
    if (m.directories.length !== 0) throw new EncodeError('field Directories cannot be written at version ' + version + ' of PartitionRecord')
  }
  if (!(version >= 2)) {
    if (m.eligibleLeaderReplicas !== null) throw new EncodeError('field EligibleLeaderReplicas cannot be written at version ' + version + ' of PartitionRecord')
  }
  if (!(version >= 2)) {
    if (m.lastKnownElr !== null) throw new EncodeError('field LastKnownElr cannot be written at version ' + version + ' of PartitionRecord')
  }
  const tagged: TaggedField[] = []
  if (m.leaderRecoveryState !== 0) {
    const t = new Writer(64)
    t.writeInt8(m.leaderRecoveryState)
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  if (version >= 2 && m.eligibleLeaderReplicas !== null) {
    const t = new Writer(64)
    {
      const a = m.eligibleLeaderReplicas
      if (a === null) {
        t.writeArrayLength(true, null)
      } else {
        t.writeArrayLength(true, a.length)
        for (const e of a) t.writeInt32(e)
      }
    }
    tagged.push({ tag: 1, data: t.toBuffer() })
  }
  if (version >= 2 && m.lastKnownElr !== null) {
    const t = new Writer(64)
    {
      const a = m.lastKnownElr
      if (a === null) {
        t.writeArrayLength(true, null)
      } else {
        t.writeArrayLength(true, a.length)
        for (const e of a) t.writeInt32(e)
      }
    }
    tagged.push({ tag: 2, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}
