// Generated from spec/kafka/message/DeleteRecordsRequest.json by scripts/codegen. Do not edit.
// DeleteRecordsRequest: request, api key 21, versions 0-2, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. (versions 0+) */
  topics: DeleteRecordsTopic[]
  /** How long to wait for the deletion to complete, in milliseconds. (versions 0+) */
  timeoutMs: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface DeleteRecordsTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition that we want to delete records from. (versions 0+) */
  partitions: DeleteRecordsPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface DeleteRecordsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The deletion offset. (versions 0+) */
  offset: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteRecordsRequest(): DeleteRecordsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    unknownTaggedFields: undefined,
  }
}

export function readDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  let $topics: DeleteRecordsTopic[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: DeleteRecordsTopic[] = []
      for (let i = 0; i < n; i++) a.push(readDeleteRecordsTopic(r, version))
      $topics = a
    }
  }
  const $timeoutMs: number = r.readInt32()
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
  return { topics: $topics, timeoutMs: $timeoutMs, unknownTaggedFields }
}

export function writeDeleteRecordsRequest(w: Writer, m: DeleteRecordsRequest, version: number): void {
  {
    const a = m.topics
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDeleteRecordsTopic(w, e, version)
  }
  w.writeInt32(m.timeoutMs)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeleteRecordsTopic(): DeleteRecordsTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteRecordsTopic(r: Reader, version: number): DeleteRecordsTopic {
  const $name: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitions: DeleteRecordsPartition[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: DeleteRecordsPartition[] = []
      for (let i = 0; i < n; i++) a.push(readDeleteRecordsPartition(r, version))
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

export function writeDeleteRecordsTopic(w: Writer, m: DeleteRecordsTopic, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDeleteRecordsPartition(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeleteRecordsPartition(): DeleteRecordsPartition {
  return {
    partitionIndex: 0,
    offset: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readDeleteRecordsPartition(r: Reader, version: number): DeleteRecordsPartition {
  const $partitionIndex: number = r.readInt32()
  const $offset: bigint = r.readInt64()
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
  return { partitionIndex: $partitionIndex, offset: $offset, unknownTaggedFields }
}

export function writeDeleteRecordsPartition(w: Writer, m: DeleteRecordsPartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.offset)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
