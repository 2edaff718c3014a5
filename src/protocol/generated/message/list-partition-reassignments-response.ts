// Generated from spec/kafka/message/ListPartitionReassignmentsResponse.json by scripts/codegen. Do not edit.
// ListPartitionReassignmentsResponse: response, api key 46, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level error code, or 0 if there was no error (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The ongoing reassignments for each topic. (versions 0+) */
  topics: OngoingTopicReassignment[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface OngoingTopicReassignment {
  /** The topic name. (versions 0+) */
  name: string
  /** The ongoing reassignments for each partition. (versions 0+) */
  partitions: OngoingPartitionReassignment[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface OngoingPartitionReassignment {
  /** The index of the partition. (versions 0+) */
  partitionIndex: number
  /** The current replica set. (versions 0+) */
  replicas: number[]
  /** The set of replicas we are currently adding. (versions 0+) */
  addingReplicas: number[]
  /** The set of replicas we are currently removing. (versions 0+) */
  removingReplicas: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListPartitionReassignmentsResponse(): ListPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let $topics: OngoingTopicReassignment[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: OngoingTopicReassignment[] = []
      for (let i = 0; i < n; i++) a.push(readOngoingTopicReassignment(r, version))
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, topics: $topics, unknownTaggedFields }
}

export function writeListPartitionReassignmentsResponse(w: Writer, m: ListPartitionReassignmentsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeOngoingTopicReassignment(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultOngoingTopicReassignment(): OngoingTopicReassignment {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readOngoingTopicReassignment(r: Reader, version: number): OngoingTopicReassignment {
  const $name: string = r.readCompactString()
  let $partitions: OngoingPartitionReassignment[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: OngoingPartitionReassignment[] = []
      for (let i = 0; i < n; i++) a.push(readOngoingPartitionReassignment(r, version))
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

export function writeOngoingTopicReassignment(w: Writer, m: OngoingTopicReassignment, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeOngoingPartitionReassignment(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultOngoingPartitionReassignment(): OngoingPartitionReassignment {
  return {
    partitionIndex: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    unknownTaggedFields: undefined,
  }
}

export function readOngoingPartitionReassignment(r: Reader, version: number): OngoingPartitionReassignment {
  const $partitionIndex: number = r.readInt32()
  let $replicas: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Replicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $replicas = a
    }
  }
  let $addingReplicas: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field AddingReplicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $addingReplicas = a
    }
  }
  let $removingReplicas: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field RemovingReplicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $removingReplicas = a
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
  return { partitionIndex: $partitionIndex, replicas: $replicas, addingReplicas: $addingReplicas, removingReplicas: $removingReplicas, unknownTaggedFields }
}

export function writeOngoingPartitionReassignment(w: Writer, m: OngoingPartitionReassignment, version: number): void {
  w.writeInt32(m.partitionIndex)
  {
    const a = m.replicas
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  {
    const a = m.addingReplicas
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  {
    const a = m.removingReplicas
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
