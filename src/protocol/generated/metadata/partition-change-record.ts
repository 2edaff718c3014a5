// Generated from spec/kafka/metadata/PartitionChangeRecord.json by scripts/codegen. Do not edit.
// PartitionChangeRecord: metadata, api key 5, versions 0-2, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface PartitionChangeRecord {
  /** The partition id. (versions 0+) */
  partitionId: number
  /** The unique ID of this topic. (versions 0+) */
  topicId: Buffer
  /** null if the ISR didn't change; the new in-sync replicas otherwise. (versions 0+; tag 0 in 0+; nullable 0+) */
  isr: number[] | null
  /** -1 if there is now no leader; -2 if the leader didn't change; the new leader otherwise. (versions 0+; tag 1 in 0+) */
  leader: number
  /** null if the replicas didn't change; the new replicas otherwise. (versions 0+; tag 2 in 0+; nullable 0+) */
  replicas: number[] | null
  /** null if the removing replicas didn't change; the new removing replicas otherwise. (versions 0+; tag 3 in 0+; nullable 0+) */
  removingReplicas: number[] | null
  /** null if the adding replicas didn't change; the new adding replicas otherwise. (versions 0+; tag 4 in 0+; nullable 0+) */
  addingReplicas: number[] | null
  /** -1 if it didn't change; 0 if the leader was elected from the ISR or recovered from an unclean election; 1 if the leader that was elected using unclean leader election and it is still recovering. (versions 0+; tag 5 in 0+) */
  leaderRecoveryState: number
  /** null if the log dirs didn't change; the new log directory for each replica otherwise. (versions 1+; tag 8 in 1+; nullable 1+) */
  directories: Buffer[] | null
  /** null if the ELR didn't change; the new eligible leader replicas otherwise. (versions 2+; tag 6 in 2+; nullable 2+) */
  eligibleLeaderReplicas: number[] | null
  /** null if the LastKnownElr didn't change; the last known eligible leader replicas otherwise. (versions 2+; tag 7 in 2+; nullable 2+) */
  lastKnownElr: number[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultPartitionChangeRecord(): PartitionChangeRecord {
  return {
    partitionId: -1,
    topicId: Buffer.alloc(16),
    isr: null,
    leader: -2,
    replicas: null,
    removingReplicas: null,
    addingReplicas: null,
    leaderRecoveryState: -1,
    directories: null,
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionChangeRecord(r: Reader, version: number): PartitionChangeRecord {
  const $partitionId: number = r.readInt32()
  const $topicId: Buffer = r.readUuid()
  let $isr: number[] | null = null
  let $leader: number = -2
  let $replicas: number[] | null = null
  let $removingReplicas: number[] | null = null
  let $addingReplicas: number[] | null = null
  let $leaderRecoveryState: number = -1
  let $directories: Buffer[] | null = null
  let $eligibleLeaderReplicas: number[] | null = null
  let $lastKnownElr: number[] | null = null
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          $isr = null
        } else {
          const a: number[] = []
          for (let i = 0; i < n; i++) a.push(r.readInt32())
          $isr = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field Isr overran its size')
      r.offset = end
      continue
    }
    if (tag === 1) {
      const end = r.offset + size
      $leader = r.readInt32()
      if (r.offset > end) throw new DecodeError('tagged field Leader overran its size')
      r.offset = end
      continue
    }
    if (tag === 2) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          $replicas = null
        } else {
          const a: number[] = []
          for (let i = 0; i < n; i++) a.push(r.readInt32())
          $replicas = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field Replicas overran its size')
      r.offset = end
      continue
    }
    if (tag === 3) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          $removingReplicas = null
        } else {
          const a: number[] = []
          for (let i = 0; i < n; i++) a.push(r.readInt32())
          $removingReplicas = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field RemovingReplicas overran its size')
      r.offset = end
      continue
    }
    if (tag === 4) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          $addingReplicas = null
        } else {
          const a: number[] = []
          for (let i = 0; i < n; i++) a.push(r.readInt32())
          $addingReplicas = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field AddingReplicas overran its size')
      r.offset = end
      continue
    }
    if (tag === 5) {
      const end = r.offset + size
      $leaderRecoveryState = r.readInt8()
      if (r.offset > end) throw new DecodeError('tagged field LeaderRecoveryState overran its size')
      r.offset = end
      continue
    }
    if (tag === 6 && version >= 2) {
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
    if (tag === 7 && version >= 2) {
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
    if (tag === 8 && version >= 1) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          $directories = null
        } else {
          const a: Buffer[] = []
          for (let i = 0; i < n; i++) a.push(r.readUuid())
          $directories = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field Directories overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionId: $partitionId, topicId: $topicId, isr: $isr, leader: $leader, replicas: $replicas, removingReplicas: $removingReplicas, addingReplicas: $addingReplicas, leaderRecoveryState: $leaderRecoveryState, directories: $directories, eligibleLeaderReplicas: $eligibleLeaderReplicas, lastKnownElr: $lastKnownElr, unknownTaggedFields }
}

