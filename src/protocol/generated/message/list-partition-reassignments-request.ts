// Generated from spec/kafka/message/ListPartitionReassignmentsRequest.json by scripts/codegen. Do not edit.
// ListPartitionReassignmentsRequest: request, api key 46, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0+) */
  timeoutMs: number
  /** The topics to list partition reassignments for, or null to list everything. (versions 0+; nullable 0+) */
  topics: ListPartitionReassignmentsTopics[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ListPartitionReassignmentsTopics {
  /** The topic name (versions 0+) */
  name: string
  /** The partitions to list partition reassignments for. (versions 0+) */
  partitionIndexes: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListPartitionReassignmentsRequest(): ListPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: null,
    unknownTaggedFields: undefined,
  }
}

export function readListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  const $timeoutMs: number = r.readInt32()
  let $topics: ListPartitionReassignmentsTopics[] | null
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      $topics = null
    } else {
      const a: ListPartitionReassignmentsTopics[] = []
      for (let i = 0; i < n; i++) a.push(readListPartitionReassignmentsTopics(r, version))
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
  return { timeoutMs: $timeoutMs, topics: $topics, unknownTaggedFields }
}

export function writeListPartitionReassignmentsRequest(w: Writer, m: ListPartitionReassignmentsRequest, version: number): void {
  w.writeInt32(m.timeoutMs)
  {
    const a = m.topics
    if (a === null) {
      w.writeArrayLength(true, null)
    } else {
      w.writeArrayLength(true, a.length)
      for (const e of a) writeListPartitionReassignmentsTopics(w, e, version)
    }
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultListPartitionReassignmentsTopics(): ListPartitionReassignmentsTopics {
  return {
    name: "",
    partitionIndexes: [],
    unknownTaggedFields: undefined,
  }
}

export function readListPartitionReassignmentsTopics(r: Reader, version: number): ListPartitionReassignmentsTopics {
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

export function writeListPartitionReassignmentsTopics(w: Writer, m: ListPartitionReassignmentsTopics, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitionIndexes
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
