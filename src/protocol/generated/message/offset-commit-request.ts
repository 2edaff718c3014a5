// Generated from spec/kafka/message/OffsetCommitRequest.json by scripts/codegen. Do not edit.
// OffsetCommitRequest: request, api key 8, versions 0-9, flexible 8+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-9. */
export interface OffsetCommitRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (versions 1+; ignorable) */
  generationIdOrMemberEpoch: number
  /** The member ID assigned by the group coordinator. (versions 1+; ignorable) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 7+; nullable 7+) */
  groupInstanceId: string | null
  /** The time period in ms to retain the offset. (versions 2-4; ignorable) */
  retentionTimeMs: bigint
  /** The topics to commit offsets for. (versions 0+) */
  topics: OffsetCommitRequestTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface OffsetCommitRequestTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition to commit offsets for. (versions 0+) */
  partitions: OffsetCommitRequestPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface OffsetCommitRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The message offset to be committed. (versions 0+) */
  committedOffset: bigint
  /** The leader epoch of this partition. (versions 6+; ignorable) */
  committedLeaderEpoch: number
  /** The timestamp of the commit. (versions 1) */
  commitTimestamp: bigint
  /** Any associated metadata the client wants to keep. (versions 0+; nullable 0+) */
  committedMetadata: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetCommitRequest(): OffsetCommitRequest {
  return {
    groupId: "",
    generationIdOrMemberEpoch: -1,
    memberId: "",
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  const $groupId: string = (version >= 8 ? r.readCompactString() : r.readString())
  let $generationIdOrMemberEpoch: number
  if (version >= 1) {
    $generationIdOrMemberEpoch = r.readInt32()
  } else {
    $generationIdOrMemberEpoch = -1
  }
  let $memberId: string
  if (version >= 1) {
    $memberId = (version >= 8 ? r.readCompactString() : r.readString())
  } else {
    $memberId = ""
  }
  let $groupInstanceId: string | null
  if (version >= 7) {
    $groupInstanceId = (version >= 8 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $groupInstanceId = null
  }
  let $retentionTimeMs: bigint
  if (version >= 2 && version <= 4) {
    $retentionTimeMs = r.readInt64()
  } else {
    $retentionTimeMs = -1n
  }
  let $topics: OffsetCommitRequestTopic[]
  {
    const n = r.readArrayLength(version >= 8)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: OffsetCommitRequestTopic[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetCommitRequestTopic(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 8) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { groupId: $groupId, generationIdOrMemberEpoch: $generationIdOrMemberEpoch, memberId: $memberId, groupInstanceId: $groupInstanceId, retentionTimeMs: $retentionTimeMs, topics: $topics, unknownTaggedFields }
}

export function writeOffsetCommitRequest(w: Writer, m: OffsetCommitRequest, version: number): void {
  void (version >= 8 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  if (version >= 1) {
    w.writeInt32(m.generationIdOrMemberEpoch)
  }
  if (version >= 1) {
    void (version >= 8 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  }
  if (version >= 7) {
    void (version >= 8 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('field GroupInstanceId cannot be written at version ' + version + ' of OffsetCommitRequest')
  }
  if (version >= 2 && version <= 4) {
    w.writeInt64(m.retentionTimeMs)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 8, a.length)
    for (const e of a) writeOffsetCommitRequestTopic(w, e, version)
  }
  if (version >= 8) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetCommitRequestTopic(): OffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetCommitRequestTopic(r: Reader, version: number): OffsetCommitRequestTopic {
  const $name: string = (version >= 8 ? r.readCompactString() : r.readString())
  let $partitions: OffsetCommitRequestPartition[]
  {
    const n = r.readArrayLength(version >= 8)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: OffsetCommitRequestPartition[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetCommitRequestPartition(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 8) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeOffsetCommitRequestTopic(w: Writer, m: OffsetCommitRequestTopic, version: number): void {
  void (version >= 8 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 8, a.length)
    for (const e of a) writeOffsetCommitRequestPartition(w, e, version)
  }
  if (version >= 8) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetCommitRequestPartition(): OffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    commitTimestamp: -1n,
    committedMetadata: "",
    unknownTaggedFields: undefined,
  }
}

export function readOffsetCommitRequestPartition(r: Reader, version: number): OffsetCommitRequestPartition {
  const $partitionIndex: number = r.readInt32()
  const $committedOffset: bigint = r.readInt64()
  let $committedLeaderEpoch: number
  if (version >= 6) {
    $committedLeaderEpoch = r.readInt32()
  } else {
    $committedLeaderEpoch = -1
  }
  let $commitTimestamp: bigint
  if (version >= 1 && version <= 1) {
    $commitTimestamp = r.readInt64()
  } else {
    $commitTimestamp = -1n
  }
  const $committedMetadata: string | null = (version >= 8 ? r.readCompactNullableString() : r.readNullableString())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 8) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { partitionIndex: $partitionIndex, committedOffset: $committedOffset, committedLeaderEpoch: $committedLeaderEpoch, commitTimestamp: $commitTimestamp, committedMetadata: $committedMetadata, unknownTaggedFields }
}

export function writeOffsetCommitRequestPartition(w: Writer, m: OffsetCommitRequestPartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.committedOffset)
  if (version >= 6) {
    w.writeInt32(m.committedLeaderEpoch)
  }
  if (version >= 1 && version <= 1) {
    w.writeInt64(m.commitTimestamp)
  } else {
    if (m.commitTimestamp !== -1n) throw new EncodeError('field CommitTimestamp cannot be written at version ' + version + ' of OffsetCommitRequest')
  }
  void (version >= 8 ? w.writeCompactNullableString(m.committedMetadata) : w.writeNullableString(m.committedMetadata))
  if (version >= 8) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
