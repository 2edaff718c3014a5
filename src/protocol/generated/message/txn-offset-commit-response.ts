// Generated from spec/kafka/message/TxnOffsetCommitResponse.json by scripts/codegen. Do not edit.
// TxnOffsetCommitResponse: response, api key 28, versions 0-4, flexible 3+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The responses for each topic. (versions 0+) */
  topics: TxnOffsetCommitResponseTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface TxnOffsetCommitResponseTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: TxnOffsetCommitResponsePartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface TxnOffsetCommitResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $topics: TxnOffsetCommitResponseTopic[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TxnOffsetCommitResponseTopic[] = []
      for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitResponseTopic(r, version))
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
  return { throttleTimeMs: $throttleTimeMs, topics: $topics, unknownTaggedFields }
}

export function writeTxnOffsetCommitResponse(w: Writer, m: TxnOffsetCommitResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.topics
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) writeTxnOffsetCommitResponseTopic(w, e, version)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultTxnOffsetCommitResponseTopic(): TxnOffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTxnOffsetCommitResponseTopic(r: Reader, version: number): TxnOffsetCommitResponseTopic {
  const $name: string = (version >= 3 ? r.readCompactString() : r.readString())
  let $partitions: TxnOffsetCommitResponsePartition[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: TxnOffsetCommitResponsePartition[] = []
      for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitResponsePartition(r, version))
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

export function writeTxnOffsetCommitResponseTopic(w: Writer, m: TxnOffsetCommitResponseTopic, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) writeTxnOffsetCommitResponsePartition(w, e, version)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultTxnOffsetCommitResponsePartition(): TxnOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readTxnOffsetCommitResponsePartition(r: Reader, version: number): TxnOffsetCommitResponsePartition {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
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
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, unknownTaggedFields }
}

export function writeTxnOffsetCommitResponsePartition(w: Writer, m: TxnOffsetCommitResponsePartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
