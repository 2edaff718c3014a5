// Generated from spec/kafka/message/InitializeShareGroupStateRequest.json by scripts/codegen. Do not edit.
// InitializeShareGroupStateRequest: request, api key 83, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: InitializeStateData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface InitializeStateData {
  /** The topic identifier. (versions 0+) */
  topicId: Buffer
  /** The data for the partitions. (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface PartitionData {
  /** The partition index. (versions 0+) */
  partition: number
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number
  /** The share-partition start offset, or -1 if the start offset is not being initialized. (versions 0+) */
  startOffset: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultInitializeShareGroupStateRequest(): InitializeShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  const $groupId: string = r.readCompactString()
  let $topics: InitializeStateData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: InitializeStateData[] = []
      for (let i = 0; i < n; i++) a.push(readInitializeStateData(r, version))
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
  return { groupId: $groupId, topics: $topics, unknownTaggedFields }
}

export function writeInitializeShareGroupStateRequest(w: Writer, m: InitializeShareGroupStateRequest, version: number): void {
  w.writeCompactString(m.groupId)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeInitializeStateData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultInitializeStateData(): InitializeStateData {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readInitializeStateData(r: Reader, version: number): InitializeStateData {
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

export function writeInitializeStateData(w: Writer, m: InitializeStateData, version: number): void {
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
    partition: 0,
    stateEpoch: 0,
    startOffset: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partition: number = r.readInt32()
  const $stateEpoch: number = r.readInt32()
  const $startOffset: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partition: $partition, stateEpoch: $stateEpoch, startOffset: $startOffset, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partition)
  w.writeInt32(m.stateEpoch)
  w.writeInt64(m.startOffset)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
