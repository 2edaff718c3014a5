// Generated from spec/kafka/raft/QuorumStateData.json by scripts/codegen. Do not edit.
// QuorumStateData: data, versions 0-1, flexible 0+.
import { EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface QuorumStateData {
  /** (versions 0) */
  clusterId: string
  /** (versions 0+) */
  leaderId: number
  /** (versions 0+) */
  leaderEpoch: number
  /** (versions 0+) */
  votedId: number
  /** (versions 1+) */
  votedDirectoryId: Buffer
  /** (versions 0) */
  appliedOffset: bigint
  /** (versions 0; nullable 0) */
  currentVoters: Voter[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Voter {
  /** (versions 0) */
  voterId: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultQuorumStateData(): QuorumStateData {
  return {
    clusterId: "",
    leaderId: -1,
    leaderEpoch: -1,
    votedId: -1,
    votedDirectoryId: Buffer.alloc(16),
    appliedOffset: 0n,
    currentVoters: [],
    unknownTaggedFields: undefined,
  }
}

export function readQuorumStateData(r: Reader, version: number): QuorumStateData {
  let $clusterId: string
  if (version <= 0) {
    $clusterId = r.readCompactString()
  } else {
    $clusterId = ""
  }
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  const $votedId: number = r.readInt32()
  let $votedDirectoryId: Buffer
  if (version >= 1) {
    $votedDirectoryId = r.readUuid()
  } else {
    $votedDirectoryId = Buffer.alloc(16)
  }
  let $appliedOffset: bigint
  if (version <= 0) {
    $appliedOffset = r.readInt64()
  } else {
    $appliedOffset = 0n
  }
  let $currentVoters: Voter[] | null
  if (version <= 0) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        $currentVoters = null
      } else {
        const a: Voter[] = []
        for (let i = 0; i < n; i++) a.push(readVoter(r, version))
        $currentVoters = a
      }
    }
  } else {
    $currentVoters = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { clusterId: $clusterId, leaderId: $leaderId, leaderEpoch: $leaderEpoch, votedId: $votedId, votedDirectoryId: $votedDirectoryId, appliedOffset: $appliedOffset, currentVoters: $currentVoters, unknownTaggedFields }
}

export function writeQuorumStateData(w: Writer, m: QuorumStateData, version: number): void {
  if (version <= 0) {
    w.writeCompactString(m.clusterId)
  } else {
    if (m.clusterId !== "") throw new EncodeError('field ClusterId cannot be written at version ' + version + ' of QuorumStateData')
  }
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeInt32(m.votedId)
  if (version >= 1) {
    w.writeUuid(m.votedDirectoryId)
  } else {
    if (m.votedDirectoryId.some((b) => b !== 0)) throw new EncodeError('field VotedDirectoryId cannot be written at version ' + version + ' of QuorumStateData')
  }
  if (version <= 0) {
    w.writeInt64(m.appliedOffset)
  } else {
    if (m.appliedOffset !== 0n) throw new EncodeError('field AppliedOffset cannot be written at version ' + version + ' of QuorumStateData')
  }
  if (version <= 0) {
    {
      const a = m.currentVoters
      if (a === null) {
        w.writeArrayLength(true, null)
      } else {
        w.writeArrayLength(true, a.length)
        for (const e of a) writeVoter(w, e, version)
      }
    }
  } else {
    if (m.currentVoters === null || m.currentVoters.length !== 0) throw new EncodeError('field CurrentVoters cannot be written at version ' + version + ' of QuorumStateData')
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultVoter(): Voter {
  return {
    voterId: 0,
    unknownTaggedFields: undefined,
  }
}

export function readVoter(r: Reader, version: number): Voter {
  const $voterId: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { voterId: $voterId, unknownTaggedFields }
}

export function writeVoter(w: Writer, m: Voter, version: number): void {
  w.writeInt32(m.voterId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
