// Generated from spec/kafka/message/DeleteShareGroupStateRequest.json by scripts/codegen. Do not edit.
// DeleteShareGroupStateRequest: request, api key 86, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: DeleteStateData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface DeleteStateData {
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
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteShareGroupStateRequest(): DeleteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  const $groupId: string = r.readCompactString()
  let $topics: DeleteStateData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: DeleteStateData[] = []
      for (let i = 0; i < n; i++) a.push(readDeleteStateData(r, version))
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

export function writeDeleteShareGroupStateRequest(w: Writer, m: DeleteShareGroupStateRequest, version: number): void {
  w.writeCompactString(m.groupId)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeDeleteStateData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultDeleteStateData(): DeleteStateData {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteStateData(r: Reader, version: number): DeleteStateData {
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

export function writeDeleteStateData(w: Writer, m: DeleteStateData, version: number): void {
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
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partition: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partition: $partition, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partition)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
