// Generated from spec/kafka/message/OffsetCommitResponse.json by scripts/codegen. Do not edit.
// OffsetCommitResponse: response, api key 8, versions 0-9, flexible 8+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-9. */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+; ignorable) */
  throttleTimeMs: number
  /** The responses for each topic. (versions 0+) */
  topics: OffsetCommitResponseTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface OffsetCommitResponseTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: OffsetCommitResponsePartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface OffsetCommitResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetCommitResponse(): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  let $throttleTimeMs: number
  if (version >= 3) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $topics: OffsetCommitResponseTopic[]
  {
    const n = r.readArrayLength(version >= 8)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: OffsetCommitResponseTopic[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetCommitResponseTopic(r, version))
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
  return { throttleTimeMs: $throttleTimeMs, topics: $topics, unknownTaggedFields }
}

export function writeOffsetCommitResponse(w: Writer, m: OffsetCommitResponse, version: number): void {
  if (version >= 3) {
    w.writeInt32(m.throttleTimeMs)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 8, a.length)
    for (const e of a) writeOffsetCommitResponseTopic(w, e, version)
  }
  if (version >= 8) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetCommitResponseTopic(): OffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetCommitResponseTopic(r: Reader, version: number): OffsetCommitResponseTopic {
  const $name: string = (version >= 8 ? r.readCompactString() : r.readString())
  let $partitions: OffsetCommitResponsePartition[]
  {
    const n = r.readArrayLength(version >= 8)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: OffsetCommitResponsePartition[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetCommitResponsePartition(r, version))
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

export function writeOffsetCommitResponseTopic(w: Writer, m: OffsetCommitResponseTopic, version: number): void {
  void (version >= 8 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 8, a.length)
    for (const e of a) writeOffsetCommitResponsePartition(w, e, version)
  }
  if (version >= 8) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetCommitResponsePartition(): OffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetCommitResponsePartition(r: Reader, version: number): OffsetCommitResponsePartition {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
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
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, unknownTaggedFields }
}

export function writeOffsetCommitResponsePartition(w: Writer, m: OffsetCommitResponsePartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version >= 8) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
