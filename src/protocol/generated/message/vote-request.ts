// Generated from spec/kafka/message/VoteRequest.json by scripts/codegen. Do not edit.
// VoteRequest: request, api key 52, versions 0-1, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface VoteRequest {
  /** (versions 0+; nullable 0+) */
  clusterId: string | null
  /** The replica id of the voter receiving the request (versions 1+; ignorable) */
  voterId: number
  /** (versions 0+) */
  topics: TopicData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface TopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface PartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The bumped epoch of the candidate sending the request (versions 0+) */
  candidateEpoch: number
  /** The replica id of the voter sending the request (versions 0+) */
  candidateId: number
  /** The directory id of the voter sending the request (versions 1+; ignorable) */
  candidateDirectoryId: Buffer
  /** The ID of the voter sending the request (versions 1+; ignorable) */
  voterDirectoryId: Buffer
  /** The epoch of the last record written to the metadata log (versions 0+) */
  lastOffsetEpoch: number
  /** The offset of the last record written to the metadata log (versions 0+) */
  lastOffset: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultVoteRequest(): VoteRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readVoteRequest(r: Reader, version: number): VoteRequest {
  const $clusterId: string | null = r.readCompactNullableString()
  let $voterId: number
  if (version >= 1) {
    $voterId = r.readInt32()
  } else {
    $voterId = -1
  }
  let $topics: TopicData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TopicData[] = []
      for (let i = 0; i < n; i++) a.push(readTopicData(r, version))
      $topics = a
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
  return { clusterId: $clusterId, voterId: $voterId, topics: $topics, unknownTaggedFields }
}

export function writeVoteRequest(w: Writer, m: VoteRequest, version: number): void {
  w.writeCompactNullableString(m.clusterId)
  if (version >= 1) {
    w.writeInt32(m.voterId)
  }
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicData(): TopicData {
  return {
    topicName: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicData(r: Reader, version: number): TopicData {
  const $topicName: string = r.readCompactString()
  let $partitions: PartitionData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: PartitionData[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionData(r, version))
      $partitions = a
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
  return { topicName: $topicName, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicData(w: Writer, m: TopicData, version: number): void {
  w.writeCompactString(m.topicName)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writePartitionData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    candidateEpoch: 0,
    candidateId: 0,
    candidateDirectoryId: Buffer.alloc(16),
    voterDirectoryId: Buffer.alloc(16),
    lastOffsetEpoch: 0,
    lastOffset: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  const $candidateEpoch: number = r.readInt32()
  const $candidateId: number = r.readInt32()
  let $candidateDirectoryId: Buffer
  if (version >= 1) {
    $candidateDirectoryId = r.readUuid()
  } else {
    $candidateDirectoryId = Buffer.alloc(16)
  }
  let $voterDirectoryId: Buffer
  if (version >= 1) {
    $voterDirectoryId = r.readUuid()
  } else {
    $voterDirectoryId = Buffer.alloc(16)
  }
  const $lastOffsetEpoch: number = r.readInt32()
  const $lastOffset: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionIndex: $partitionIndex, candidateEpoch: $candidateEpoch, candidateId: $candidateId, candidateDirectoryId: $candidateDirectoryId, voterDirectoryId: $voterDirectoryId, lastOffsetEpoch: $lastOffsetEpoch, lastOffset: $lastOffset, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.candidateEpoch)
  w.writeInt32(m.candidateId)
  if (version >= 1) {
    w.writeUuid(m.candidateDirectoryId)
  }
  if (version >= 1) {
    w.writeUuid(m.voterDirectoryId)
  }
  w.writeInt32(m.lastOffsetEpoch)
  w.writeInt64(m.lastOffset)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
