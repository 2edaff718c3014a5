// Generated from spec/kafka/message/DescribeTopicPartitionsRequest.json by scripts/codegen. Do not edit.
// DescribeTopicPartitionsRequest: request, api key 75, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. (versions 0+) */
  topics: TopicRequest[]
  /** The maximum number of partitions included in the response. (versions 0+) */
  responsePartitionLimit: number
  /** The first topic and partition index to fetch details for. (versions 0+; nullable 0+) */
  cursor: Cursor | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicRequest {
  /** The topic name (versions 0+) */
  name: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Cursor {
  /** The name for the first topic to process (versions 0+) */
  topicName: string
  /** The partition index to start with (versions 0+) */
  partitionIndex: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeTopicPartitionsRequest(): DescribeTopicPartitionsRequest {
  return {
    topics: [],
    responsePartitionLimit: 2000,
    cursor: null,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  let $topics: TopicRequest[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TopicRequest[] = []
      for (let i = 0; i < n; i++) a.push(readTopicRequest(r, version))
      $topics = a
    }
  }
  const $responsePartitionLimit: number = r.readInt32()
  let $cursor: Cursor | null
  $cursor = r.readInt8() < 0 ? null : readCursor(r, version)
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { topics: $topics, responsePartitionLimit: $responsePartitionLimit, cursor: $cursor, unknownTaggedFields }
}

export function writeDescribeTopicPartitionsRequest(w: Writer, m: DescribeTopicPartitionsRequest, version: number): void {
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicRequest(w, e, version)
  }
  w.writeInt32(m.responsePartitionLimit)
  if (m.cursor === null) {
    w.writeInt8(-1)
  } else {
    w.writeInt8(1)
    writeCursor(w, m.cursor, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicRequest(): TopicRequest {
  return {
    name: "",
    unknownTaggedFields: undefined,
  }
}

export function readTopicRequest(r: Reader, version: number): TopicRequest {
  const $name: string = r.readCompactString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, unknownTaggedFields }
}

export function writeTopicRequest(w: Writer, m: TopicRequest, version: number): void {
  w.writeCompactString(m.name)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultCursor(): Cursor {
  return {
    topicName: "",
    partitionIndex: 0,
    unknownTaggedFields: undefined,
  }
}

export function readCursor(r: Reader, version: number): Cursor {
  const $topicName: string = r.readCompactString()
  const $partitionIndex: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { topicName: $topicName, partitionIndex: $partitionIndex, unknownTaggedFields }
}

export function writeCursor(w: Writer, m: Cursor, version: number): void {
  w.writeCompactString(m.topicName)
  w.writeInt32(m.partitionIndex)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
