// Generated from spec/kafka/message/AlterPartitionReassignmentsRequest.json by scripts/codegen. Do not edit.
// AlterPartitionReassignmentsRequest: request, api key 45, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0+) */
  timeoutMs: number
  /** The topics to reassign. (versions 0+) */
  topics: ReassignableTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ReassignableTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The partitions to reassign. (versions 0+) */
  partitions: ReassignablePartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ReassignablePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. (versions 0+; nullable 0+) */
  replicas: number[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterPartitionReassignmentsRequest(): AlterPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  const $timeoutMs: number = r.readInt32()
  let $topics: ReassignableTopic[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: ReassignableTopic[] = []
      for (let i = 0; i < n; i++) a.push(readReassignableTopic(r, version))
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

export function writeAlterPartitionReassignmentsRequest(w: Writer, m: AlterPartitionReassignmentsRequest, version: number): void {
  w.writeInt32(m.timeoutMs)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReassignableTopic(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultReassignableTopic(): ReassignableTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readReassignableTopic(r: Reader, version: number): ReassignableTopic {
  const $name: string = r.readCompactString()
  let $partitions: ReassignablePartition[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: ReassignablePartition[] = []
      for (let i = 0; i < n; i++) a.push(readReassignablePartition(r, version))
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

export function writeReassignableTopic(w: Writer, m: ReassignableTopic, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReassignablePartition(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultReassignablePartition(): ReassignablePartition {
  return {
    partitionIndex: 0,
    replicas: null,
    unknownTaggedFields: undefined,
  }
}

export function readReassignablePartition(r: Reader, version: number): ReassignablePartition {
  const $partitionIndex: number = r.readInt32()
  let $replicas: number[] | null
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      $replicas = null
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $replicas = a
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
  return { partitionIndex: $partitionIndex, replicas: $replicas, unknownTaggedFields }
}

export function writeReassignablePartition(w: Writer, m: ReassignablePartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  {
    const a = m.replicas
    if (a === null) {
      w.writeArrayLength(true, null)
    } else {
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeInt32(e)
    }
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
