// Generated from spec/kafka/group-coordinator/ShareGroupPartitionMetadataValue.json by scripts/codegen. Do not edit.
// ShareGroupPartitionMetadataValue: data, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ShareGroupPartitionMetadataValue {
  /** The topics with initialized share-group state. (versions 0+) */
  initializedTopics: TopicPartitionsInfo[]
  /** The topics whose share-group state is being deleted. (versions 0+) */
  deletingTopics: TopicInfo[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicPartitionsInfo {
  /** The topic identifier. (versions 0+) */
  topicId: Buffer
  /** The topic name. (versions 0+) */
  topicName: string
  /** The partitions. (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicInfo {
  /** The topic identifier. (versions 0+) */
  topicId: Buffer
  /** The topic name. (versions 0+) */
  topicName: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareGroupPartitionMetadataValue(): ShareGroupPartitionMetadataValue {
  return {
    initializedTopics: [],
    deletingTopics: [],
    unknownTaggedFields: undefined,
  }
}

export function readShareGroupPartitionMetadataValue(r: Reader, version: number): ShareGroupPartitionMetadataValue {
  let $initializedTopics: TopicPartitionsInfo[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field InitializedTopics was serialized as null')
    } else {
      const a: TopicPartitionsInfo[] = []
      for (let i = 0; i < n; i++) a.push(readTopicPartitionsInfo(r, version))
      $initializedTopics = a
    }
  }
  let $deletingTopics: TopicInfo[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field DeletingTopics was serialized as null')
    } else {
      const a: TopicInfo[] = []
      for (let i = 0; i < n; i++) a.push(readTopicInfo(r, version))
      $deletingTopics = a
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
  return { initializedTopics: $initializedTopics, deletingTopics: $deletingTopics, unknownTaggedFields }
}

export function writeShareGroupPartitionMetadataValue(w: Writer, m: ShareGroupPartitionMetadataValue, version: number): void {
  {
    const a = m.initializedTopics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicPartitionsInfo(w, e, version)
  }
  {
    const a = m.deletingTopics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicInfo(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicPartitionsInfo(): TopicPartitionsInfo {
  return {
    topicId: Buffer.alloc(16),
    topicName: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicPartitionsInfo(r: Reader, version: number): TopicPartitionsInfo {
  const $topicId: Buffer = r.readUuid()
  const $topicName: string = r.readCompactString()
  let $partitions: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
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
  return { topicId: $topicId, topicName: $topicName, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicPartitionsInfo(w: Writer, m: TopicPartitionsInfo, version: number): void {
  w.writeUuid(m.topicId)
  w.writeCompactString(m.topicName)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicInfo(): TopicInfo {
  return {
    topicId: Buffer.alloc(16),
    topicName: "",
    unknownTaggedFields: undefined,
  }
}

export function readTopicInfo(r: Reader, version: number): TopicInfo {
  const $topicId: Buffer = r.readUuid()
  const $topicName: string = r.readCompactString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { topicId: $topicId, topicName: $topicName, unknownTaggedFields }
}

export function writeTopicInfo(w: Writer, m: TopicInfo, version: number): void {
  w.writeUuid(m.topicId)
  w.writeCompactString(m.topicName)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
