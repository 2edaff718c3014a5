// Generated from spec/kafka/message/DescribeQuorumResponse.json by scripts/codegen. Do not edit.
// DescribeQuorumResponse: response, api key 55, versions 0-2, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface DescribeQuorumResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 2+; nullable 2+; ignorable) */
  errorMessage: string | null
  /** (versions 0+) */
  topics: TopicData[]
  /** (versions 2+) */
  nodes: Node[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface TopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface PartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 2+; nullable 2+; ignorable) */
  errorMessage: string | null
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number
  /** (versions 0+) */
  highWatermark: bigint
  /** (versions 0+) */
  currentVoters: ReplicaState[]
  /** (versions 0+) */
  observers: ReplicaState[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface ReplicaState {
  /** (versions 0+) */
  replicaId: number
  /** (versions 2+) */
  replicaDirectoryId: Buffer
  /** The last known log end offset of the follower or -1 if it is unknown (versions 0+) */
  logEndOffset: bigint
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter (versions 1+; ignorable) */
  lastFetchTimestamp: bigint
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter (versions 1+; ignorable) */
  lastCaughtUpTimestamp: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 2. */
export interface Node {
  /** The ID of the associated node (versions 2+; map key) */
  nodeId: number
  /** The listeners of this controller (versions 2+) */
  listeners: Listener[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 2. */
export interface Listener {
  /** The name of the endpoint (versions 2+; map key) */
  name: string
  /** The hostname (versions 2+) */
  host: string
  /** The port (versions 2+) */
  port: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeQuorumResponse(): DescribeQuorumResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    topics: [],
    nodes: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  const $errorCode: number = r.readInt16()
  let $errorMessage: string | null
  if (version >= 2) {
    $errorMessage = r.readCompactNullableString()
  } else {
    $errorMessage = ""
  }
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
  let $nodes: Node[]
  if (version >= 2) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field Nodes was serialized as null')
      } else {
        const a: Node[] = []
        for (let i = 0; i < n; i++) a.push(readNode(r, version))
        $nodes = a
      }
    }
  } else {
    $nodes = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { errorCode: $errorCode, errorMessage: $errorMessage, topics: $topics, nodes: $nodes, unknownTaggedFields }
}

export function writeDescribeQuorumResponse(w: Writer, m: DescribeQuorumResponse, version: number): void {
  w.writeInt16(m.errorCode)
  if (version >= 2) {
    w.writeCompactNullableString(m.errorMessage)
  }
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicData(w, e, version)
  }
  if (version >= 2) {
    {
      const a = m.nodes
      w.writeArrayLength(true, a.length)
      for (const e of a) writeNode(w, e, version)
    }
  } else {
    if (m.nodes.length !== 0) throw new EncodeError('field Nodes cannot be written at version ' + version + ' of DescribeQuorumResponse')
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicData(): TopicData {
  return {
    topicName: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicData(r: Reader, version: number): TopicData {
  const $topicName: string = r.readCompactString()
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
  return { topicName: $topicName, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicData(w: Writer, m: TopicData, version: number): void {
  w.writeCompactString(m.topicName)
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
    errorCode: 0,
    errorMessage: "",
    leaderId: 0,
    leaderEpoch: 0,
    highWatermark: 0n,
    currentVoters: [],
    observers: [],
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let $errorMessage: string | null
  if (version >= 2) {
    $errorMessage = r.readCompactNullableString()
  } else {
    $errorMessage = ""
  }
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  const $highWatermark: bigint = r.readInt64()
  let $currentVoters: ReplicaState[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field CurrentVoters was serialized as null')
    } else {
      const a: ReplicaState[] = []
      for (let i = 0; i < n; i++) a.push(readReplicaState(r, version))
      $currentVoters = a
    }
  }
  let $observers: ReplicaState[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Observers was serialized as null')
    } else {
      const a: ReplicaState[] = []
      for (let i = 0; i < n; i++) a.push(readReplicaState(r, version))
      $observers = a
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
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, errorMessage: $errorMessage, leaderId: $leaderId, leaderEpoch: $leaderEpoch, highWatermark: $highWatermark, currentVoters: $currentVoters, observers: $observers, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version >= 2) {
    w.writeCompactNullableString(m.errorMessage)
  }
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeInt64(m.highWatermark)
  {
    const a = m.currentVoters
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReplicaState(w, e, version)
  }
  {
    const a = m.observers
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReplicaState(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultReplicaState(): ReplicaState {
  return {
    replicaId: 0,
    replicaDirectoryId: Buffer.alloc(16),
    logEndOffset: 0n,
    lastFetchTimestamp: -1n,
    lastCaughtUpTimestamp: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readReplicaState(r: Reader, version: number): ReplicaState {
  const $replicaId: number = r.readInt32()
  let $replicaDirectoryId: Buffer
  if (version >= 2) {
    $replicaDirectoryId = r.readUuid()
  } else {
    $replicaDirectoryId = Buffer.alloc(16)
  }
  const $logEndOffset: bigint = r.readInt64()
  let $lastFetchTimestamp: bigint
  if (version >= 1) {
    $lastFetchTimestamp = r.readInt64()
  } else {
    $lastFetchTimestamp = -1n
  }
  let $lastCaughtUpTimestamp: bigint
  if (version >= 1) {
    $lastCaughtUpTimestamp = r.readInt64()
  } else {
    $lastCaughtUpTimestamp = -1n
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { replicaId: $replicaId, replicaDirectoryId: $replicaDirectoryId, logEndOffset: $logEndOffset, lastFetchTimestamp: $lastFetchTimestamp, lastCaughtUpTimestamp: $lastCaughtUpTimestamp, unknownTaggedFields }
}

export function writeReplicaState(w: Writer, m: ReplicaState, version: number): void {
  w.writeInt32(m.replicaId)
  if (version >= 2) {
    w.writeUuid(m.replicaDirectoryId)
  } else {
    if (m.replicaDirectoryId.some((b) => b !== 0)) throw new EncodeError('field ReplicaDirectoryId cannot be written at version ' + version + ' of DescribeQuorumResponse')
  }
  w.writeInt64(m.logEndOffset)
  if (version >= 1) {
    w.writeInt64(m.lastFetchTimestamp)
  }
  if (version >= 1) {
    w.writeInt64(m.lastCaughtUpTimestamp)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultNode(): Node {
  return {
    nodeId: 0,
    listeners: [],
    unknownTaggedFields: undefined,
  }
}

export function readNode(r: Reader, version: number): Node {
  const $nodeId: number = r.readInt32()
  let $listeners: Listener[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Listeners was serialized as null')
    } else {
      const a: Listener[] = []
      for (let i = 0; i < n; i++) a.push(readListener(r, version))
      $listeners = a
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
  return { nodeId: $nodeId, listeners: $listeners, unknownTaggedFields }
}

export function writeNode(w: Writer, m: Node, version: number): void {
  w.writeInt32(m.nodeId)
  {
    const a = m.listeners
    w.writeArrayLength(true, a.length)
    for (const e of a) writeListener(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultListener(): Listener {
  return {
    name: "",
    host: "",
    port: 0,
    unknownTaggedFields: undefined,
  }
}

export function readListener(r: Reader, version: number): Listener {
  const $name: string = r.readCompactString()
  const $host: string = r.readCompactString()
  const $port: number = r.readUint16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, host: $host, port: $port, unknownTaggedFields }
}

export function writeListener(w: Writer, m: Listener, version: number): void {
  w.writeCompactString(m.name)
  w.writeCompactString(m.host)
  w.writeUint16(m.port)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
