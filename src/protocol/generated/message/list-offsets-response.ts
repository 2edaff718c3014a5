// Generated from spec/kafka/message/ListOffsetsResponse.json by scripts/codegen. Do not edit.
// ListOffsetsResponse: response, api key 2, versions 0-9, flexible 6+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-9. */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+; ignorable) */
  throttleTimeMs: number
  /** Each topic in the response. (versions 0+) */
  topics: ListOffsetsTopicResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface ListOffsetsTopicResponse {
  /** The topic name (versions 0+) */
  name: string
  /** Each partition in the response. (versions 0+) */
  partitions: ListOffsetsPartitionResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface ListOffsetsPartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The result offsets. (versions 0) */
  oldStyleOffsets: bigint[]
  /** The timestamp associated with the returned offset. (versions 1+) */
  timestamp: bigint
  /** The returned offset. (versions 1+) */
  offset: bigint
  /** (versions 4+) */
  leaderEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListOffsetsResponse(): ListOffsetsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  let $throttleTimeMs: number
  if (version >= 2) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $topics: ListOffsetsTopicResponse[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: ListOffsetsTopicResponse[] = []
      for (let i = 0; i < n; i++) a.push(readListOffsetsTopicResponse(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
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

export function writeListOffsetsResponse(w: Writer, m: ListOffsetsResponse, version: number): void {
  if (version >= 2) {
    w.writeInt32(m.throttleTimeMs)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeListOffsetsTopicResponse(w, e, version)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultListOffsetsTopicResponse(): ListOffsetsTopicResponse {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readListOffsetsTopicResponse(r: Reader, version: number): ListOffsetsTopicResponse {
  const $name: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $partitions: ListOffsetsPartitionResponse[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: ListOffsetsPartitionResponse[] = []
      for (let i = 0; i < n; i++) a.push(readListOffsetsPartitionResponse(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
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

export function writeListOffsetsTopicResponse(w: Writer, m: ListOffsetsTopicResponse, version: number): void {
  void (version >= 6 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeListOffsetsPartitionResponse(w, e, version)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultListOffsetsPartitionResponse(): ListOffsetsPartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    oldStyleOffsets: [],
    timestamp: -1n,
    offset: -1n,
    leaderEpoch: -1,
    unknownTaggedFields: undefined,
  }
}

export function readListOffsetsPartitionResponse(r: Reader, version: number): ListOffsetsPartitionResponse {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let $oldStyleOffsets: bigint[]
  if (version <= 0) {
    {
      const n = r.readArrayLength(false)
      if (n < 0) {
        throw new DecodeError('non-nullable field OldStyleOffsets was serialized as null')
      } else {
        const a: bigint[] = []
        for (let i = 0; i < n; i++) a.push(r.readInt64())
        $oldStyleOffsets = a
      }
    }
  } else {
    $oldStyleOffsets = []
  }
  let $timestamp: bigint
  if (version >= 1) {
    $timestamp = r.readInt64()
  } else {
    $timestamp = -1n
  }
  let $offset: bigint
  if (version >= 1) {
    $offset = r.readInt64()
  } else {
    $offset = -1n
  }
  let $leaderEpoch: number
  if (version >= 4) {
    $leaderEpoch = r.readInt32()
  } else {
    $leaderEpoch = -1
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, oldStyleOffsets: $oldStyleOffsets, timestamp: $timestamp, offset: $offset, leaderEpoch: $leaderEpoch, unknownTaggedFields }
}

export function writeListOffsetsPartitionResponse(w: Writer, m: ListOffsetsPartitionResponse, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version <= 0) {
    {
      const a = m.oldStyleOffsets
      w.writeArrayLength(false, a.length)
      for (const e of a) w.writeInt64(e)
    }
  } else {
    if (m.oldStyleOffsets.length !== 0) throw new EncodeError('field OldStyleOffsets cannot be written at version ' + version + ' of ListOffsetsResponse')
  }
  if (version >= 1) {
    w.writeInt64(m.timestamp)
  } else {
    if (m.timestamp !== -1n) throw new EncodeError('field Timestamp cannot be written at version ' + version + ' of ListOffsetsResponse')
  }
  if (version >= 1) {
    w.writeInt64(m.offset)
  } else {
    if (m.offset !== -1n) throw new EncodeError('field Offset cannot be written at version ' + version + ' of ListOffsetsResponse')
  }
  if (version >= 4) {
    w.writeInt32(m.leaderEpoch)
  } else {
    if (m.leaderEpoch !== -1) throw new EncodeError('field LeaderEpoch cannot be written at version ' + version + ' of ListOffsetsResponse')
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
