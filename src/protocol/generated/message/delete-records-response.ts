// Generated from spec/kafka/message/DeleteRecordsResponse.json by scripts/codegen. Do not edit.
// DeleteRecordsResponse: response, api key 21, versions 0-2, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Each topic that we wanted to delete records from. (versions 0+) */
  topics: DeleteRecordsTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface DeleteRecordsTopicResult {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** Each partition that we wanted to delete records from. (versions 0+) */
  partitions: DeleteRecordsPartitionResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface DeleteRecordsPartitionResult {
  /** The partition index. (versions 0+; map key) */
  partitionIndex: number
  /** The partition low water mark. (versions 0+) */
  lowWatermark: bigint
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteRecordsResponse(): DeleteRecordsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $topics: DeleteRecordsTopicResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: DeleteRecordsTopicResult[] = []
      for (let i = 0; i < n; i++) a.push(readDeleteRecordsTopicResult(r, version))
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
  return { throttleTimeMs: $throttleTimeMs, topics: $topics, unknownTaggedFields }
}

export function writeDeleteRecordsResponse(w: Writer, m: DeleteRecordsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.topics
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDeleteRecordsTopicResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeleteRecordsTopicResult(): DeleteRecordsTopicResult {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteRecordsTopicResult(r: Reader, version: number): DeleteRecordsTopicResult {
  const $name: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitions: DeleteRecordsPartitionResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: DeleteRecordsPartitionResult[] = []
      for (let i = 0; i < n; i++) a.push(readDeleteRecordsPartitionResult(r, version))
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
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeDeleteRecordsTopicResult(w: Writer, m: DeleteRecordsTopicResult, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDeleteRecordsPartitionResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeleteRecordsPartitionResult(): DeleteRecordsPartitionResult {
  return {
    partitionIndex: 0,
    lowWatermark: 0n,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readDeleteRecordsPartitionResult(r: Reader, version: number): DeleteRecordsPartitionResult {
  const $partitionIndex: number = r.readInt32()
  const $lowWatermark: bigint = r.readInt64()
  const $errorCode: number = r.readInt16()
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
  return { partitionIndex: $partitionIndex, lowWatermark: $lowWatermark, errorCode: $errorCode, unknownTaggedFields }
}

export function writeDeleteRecordsPartitionResult(w: Writer, m: DeleteRecordsPartitionResult, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.lowWatermark)
  w.writeInt16(m.errorCode)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
