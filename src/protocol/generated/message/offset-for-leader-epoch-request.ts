// Generated from spec/kafka/message/OffsetForLeaderEpochRequest.json by scripts/codegen. Do not edit.
// OffsetForLeaderEpochRequest: request, api key 23, versions 0-4, flexible 4+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 3+; ignorable) */
  replicaId: number
  /** Each topic to get offsets for. (versions 0+) */
  topics: OffsetForLeaderTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface OffsetForLeaderTopic {
  /** The topic name. (versions 0+; map key) */
  topic: string
  /** Each partition to get offsets for. (versions 0+) */
  partitions: OffsetForLeaderPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface OffsetForLeaderPartition {
  /** The partition index. (versions 0+) */
  partition: number
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. (versions 2+; ignorable) */
  currentLeaderEpoch: number
  /** The epoch to look up an offset for. (versions 0+) */
  leaderEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return {
    replicaId: -2,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  let $replicaId: number
  if (version >= 3) {
    $replicaId = r.readInt32()
  } else {
    $replicaId = -2
  }
  let $topics: OffsetForLeaderTopic[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: OffsetForLeaderTopic[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetForLeaderTopic(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { replicaId: $replicaId, topics: $topics, unknownTaggedFields }
}

export function writeOffsetForLeaderEpochRequest(w: Writer, m: OffsetForLeaderEpochRequest, version: number): void {
  if (version >= 3) {
    w.writeInt32(m.replicaId)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeOffsetForLeaderTopic(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetForLeaderTopic(): OffsetForLeaderTopic {
  return {
    topic: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetForLeaderTopic(r: Reader, version: number): OffsetForLeaderTopic {
  const $topic: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $partitions: OffsetForLeaderPartition[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: OffsetForLeaderPartition[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetForLeaderPartition(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topic: $topic, partitions: $partitions, unknownTaggedFields }
}

export function writeOffsetForLeaderTopic(w: Writer, m: OffsetForLeaderTopic, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeOffsetForLeaderPartition(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetForLeaderPartition(): OffsetForLeaderPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    leaderEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetForLeaderPartition(r: Reader, version: number): OffsetForLeaderPartition {
  const $partition: number = r.readInt32()
  let $currentLeaderEpoch: number
  if (version >= 2) {
    $currentLeaderEpoch = r.readInt32()
  } else {
    $currentLeaderEpoch = -1
  }
  const $leaderEpoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { partition: $partition, currentLeaderEpoch: $currentLeaderEpoch, leaderEpoch: $leaderEpoch, unknownTaggedFields }
}

export function writeOffsetForLeaderPartition(w: Writer, m: OffsetForLeaderPartition, version: number): void {
  w.writeInt32(m.partition)
  if (version >= 2) {
    w.writeInt32(m.currentLeaderEpoch)
  }
  w.writeInt32(m.leaderEpoch)
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
