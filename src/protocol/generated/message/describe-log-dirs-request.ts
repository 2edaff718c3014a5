// Generated from spec/kafka/message/DescribeLogDirsRequest.json by scripts/codegen. Do not edit.
// DescribeLogDirsRequest: request, api key 35, versions 0-4, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. (versions 0+; nullable 0+) */
  topics: DescribableLogDirTopic[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface DescribableLogDirTopic {
  /** The topic name (versions 0+; map key) */
  topic: string
  /** The partition indexes. (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeLogDirsRequest(): DescribeLogDirsRequest {
  return {
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  let $topics: DescribableLogDirTopic[] | null
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      $topics = null
    } else {
      const a: DescribableLogDirTopic[] = []
      for (let i = 0; i < n; i++) a.push(readDescribableLogDirTopic(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topics: $topics, unknownTaggedFields }
}

export function writeDescribeLogDirsRequest(w: Writer, m: DescribeLogDirsRequest, version: number): void {
  {
    const a = m.topics
    if (a === null) {
      w.writeArrayLength(version >= 2, null)
    } else {
      w.writeArrayLength(version >= 2, a.length)
      for (const e of a) writeDescribableLogDirTopic(w, e, version)
    }
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribableLogDirTopic(): DescribableLogDirTopic {
  return {
    topic: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribableLogDirTopic(r: Reader, version: number): DescribableLogDirTopic {
  const $topic: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitions: number[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
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

export function writeDescribableLogDirTopic(w: Writer, m: DescribableLogDirTopic, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
