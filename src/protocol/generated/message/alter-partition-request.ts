// Generated from spec/kafka/message/AlterPartitionRequest.json by scripts/codegen. Do not edit.
// AlterPartitionRequest: request, api key 56, versions 0-3, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface AlterPartitionRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number
  /** The epoch of the requesting broker (versions 0+) */
  brokerEpoch: bigint
  /** (versions 0+) */
  topics: TopicData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface TopicData {
  /** The name of the topic to alter ISRs for (versions 0-1; ignorable) */
  topicName: string
  /** The ID of the topic to alter ISRs for (versions 2+; ignorable) */
  topicId: Buffer
  /** (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface PartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  /** The leader epoch of this partition (versions 0+) */
  leaderEpoch: number
  /** The ISR for this partition. Deprecated since version 3. (versions 0-2) */
  newIsr: number[]
  /** (versions 3+) */
  newIsrWithEpochs: BrokerState[]
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1+) */
  leaderRecoveryState: number
  /** The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request. (versions 0+) */
  partitionEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 3. */
export interface BrokerState {
  /** The ID of the broker. (versions 3+) */
  brokerId: number
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. (versions 3+) */
  brokerEpoch: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterPartitionRequest(): AlterPartitionRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  const $brokerId: number = r.readInt32()
  const $brokerEpoch: bigint = r.readInt64()
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
  return { brokerId: $brokerId, brokerEpoch: $brokerEpoch, topics: $topics, unknownTaggedFields }
}

export function writeAlterPartitionRequest(w: Writer, m: AlterPartitionRequest, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicData(): TopicData {
  return {
    topicName: "",
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicData(r: Reader, version: number): TopicData {
  let $topicName: string
  if (version <= 1) {
    $topicName = r.readCompactString()
  } else {
    $topicName = ""
  }
  let $topicId: Buffer
  if (version >= 2) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
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
  return { topicName: $topicName, topicId: $topicId, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicData(w: Writer, m: TopicData, version: number): void {
  if (version <= 1) {
    w.writeCompactString(m.topicName)
  }
  if (version >= 2) {
    w.writeUuid(m.topicId)
  }
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
    leaderEpoch: 0,
    newIsr: [],
    newIsrWithEpochs: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  let $newIsr: number[]
  if (version <= 2) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field NewIsr was serialized as null')
      } else {
        const a: number[] = []
        for (let i = 0; i < n; i++) a.push(r.readInt32())
        $newIsr = a
      }
    }
  } else {
    $newIsr = []
  }
  let $newIsrWithEpochs: BrokerState[]
  if (version >= 3) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field NewIsrWithEpochs was serialized as null')
      } else {
        const a: BrokerState[] = []
        for (let i = 0; i < n; i++) a.push(readBrokerState(r, version))
        $newIsrWithEpochs = a
      }
    }
  } else {
    $newIsrWithEpochs = []
  }
  let $leaderRecoveryState: number
  if (version >= 1) {
    $leaderRecoveryState = r.readInt8()
  } else {
    $leaderRecoveryState = 0
  }
  const $partitionEpoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionIndex: $partitionIndex, leaderEpoch: $leaderEpoch, newIsr: $newIsr, newIsrWithEpochs: $newIsrWithEpochs, leaderRecoveryState: $leaderRecoveryState, partitionEpoch: $partitionEpoch, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderEpoch)
  if (version <= 2) {
    {
      const a = m.newIsr
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeInt32(e)
    }
  } else {
    if (m.newIsr.length !== 0) throw new EncodeError('field NewIsr cannot be written at version ' + version + ' of AlterPartitionRequest')
  }
  if (version >= 3) {
    {
      const a = m.newIsrWithEpochs
      w.writeArrayLength(true, a.length)
      for (const e of a) writeBrokerState(w, e, version)
    }
  } else {
    if (m.newIsrWithEpochs.length !== 0) throw new EncodeError('field NewIsrWithEpochs cannot be written at version ' + version + ' of AlterPartitionRequest')
  }
  if (version >= 1) {
    w.writeInt8(m.leaderRecoveryState)
  } else {
    if (m.leaderRecoveryState !== 0) throw new EncodeError('field LeaderRecoveryState cannot be written at version ' + version + ' of AlterPartitionRequest')
  }
  w.writeInt32(m.partitionEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultBrokerState(): BrokerState {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readBrokerState(r: Reader, version: number): BrokerState {
  const $brokerId: number = r.readInt32()
  const $brokerEpoch: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, brokerEpoch: $brokerEpoch, unknownTaggedFields }
}

export function writeBrokerState(w: Writer, m: BrokerState, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeInt64(m.brokerEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
