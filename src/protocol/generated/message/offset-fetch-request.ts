// Generated from spec/kafka/message/OffsetFetchRequest.json by scripts/codegen. Do not edit.
// OffsetFetchRequest: request, api key 9, versions 0-9, flexible 6+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-9. */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. (versions 0-7) */
  groupId: string
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 0-7; nullable 2-7) */
  topics: OffsetFetchRequestTopic[] | null
  /** Each group we would like to fetch offsets for (versions 8+) */
  groups: OffsetFetchRequestGroup[]
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (versions 7+) */
  requireStable: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface OffsetFetchRequestTopic {
  /** The topic name. (versions 0-7) */
  name: string
  /** The partition indexes we would like to fetch offsets for. (versions 0-7) */
  partitionIndexes: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 8-9. */
export interface OffsetFetchRequestGroup {
  /** The group ID. (versions 8+) */
  groupId: string
  /** The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). (versions 9+; nullable 9+; ignorable) */
  memberId: string | null
  /** The member epoch if using the new consumer protocol (KIP-848). (versions 9+; ignorable) */
  memberEpoch: number
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 8+; nullable 8+) */
  topics: OffsetFetchRequestTopics[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 8-9. */
export interface OffsetFetchRequestTopics {
  /** The topic name. (versions 8+) */
  name: string
  /** The partition indexes we would like to fetch offsets for. (versions 8+) */
  partitionIndexes: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetFetchRequest(): OffsetFetchRequest {
  return {
    groupId: "",
    topics: [],
    groups: [],
    requireStable: false,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  let $groupId: string
  if (version <= 7) {
    $groupId = (version >= 6 ? r.readCompactString() : r.readString())
  } else {
    $groupId = ""
  }
  let $topics: OffsetFetchRequestTopic[] | null
  if (version <= 7) {
    {
      const n = r.readArrayLength(version >= 6)
      if (n < 0) {
        if (version >= 2) {
          $topics = null
        } else {
          throw new DecodeError('non-nullable field Topics was serialized as null')
        }
      } else {
        const a: OffsetFetchRequestTopic[] = []
        for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestTopic(r, version))
        $topics = a
      }
    }
  } else {
    $topics = []
  }
  let $groups: OffsetFetchRequestGroup[]
  if (version >= 8) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field Groups was serialized as null')
      } else {
        const a: OffsetFetchRequestGroup[] = []
        for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestGroup(r, version))
        $groups = a
      }
    }
  } else {
    $groups = []
  }
  let $requireStable: boolean
  if (version >= 7) {
    $requireStable = r.readBool()
  } else {
    $requireStable = false
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
  return { groupId: $groupId, topics: $topics, groups: $groups, requireStable: $requireStable, unknownTaggedFields }
}

export function writeOffsetFetchRequest(w: Writer, m: OffsetFetchRequest, version: number): void {
  if (version <= 7) {
    void (version >= 6 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  } else {
    if (m.groupId !== "") throw new EncodeError('field GroupId cannot be written at version ' + version + ' of OffsetFetchRequest')
  }
  if (version <= 7) {
    {
      const a = m.topics
      if (a === null) {
        if (version >= 2) {
          w.writeArrayLength(version >= 6, null)
        } else {
          throw new EncodeError('non-nullable field Topics was null at version ' + version)
        }
      } else {
        w.writeArrayLength(version >= 6, a.length)
        for (const e of a) writeOffsetFetchRequestTopic(w, e, version)
      }
    }
  } else {
    if (m.topics === null || m.topics.length !== 0) throw new EncodeError('field Topics cannot be written at version ' + version + ' of OffsetFetchRequest')
  }
  if (version >= 8) {
    {
      const a = m.groups
      w.writeArrayLength(true, a.length)
      for (const e of a) writeOffsetFetchRequestGroup(w, e, version)
    }
  } else {
    if (m.groups.length !== 0) throw new EncodeError('field Groups cannot be written at version ' + version + ' of OffsetFetchRequest')
  }
  if (version >= 7) {
    w.writeBool(m.requireStable)
  } else {
    if (m.requireStable !== false) throw new EncodeError('field RequireStable cannot be written at version ' + version + ' of OffsetFetchRequest')
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetFetchRequestTopic(): OffsetFetchRequestTopic {
  return {
    name: "",
    partitionIndexes: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchRequestTopic(r: Reader, version: number): OffsetFetchRequestTopic {
  const $name: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $partitionIndexes: number[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionIndexes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitionIndexes = a
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
  return { name: $name, partitionIndexes: $partitionIndexes, unknownTaggedFields }
}

export function writeOffsetFetchRequestTopic(w: Writer, m: OffsetFetchRequestTopic, version: number): void {
  void (version >= 6 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitionIndexes
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultOffsetFetchRequestGroup(): OffsetFetchRequestGroup {
  return {
    groupId: "",
    memberId: null,
    memberEpoch: -1,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchRequestGroup(r: Reader, version: number): OffsetFetchRequestGroup {
  const $groupId: string = r.readCompactString()
  let $memberId: string | null
  if (version >= 9) {
    $memberId = r.readCompactNullableString()
  } else {
    $memberId = null
  }
  let $memberEpoch: number
  if (version >= 9) {
    $memberEpoch = r.readInt32()
  } else {
    $memberEpoch = -1
  }
  let $topics: OffsetFetchRequestTopics[] | null
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      $topics = null
    } else {
      const a: OffsetFetchRequestTopics[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestTopics(r, version))
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
  return { groupId: $groupId, memberId: $memberId, memberEpoch: $memberEpoch, topics: $topics, unknownTaggedFields }
}

export function writeOffsetFetchRequestGroup(w: Writer, m: OffsetFetchRequestGroup, version: number): void {
  w.writeCompactString(m.groupId)
  if (version >= 9) {
    w.writeCompactNullableString(m.memberId)
  }
  if (version >= 9) {
    w.writeInt32(m.memberEpoch)
  }
  {
    const a = m.topics
    if (a === null) {
      w.writeArrayLength(true, null)
    } else {
      w.writeArrayLength(true, a.length)
      for (const e of a) writeOffsetFetchRequestTopics(w, e, version)
    }
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultOffsetFetchRequestTopics(): OffsetFetchRequestTopics {
  return {
    name: "",
    partitionIndexes: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetFetchRequestTopics(r: Reader, version: number): OffsetFetchRequestTopics {
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

export function writeOffsetFetchRequestTopics(w: Writer, m: OffsetFetchRequestTopics, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitionIndexes
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
