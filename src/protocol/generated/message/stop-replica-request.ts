// Generated from spec/kafka/message/StopReplicaRequest.json by scripts/codegen. Do not edit.
// StopReplicaRequest: request, api key 5, versions 0-4, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface StopReplicaRequest {
  /** The controller id. (versions 0+) */
  controllerId: number
  /** If KRaft controller id is used during migration. See KIP-866 (versions 4+) */
  isKRaftController: boolean
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The broker epoch. (versions 1+; ignorable) */
  brokerEpoch: bigint
  /** Whether these partitions should be deleted. (versions 0-2) */
  deletePartitions: boolean
  /** The partitions to stop. (versions 0) */
  ungroupedPartitions: StopReplicaPartitionV0[]
  /** The topics to stop. (versions 1-2) */
  topics: StopReplicaTopicV1[]
  /** Each topic. (versions 3+) */
  topicStates: StopReplicaTopicState[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface StopReplicaPartitionV0 {
  /** The topic name. (versions 0) */
  topicName: string
  /** The partition index. (versions 0) */
  partitionIndex: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 1-2. */
export interface StopReplicaTopicV1 {
  /** The topic name. (versions 1-2) */
  name: string
  /** The partition indexes. (versions 1-2) */
  partitionIndexes: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 3-4. */
export interface StopReplicaTopicState {
  /** The topic name. (versions 3+) */
  topicName: string
  /** The state of each partition (versions 3+) */
  partitionStates: StopReplicaPartitionState[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 3-4. */
export interface StopReplicaPartitionState {
  /** The partition index. (versions 3+) */
  partitionIndex: number
  /** The leader epoch. (versions 3+) */
  leaderEpoch: number
  /** Whether this partition should be deleted. (versions 3+) */
  deletePartition: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultStopReplicaRequest(): StopReplicaRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates: [],
    unknownTaggedFields: undefined,
  }
}

export function readStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  const $controllerId: number = r.readInt32()
  let $isKRaftController: boolean
  if (version >= 4) {
    $isKRaftController = r.readBool()
  } else {
    $isKRaftController = false
  }
  const $controllerEpoch: number = r.readInt32()
  let $brokerEpoch: bigint
  if (version >= 1) {
    $brokerEpoch = r.readInt64()
  } else {
    $brokerEpoch = -1n
  }
  let $deletePartitions: boolean
  if (version <= 2) {
    $deletePartitions = r.readBool()
  } else {
    $deletePartitions = false
  }
  let $ungroupedPartitions: StopReplicaPartitionV0[]
  if (version <= 0) {
    {
      const n = r.readArrayLength(false)
      if (n < 0) {
        throw new DecodeError('non-nullable field UngroupedPartitions was serialized as null')
      } else {
        const a: StopReplicaPartitionV0[] = []
        for (let i = 0; i < n; i++) a.push(readStopReplicaPartitionV0(r, version))
        $ungroupedPartitions = a
      }
    }
  } else {
    $ungroupedPartitions = []
  }
  let $topics: StopReplicaTopicV1[]
  if (version >= 1 && version <= 2) {
    {
      const n = r.readArrayLength(version >= 2)
      if (n < 0) {
        throw new DecodeError('non-nullable field Topics was serialized as null')
      } else {
        const a: StopReplicaTopicV1[] = []
        for (let i = 0; i < n; i++) a.push(readStopReplicaTopicV1(r, version))
        $topics = a
      }
    }
  } else {
    $topics = []
  }
  let $topicStates: StopReplicaTopicState[]
  if (version >= 3) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field TopicStates was serialized as null')
      } else {
        const a: StopReplicaTopicState[] = []
        for (let i = 0; i < n; i++) a.push(readStopReplicaTopicState(r, version))
        $topicStates = a
      }
    }
  } else {
    $topicStates = []
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
  return { controllerId: $controllerId, isKRaftController: $isKRaftController, controllerEpoch: $controllerEpoch, brokerEpoch: $brokerEpoch, deletePartitions: $deletePartitions, ungroupedPartitions: $ungroupedPartitions, topics: $topics, topicStates: $topicStates, unknownTaggedFields }
}

export function writeStopReplicaRequest(w: Writer, m: StopReplicaRequest, version: number): void {
  w.writeInt32(m.controllerId)
  if (version >= 4) {
    w.writeBool(m.isKRaftController)
  } else {
    if (m.isKRaftController !== false) throw new EncodeError('field isKRaftController cannot be written at version ' + version + ' of StopReplicaRequest')
  }
  w.writeInt32(m.controllerEpoch)
  if (version >= 1) {
    w.writeInt64(m.brokerEpoch)
  }
  if (version <= 2) {
    w.writeBool(m.deletePartitions)
  } else {
    if (m.deletePartitions !== false) throw new EncodeError('field DeletePartitions cannot be written at version ' + version + ' of StopReplicaRequest')
  }
  if (version <= 0) {
    {
      const a = m.ungroupedPartitions
      w.writeArrayLength(false, a.length)
      for (const e of a) writeStopReplicaPartitionV0(w, e, version)
    }
  } else {
    if (m.ungroupedPartitions.length !== 0) throw new EncodeError('field UngroupedPartitions cannot be written at version ' + version + ' of StopReplicaRequest')
  }
  if (version >= 1 && version <= 2) {
    {
      const a = m.topics
      w.writeArrayLength(version >= 2, a.length)
      for (const e of a) writeStopReplicaTopicV1(w, e, version)
    }
  } else {
    if (m.topics.length !== 0) throw new EncodeError('field Topics cannot be written at version ' + version + ' of StopReplicaRequest')
  }
  if (version >= 3) {
    {
      const a = m.topicStates
      w.writeArrayLength(true, a.length)
      for (const e of a) writeStopReplicaTopicState(w, e, version)
    }
  } else {
    if (m.topicStates.length !== 0) throw new EncodeError('field TopicStates cannot be written at version ' + version + ' of StopReplicaRequest')
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultStopReplicaPartitionV0(): StopReplicaPartitionV0 {
  return {
    topicName: "",
    partitionIndex: 0,
    unknownTaggedFields: undefined,
  }
}

export function readStopReplicaPartitionV0(r: Reader, version: number): StopReplicaPartitionV0 {
  const $topicName: string = r.readString()
  const $partitionIndex: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  return { topicName: $topicName, partitionIndex: $partitionIndex, unknownTaggedFields }
}

export function writeStopReplicaPartitionV0(w: Writer, m: StopReplicaPartitionV0, version: number): void {
  w.writeString(m.topicName)
  w.writeInt32(m.partitionIndex)
}

export function defaultStopReplicaTopicV1(): StopReplicaTopicV1 {
  return {
    name: "",
    partitionIndexes: [],
    unknownTaggedFields: undefined,
  }
}

export function readStopReplicaTopicV1(r: Reader, version: number): StopReplicaTopicV1 {
  const $name: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitionIndexes: number[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionIndexes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitionIndexes = a
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
  return { name: $name, partitionIndexes: $partitionIndexes, unknownTaggedFields }
}

export function writeStopReplicaTopicV1(w: Writer, m: StopReplicaTopicV1, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitionIndexes
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultStopReplicaTopicState(): StopReplicaTopicState {
  return {
    topicName: "",
    partitionStates: [],
    unknownTaggedFields: undefined,
  }
}

export function readStopReplicaTopicState(r: Reader, version: number): StopReplicaTopicState {
  const $topicName: string = r.readCompactString()
  let $partitionStates: StopReplicaPartitionState[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionStates was serialized as null')
    } else {
      const a: StopReplicaPartitionState[] = []
      for (let i = 0; i < n; i++) a.push(readStopReplicaPartitionState(r, version))
      $partitionStates = a
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
  return { topicName: $topicName, partitionStates: $partitionStates, unknownTaggedFields }
}

export function writeStopReplicaTopicState(w: Writer, m: StopReplicaTopicState, version: number): void {
  w.writeCompactString(m.topicName)
  {
    const a = m.partitionStates
    w.writeArrayLength(true, a.length)
    for (const e of a) writeStopReplicaPartitionState(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultStopReplicaPartitionState(): StopReplicaPartitionState {
  return {
    partitionIndex: 0,
    leaderEpoch: -1,
    deletePartition: false,
    unknownTaggedFields: undefined,
  }
}

export function readStopReplicaPartitionState(r: Reader, version: number): StopReplicaPartitionState {
  const $partitionIndex: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  const $deletePartition: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionIndex: $partitionIndex, leaderEpoch: $leaderEpoch, deletePartition: $deletePartition, unknownTaggedFields }
}

export function writeStopReplicaPartitionState(w: Writer, m: StopReplicaPartitionState, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderEpoch)
  w.writeBool(m.deletePartition)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
