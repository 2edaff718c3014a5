// Generated from spec/kafka/message/OffsetDeleteResponse.json by scripts/codegen. Do not edit.
// OffsetDeleteResponse: response, api key 47, versions 0, flexible none.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+; ignorable) */
  throttleTimeMs: number
  /** The responses for each topic. (versions 0+) */
  topics: OffsetDeleteResponseTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface OffsetDeleteResponseTopic {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: OffsetDeleteResponsePartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface OffsetDeleteResponsePartition {
  /** The partition index. (versions 0+; map key) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetDeleteResponse(): OffsetDeleteResponse {
  return {
    errorCode: 0,
    throttleTimeMs: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  const $errorCode: number = r.readInt16()
  const $throttleTimeMs: number = r.readInt32()
  let $topics: OffsetDeleteResponseTopic[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: OffsetDeleteResponseTopic[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetDeleteResponseTopic(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  return { errorCode: $errorCode, throttleTimeMs: $throttleTimeMs, topics: $topics, unknownTaggedFields }
}

export function writeOffsetDeleteResponse(w: Writer, m: OffsetDeleteResponse, version: number): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.topics
    w.writeArrayLength(false, a.length)
    for (const e of a) writeOffsetDeleteResponseTopic(w, e, version)
  }
}

export function defaultOffsetDeleteResponseTopic(): OffsetDeleteResponseTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetDeleteResponseTopic(r: Reader, version: number): OffsetDeleteResponseTopic {
  const $name: string = r.readString()
  let $partitions: OffsetDeleteResponsePartition[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: OffsetDeleteResponsePartition[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetDeleteResponsePartition(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeOffsetDeleteResponseTopic(w: Writer, m: OffsetDeleteResponseTopic, version: number): void {
  w.writeString(m.name)
  {
    const a = m.partitions
    w.writeArrayLength(false, a.length)
    for (const e of a) writeOffsetDeleteResponsePartition(w, e, version)
  }
}

export function defaultOffsetDeleteResponsePartition(): OffsetDeleteResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetDeleteResponsePartition(r: Reader, version: number): OffsetDeleteResponsePartition {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, unknownTaggedFields }
}

export function writeOffsetDeleteResponsePartition(w: Writer, m: OffsetDeleteResponsePartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
}
