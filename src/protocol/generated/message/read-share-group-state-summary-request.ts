// Generated from spec/kafka/message/ReadShareGroupStateSummaryRequest.json by scripts/codegen. Do not edit.
// ReadShareGroupStateSummaryRequest: request, api key 87, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: ReadStateSummaryData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ReadStateSummaryData {
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
  /** The leader epoch of the share-partition. (versions 0+) */
  leaderEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultReadShareGroupStateSummaryRequest(): ReadShareGroupStateSummaryRequest {
  return {
    groupId: "",
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  const $groupId: string = r.readCompactString()
  let $topics: ReadStateSummaryData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: ReadStateSummaryData[] = []
      for (let i = 0; i < n; i++) a.push(readReadStateSummaryData(r, version))
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

export function writeReadShareGroupStateSummaryRequest(w: Writer, m: ReadShareGroupStateSummaryRequest, version: number): void {
  w.writeCompactString(m.groupId)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReadStateSummaryData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultReadStateSummaryData(): ReadStateSummaryData {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readReadStateSummaryData(r: Reader, version: number): ReadStateSummaryData {
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

export function writeReadStateSummaryData(w: Writer, m: ReadStateSummaryData, version: number): void {
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
    leaderEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partition: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partition: $partition, leaderEpoch: $leaderEpoch, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partition)
  w.writeInt32(m.leaderEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
