// Generated from spec/kafka/message/ShareFetchRequest.json by scripts/codegen. Do not edit.
// ShareFetchRequest: request, api key 78, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ShareFetchRequest {
  /** The group identifier. (versions 0+; nullable 0+) */
  groupId: string | null
  /** The member ID. (versions 0+; nullable 0+) */
  memberId: string | null
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0+) */
  shareSessionEpoch: number
  /** The maximum time in milliseconds to wait for the response. (versions 0+) */
  maxWaitMs: number
  /** The minimum bytes to accumulate in the response. (versions 0+) */
  minBytes: number
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. (versions 0+; ignorable) */
  maxBytes: number
  /** The topics to fetch. (versions 0+) */
  topics: FetchTopic[]
  /** The partitions to remove from this share session. (versions 0+) */
  forgottenTopicsData: ForgottenTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface FetchTopic {
  /** The unique topic ID. (versions 0+; ignorable) */
  topicId: Buffer
  /** The partitions to fetch. (versions 0+) */
  partitions: FetchPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface FetchPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. (versions 0+) */
  partitionMaxBytes: number
  /** Record batches to acknowledge. (versions 0+) */
  acknowledgementBatches: AcknowledgementBatch[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface AcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (versions 0+) */
  firstOffset: bigint
  /** Last offset (inclusive) of batch of records to acknowledge. (versions 0+) */
  lastOffset: bigint
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. (versions 0+) */
  acknowledgeTypes: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ForgottenTopic {
  /** The unique topic ID. (versions 0+; ignorable) */
  topicId: Buffer
  /** The partitions indexes to forget. (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareFetchRequest(): ShareFetchRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    topics: [],
    forgottenTopicsData: [],
    unknownTaggedFields: undefined,
  }
}

export function readShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  const $groupId: string | null = r.readCompactNullableString()
  const $memberId: string | null = r.readCompactNullableString()
  const $shareSessionEpoch: number = r.readInt32()
  const $maxWaitMs: number = r.readInt32()
  const $minBytes: number = r.readInt32()
  const $maxBytes: number = r.readInt32()
  let $topics: FetchTopic[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: FetchTopic[] = []
      for (let i = 0; i < n; i++) a.push(readFetchTopic(r, version))
      $topics = a
    }
  }
  let $forgottenTopicsData: ForgottenTopic[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field ForgottenTopicsData was serialized as null')
    } else {
      const a: ForgottenTopic[] = []
      for (let i = 0; i < n; i++) a.push(readForgottenTopic(r, version))
      $forgottenTopicsData = a
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
  return { groupId: $groupId, memberId: $memberId, shareSessionEpoch: $shareSessionEpoch, maxWaitMs: $maxWaitMs, minBytes: $minBytes, maxBytes: $maxBytes, topics: $topics, forgottenTopicsData: $forgottenTopicsData, unknownTaggedFields }
}

export function writeShareFetchRequest(w: Writer, m: ShareFetchRequest, version: number): void {
  w.writeCompactNullableString(m.groupId)
  w.writeCompactNullableString(m.memberId)
  w.writeInt32(m.shareSessionEpoch)
  w.writeInt32(m.maxWaitMs)
  w.writeInt32(m.minBytes)
  w.writeInt32(m.maxBytes)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeFetchTopic(w, e, version)
  }
  {
    const a = m.forgottenTopicsData
    w.writeArrayLength(true, a.length)
    for (const e of a) writeForgottenTopic(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultFetchTopic(): FetchTopic {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readFetchTopic(r: Reader, version: number): FetchTopic {
  const $topicId: Buffer = r.readUuid()
  let $partitions: FetchPartition[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: FetchPartition[] = []
      for (let i = 0; i < n; i++) a.push(readFetchPartition(r, version))
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

export function writeFetchTopic(w: Writer, m: FetchTopic, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeFetchPartition(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultFetchPartition(): FetchPartition {
  return {
    partitionIndex: 0,
    partitionMaxBytes: 0,
    acknowledgementBatches: [],
    unknownTaggedFields: undefined,
  }
}

export function readFetchPartition(r: Reader, version: number): FetchPartition {
  const $partitionIndex: number = r.readInt32()
  const $partitionMaxBytes: number = r.readInt32()
  let $acknowledgementBatches: AcknowledgementBatch[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field AcknowledgementBatches was serialized as null')
    } else {
      const a: AcknowledgementBatch[] = []
      for (let i = 0; i < n; i++) a.push(readAcknowledgementBatch(r, version))
      $acknowledgementBatches = a
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
  return { partitionIndex: $partitionIndex, partitionMaxBytes: $partitionMaxBytes, acknowledgementBatches: $acknowledgementBatches, unknownTaggedFields }
}

export function writeFetchPartition(w: Writer, m: FetchPartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.partitionMaxBytes)
  {
    const a = m.acknowledgementBatches
    w.writeArrayLength(true, a.length)
    for (const e of a) writeAcknowledgementBatch(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAcknowledgementBatch(): AcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
    unknownTaggedFields: undefined,
  }
}

export function readAcknowledgementBatch(r: Reader, version: number): AcknowledgementBatch {
  const $firstOffset: bigint = r.readInt64()
  const $lastOffset: bigint = r.readInt64()
  let $acknowledgeTypes: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field AcknowledgeTypes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt8())
      $acknowledgeTypes = a
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
  return { firstOffset: $firstOffset, lastOffset: $lastOffset, acknowledgeTypes: $acknowledgeTypes, unknownTaggedFields }
}

export function writeAcknowledgementBatch(w: Writer, m: AcknowledgementBatch, version: number): void {
  w.writeInt64(m.firstOffset)
  w.writeInt64(m.lastOffset)
  {
    const a = m.acknowledgeTypes
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt8(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultForgottenTopic(): ForgottenTopic {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readForgottenTopic(r: Reader, version: number): ForgottenTopic {
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

export function writeForgottenTopic(w: Writer, m: ForgottenTopic, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
