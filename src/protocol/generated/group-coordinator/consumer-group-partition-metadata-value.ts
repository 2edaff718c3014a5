// Generated from spec/kafka/group-coordinator/ConsumerGroupPartitionMetadataValue.json by scripts/codegen. Do not edit.
// ConsumerGroupPartitionMetadataValue: data, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConsumerGroupPartitionMetadataValue {
  /** The list of topic metadata. (versions 0+) */
  topics: TopicMetadata[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicMetadata {
  /** The topic id. (versions 0+) */
  topicId: Buffer
  /** The topic name. (versions 0+) */
  topicName: string
  /** The number of partitions of the topic. (versions 0+) */
  numPartitions: number
  /** Partitions mapped to a set of racks. If the rack information is unavailable for all the partitions, an empty list is stored (versions 0+) */
  partitionMetadata: PartitionMetadata[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface PartitionMetadata {
  /** The partition number. (versions 0+) */
  partition: number
  /** The set of racks that the partition is mapped to. (versions 0+) */
  racks: string[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupPartitionMetadataValue(): ConsumerGroupPartitionMetadataValue {
  return {
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupPartitionMetadataValue(r: Reader, version: number): ConsumerGroupPartitionMetadataValue {
  let $topics: TopicMetadata[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TopicMetadata[] = []
      for (let i = 0; i < n; i++) a.push(readTopicMetadata(r, version))
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
  return { topics: $topics, unknownTaggedFields }
}

export function writeConsumerGroupPartitionMetadataValue(w: Writer, m: ConsumerGroupPartitionMetadataValue, version: number): void {
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicMetadata(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicMetadata(): TopicMetadata {
  return {
    topicId: Buffer.alloc(16),
    topicName: "",
    numPartitions: 0,
    partitionMetadata: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicMetadata(r: Reader, version: number): TopicMetadata {
  const $topicId: Buffer = r.readUuid()
  const $topicName: string = r.readCompactString()
  const $numPartitions: number = r.readInt32()
  let $partitionMetadata: PartitionMetadata[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionMetadata was serialized as null')
    } else {
      const a: PartitionMetadata[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionMetadata(r, version))
      $partitionMetadata = a
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
  return { topicId: $topicId, topicName: $topicName, numPartitions: $numPartitions, partitionMetadata: $partitionMetadata, unknownTaggedFields }
}

export function writeTopicMetadata(w: Writer, m: TopicMetadata, version: number): void {
  w.writeUuid(m.topicId)
  w.writeCompactString(m.topicName)
  w.writeInt32(m.numPartitions)
  {
    const a = m.partitionMetadata
    w.writeArrayLength(true, a.length)
    for (const e of a) writePartitionMetadata(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultPartitionMetadata(): PartitionMetadata {
  return {
    partition: 0,
    racks: [],
    unknownTaggedFields: undefined,
  }
}

export function readPartitionMetadata(r: Reader, version: number): PartitionMetadata {
  const $partition: number = r.readInt32()
  let $racks: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Racks was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $racks = a
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
  return { partition: $partition, racks: $racks, unknownTaggedFields }
}

export function writePartitionMetadata(w: Writer, m: PartitionMetadata, version: number): void {
  w.writeInt32(m.partition)
  {
    const a = m.racks
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
