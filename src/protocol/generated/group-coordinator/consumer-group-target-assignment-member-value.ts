// Generated from spec/kafka/group-coordinator/ConsumerGroupTargetAssignmentMemberValue.json by scripts/codegen. Do not edit.
// ConsumerGroupTargetAssignmentMemberValue: data, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConsumerGroupTargetAssignmentMemberValue {
  /** The assigned partitions. (versions 0+) */
  topicPartitions: TopicPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicPartition {
  /** (versions 0+) */
  topicId: Buffer
  /** (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupTargetAssignmentMemberValue(): ConsumerGroupTargetAssignmentMemberValue {
  return {
    topicPartitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupTargetAssignmentMemberValue(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberValue {
  let $topicPartitions: TopicPartition[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field TopicPartitions was serialized as null')
    } else {
      const a: TopicPartition[] = []
      for (let i = 0; i < n; i++) a.push(readTopicPartition(r, version))
      $topicPartitions = a
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
  return { topicPartitions: $topicPartitions, unknownTaggedFields }
}

export function writeConsumerGroupTargetAssignmentMemberValue(w: Writer, m: ConsumerGroupTargetAssignmentMemberValue, version: number): void {
  {
    const a = m.topicPartitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicPartition(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicPartition(): TopicPartition {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicPartition(r: Reader, version: number): TopicPartition {
  const $topicId: Buffer = r.readUuid()
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
  return { topicId: $topicId, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicPartition(w: Writer, m: TopicPartition, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
