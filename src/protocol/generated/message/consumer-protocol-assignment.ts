// Generated from spec/kafka/message/ConsumerProtocolAssignment.json by scripts/codegen. Do not edit.
// ConsumerProtocolAssignment: data, versions 0-3, flexible none.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface ConsumerProtocolAssignment {
  /** (versions 0+) */
  assignedPartitions: TopicPartition[]
  /** (versions 0+; nullable 0+) */
  userData: Buffer | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface TopicPartition {
  /** (versions 0+; map key) */
  topic: string
  /** (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerProtocolAssignment(): ConsumerProtocolAssignment {
  return {
    assignedPartitions: [],
    userData: null,
    unknownTaggedFields: undefined,
  }
}

export function readConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  let $assignedPartitions: TopicPartition[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field AssignedPartitions was serialized as null')
    } else {
      const a: TopicPartition[] = []
      for (let i = 0; i < n; i++) a.push(readTopicPartition(r, version))
      $assignedPartitions = a
    }
  }
  const $userData: Buffer | null = r.readNullableBytes()
  let unknownTaggedFields: TaggedField[] | undefined
  return { assignedPartitions: $assignedPartitions, userData: $userData, unknownTaggedFields }
}

export function writeConsumerProtocolAssignment(w: Writer, m: ConsumerProtocolAssignment, version: number): void {
  {
    const a = m.assignedPartitions
    w.writeArrayLength(false, a.length)
    for (const e of a) writeTopicPartition(w, e, version)
  }
  w.writeNullableBytes(m.userData)
}

export function defaultTopicPartition(): TopicPartition {
  return {
    topic: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicPartition(r: Reader, version: number): TopicPartition {
  const $topic: string = r.readString()
  let $partitions: number[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  return { topic: $topic, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicPartition(w: Writer, m: TopicPartition, version: number): void {
  w.writeString(m.topic)
  {
    const a = m.partitions
    w.writeArrayLength(false, a.length)
    for (const e of a) w.writeInt32(e)
  }
}
