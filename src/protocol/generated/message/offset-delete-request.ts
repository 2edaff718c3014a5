// Generated from spec/kafka/message/OffsetDeleteRequest.json by scripts/codegen. Do not edit.
// OffsetDeleteRequest: request, api key 47, versions 0, flexible none.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface OffsetDeleteRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string
  /** The topics to delete offsets for (versions 0+) */
  topics: OffsetDeleteRequestTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface OffsetDeleteRequestTopic {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** Each partition to delete offsets for. (versions 0+) */
  partitions: OffsetDeleteRequestPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface OffsetDeleteRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetDeleteRequest(): OffsetDeleteRequest {
  return {
    groupId: "",
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  const $groupId: string = r.readString()
  let $topics: OffsetDeleteRequestTopic[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: OffsetDeleteRequestTopic[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetDeleteRequestTopic(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, topics: $topics, unknownTaggedFields }
}

export function writeOffsetDeleteRequest(w: Writer, m: OffsetDeleteRequest, version: number): void {
  w.writeString(m.groupId)
  {
    const a = m.topics
    w.writeArrayLength(false, a.length)
    for (const e of a) writeOffsetDeleteRequestTopic(w, e, version)
  }
}

export function defaultOffsetDeleteRequestTopic(): OffsetDeleteRequestTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOffsetDeleteRequestTopic(r: Reader, version: number): OffsetDeleteRequestTopic {
  const $name: string = r.readString()
  let $partitions: OffsetDeleteRequestPartition[]
  {
    const n = r.readArrayLength(false)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: OffsetDeleteRequestPartition[] = []
      for (let i = 0; i < n; i++) a.push(readOffsetDeleteRequestPartition(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeOffsetDeleteRequestTopic(w: Writer, m: OffsetDeleteRequestTopic, version: number): void {
  w.writeString(m.name)
  {
    const a = m.partitions
    w.writeArrayLength(false, a.length)
    for (const e of a) writeOffsetDeleteRequestPartition(w, e, version)
  }
}

export function defaultOffsetDeleteRequestPartition(): OffsetDeleteRequestPartition {
  return {
    partitionIndex: 0,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetDeleteRequestPartition(r: Reader, version: number): OffsetDeleteRequestPartition {
  const $partitionIndex: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  return { partitionIndex: $partitionIndex, unknownTaggedFields }
}

export function writeOffsetDeleteRequestPartition(w: Writer, m: OffsetDeleteRequestPartition, version: number): void {
  w.writeInt32(m.partitionIndex)
}