export function writePartitionChangeRecord(w: Writer, m: PartitionChangeRecord, version: number): void {
  w.writeInt32(m.partitionId)
  w.writeUuid(m.topicId)
  if (!(version >= 1)) {
    if (m.directories !== null) throw new EncodeError('field Directories cannot be written at version ' + version + ' of PartitionChangeRecord')
  }
  if (!(version >= 2)) {
    if (m.eligibleLeaderReplicas !== null) throw new EncodeError('field EligibleLeaderReplicas cannot be written at version ' + version + ' of PartitionChangeRecord')
  }
  if (!(version >= 2)) {
    if (m.lastKnownElr !== null) throw new EncodeError('field LastKnownElr cannot be written at version ' + version + ' of PartitionChangeRecord')
  }
  const tagged: TaggedField[] = []
  if (m.isr !== null) {
    const t = new Writer(64)
    {
      const a = m.isr
      if (a === null) {
        t.writeArrayLength(true, null)
      } else {
        t.writeArrayLength(true, a.length)
        for (const e of a) t.writeInt32(e)
      }
    }
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  if (m.leader !== -2) {
    const t = new Writer(64)
    t.writeInt32(m.leader)
    tagged.push({ tag: 1, data: t.toBuffer() })
  }
  if (m.replicas !== null) {
    const t = new Writer(64)
    {
      const a = m.replicas
      if (a === null) {
        t.writeArrayLength(true, null)
      } else {
        t.writeArrayLength(true, a.length)
        for (const e of a) t.writeInt32(e)
      }
    }
    tagged.push({ tag: 2, data: t.toBuffer() })
  }
  if (m.removingReplicas !== null) {
    const t = new Writer(64)
    {
      const a = m.removingReplicas
      if (a === null) {
        t.writeArrayLength(true, null)
      } else {
        t.writeArrayLength(true, a.length)
        for (const e of a) t.writeInt32(e)
      }
    }
    tagged.push({ tag: 3, data: t.toBuffer() })
  }
  if (m.addingReplicas !== null) {
    const t = new Writer(64)
    {
      const a = m.addingReplicas
      if (a === null) {
        t.writeArrayLength(true, null)
      } else {
        t.writeArrayLength(true, a.length)
        for (const e of a) t.writeInt32(e)
      }
    }
    tagged.push({ tag: 4, data: t.toBuffer() })
  }
  if (m.leaderRecoveryState !== -1) {
    const t = new Writer(64)
    t.writeInt8(m.leaderRecoveryState)
    tagged.push({ tag: 5, data: t.toBuffer() })
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
    tagged.push({ tag: 6, data: t.toBuffer() })
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
    tagged.push({ tag: 7, data: t.toBuffer() })
  }
  if (version >= 1 && m.directories !== null) {
    const t = new Writer(64)
    {
      const a = m.directories
      if (a === null) {
        t.writeArrayLength(true, null)
      } else {
        t.writeArrayLength(true, a.length)
        for (const e of a) t.writeUuid(e)
      }
    }
    tagged.push({ tag: 8, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}
