// Generated from spec/kafka/message/ConsumerGroupDescribeResponse.json by scripts/codegen. Do not edit.
// ConsumerGroupDescribeResponse: response, api key 69, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Each described group. (versions 0+) */
  groups: DescribedGroup[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface DescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The group ID string. (versions 0+) */
  groupId: string
  /** The group state string, or the empty string. (versions 0+) */
  groupState: string
  /** The group epoch. (versions 0+) */
  groupEpoch: number
  /** The assignment epoch. (versions 0+) */
  assignmentEpoch: number
  /** The selected assignor. (versions 0+) */
  assignorName: string
  /** The members. (versions 0+) */
  members: Member[]
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0+) */
  authorizedOperations: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Member {
  /** The member ID. (versions 0+) */
  memberId: string
  /** The member instance ID. (versions 0+; nullable 0+) */
  instanceId: string | null
  /** The member rack ID. (versions 0+; nullable 0+) */
  rackId: string | null
  /** The current member epoch. (versions 0+) */
  memberEpoch: number
  /** The client ID. (versions 0+) */
  clientId: string
  /** The client host. (versions 0+) */
  clientHost: string
  /** The subscribed topic names. (versions 0+) */
  subscribedTopicNames: string[]
  /** the subscribed topic regex otherwise or null of not provided. (versions 0+; nullable 0+) */
  subscribedTopicRegex: string | null
  /** The current assignment. (versions 0+) */
  assignment: Assignment
  /** The target assignment. (versions 0+) */
  targetAssignment: Assignment
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Assignment {
  /** The assigned topic-partitions to the member. (versions 0+) */
  topicPartitions: TopicPartitions[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicPartitions {
  /** The topic ID. (versions 0+) */
  topicId: Buffer
  /** The topic name. (versions 0+) */
  topicName: string
  /** The partitions. (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupDescribeResponse(): ConsumerGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $groups: DescribedGroup[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Groups was serialized as null')
    } else {
      const a: DescribedGroup[] = []
      for (let i = 0; i < n; i++) a.push(readDescribedGroup(r, version))
      $groups = a
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
  return { throttleTimeMs: $throttleTimeMs, groups: $groups, unknownTaggedFields }
}

export function writeConsumerGroupDescribeResponse(w: Writer, m: ConsumerGroupDescribeResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.groups
    w.writeArrayLength(true, a.length)
    for (const e of a) writeDescribedGroup(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultDescribedGroup(): DescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: "",
    groupState: "",
    groupEpoch: 0,
    assignmentEpoch: 0,
    assignorName: "",
    members: [],
    authorizedOperations: -2147483648,
    unknownTaggedFields: undefined,
  }
}

export function readDescribedGroup(r: Reader, version: number): DescribedGroup {
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  const $groupId: string = r.readCompactString()
  const $groupState: string = r.readCompactString()
  const $groupEpoch: number = r.readInt32()
  const $assignmentEpoch: number = r.readInt32()
  const $assignorName: string = r.readCompactString()
  let $members: Member[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Members was serialized as null')
    } else {
      const a: Member[] = []
      for (let i = 0; i < n; i++) a.push(readMember(r, version))
      $members = a
    }
  }
  const $authorizedOperations: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { errorCode: $errorCode, errorMessage: $errorMessage, groupId: $groupId, groupState: $groupState, groupEpoch: $groupEpoch, assignmentEpoch: $assignmentEpoch, assignorName: $assignorName, members: $members, authorizedOperations: $authorizedOperations, unknownTaggedFields }
}

export function writeDescribedGroup(w: Writer, m: DescribedGroup, version: number): void {
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeCompactString(m.groupId)
  w.writeCompactString(m.groupState)
  w.writeInt32(m.groupEpoch)
  w.writeInt32(m.assignmentEpoch)
  w.writeCompactString(m.assignorName)
  {
    const a = m.members
    w.writeArrayLength(true, a.length)
    for (const e of a) writeMember(w, e, version)
  }
  w.writeInt32(m.authorizedOperations)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultMember(): Member {
  return {
    memberId: "",
    instanceId: null,
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    assignment: defaultAssignment(),
    targetAssignment: defaultAssignment(),
    unknownTaggedFields: undefined,
  }
}

export function readMember(r: Reader, version: number): Member {
  const $memberId: string = r.readCompactString()
  const $instanceId: string | null = r.readCompactNullableString()
  const $rackId: string | null = r.readCompactNullableString()
  const $memberEpoch: number = r.readInt32()
  const $clientId: string = r.readCompactString()
  const $clientHost: string = r.readCompactString()
  let $subscribedTopicNames: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field SubscribedTopicNames was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $subscribedTopicNames = a
    }
  }
  const $subscribedTopicRegex: string | null = r.readCompactNullableString()
  let $assignment: Assignment
  $assignment = readAssignment(r, version)
  let $targetAssignment: Assignment
  $targetAssignment = readAssignment(r, version)
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { memberId: $memberId, instanceId: $instanceId, rackId: $rackId, memberEpoch: $memberEpoch, clientId: $clientId, clientHost: $clientHost, subscribedTopicNames: $subscribedTopicNames, subscribedTopicRegex: $subscribedTopicRegex, assignment: $assignment, targetAssignment: $targetAssignment, unknownTaggedFields }
}

export function writeMember(w: Writer, m: Member, version: number): void {
  w.writeCompactString(m.memberId)
  w.writeCompactNullableString(m.instanceId)
  w.writeCompactNullableString(m.rackId)
  w.writeInt32(m.memberEpoch)
  w.writeCompactString(m.clientId)
  w.writeCompactString(m.clientHost)
  {
    const a = m.subscribedTopicNames
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  w.writeCompactNullableString(m.subscribedTopicRegex)
  writeAssignment(w, m.assignment, version)
  writeAssignment(w, m.targetAssignment, version)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAssignment(): Assignment {
  return {
    topicPartitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readAssignment(r: Reader, version: number): Assignment {
  let $topicPartitions: TopicPartitions[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field TopicPartitions was serialized as null')
    } else {
      const a: TopicPartitions[] = []
      for (let i = 0; i < n; i++) a.push(readTopicPartitions(r, version))
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

export function writeAssignment(w: Writer, m: Assignment, version: number): void {
  {
    const a = m.topicPartitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicPartitions(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicPartitions(): TopicPartitions {
  return {
    topicId: Buffer.alloc(16),
    topicName: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicPartitions(r: Reader, version: number): TopicPartitions {
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

export function writeTopicPartitions(w: Writer, m: TopicPartitions, version: number): void {
  w.writeUuid(m.topicId)
  w.writeCompactString(m.topicName)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
