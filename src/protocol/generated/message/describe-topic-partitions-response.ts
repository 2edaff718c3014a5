// Generated from spec/kafka/message/DescribeTopicPartitionsResponse.json by scripts/codegen. Do not edit.
// DescribeTopicPartitionsResponse: response, api key 75, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+; ignorable) */
  throttleTimeMs: number
  /** Each topic in the response. (versions 0+) */
  topics: DescribeTopicPartitionsResponseTopic[]
  /** The next topic and partition index to fetch details for. (versions 0+; nullable 0+) */
  nextCursor: Cursor | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface DescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The topic name. (versions 0+; nullable 0+; map key) */
  name: string | null
  /** The topic id. (versions 0+; ignorable) */
  topicId: Buffer
  /** True if the topic is internal. (versions 0+; ignorable) */
  isInternal: boolean
  /** Each partition in the topic. (versions 0+) */
  partitions: DescribeTopicPartitionsResponsePartition[]
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 0+) */
  topicAuthorizedOperations: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface DescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The ID of the leader broker. (versions 0+) */
  leaderId: number
  /** The leader epoch of this partition. (versions 0+; ignorable) */
  leaderEpoch: number
  /** The set of all nodes that host this partition. (versions 0+) */
  replicaNodes: number[]
  /** The set of nodes that are in sync with the leader for this partition. (versions 0+) */
  isrNodes: number[]
  /** The new eligible leader replicas otherwise. (versions 0+; nullable 0+) */
  eligibleLeaderReplicas: number[] | null
  /** The last known ELR. (versions 0+; nullable 0+) */
  lastKnownElr: number[] | null
  /** The set of offline replicas of this partition. (versions 0+; ignorable) */
  offlineReplicas: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Cursor {
  /** The name for the first topic to process (versions 0+) */
  topicName: string
  /** The partition index to start with (versions 0+) */
  partitionIndex: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeTopicPartitionsResponse(): DescribeTopicPartitionsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    nextCursor: null,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $topics: DescribeTopicPartitionsResponseTopic[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: DescribeTopicPartitionsResponseTopic[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeTopicPartitionsResponseTopic(r, version))
      $topics = a
    }
  }
  let $nextCursor: Cursor | null
  $nextCursor = r.readInt8() < 0 ? null : readCursor(r, version)
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, topics: $topics, nextCursor: $nextCursor, unknownTaggedFields }
}

export function writeDescribeTopicPartitionsResponse(w: Writer, m: DescribeTopicPartitionsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeDescribeTopicPartitionsResponseTopic(w, e, version)
  }
  if (m.nextCursor === null) {
    w.writeInt8(-1)
  } else {
    w.writeInt8(1)
    writeCursor(w, m.nextCursor, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultDescribeTopicPartitionsResponseTopic(): DescribeTopicPartitionsResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: Buffer.alloc(16),
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeTopicPartitionsResponseTopic(r: Reader, version: number): DescribeTopicPartitionsResponseTopic {
  const $errorCode: number = r.readInt16()
  const $name: string | null = r.readCompactNullableString()
  const $topicId: Buffer = r.readUuid()
  const $isInternal: boolean = r.readBool()
  let $partitions: DescribeTopicPartitionsResponsePartition[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: DescribeTopicPartitionsResponsePartition[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeTopicPartitionsResponsePartition(r, version))
      $partitions = a
    }
  }
  const $topicAuthorizedOperations: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { errorCode: $errorCode, name: $name, topicId: $topicId, isInternal: $isInternal, partitions: $partitions, topicAuthorizedOperations: $topicAuthorizedOperations, unknownTaggedFields }
}

export function writeDescribeTopicPartitionsResponseTopic(w: Writer, m: DescribeTopicPartitionsResponseTopic, version: number): void {
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.name)
  w.writeUuid(m.topicId)
  w.writeBool(m.isInternal)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeDescribeTopicPartitionsResponsePartition(w, e, version)
  }
  w.writeInt32(m.topicAuthorizedOperations)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultDescribeTopicPartitionsResponsePartition(): DescribeTopicPartitionsResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    offlineReplicas: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeTopicPartitionsResponsePartition(r: Reader, version: number): DescribeTopicPartitionsResponsePartition {
  const $errorCode: number = r.readInt16()
  const $partitionIndex: number = r.readInt32()
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  let $replicaNodes: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field ReplicaNodes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $replicaNodes = a
    }
  }
  let $isrNodes: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field IsrNodes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $isrNodes = a
    }
  }
  let $eligibleLeaderReplicas: number[] | null
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
  let $lastKnownElr: number[] | null
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
  let $offlineReplicas: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field OfflineReplicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $offlineReplicas = a
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
  return { errorCode: $errorCode, partitionIndex: $partitionIndex, leaderId: $leaderId, leaderEpoch: $leaderEpoch, replicaNodes: $replicaNodes, isrNodes: $isrNodes, eligibleLeaderReplicas: $eligibleLeaderReplicas, lastKnownElr: $lastKnownElr, offlineReplicas: $offlineReplicas, unknownTaggedFields }
}

export function writeDescribeTopicPartitionsResponsePartition(w: Writer, m: DescribeTopicPartitionsResponsePartition, version: number): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  {
    const a = m.replicaNodes
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  {
    const a = m.isrNodes
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  {
    const a = m.eligibleLeaderReplicas
    if (a === null) {
      w.writeArrayLength(true, null)
    } else {
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeInt32(e)
    }
  }
  {
    const a = m.lastKnownElr
    if (a === null) {
      w.writeArrayLength(true, null)
    } else {
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeInt32(e)
    }
  }
  {
    const a = m.offlineReplicas
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultCursor(): Cursor {
  return {
    topicName: "",
    partitionIndex: 0,
    unknownTaggedFields: undefined,
  }
}

export function readCursor(r: Reader, version: number): Cursor {
  const $topicName: string = r.readCompactString()
  const $partitionIndex: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { topicName: $topicName, partitionIndex: $partitionIndex, unknownTaggedFields }
}

export function writeCursor(w: Writer, m: Cursor, version: number): void {
  w.writeCompactString(m.topicName)
  w.writeInt32(m.partitionIndex)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
