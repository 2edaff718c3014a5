// Generated from spec/kafka/message/LeaderChangeMessage.json by scripts/codegen. Do not edit.
// LeaderChangeMessage: data, versions 0-1, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface LeaderChangeMessage {
  /** The version of the leader change message (versions 0+) */
  version: number
  /** The ID of the newly elected leader (versions 0+) */
  leaderId: number
  /** The set of voters in the quorum for this epoch (versions 0+) */
  voters: Voter[]
  /** The voters who voted for the leader at the time of election (versions 0+) */
  grantingVoters: Voter[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface Voter {
  /** (versions 0+) */
  voterId: number
  /** The directory id of the voter (versions 1+) */
  voterDirectoryId: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultLeaderChangeMessage(): LeaderChangeMessage {
  return {
    version: 0,
    leaderId: 0,
    voters: [],
    grantingVoters: [],
    unknownTaggedFields: undefined,
  }
}

export function readLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  const $version: number = r.readInt16()
  const $leaderId: number = r.readInt32()
  let $voters: Voter[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Voters was serialized as null')
    } else {
      const a: Voter[] = []
      for (let i = 0; i < n; i++) a.push(readVoter(r, version))
      $voters = a
    }
  }
  let $grantingVoters: Voter[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field GrantingVoters was serialized as null')
    } else {
      const a: Voter[] = []
      for (let i = 0; i < n; i++) a.push(readVoter(r, version))
      $grantingVoters = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { version: $version, leaderId: $leaderId, voters: $voters, grantingVoters: $grantingVoters, unknownTaggedFields }
}

export function writeLeaderChangeMessage(w: Writer, m: LeaderChangeMessage, version: number): void {
  w.writeInt16(m.version)
  w.writeInt32(m.leaderId)
  {
    const a = m.voters
    w.writeArrayLength(true, a.length)
    for (const e of a) writeVoter(w, e, version)
  }
  {
    const a = m.grantingVoters
    w.writeArrayLength(true, a.length)
    for (const e of a) writeVoter(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultVoter(): Voter {
  return {
    voterId: 0,
    voterDirectoryId: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readVoter(r: Reader, version: number): Voter {
  const $voterId: number = r.readInt32()
  let $voterDirectoryId: Buffer
  if (version >= 1) {
    $voterDirectoryId = r.readUuid()
  } else {
    $voterDirectoryId = Buffer.alloc(16)
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { voterId: $voterId, voterDirectoryId: $voterDirectoryId, unknownTaggedFields }
}

export function writeVoter(w: Writer, m: Voter, version: number): void {
  w.writeInt32(m.voterId)
  if (version >= 1) {
    w.writeUuid(m.voterDirectoryId)
  } else {
    if (m.voterDirectoryId.some((b) => b !== 0)) throw new EncodeError('field VoterDirectoryId cannot be written at version ' + version + ' of LeaderChangeMessage')
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
