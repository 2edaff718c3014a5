// Generated from spec/kafka/message/LeaderAndIsrRequest.json by scripts/codegen. Do not edit.
// LeaderAndIsrRequest: request, api key 4, versions 0-7, flexible 4+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-7. */
export interface LeaderAndIsrRequest {
  /** The current controller ID. (versions 0+) */
  controllerId: number
  /** If KRaft controller id is used during migration. See KIP-866 (versions 7+) */
  isKRaftController: boolean
  /** The current controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The current broker epoch. (versions 2+; ignorable) */
  brokerEpoch: bigint
  /** The type that indicates whether all topics are included in the request (versions 5+) */
  type: number
  /** The state of each partition, in a v0 or v1 message. (versions 0-1) */
  ungroupedPartitionStates: LeaderAndIsrPartitionState[]
  /** Each topic. (versions 2+) */
  topicStates: LeaderAndIsrTopicState[]
  /** The current live leaders. (versions 0+) */
  liveLeaders: LeaderAndIsrLiveLeader[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface LeaderAndIsrPartitionState {
  /** The topic name.  This is only present in v0 or v1. (versions 0-1; ignorable) */
  topicName: string
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The broker ID of the leader. (versions 0+) */
  leader: number
  /** The leader epoch. (versions 0+) */
  leaderEpoch: number
  /** The in-sync replica IDs. (versions 0+) */
  isr: number[]
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion) (versions 0+) */
  partitionEpoch: number
  /** The replica IDs. (versions 0+) */
  replicas: number[]
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. (versions 3+; ignorable) */
  addingReplicas: number[]
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. (versions 3+; ignorable) */
  removingReplicas: number[]
  /** Whether the replica should have existed on the broker or not. (versions 1+; ignorable) */
  isNew: boolean
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 6+) */
  leaderRecoveryState: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 2-7. */
export interface LeaderAndIsrTopicState {
  /** The topic name. (versions 2+) */
  topicName: string
  /** The unique topic ID. (versions 5+; ignorable) */
  topicId: Buffer
  /** The state of each partition (versions 2+) */
  partitionStates: LeaderAndIsrPartitionState[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface LeaderAndIsrLiveLeader {
  /** The leader's broker ID. (versions 0+) */
  brokerId: number
  /** The leader's hostname. (versions 0+) */
  hostName: string
  /** The leader's port. (versions 0+) */
  port: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultLeaderAndIsrRequest(): LeaderAndIsrRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveLeaders: [],
    unknownTaggedFields: undefined,
  }
}

export function readLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  const $controllerId: number = r.readInt32()
  let $isKRaftController: boolean
  if (version >= 7) {
    $isKRaftController = r.readBool()
  } else {
    $isKRaftController = false
  }
  const $controllerEpoch: number = r.readInt32()
  let $brokerEpoch: bigint
  if (version >= 2) {
    $brokerEpoch = r.readInt64()
  } else {
    $brokerEpoch = -1n
  }
  let $type: number
  if (version >= 5) {
    $type = r.readInt8()
  } else {
    $type = 0
  }
  let $ungroupedPartitionStates: LeaderAndIsrPartitionState[]
  if (version <= 1) {
    {
      const n = r.readArrayLength(false)
      if (n < 0) {
        throw new DecodeError('non-nullable field UngroupedPartitionStates was serialized as null')
      } else {
        const a: LeaderAndIsrPartitionState[] = []
        for (let i = 0; i < n; i++) a.push(readLeaderAndIsrPartitionState(r, version))
        $ungroupedPartitionStates = a
      }
    }
  } else {
    $ungroupedPartitionStates = []
  }
  let $topicStates: LeaderAndIsrTopicState[]
  if (version >= 2) {
    {
      const n = r.readArrayLength(version >= 4)
      if (n < 0) {
        throw new DecodeError('non-nullable field TopicStates was serialized as null')
      } else {
        const a: LeaderAndIsrTopicState[] = []
        for (let i = 0; i < n; i++) a.push(readLeaderAndIsrTopicState(r, version))
        $topicStates = a
      }
    }
  } else {
    $topicStates = []
  }
  let $liveLeaders: LeaderAndIsrLiveLeader[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field LiveLeaders was serialized as null')
    } else {
      const a: LeaderAndIsrLiveLeader[] = []
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrLiveLeader(r, version))
      $liveLeaders = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { controllerId: $controllerId, isKRaftController: $isKRaftController, controllerEpoch: $controllerEpoch, brokerEpoch: $brokerEpoch, type: $type, ungroupedPartitionStates: $ungroupedPartitionStates, topicStates: $topicStates, liveLeaders: $liveLeaders, unknownTaggedFields }
}

export function writeLeaderAndIsrRequest(w: Writer, m: LeaderAndIsrRequest, version: number): void {
  w.writeInt32(m.controllerId)
  if (version >= 7) {
    w.writeBool(m.isKRaftController)
  } else {
    if (m.isKRaftController !== false) throw new EncodeError('field isKRaftController cannot be written at version ' + version + ' of LeaderAndIsrRequest')
  }
  w.writeInt32(m.controllerEpoch)
  if (version >= 2) {
    w.writeInt64(m.brokerEpoch)
  }
  if (version >= 5) {
    w.writeInt8(m.type)
  } else {
    if (m.type !== 0) throw new EncodeError('field Type cannot be written at version ' + version + ' of LeaderAndIsrRequest')
  }
  if (version <= 1) {
    {
      const a = m.ungroupedPartitionStates
      w.writeArrayLength(false, a.length)
      for (const e of a) writeLeaderAndIsrPartitionState(w, e, version)
    }
  } else {
    if (m.ungroupedPartitionStates.length !== 0) throw new EncodeError('field UngroupedPartitionStates cannot be written at version ' + version + ' of LeaderAndIsrRequest')
  }
  if (version >= 2) {
    {
      const a = m.topicStates
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) writeLeaderAndIsrTopicState(w, e, version)
    }
  } else {
    if (m.topicStates.length !== 0) throw new EncodeError('field TopicStates cannot be written at version ' + version + ' of LeaderAndIsrRequest')
  }
  {
    const a = m.liveLeaders
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeLeaderAndIsrLiveLeader(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultLeaderAndIsrPartitionState(): LeaderAndIsrPartitionState {
  return {
    topicName: "",
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    partitionEpoch: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    isNew: false,
    leaderRecoveryState: 0,
    unknownTaggedFields: undefined,
  }
}

export function readLeaderAndIsrPartitionState(r: Reader, version: number): LeaderAndIsrPartitionState {
  let $topicName: string
  if (version <= 1) {
    $topicName = r.readString()
  } else {
    $topicName = ""
  }
  const $partitionIndex: number = r.readInt32()
  const $controllerEpoch: number = r.readInt32()
  const $leader: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  let $isr: number[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Isr was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $isr = a
    }
  }
  const $partitionEpoch: number = r.readInt32()
  let $replicas: number[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Replicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $replicas = a
    }
  }
  let $addingReplicas: number[]
  if (version >= 3) {
    {
      const n = r.readArrayLength(version >= 4)
      if (n < 0) {
        throw new DecodeError('non-nullable field AddingReplicas was serialized as null')
      } else {
        const a: number[] = []
        for (let i = 0; i < n; i++) a.push(r.readInt32())
        $addingReplicas = a
      }
    }
  } else {
    $addingReplicas = []
  }
  let $removingReplicas: number[]
  if (version >= 3) {
    {
      const n = r.readArrayLength(version >= 4)
      if (n < 0) {
        throw new DecodeError('non-nullable field RemovingReplicas was serialized as null')
      } else {
        const a: number[] = []
        for (let i = 0; i < n; i++) a.push(r.readInt32())
        $removingReplicas = a
      }
    }
  } else {
    $removingReplicas = []
  }
  let $isNew: boolean
  if (version >= 1) {
    $isNew = r.readBool()
  } else {
    $isNew = false
  }
  let $leaderRecoveryState: number
  if (version >= 6) {
    $leaderRecoveryState = r.readInt8()
  } else {
    $leaderRecoveryState = 0
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topicName: $topicName, partitionIndex: $partitionIndex, controllerEpoch: $controllerEpoch, leader: $leader, leaderEpoch: $leaderEpoch, isr: $isr, partitionEpoch: $partitionEpoch, replicas: $replicas, addingReplicas: $addingReplicas, removingReplicas: $removingReplicas, isNew: $isNew, leaderRecoveryState: $leaderRecoveryState, unknownTaggedFields }
}

export function writeLeaderAndIsrPartitionState(w: Writer, m: LeaderAndIsrPartitionState, version: number): void {
  if (version <= 1) {
    w.writeString(m.topicName)
  }
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.controllerEpoch)
  w.writeInt32(m.leader)
  w.writeInt32(m.leaderEpoch)
  {
    const a = m.isr
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeInt32(m.partitionEpoch)
  {
    const a = m.replicas
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 3) {
    {
      const a = m.addingReplicas
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) w.writeInt32(e)
    }
  }
  if (version >= 3) {
    {
      const a = m.removingReplicas
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) w.writeInt32(e)
    }
  }
  if (version >= 1) {
    w.writeBool(m.isNew)
  }
  if (version >= 6) {
    w.writeInt8(m.leaderRecoveryState)
  } else {
    if (m.leaderRecoveryState !== 0) throw new EncodeError('field LeaderRecoveryState cannot be written at version ' + version + ' of LeaderAndIsrRequest')
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultLeaderAndIsrTopicState(): LeaderAndIsrTopicState {
  return {
    topicName: "",
    topicId: Buffer.alloc(16),
    partitionStates: [],
    unknownTaggedFields: undefined,
  }
}

export function readLeaderAndIsrTopicState(r: Reader, version: number): LeaderAndIsrTopicState {
  const $topicName: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $topicId: Buffer
  if (version >= 5) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
  let $partitionStates: LeaderAndIsrPartitionState[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionStates was serialized as null')
    } else {
      const a: LeaderAndIsrPartitionState[] = []
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrPartitionState(r, version))
      $partitionStates = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topicName: $topicName, topicId: $topicId, partitionStates: $partitionStates, unknownTaggedFields }
}

export function writeLeaderAndIsrTopicState(w: Writer, m: LeaderAndIsrTopicState, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.topicName) : w.writeString(m.topicName))
  if (version >= 5) {
    w.writeUuid(m.topicId)
  }
  {
    const a = m.partitionStates
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeLeaderAndIsrPartitionState(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultLeaderAndIsrLiveLeader(): LeaderAndIsrLiveLeader {
  return {
    brokerId: 0,
    hostName: "",
    port: 0,
    unknownTaggedFields: undefined,
  }
}

export function readLeaderAndIsrLiveLeader(r: Reader, version: number): LeaderAndIsrLiveLeader {
  const $brokerId: number = r.readInt32()
  const $hostName: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $port: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { brokerId: $brokerId, hostName: $hostName, port: $port, unknownTaggedFields }
}

export function writeLeaderAndIsrLiveLeader(w: Writer, m: LeaderAndIsrLiveLeader, version: number): void {
  w.writeInt32(m.brokerId)
  void (version >= 4 ? w.writeCompactString(m.hostName) : w.writeString(m.hostName))
  w.writeInt32(m.port)
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
