// Generated from spec/kafka/message/UpdateRaftVoterResponse.json by scripts/codegen. Do not edit.
// UpdateRaftVoterResponse: response, api key 82, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0. */
export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error (versions 0+) */
  errorCode: number
  /** (versions 0+; tag 0 in 0+) */
  currentLeader: CurrentLeader
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface CurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown (versions 0+) */
  leaderId: number
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number
  /** The node's hostname (versions 0+) */
  host: string
  /** The node's port (versions 0+) */
  port: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUpdateRaftVoterResponse(): UpdateRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    currentLeader: defaultCurrentLeader(),
    unknownTaggedFields: undefined,
  }
}

export function readUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let $currentLeader: CurrentLeader = defaultCurrentLeader()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0) {
      const end = r.offset + size
      $currentLeader = readCurrentLeader(r, version)
      if (r.offset > end) throw new DecodeError('tagged field CurrentLeader overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, currentLeader: $currentLeader, unknownTaggedFields }
}

export function writeUpdateRaftVoterResponse(w: Writer, m: UpdateRaftVoterResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  const tagged: TaggedField[] = []
  if (!isDefaultCurrentLeader(m.currentLeader)) {
    const t = new Writer(64)
    writeCurrentLeader(t, m.currentLeader, version)
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}

export function defaultCurrentLeader(): CurrentLeader {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    host: "",
    port: 0,
    unknownTaggedFields: undefined,
  }
}

export function readCurrentLeader(r: Reader, version: number): CurrentLeader {
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  const $host: string = r.readCompactString()
  const $port: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { leaderId: $leaderId, leaderEpoch: $leaderEpoch, host: $host, port: $port, unknownTaggedFields }
}

export function writeCurrentLeader(w: Writer, m: CurrentLeader, version: number): void {
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeCompactString(m.host)
  w.writeInt32(m.port)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function isDefaultCurrentLeader(m: CurrentLeader): boolean {
  return !(m.leaderId !== -1) &&
    !(m.leaderEpoch !== -1) &&
    !(m.host !== "") &&
    !(m.port !== 0) &&
    (m.unknownTaggedFields === undefined || m.unknownTaggedFields.length === 0)
}
