// Generated from spec/kafka/message/DescribeProducersRequest.json by scripts/codegen. Do not edit.
// DescribeProducersRequest: request, api key 61, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DescribeProducersRequest {
  /** (versions 0+) */
  topics: TopicRequest[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicRequest {
  /** The topic name. (versions 0+) */
  name: string
  /** The indexes of the partitions to list producers for. (versions 0+) */
  partitionIndexes: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeProducersRequest(): DescribeProducersRequest {
  return {
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
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
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { topics: $topics, unknownTaggedFields }
}

export function writeDescribeProducersRequest(w: Writer, m: DescribeProducersRequest, version: number): void {
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicRequest(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicRequest(): TopicRequest {
  return {
    name: "",
    partitionIndexes: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicRequest(r: Reader, version: number): TopicRequest {
  const $name: string = r.readCompactString()
  let $partitionIndexes: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionIndexes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitionIndexes = a
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
  return { name: $name, partitionIndexes: $partitionIndexes, unknownTaggedFields }
}

export function writeTopicRequest(w: Writer, m: TopicRequest, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitionIndexes
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
