// Generated from spec/kafka/message/OffsetFetchResponse.json by scripts/codegen. Do not edit.
// OffsetFetchResponse: response, api key 9, versions 0-9, flexible 6+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-9. */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+; ignorable) */
  throttleTimeMs: number
  /** The responses per topic. (versions 0-7) */
  topics: OffsetFetchResponseTopic[]
  /** The top-level error code, or 0 if there was no error. (versions 2-7; ignorable) */
  errorCode: number
  /** The responses per group id. (versions 8+) */
  groups: OffsetFetchResponseGroup[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface OffsetFetchResponseTopic {
  /** The topic name. (versions 0-7) */
  name: string
  /** The responses per partition (versions 0-7) */
  partitions: OffsetFetchResponsePartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface OffsetFetchResponsePartition {
  /** The partition index. (versions 0-7) */
  partitionIndex: number
  /** The committed message offset. (versions 0-7) */
  committedOffset: bigint
  /** The leader epoch. (versions 5-7; ignorable) */
  committedLeaderEpoch: number
  /** The partition metadata. (versions 0-7; nullable 0-7) */
  metadata: string | null
  /** The error code, or 0 if there was no error. (versions 0-7) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 8-9. */
export interface OffsetFetchResponseGroup {
  /** The group ID. (versions 8+) */
  groupId: string
  /** The responses per topic. (versions 8+) */
  topics: OffsetFetchResponseTopics[]
  /** The group-level error code, or 0 if there was no error. (versions 8+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 8-9. */
export interface OffsetFetchResponseTopics {
  /** The topic name. (versions 8+) */
  name: string
  /** The responses per partition (versions 8+) */
  partitions: OffsetFetchResponsePartitions[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 8-9. */
export interface OffsetFetchResponsePartitions {
  /** The partition index. (versions 8+) */
  partitionIndex: number
  /** The committed message offset. (versions 8+) */
  committedOffset: bigint
  /** The leader epoch. (versions 8+; ignorable) */
  committedLeaderEpoch: number
  /** The partition metadata. (versions 8+; nullable 8+) */
  metadata: string | null
  /** The partition-level error code, or 0 if there was no error. (versions 8+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetFetchResponse(): OffsetFetchResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    errorCode: 0,
    groups: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  let $throttleTimeMs: number
  if (version >= 3) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $topics: OffsetFetchResponseTopic[]
  if (version <= 7) {
    {
      const n = r.readArrayLength(version >= 6)
      if (n < 0) {
        throw new DecodeError('non-nullable field Topics was serialized as null')
      } else {
        const a: OffsetFetchResponseTopic[] = []
        for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseTopic(r, version))
        $topics = a
      }
    }
  } else {
    $topics = []
  }
  let $errorCode: number
  if (version >= 2 && version <= 7) {
    $errorCode = r.readInt16()
  } else {
    $errorCode = 0
  }
  let $groups: OffsetFetchResponseGroup[]
  if (version >= 8) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field Groups was serialized as null')
      } else {
        const a: OffsetFetchResponseGroup[] = []
        for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseGroup(r, version))
        $groups = a
      }
    }
  } else {
    $groups = []
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
  return { throttleTimeMs: $throttleTimeMs, topics: $topics, errorCode: $errorCode, groups: $groups, unknownTaggedFields }
}

export function writeOffsetFetchResponse(w: Writer, m: OffsetFetchResponse, version: number): void {
  if (version >= 3) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (version <= 7) {
    {
      const a = m.topics
      w.writeArrayLength(version >= 6, a.length)
      for (const e of a) writeOffsetFetchResponseTopic(w, e, version)
    }
  } else {
    if (m.topics.length !== 0) throw new EncodeError('field Topics cannot be written at version ' + version + ' of OffsetFetchResponse')
  }
  if (version >= 2 && version <= 7) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 8) {
    {
      const a = m.groups
      w.writeArrayLength(true, a.length)
      for (const e of a) writeOffsetFetchResponseGroup(w, e, version)
    }
  } else {
    if (m.groups.length !== 0) throw new EncodeError('field Groups cannot be written at version ' + version + ' of OffsetFetchResponse')
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetFetchResponseTopic(): OffsetFetchResponseTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchResponseTopic(r: Reader, version: number): OffsetFetchResponseTopic {
  const $name: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $partitions: OffsetFetchResponsePartition[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: OffsetFetchResponsePartition[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetFetchResponsePartition(r, version))
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

export function writeOffsetFetchResponseTopic(w: Writer, m: OffsetFetchResponseTopic, version: number): void {
  void (version >= 6 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeOffsetFetchResponsePartition(w, e, version)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetFetchResponsePartition(): OffsetFetchResponsePartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchResponsePartition(r: Reader, version: number): OffsetFetchResponsePartition {
  const $partitionIndex: number = r.readInt32()
  const $committedOffset: bigint = r.readInt64()
  let $committedLeaderEpoch: number
  if (version >= 5) {
    $committedLeaderEpoch = r.readInt32()
  } else {
    $committedLeaderEpoch = -1
  }
  const $metadata: string | null = (version >= 6 ? r.readCompactNullableString() : r.readNullableString())
  const $errorCode: number = r.readInt16()
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
  return { partitionIndex: $partitionIndex, committedOffset: $committedOffset, committedLeaderEpoch: $committedLeaderEpoch, metadata: $metadata, errorCode: $errorCode, unknownTaggedFields }
}

export function writeOffsetFetchResponsePartition(w: Writer, m: OffsetFetchResponsePartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.committedOffset)
  if (version >= 5) {
    w.writeInt32(m.committedLeaderEpoch)
  }
  void (version >= 6 ? w.writeCompactNullableString(m.metadata) : w.writeNullableString(m.metadata))
  w.writeInt16(m.errorCode)
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetFetchResponseGroup(): OffsetFetchResponseGroup {
  return {
    groupId: "",
    topics: [],
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchResponseGroup(r: Reader, version: number): OffsetFetchResponseGroup {
  const $groupId: string = r.readCompactString()
  let $topics: OffsetFetchResponseTopics[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: OffsetFetchResponseTopics[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseTopics(r, version))
      $topics = a
    }
  }
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { groupId: $groupId, topics: $topics, errorCode: $errorCode, unknownTaggedFields }
}

export function writeOffsetFetchResponseGroup(w: Writer, m: OffsetFetchResponseGroup, version: number): void {
  w.writeCompactString(m.groupId)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeOffsetFetchResponseTopics(w, e, version)
  }
  w.writeInt16(m.errorCode)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultOffsetFetchResponseTopics(): OffsetFetchResponseTopics {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchResponseTopics(r: Reader, version: number): OffsetFetchResponseTopics {
  const $name: string = r.readCompactString()
  let $partitions: OffsetFetchResponsePartitions[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: OffsetFetchResponsePartitions[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetFetchResponsePartitions(r, version))
      $partitions = a
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
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeOffsetFetchResponseTopics(w: Writer, m: OffsetFetchResponseTopics, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeOffsetFetchResponsePartitions(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultOffsetFetchResponsePartitions(): OffsetFetchResponsePartitions {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchResponsePartitions(r: Reader, version: number): OffsetFetchResponsePartitions {
  const $partitionIndex: number = r.readInt32()
  const $committedOffset: bigint = r.readInt64()
  const $committedLeaderEpoch: number = r.readInt32()
  const $metadata: string | null = r.readCompactNullableString()
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionIndex: $partitionIndex, committedOffset: $committedOffset, committedLeaderEpoch: $committedLeaderEpoch, metadata: $metadata, errorCode: $errorCode, unknownTaggedFields }
}

export function writeOffsetFetchResponsePartitions(w: Writer, m: OffsetFetchResponsePartitions, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.committedOffset)
  w.writeInt32(m.committedLeaderEpoch)
  w.writeCompactNullableString(m.metadata)
  w.writeInt16(m.errorCode)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
