// Generated from spec/kafka/message/ListOffsetsRequest.json by scripts/codegen. Do not edit.
// ListOffsetsRequest: request, api key 2, versions 0-9, flexible 6+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-9. */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. (versions 0+) */
  replicaId: number
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (versions 2+) */
  isolationLevel: number
  /** Each topic in the request. (versions 0+) */
  topics: ListOffsetsTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface ListOffsetsTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition in the request. (versions 0+) */
  partitions: ListOffsetsPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-9. */
export interface ListOffsetsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The current leader epoch. (versions 4+; ignorable) */
  currentLeaderEpoch: number
  /** The current timestamp. (versions 0+) */
  timestamp: bigint
  /** The maximum number of offsets to report. (versions 0) */
  maxNumOffsets: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListOffsetsRequest(): ListOffsetsRequest {
  return {
    replicaId: 0,
    isolationLevel: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  const $replicaId: number = r.readInt32()
  let $isolationLevel: number
  if (version >= 2) {
    $isolationLevel = r.readInt8()
  } else {
    $isolationLevel = 0
  }
  let $topics: ListOffsetsTopic[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: ListOffsetsTopic[] = []
      for (let i = 0; i < n; i++) a.push(readListOffsetsTopic(r, version))
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
  return { replicaId: $replicaId, isolationLevel: $isolationLevel, topics: $topics, unknownTaggedFields }
}

export function writeListOffsetsRequest(w: Writer, m: ListOffsetsRequest, version: number): void {
  w.writeInt32(m.replicaId)
  if (version >= 2) {
    w.writeInt8(m.isolationLevel)
  } else {
    if (m.isolationLevel !== 0) throw new EncodeError('field IsolationLevel cannot be written at version ' + version + ' of ListOffsetsRequest')
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeListOffsetsTopic(w, e, version)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultListOffsetsTopic(): ListOffsetsTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readListOffsetsTopic(r: Reader, version: number): ListOffsetsTopic {
  const $name: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $partitions: ListOffsetsPartition[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: ListOffsetsPartition[] = []
      for (let i = 0; i < n; i++) a.push(readListOffsetsPartition(r, version))
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

export function writeListOffsetsTopic(w: Writer, m: ListOffsetsTopic, version: number): void {
  void (version >= 6 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeListOffsetsPartition(w, e, version)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultListOffsetsPartition(): ListOffsetsPartition {
  return {
    partitionIndex: 0,
    currentLeaderEpoch: -1,
    timestamp: 0n,
    maxNumOffsets: 1,
    unknownTaggedFields: undefined,
  }
}

export function readListOffsetsPartition(r: Reader, version: number): ListOffsetsPartition {
  const $partitionIndex: number = r.readInt32()
  let $currentLeaderEpoch: number
  if (version >= 4) {
    $currentLeaderEpoch = r.readInt32()
  } else {
    $currentLeaderEpoch = -1
  }
  const $timestamp: bigint = r.readInt64()
  let $maxNumOffsets: number
  if (version <= 0) {
    $maxNumOffsets = r.readInt32()
  } else {
    $maxNumOffsets = 1
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
  return { partitionIndex: $partitionIndex, currentLeaderEpoch: $currentLeaderEpoch, timestamp: $timestamp, maxNumOffsets: $maxNumOffsets, unknownTaggedFields }
}

export function writeListOffsetsPartition(w: Writer, m: ListOffsetsPartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  if (version >= 4) {
    w.writeInt32(m.currentLeaderEpoch)
  }
  w.writeInt64(m.timestamp)
  if (version <= 0) {
    w.writeInt32(m.maxNumOffsets)
  } else {
    if (m.maxNumOffsets !== 1) throw new EncodeError('field MaxNumOffsets cannot be written at version ' + version + ' of ListOffsetsRequest')
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
