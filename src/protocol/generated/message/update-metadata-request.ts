// Generated from spec/kafka/message/UpdateMetadataRequest.json by scripts/codegen. Do not edit.
// UpdateMetadataRequest: request, api key 6, versions 0-8, flexible 6+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-8. */
export interface UpdateMetadataRequest {
  /** The controller id. (versions 0+) */
  controllerId: number
  /** If KRaft controller id is used during migration. See KIP-866 (versions 8+) */
  isKRaftController: boolean
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866 (versions 8+; tag 0 in 8+) */
  type: number
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The broker epoch. (versions 5+; ignorable) */
  brokerEpoch: bigint
  /** In older versions of this RPC, each partition that we would like to update. (versions 0-4) */
  ungroupedPartitionStates: UpdateMetadataPartitionState[]
  /** In newer versions of this RPC, each topic that we would like to update. (versions 5+) */
  topicStates: UpdateMetadataTopicState[]
  /** (versions 0+) */
  liveBrokers: UpdateMetadataBroker[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-8. */
export interface UpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. (versions 0-4; ignorable) */
  topicName: string
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The ID of the broker which is the current partition leader. (versions 0+) */
  leader: number
  /** The leader epoch of this partition. (versions 0+) */
  leaderEpoch: number
  /** The brokers which are in the ISR for this partition. (versions 0+) */
  isr: number[]
  /** The Zookeeper version. (versions 0+) */
  zkVersion: number
  /** All the replicas of this partition. (versions 0+) */
  replicas: number[]
  /** The replicas of this partition which are offline. (versions 4+; ignorable) */
  offlineReplicas: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 5-8. */
export interface UpdateMetadataTopicState {
  /** The topic name. (versions 5+) */
  topicName: string
  /** The topic id. (versions 7+; ignorable) */
  topicId: Buffer
  /** The partition that we would like to update. (versions 5+) */
  partitionStates: UpdateMetadataPartitionState[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-8. */
export interface UpdateMetadataBroker {
  /** The broker id. (versions 0+) */
  id: number
  /** The broker hostname. (versions 0; ignorable) */
  v0Host: string
  /** The broker port. (versions 0; ignorable) */
  v0Port: number
  /** The broker endpoints. (versions 1+; ignorable) */
  endpoints: UpdateMetadataEndpoint[]
  /** The rack which this broker belongs to. (versions 2+; nullable 0+; ignorable) */
  rack: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 1-8. */
export interface UpdateMetadataEndpoint {
  /** The port of this endpoint (versions 1+) */
  port: number
  /** The hostname of this endpoint (versions 1+) */
  host: string
  /** The listener name. (versions 3+; ignorable) */
  listener: string
  /** The security protocol type. (versions 1+) */
  securityProtocol: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUpdateMetadataRequest(): UpdateMetadataRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    type: 0,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveBrokers: [],
    unknownTaggedFields: undefined,
  }
}

export function readUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  const $controllerId: number = r.readInt32()
  let $isKRaftController: boolean
  if (version >= 8) {
    $isKRaftController = r.readBool()
  } else {
    $isKRaftController = false
  }
  let $type: number = 0
  const $controllerEpoch: number = r.readInt32()
  let $brokerEpoch: bigint
  if (version >= 5) {
    $brokerEpoch = r.readInt64()
  } else {
    $brokerEpoch = -1n
  }
  let $ungroupedPartitionStates: UpdateMetadataPartitionState[]
  if (version <= 4) {
    {
      const n = r.readArrayLength(false)
      if (n < 0) {
        throw new DecodeError('non-nullable field UngroupedPartitionStates was serialized as null')
      } else {
        const a: UpdateMetadataPartitionState[] = []
        for (let i = 0; i < n; i++) a.push(readUpdateMetadataPartitionState(r, version))
        $ungroupedPartitionStates = a
      }
    }
  } else {
    $ungroupedPartitionStates = []
  }
  let $topicStates: UpdateMetadataTopicState[]
  if (version >= 5) {
    {
      const n = r.readArrayLength(version >= 6)
      if (n < 0) {
        throw new DecodeError('non-nullable field TopicStates was serialized as null')
      } else {
        const a: UpdateMetadataTopicState[] = []
        for (let i = 0; i < n; i++) a.push(readUpdateMetadataTopicState(r, version))
        $topicStates = a
      }
    }
  } else {
    $topicStates = []
  }
  let $liveBrokers: UpdateMetadataBroker[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field LiveBrokers was serialized as null')
    } else {
      const a: UpdateMetadataBroker[] = []
      for (let i = 0; i < n; i++) a.push(readUpdateMetadataBroker(r, version))
      $liveBrokers = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0 && version >= 8) {
        const end = r.offset + size
        $type = r.readInt8()
        if (r.offset > end) throw new DecodeError('tagged field Type overran its size')
        r.offset = end
        continue
      }
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { controllerId: $controllerId, isKRaftController: $isKRaftController, type: $type, controllerEpoch: $controllerEpoch, brokerEpoch: $brokerEpoch, ungroupedPartitionStates: $ungroupedPartitionStates, topicStates: $topicStates, liveBrokers: $liveBrokers, unknownTaggedFields }
}

export function writeUpdateMetadataRequest(w: Writer, m: UpdateMetadataRequest, version: number): void {
  w.writeInt32(m.controllerId)
  if (version >= 8) {
    w.writeBool(m.isKRaftController)
  } else {
    if (m.isKRaftController !== false) throw new EncodeError('field isKRaftController cannot be written at version ' + version + ' of UpdateMetadataRequest')
  }
  if (!(version >= 8)) {
    if (m.type !== 0) throw new EncodeError('field Type cannot be written at version ' + version + ' of UpdateMetadataRequest')
  }
  w.writeInt32(m.controllerEpoch)
  if (version >= 5) {
    w.writeInt64(m.brokerEpoch)
  }
  if (version <= 4) {
    {
      const a = m.ungroupedPartitionStates
      w.writeArrayLength(false, a.length)
      for (const e of a) writeUpdateMetadataPartitionState(w, e, version)
    }
  } else {
    if (m.ungroupedPartitionStates.length !== 0) throw new EncodeError('field UngroupedPartitionStates cannot be written at version ' + version + ' of UpdateMetadataRequest')
  }
  if (version >= 5) {
    {
      const a = m.topicStates
      w.writeArrayLength(version >= 6, a.length)
      for (const e of a) writeUpdateMetadataTopicState(w, e, version)
    }
  } else {
    if (m.topicStates.length !== 0) throw new EncodeError('field TopicStates cannot be written at version ' + version + ' of UpdateMetadataRequest')
  }
  {
    const a = m.liveBrokers
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeUpdateMetadataBroker(w, e, version)
  }
  if (version >= 6) {
    const tagged: TaggedField[] = []
    if (version >= 8 && m.type !== 0) {
      const t = new Writer(64)
      t.writeInt8(m.type)
      tagged.push({ tag: 0, data: t.toBuffer() })
    }
    w.writeTaggedFields(tagged, m.unknownTaggedFields)
  }
}

export function defaultUpdateMetadataPartitionState(): UpdateMetadataPartitionState {
  return {
    topicName: "",
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    zkVersion: 0,
    replicas: [],
    offlineReplicas: [],
    unknownTaggedFields: undefined,
  }
}

export function readUpdateMetadataPartitionState(r: Reader, version: number): UpdateMetadataPartitionState {
  let $topicName: string
  if (version <= 4) {
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
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Isr was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $isr = a
    }
  }
  const $zkVersion: number = r.readInt32()
  let $replicas: number[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field Replicas was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $replicas = a
    }
  }
  let $offlineReplicas: number[]
  if (version >= 4) {
    {
      const n = r.readArrayLength(version >= 6)
      if (n < 0) {
        throw new DecodeError('non-nullable field OfflineReplicas was serialized as null')
      } else {
        const a: number[] = []
        for (let i = 0; i < n; i++) a.push(r.readInt32())
        $offlineReplicas = a
      }
    }
  } else {
    $offlineReplicas = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topicName: $topicName, partitionIndex: $partitionIndex, controllerEpoch: $controllerEpoch, leader: $leader, leaderEpoch: $leaderEpoch, isr: $isr, zkVersion: $zkVersion, replicas: $replicas, offlineReplicas: $offlineReplicas, unknownTaggedFields }
}

export function writeUpdateMetadataPartitionState(w: Writer, m: UpdateMetadataPartitionState, version: number): void {
  if (version <= 4) {
    w.writeString(m.topicName)
  }
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.controllerEpoch)
  w.writeInt32(m.leader)
  w.writeInt32(m.leaderEpoch)
  {
    const a = m.isr
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeInt32(m.zkVersion)
  {
    const a = m.replicas
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 4) {
    {
      const a = m.offlineReplicas
      w.writeArrayLength(version >= 6, a.length)
      for (const e of a) w.writeInt32(e)
    }
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultUpdateMetadataTopicState(): UpdateMetadataTopicState {
  return {
    topicName: "",
    topicId: Buffer.alloc(16),
    partitionStates: [],
    unknownTaggedFields: undefined,
  }
}

export function readUpdateMetadataTopicState(r: Reader, version: number): UpdateMetadataTopicState {
  const $topicName: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $topicId: Buffer
  if (version >= 7) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
  let $partitionStates: UpdateMetadataPartitionState[]
  {
    const n = r.readArrayLength(version >= 6)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionStates was serialized as null')
    } else {
      const a: UpdateMetadataPartitionState[] = []
      for (let i = 0; i < n; i++) a.push(readUpdateMetadataPartitionState(r, version))
      $partitionStates = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
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

export function writeUpdateMetadataTopicState(w: Writer, m: UpdateMetadataTopicState, version: number): void {
  void (version >= 6 ? w.writeCompactString(m.topicName) : w.writeString(m.topicName))
  if (version >= 7) {
    w.writeUuid(m.topicId)
  }
  {
    const a = m.partitionStates
    w.writeArrayLength(version >= 6, a.length)
    for (const e of a) writeUpdateMetadataPartitionState(w, e, version)
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultUpdateMetadataBroker(): UpdateMetadataBroker {
  return {
    id: 0,
    v0Host: "",
    v0Port: 0,
    endpoints: [],
    rack: "",
    unknownTaggedFields: undefined,
  }
}

export function readUpdateMetadataBroker(r: Reader, version: number): UpdateMetadataBroker {
  const $id: number = r.readInt32()
  let $v0Host: string
  if (version <= 0) {
    $v0Host = r.readString()
  } else {
    $v0Host = ""
  }
  let $v0Port: number
  if (version <= 0) {
    $v0Port = r.readInt32()
  } else {
    $v0Port = 0
  }
  let $endpoints: UpdateMetadataEndpoint[]
  if (version >= 1) {
    {
      const n = r.readArrayLength(version >= 6)
      if (n < 0) {
        throw new DecodeError('non-nullable field Endpoints was serialized as null')
      } else {
        const a: UpdateMetadataEndpoint[] = []
        for (let i = 0; i < n; i++) a.push(readUpdateMetadataEndpoint(r, version))
        $endpoints = a
      }
    }
  } else {
    $endpoints = []
  }
  let $rack: string | null
  if (version >= 2) {
    $rack = (version >= 6 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $rack = ""
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { id: $id, v0Host: $v0Host, v0Port: $v0Port, endpoints: $endpoints, rack: $rack, unknownTaggedFields }
}

export function writeUpdateMetadataBroker(w: Writer, m: UpdateMetadataBroker, version: number): void {
  w.writeInt32(m.id)
  if (version <= 0) {
    w.writeString(m.v0Host)
  }
  if (version <= 0) {
    w.writeInt32(m.v0Port)
  }
  if (version >= 1) {
    {
      const a = m.endpoints
      w.writeArrayLength(version >= 6, a.length)
      for (const e of a) writeUpdateMetadataEndpoint(w, e, version)
    }
  }
  if (version >= 2) {
    void (version >= 6 ? w.writeCompactNullableString(m.rack) : w.writeNullableString(m.rack))
  }
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultUpdateMetadataEndpoint(): UpdateMetadataEndpoint {
  return {
    port: 0,
    host: "",
    listener: "",
    securityProtocol: 0,
    unknownTaggedFields: undefined,
  }
}

export function readUpdateMetadataEndpoint(r: Reader, version: number): UpdateMetadataEndpoint {
  const $port: number = r.readInt32()
  const $host: string = (version >= 6 ? r.readCompactString() : r.readString())
  let $listener: string
  if (version >= 3) {
    $listener = (version >= 6 ? r.readCompactString() : r.readString())
  } else {
    $listener = ""
  }
  const $securityProtocol: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { port: $port, host: $host, listener: $listener, securityProtocol: $securityProtocol, unknownTaggedFields }
}

export function writeUpdateMetadataEndpoint(w: Writer, m: UpdateMetadataEndpoint, version: number): void {
  w.writeInt32(m.port)
  void (version >= 6 ? w.writeCompactString(m.host) : w.writeString(m.host))
  if (version >= 3) {
    void (version >= 6 ? w.writeCompactString(m.listener) : w.writeString(m.listener))
  }
  w.writeInt16(m.securityProtocol)
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
