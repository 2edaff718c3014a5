// Generated from spec/kafka/message/AssignReplicasToDirsRequest.json by scripts/codegen. Do not edit.
// AssignReplicasToDirsRequest: request, api key 73, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number
  /** The epoch of the requesting broker (versions 0+) */
  brokerEpoch: bigint
  /** (versions 0+) */
  directories: DirectoryData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface DirectoryData {
  /** The ID of the directory (versions 0+) */
  id: Buffer
  /** (versions 0+) */
  topics: TopicData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicData {
  /** The ID of the assigned topic (versions 0+) */
  topicId: Buffer
  /** (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface PartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAssignReplicasToDirsRequest(): AssignReplicasToDirsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    directories: [],
    unknownTaggedFields: undefined,
  }
}

export function readAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  const $brokerId: number = r.readInt32()
  const $brokerEpoch: bigint = r.readInt64()
  let $directories: DirectoryData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Directories was serialized as null')
    } else {
      const a: DirectoryData[] = []
      for (let i = 0; i < n; i++) a.push(readDirectoryData(r, version))
      $directories = a
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
  return { brokerId: $brokerId, brokerEpoch: $brokerEpoch, directories: $directories, unknownTaggedFields }
}

export function writeAssignReplicasToDirsRequest(w: Writer, m: AssignReplicasToDirsRequest, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  {
    const a = m.directories
    w.writeArrayLength(true, a.length)
    for (const e of a) writeDirectoryData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultDirectoryData(): DirectoryData {
  return {
    id: Buffer.alloc(16),
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readDirectoryData(r: Reader, version: number): DirectoryData {
  const $id: Buffer = r.readUuid()
  let $topics: TopicData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TopicData[] = []
      for (let i = 0; i < n; i++) a.push(readTopicData(r, version))
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
  return { id: $id, topics: $topics, unknownTaggedFields }
}

export function writeDirectoryData(w: Writer, m: DirectoryData, version: number): void {
  w.writeUuid(m.id)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicData(): TopicData {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicData(r: Reader, version: number): TopicData {
  const $topicId: Buffer = r.readUuid()
  let $partitions: PartitionData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: PartitionData[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionData(r, version))
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
  return { topicId: $topicId, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicData(w: Writer, m: TopicData, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writePartitionData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionIndex: $partitionIndex, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
