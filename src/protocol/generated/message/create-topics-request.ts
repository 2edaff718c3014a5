// Generated from spec/kafka/message/CreateTopicsRequest.json by scripts/codegen. Do not edit.
// CreateTopicsRequest: request, api key 19, versions 0-7, flexible 5+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-7. */
export interface CreateTopicsRequest {
  /** The topics to create. (versions 0+) */
  topics: CreatableTopic[]
  /** How long to wait in milliseconds before timing out the request. (versions 0+) */
  timeoutMs: number
  /** If true, check that the topics can be created as specified, but don't create anything. (versions 1+) */
  validateOnly: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface CreatableTopic {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. (versions 0+) */
  numPartitions: number
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. (versions 0+) */
  replicationFactor: number
  /** The manual partition assignment, or the empty array if we are using automatic assignment. (versions 0+) */
  assignments: CreatableReplicaAssignment[]
  /** The custom topic configurations to set. (versions 0+) */
  configs: CreatableTopicConfig[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface CreatableReplicaAssignment {
  /** The partition index. (versions 0+; map key) */
  partitionIndex: number
  /** The brokers to place the partition on. (versions 0+) */
  brokerIds: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface CreatableTopicConfig {
  /** The configuration name. (versions 0+; map key) */
  name: string
  /** The configuration value. (versions 0+; nullable 0+) */
  value: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultCreateTopicsRequest(): CreateTopicsRequest {
  return {
    topics: [],
    timeoutMs: 60000,
    validateOnly: false,
    unknownTaggedFields: undefined,
  }
}

export function readCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  let $topics: CreatableTopic[]
  {
    const n = r.readArrayLength(version >= 5)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: CreatableTopic[] = []
      for (let i = 0; i < n; i++) a.push(readCreatableTopic(r, version))
      $topics = a
    }
  }
  const $timeoutMs: number = r.readInt32()
  let $validateOnly: boolean
  if (version >= 1) {
    $validateOnly = r.readBool()
  } else {
    $validateOnly = false
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
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

export function writeCreateTopicsRequest(w: Writer, m: CreateTopicsRequest, version: number): void {
  {
    const a = m.topics
    w.writeArrayLength(version >= 5, a.length)
    for (const e of a) writeCreatableTopic(w, e, version)
  }
  w.writeInt32(m.timeoutMs)
  if (version >= 1) {
    w.writeBool(m.validateOnly)
  } else {
    if (m.validateOnly !== false) throw new EncodeError('field validateOnly cannot be written at version ' + version + ' of CreateTopicsRequest')
  }
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCreatableTopic(): CreatableTopic {
  return {
    name: "",
    numPartitions: 0,
    replicationFactor: 0,
    assignments: [],
    configs: [],
    unknownTaggedFields: undefined,
  }
}

export function readCreatableTopic(r: Reader, version: number): CreatableTopic {
  const $name: string = (version >= 5 ? r.readCompactString() : r.readString())
  const $numPartitions: number = r.readInt32()
  const $replicationFactor: number = r.readInt16()
  let $assignments: CreatableReplicaAssignment[]
  {
    const n = r.readArrayLength(version >= 5)
    if (n < 0) {
      throw new DecodeError('non-nullable field Assignments was serialized as null')
    } else {
      const a: CreatableReplicaAssignment[] = []
      for (let i = 0; i < n; i++) a.push(readCreatableReplicaAssignment(r, version))
      $assignments = a
    }
  }
  let $configs: CreatableTopicConfig[]
  {
    const n = r.readArrayLength(version >= 5)
    if (n < 0) {
      throw new DecodeError('non-nullable field Configs was serialized as null')
    } else {
      const a: CreatableTopicConfig[] = []
      for (let i = 0; i < n; i++) a.push(readCreatableTopicConfig(r, version))
      $configs = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, numPartitions: $numPartitions, replicationFactor: $replicationFactor, assignments: $assignments, configs: $configs, unknownTaggedFields }
}

export function writeCreatableTopic(w: Writer, m: CreatableTopic, version: number): void {
  void (version >= 5 ? w.writeCompactString(m.name) : w.writeString(m.name))
  w.writeInt32(m.numPartitions)
  w.writeInt16(m.replicationFactor)
  {
    const a = m.assignments
    w.writeArrayLength(version >= 5, a.length)
    for (const e of a) writeCreatableReplicaAssignment(w, e, version)
  }
  {
    const a = m.configs
    w.writeArrayLength(version >= 5, a.length)
    for (const e of a) writeCreatableTopicConfig(w, e, version)
  }
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCreatableReplicaAssignment(): CreatableReplicaAssignment {
  return {
    partitionIndex: 0,
    brokerIds: [],
    unknownTaggedFields: undefined,
  }
}

export function readCreatableReplicaAssignment(r: Reader, version: number): CreatableReplicaAssignment {
  const $partitionIndex: number = r.readInt32()
  let $brokerIds: number[]
  {
    const n = r.readArrayLength(version >= 5)
    if (n < 0) {
      throw new DecodeError('non-nullable field BrokerIds was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $brokerIds = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { partitionIndex: $partitionIndex, brokerIds: $brokerIds, unknownTaggedFields }
}

export function writeCreatableReplicaAssignment(w: Writer, m: CreatableReplicaAssignment, version: number): void {
  w.writeInt32(m.partitionIndex)
  {
    const a = m.brokerIds
    w.writeArrayLength(version >= 5, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCreatableTopicConfig(): CreatableTopicConfig {
  return {
    name: "",
    value: "",
    unknownTaggedFields: undefined,
  }
}

export function readCreatableTopicConfig(r: Reader, version: number): CreatableTopicConfig {
  const $name: string = (version >= 5 ? r.readCompactString() : r.readString())
  const $value: string | null = (version >= 5 ? r.readCompactNullableString() : r.readNullableString())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, value: $value, unknownTaggedFields }
}

export function writeCreatableTopicConfig(w: Writer, m: CreatableTopicConfig, version: number): void {
  void (version >= 5 ? w.writeCompactString(m.name) : w.writeString(m.name))
  void (version >= 5 ? w.writeCompactNullableString(m.value) : w.writeNullableString(m.value))
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
