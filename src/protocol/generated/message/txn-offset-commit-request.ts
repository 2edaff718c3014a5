// Generated from spec/kafka/message/TxnOffsetCommitRequest.json by scripts/codegen. Do not edit.
// TxnOffsetCommitRequest: request, api key 28, versions 0-4, flexible 3+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. (versions 0+) */
  transactionalId: string
  /** The ID of the group. (versions 0+) */
  groupId: string
  /** The current producer ID in use by the transactional ID. (versions 0+) */
  producerId: bigint
  /** The current epoch associated with the producer ID. (versions 0+) */
  producerEpoch: number
  /** The generation of the consumer. (versions 3+) */
  generationId: number
  /** The member ID assigned by the group coordinator. (versions 3+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 3+; nullable 3+) */
  groupInstanceId: string | null
  /** Each topic that we want to commit offsets for. (versions 0+) */
  topics: TxnOffsetCommitRequestTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface TxnOffsetCommitRequestTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The partitions inside the topic that we want to commit offsets for. (versions 0+) */
  partitions: TxnOffsetCommitRequestPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. (versions 0+) */
  partitionIndex: number
  /** The message offset to be committed. (versions 0+) */
  committedOffset: bigint
  /** The leader epoch of the last consumed record. (versions 2+; ignorable) */
  committedLeaderEpoch: number
  /** Any associated metadata the client wants to keep. (versions 0+; nullable 0+) */
  committedMetadata: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return {
    transactionalId: "",
    groupId: "",
    producerId: 0n,
    producerEpoch: 0,
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  const $transactionalId: string = (version >= 3 ? r.readCompactString() : r.readString())
  const $groupId: string = (version >= 3 ? r.readCompactString() : r.readString())
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt16()
  let $generationId: number
  if (version >= 3) {
    $generationId = r.readInt32()
  } else {
    $generationId = -1
  }
  let $memberId: string
  if (version >= 3) {
    $memberId = r.readCompactString()
  } else {
    $memberId = ""
  }
  let $groupInstanceId: string | null
  if (version >= 3) {
    $groupInstanceId = r.readCompactNullableString()
  } else {
    $groupInstanceId = null
  }
  let $topics: TxnOffsetCommitRequestTopic[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TxnOffsetCommitRequestTopic[] = []
      for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitRequestTopic(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { transactionalId: $transactionalId, groupId: $groupId, producerId: $producerId, producerEpoch: $producerEpoch, generationId: $generationId, memberId: $memberId, groupInstanceId: $groupInstanceId, topics: $topics, unknownTaggedFields }
}

export function writeTxnOffsetCommitRequest(w: Writer, m: TxnOffsetCommitRequest, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.transactionalId) : w.writeString(m.transactionalId))
  void (version >= 3 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  if (version >= 3) {
    w.writeInt32(m.generationId)
  } else {
    if (m.generationId !== -1) throw new EncodeError('field GenerationId cannot be written at version ' + version + ' of TxnOffsetCommitRequest')
  }
  if (version >= 3) {
    w.writeCompactString(m.memberId)
  } else {
    if (m.memberId !== "") throw new EncodeError('field MemberId cannot be written at version ' + version + ' of TxnOffsetCommitRequest')
  }
  if (version >= 3) {
    w.writeCompactNullableString(m.groupInstanceId)
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('field GroupInstanceId cannot be written at version ' + version + ' of TxnOffsetCommitRequest')
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) writeTxnOffsetCommitRequestTopic(w, e, version)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultTxnOffsetCommitRequestTopic(): TxnOffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTxnOffsetCommitRequestTopic(r: Reader, version: number): TxnOffsetCommitRequestTopic {
  const $name: string = (version >= 3 ? r.readCompactString() : r.readString())
  let $partitions: TxnOffsetCommitRequestPartition[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: TxnOffsetCommitRequestPartition[] = []
      for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitRequestPartition(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
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

export function writeTxnOffsetCommitRequestTopic(w: Writer, m: TxnOffsetCommitRequestTopic, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) writeTxnOffsetCommitRequestPartition(w, e, version)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultTxnOffsetCommitRequestPartition(): TxnOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    committedMetadata: "",
    unknownTaggedFields: undefined,
  }
}

export function readTxnOffsetCommitRequestPartition(r: Reader, version: number): TxnOffsetCommitRequestPartition {
  const $partitionIndex: number = r.readInt32()
  const $committedOffset: bigint = r.readInt64()
  let $committedLeaderEpoch: number
  if (version >= 2) {
    $committedLeaderEpoch = r.readInt32()
  } else {
    $committedLeaderEpoch = -1
  }
  const $committedMetadata: string | null = (version >= 3 ? r.readCompactNullableString() : r.readNullableString())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { partitionIndex: $partitionIndex, committedOffset: $committedOffset, committedLeaderEpoch: $committedLeaderEpoch, committedMetadata: $committedMetadata, unknownTaggedFields }
}

export function writeTxnOffsetCommitRequestPartition(w: Writer, m: TxnOffsetCommitRequestPartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.committedOffset)
  if (version >= 2) {
    w.writeInt32(m.committedLeaderEpoch)
  }
  void (version >= 3 ? w.writeCompactNullableString(m.committedMetadata) : w.writeNullableString(m.committedMetadata))
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
