// Generated from spec/kafka/message/CreatePartitionsRequest.json by scripts/codegen. Do not edit.
// CreatePartitionsRequest: request, api key 37, versions 0-3, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. (versions 0+) */
  topics: CreatePartitionsTopic[]
  /** The time in ms to wait for the partitions to be created. (versions 0+) */
  timeoutMs: number
  /** If true, then validate the request, but don't actually increase the number of partitions. (versions 0+) */
  validateOnly: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface CreatePartitionsTopic {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** The new partition count. (versions 0+) */
  count: number
  /** The new partition assignments. (versions 0+; nullable 0+) */
  assignments: CreatePartitionsAssignment[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface CreatePartitionsAssignment {
  /** The assigned broker IDs. (versions 0+) */
  brokerIds: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultCreatePartitionsRequest(): CreatePartitionsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    validateOnly: false,
    unknownTaggedFields: undefined,
  }
}

export function readCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  let $topics: CreatePartitionsTopic[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: CreatePartitionsTopic[] = []
      for (let i = 0; i < n; i++) a.push(readCreatePartitionsTopic(r, version))
      $topics = a
    }
  }
  const $timeoutMs: number = r.readInt32()
  const $validateOnly: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topics: $topics, timeoutMs: $timeoutMs, validateOnly: $validateOnly, unknownTaggedFields }
}

export function writeCreatePartitionsRequest(w: Writer, m: CreatePartitionsRequest, version: number): void {
  {
    const a = m.topics
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeCreatePartitionsTopic(w, e, version)
  }
  w.writeInt32(m.timeoutMs)
  w.writeBool(m.validateOnly)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCreatePartitionsTopic(): CreatePartitionsTopic {
  return {
    name: "",
    count: 0,
    assignments: [],
    unknownTaggedFields: undefined,
  }
}

export function readCreatePartitionsTopic(r: Reader, version: number): CreatePartitionsTopic {
  const $name: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $count: number = r.readInt32()
  let $assignments: CreatePartitionsAssignment[] | null
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      $assignments = null
    } else {
      const a: CreatePartitionsAssignment[] = []
      for (let i = 0; i < n; i++) a.push(readCreatePartitionsAssignment(r, version))
      $assignments = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, count: $count, assignments: $assignments, unknownTaggedFields }
}

export function writeCreatePartitionsTopic(w: Writer, m: CreatePartitionsTopic, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.name) : w.writeString(m.name))
  w.writeInt32(m.count)
  {
    const a = m.assignments
    if (a === null) {
      w.writeArrayLength(version >= 2, null)
    } else {
      w.writeArrayLength(version >= 2, a.length)
      for (const e of a) writeCreatePartitionsAssignment(w, e, version)
    }
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCreatePartitionsAssignment(): CreatePartitionsAssignment {
  return {
    brokerIds: [],
    unknownTaggedFields: undefined,
  }
}

export function readCreatePartitionsAssignment(r: Reader, version: number): CreatePartitionsAssignment {
  let $brokerIds: number[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field BrokerIds was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $brokerIds = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { brokerIds: $brokerIds, unknownTaggedFields }
}

export function writeCreatePartitionsAssignment(w: Writer, m: CreatePartitionsAssignment, version: number): void {
  {
    const a = m.brokerIds
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
