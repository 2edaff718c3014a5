// Generated from spec/kafka/message/OffsetForLeaderEpochResponse.json by scripts/codegen. Do not edit.
// OffsetForLeaderEpochResponse: response, api key 23, versions 0-4, flexible 4+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+; ignorable) */
  throttleTimeMs: number
  /** Each topic we fetched offsets for. (versions 0+) */
  topics: OffsetForLeaderTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface OffsetForLeaderTopicResult {
  /** The topic name. (versions 0+; map key) */
  topic: string
  /** Each partition in the topic we fetched offsets for. (versions 0+) */
  partitions: EpochEndOffset[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface EpochEndOffset {
  /** The error code 0, or if there was no error. (versions 0+) */
  errorCode: number
  /** The partition index. (versions 0+) */
  partition: number
  /** The leader epoch of the partition. (versions 1+; ignorable) */
  leaderEpoch: number
  /** The end offset of the epoch. (versions 0+) */
  endOffset: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  let $throttleTimeMs: number
  if (version >= 2) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $topics: OffsetForLeaderTopicResult[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: OffsetForLeaderTopicResult[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetForLeaderTopicResult(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { throttleTimeMs: $throttleTimeMs, topics: $topics, unknownTaggedFields }
}

export function writeOffsetForLeaderEpochResponse(w: Writer, m: OffsetForLeaderEpochResponse, version: number): void {
  if (version >= 2) {
    w.writeInt32(m.throttleTimeMs)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeOffsetForLeaderTopicResult(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetForLeaderTopicResult(): OffsetForLeaderTopicResult {
  return {
    topic: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetForLeaderTopicResult(r: Reader, version: number): OffsetForLeaderTopicResult {
  const $topic: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $partitions: EpochEndOffset[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: EpochEndOffset[] = []
      for (let i = 0; i < n; i++) a.push(readEpochEndOffset(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topic: $topic, partitions: $partitions, unknownTaggedFields }
}

export function writeOffsetForLeaderTopicResult(w: Writer, m: OffsetForLeaderTopicResult, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeEpochEndOffset(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultEpochEndOffset(): EpochEndOffset {
  return {
    errorCode: 0,
    partition: 0,
    leaderEpoch: -1,
    endOffset: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readEpochEndOffset(r: Reader, version: number): EpochEndOffset {
  const $errorCode: number = r.readInt16()
  const $partition: number = r.readInt32()
  let $leaderEpoch: number
  if (version >= 1) {
    $leaderEpoch = r.readInt32()
  } else {
    $leaderEpoch = -1
  }
  const $endOffset: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, partition: $partition, leaderEpoch: $leaderEpoch, endOffset: $endOffset, unknownTaggedFields }
}

export function writeEpochEndOffset(w: Writer, m: EpochEndOffset, version: number): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.partition)
  if (version >= 1) {
    w.writeInt32(m.leaderEpoch)
  }
  w.writeInt64(m.endOffset)
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
