// Generated from spec/kafka/message/WriteShareGroupStateRequest.json by scripts/codegen. Do not edit.
// WriteShareGroupStateRequest: request, api key 85, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface WriteShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: WriteStateData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface WriteStateData {
  /** The topic identifier. (versions 0+) */
  topicId: Buffer
  /** The data for the partitions. (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface PartitionData {
  /** The partition index. (versions 0+) */
  partition: number
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number
  /** The leader epoch of the share-partition. (versions 0+) */
  leaderEpoch: number
  /** The share-partition start offset, or -1 if the start offset is not being written. (versions 0+) */
  startOffset: bigint
  /** (versions 0+) */
  stateBatches: StateBatch[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface StateBatch {
  /** The base offset of this state batch. (versions 0+) */
  firstOffset: bigint
  /** The last offset of this state batch. (versions 0+) */
  lastOffset: bigint
  /** The state - 0:Available,2:Acked,4:Archived (versions 0+) */
  deliveryState: number
  /** The delivery count. (versions 0+) */
  deliveryCount: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultWriteShareGroupStateRequest(): WriteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  const $groupId: string = r.readCompactString()
  let $topics: WriteStateData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: WriteStateData[] = []
      for (let i = 0; i < n; i++) a.push(readWriteStateData(r, version))
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
  return { groupId: $groupId, topics: $topics, unknownTaggedFields }
}

export function writeWriteShareGroupStateRequest(w: Writer, m: WriteShareGroupStateRequest, version: number): void {
  w.writeCompactString(m.groupId)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeWriteStateData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultWriteStateData(): WriteStateData {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readWriteStateData(r: Reader, version: number): WriteStateData {
  const $topicId: Buffer = r.readUuid()
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
  return { topicId: $topicId, partitions: $partitions, unknownTaggedFields }
}

export function writeWriteStateData(w: Writer, m: WriteStateData, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writePartitionData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultPartitionData(): PartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    leaderEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partition: number = r.readInt32()
  const $stateEpoch: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  const $startOffset: bigint = r.readInt64()
  let $stateBatches: StateBatch[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field StateBatches was serialized as null')
    } else {
      const a: StateBatch[] = []
      for (let i = 0; i < n; i++) a.push(readStateBatch(r, version))
      $stateBatches = a
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
  return { partition: $partition, stateEpoch: $stateEpoch, leaderEpoch: $leaderEpoch, startOffset: $startOffset, stateBatches: $stateBatches, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partition)
  w.writeInt32(m.stateEpoch)
  w.writeInt32(m.leaderEpoch)
  w.writeInt64(m.startOffset)
  {
    const a = m.stateBatches
    w.writeArrayLength(true, a.length)
    for (const e of a) writeStateBatch(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultStateBatch(): StateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
    unknownTaggedFields: undefined,
  }
}

export function readStateBatch(r: Reader, version: number): StateBatch {
  const $firstOffset: bigint = r.readInt64()
  const $lastOffset: bigint = r.readInt64()
  const $deliveryState: number = r.readInt8()
  const $deliveryCount: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { firstOffset: $firstOffset, lastOffset: $lastOffset, deliveryState: $deliveryState, deliveryCount: $deliveryCount, unknownTaggedFields }
}

export function writeStateBatch(w: Writer, m: StateBatch, version: number): void {
  w.writeInt64(m.firstOffset)
  w.writeInt64(m.lastOffset)
  w.writeInt8(m.deliveryState)
  w.writeInt16(m.deliveryCount)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
