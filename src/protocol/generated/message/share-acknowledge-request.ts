// Generated from spec/kafka/message/ShareAcknowledgeRequest.json by scripts/codegen. Do not edit.
// ShareAcknowledgeRequest: request, api key 79, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ShareAcknowledgeRequest {
  /** The group identifier. (versions 0+; nullable 0+) */
  groupId: string | null
  /** The member ID. (versions 0+; nullable 0+) */
  memberId: string | null
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0+) */
  shareSessionEpoch: number
  /** The topics containing records to acknowledge. (versions 0+) */
  topics: AcknowledgeTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface AcknowledgeTopic {
  /** The unique topic ID. (versions 0+) */
  topicId: Buffer
  /** The partitions containing records to acknowledge. (versions 0+) */
  partitions: AcknowledgePartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface AcknowledgePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
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

export function defaultShareAcknowledgeRequest(): ShareAcknowledgeRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  const $groupId: string | null = r.readCompactNullableString()
  const $memberId: string | null = r.readCompactNullableString()
  const $shareSessionEpoch: number = r.readInt32()
  let $topics: AcknowledgeTopic[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: AcknowledgeTopic[] = []
      for (let i = 0; i < n; i++) a.push(readAcknowledgeTopic(r, version))
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
  return { groupId: $groupId, memberId: $memberId, shareSessionEpoch: $shareSessionEpoch, topics: $topics, unknownTaggedFields }
}

export function writeShareAcknowledgeRequest(w: Writer, m: ShareAcknowledgeRequest, version: number): void {
  w.writeCompactNullableString(m.groupId)
  w.writeCompactNullableString(m.memberId)
  w.writeInt32(m.shareSessionEpoch)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeAcknowledgeTopic(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAcknowledgeTopic(): AcknowledgeTopic {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readAcknowledgeTopic(r: Reader, version: number): AcknowledgeTopic {
  const $topicId: Buffer = r.readUuid()
  let $partitions: AcknowledgePartition[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: AcknowledgePartition[] = []
      for (let i = 0; i < n; i++) a.push(readAcknowledgePartition(r, version))
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

export function writeAcknowledgeTopic(w: Writer, m: AcknowledgeTopic, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeAcknowledgePartition(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAcknowledgePartition(): AcknowledgePartition {
  return {
    partitionIndex: 0,
    acknowledgementBatches: [],
    unknownTaggedFields: undefined,
  }
}

export function readAcknowledgePartition(r: Reader, version: number): AcknowledgePartition {
  const $partitionIndex: number = r.readInt32()
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
  return { partitionIndex: $partitionIndex, acknowledgementBatches: $acknowledgementBatches, unknownTaggedFields }
}

export function writeAcknowledgePartition(w: Writer, m: AcknowledgePartition, version: number): void {
  w.writeInt32(m.partitionIndex)
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
