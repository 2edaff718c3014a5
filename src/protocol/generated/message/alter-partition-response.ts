// Generated from spec/kafka/message/AlterPartitionResponse.json by scripts/codegen. Do not edit.
// AlterPartitionResponse: response, api key 56, versions 0-3, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top level response error code (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  topics: TopicData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface TopicData {
  /** The name of the topic (versions 0-1; ignorable) */
  topicName: string
  /** The ID of the topic (versions 2+; ignorable) */
  topicId: Buffer
  /** (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface PartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  /** The partition level error code (versions 0+) */
  errorCode: number
  /** The broker ID of the leader. (versions 0+) */
  leaderId: number
  /** The leader epoch. (versions 0+) */
  leaderEpoch: number
  /** The in-sync replica IDs. (versions 0+) */
  isr: number[]
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1+; ignorable) */
  leaderRecoveryState: number
  /** The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers. (versions 0+) */
  partitionEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterPartitionResponse(): AlterPartitionResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, topics: $topics, unknownTaggedFields }
}

export function writeAlterPartitionResponse(w: Writer, m: AlterPartitionResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
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
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicData(r: Reader, version: number): TopicData {
  let $topicName: string
  if (version <= 1) {
    $topicName = r.readCompactString()
  } else {
    $topicName = ""
  }
  let $topicId: Buffer
  if (version >= 2) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
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
  return { topicName: $topicName, topicId: $topicId, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicData(w: Writer, m: TopicData, version: number): void {
  if (version <= 1) {
    w.writeCompactString(m.topicName)
  }
  if (version >= 2) {
    w.writeUuid(m.topicId)
  }
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
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
    isr: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
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
  let $leaderRecoveryState: number
  if (version >= 1) {
    $leaderRecoveryState = r.readInt8()
  } else {
    $leaderRecoveryState = 0
  }
  const $partitionEpoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, leaderId: $leaderId, leaderEpoch: $leaderEpoch, isr: $isr, leaderRecoveryState: $leaderRecoveryState, partitionEpoch: $partitionEpoch, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  {
    const a = m.isr
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 1) {
    w.writeInt8(m.leaderRecoveryState)
  }
  w.writeInt32(m.partitionEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
