// Generated from spec/kafka/group-coordinator/ConsumerGroupCurrentMemberAssignmentValue.json by scripts/codegen. Do not edit.
// ConsumerGroupCurrentMemberAssignmentValue: data, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConsumerGroupCurrentMemberAssignmentValue {
  /** The current member epoch that is expected from the member in the heartbeat request. (versions 0+) */
  memberEpoch: number
  /** If the last epoch bump is lost before reaching the member, the member will retry with the previous epoch. (versions 0+) */
  previousMemberEpoch: number
  /** The member state. See ConsumerGroupMember.MemberState for the possible values. (versions 0+) */
  state: number
  /** The partitions assigned to (or owned by) this member. (versions 0+) */
  assignedPartitions: TopicPartitions[]
  /** The partitions that must be revoked by this member. (versions 0+) */
  partitionsPendingRevocation: TopicPartitions[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicPartitions {
  /** The topic Id. (versions 0+) */
  topicId: Buffer
  /** The partition Ids. (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupCurrentMemberAssignmentValue(): ConsumerGroupCurrentMemberAssignmentValue {
  return {
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: 0,
    assignedPartitions: [],
    partitionsPendingRevocation: [],
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupCurrentMemberAssignmentValue(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValue {
  const $memberEpoch: number = r.readInt32()
  const $previousMemberEpoch: number = r.readInt32()
  const $state: number = r.readInt8()
  let $assignedPartitions: TopicPartitions[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field AssignedPartitions was serialized as null')
    } else {
      const a: TopicPartitions[] = []
      for (let i = 0; i < n; i++) a.push(readTopicPartitions(r, version))
      $assignedPartitions = a
    }
  }
  let $partitionsPendingRevocation: TopicPartitions[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionsPendingRevocation was serialized as null')
    } else {
      const a: TopicPartitions[] = []
      for (let i = 0; i < n; i++) a.push(readTopicPartitions(r, version))
      $partitionsPendingRevocation = a
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
  return { memberEpoch: $memberEpoch, previousMemberEpoch: $previousMemberEpoch, state: $state, assignedPartitions: $assignedPartitions, partitionsPendingRevocation: $partitionsPendingRevocation, unknownTaggedFields }
}

export function writeConsumerGroupCurrentMemberAssignmentValue(w: Writer, m: ConsumerGroupCurrentMemberAssignmentValue, version: number): void {
  w.writeInt32(m.memberEpoch)
  w.writeInt32(m.previousMemberEpoch)
  w.writeInt8(m.state)
  {
    const a = m.assignedPartitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicPartitions(w, e, version)
  }
  {
    const a = m.partitionsPendingRevocation
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicPartitions(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicPartitions(): TopicPartitions {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicPartitions(r: Reader, version: number): TopicPartitions {
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

export function writeTopicPartitions(w: Writer, m: TopicPartitions, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
