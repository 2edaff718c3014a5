// Generated from spec/kafka/message/MetadataResponse.json by scripts/codegen. Do not edit.
// MetadataResponse: response, api key 3, versions 0-12, flexible 9+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-12. */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+; ignorable) */
  throttleTimeMs: number
  /** A list of brokers present in the cluster. (versions 0+) */
  brokers: MetadataResponseBroker[]
  /** The cluster ID that responding broker belongs to. (versions 2+; nullable 2+; ignorable) */
  clusterId: string | null
  /** The ID of the controller broker. (versions 1+; ignorable) */
  controllerId: number
  /** Each topic in the response. (versions 0+) */
  topics: MetadataResponseTopic[]
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 8-10) */
  clusterAuthorizedOperations: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-12. */
export interface MetadataResponseBroker {
  /** The broker ID. (versions 0+; map key) */
  nodeId: number
  /** The broker hostname. (versions 0+) */
  host: string
  /** The broker port. (versions 0+) */
  port: number
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 1+; nullable 1+; ignorable) */
  rack: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-12. */
export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. (versions 0+; nullable 12+; map key) */
  name: string | null
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. (versions 10+; ignorable) */
  topicId: Buffer
  /** True if the topic is internal. (versions 1+; ignorable) */
  isInternal: boolean
  /** Each partition in the topic. (versions 0+) */
  partitions: MetadataResponsePartition[]
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 8+) */
  topicAuthorizedOperations: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-12. */
export interface MetadataResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The ID of the leader broker. (versions 0+) */
  leaderId: number
  /** The leader epoch of this partition. (versions 7+; ignorable) */
  leaderEpoch: number
  /** The set of all nodes that host this partition. (versions 0+) */
  replicaNodes: number[]
  /** The set of nodes that are in sync with the leader for this partition. (versions 0+) */
  isrNodes: number[]
  /** The set of offline replicas of this partition. (versions 5+; ignorable) */
  offlineReplicas: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultMetadataResponse(): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: null,
    controllerId: -1,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
    unknownTaggedFields: undefined,
  }
}

export function readMetadataResponse(r: Reader, version: number): MetadataResponse {
  let $throttleTimeMs: number
  if (version >= 3) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $brokers: MetadataResponseBroker[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field Brokers was serialized as null')
    } else {
      const a: MetadataResponseBroker[] = []
      for (let i = 0; i < n; i++) a.push(readMetadataResponseBroker(r, version))
      $brokers = a
    }
  }
  let $clusterId: string | null
  if (version >= 2) {
    $clusterId = (version >= 9 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $clusterId = null
  }
  let $controllerId: number
  if (version >= 1) {
    $controllerId = r.readInt32()
  } else {
    $controllerId = -1
  }
  let $topics: MetadataResponseTopic[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: MetadataResponseTopic[] = []
      for (let i = 0; i < n; i++) a.push(readMetadataResponseTopic(r, version))
      $topics = a
    }
  }
  let $clusterAuthorizedOperations: number
  if (version >= 8 && version <= 10) {
    $clusterAuthorizedOperations = r.readInt32()
  } else {
    $clusterAuthorizedOperations = -2147483648
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { throttleTimeMs: $throttleTimeMs, brokers: $brokers, clusterId: $clusterId, controllerId: $controllerId, topics: $topics, clusterAuthorizedOperations: $clusterAuthorizedOperations, unknownTaggedFields }
}

export function writeMetadataResponse(w: Writer, m: MetadataResponse, version: number): void {
  if (version >= 3) {
    w.writeInt32(m.throttleTimeMs)
  }
  {
    const a = m.brokers
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) writeMetadataResponseBroker(w, e, version)
  }
  if (version >= 2) {
    void (version >= 9 ? w.writeCompactNullableString(m.clusterId) : w.writeNullableString(m.clusterId))
  }
  if (version >= 1) {
    w.writeInt32(m.controllerId)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) writeMetadataResponseTopic(w, e, version)
  }
  if (version >= 8 && version <= 10) {
    w.writeInt32(m.clusterAuthorizedOperations)
  } else {
    if (m.clusterAuthorizedOperations !== -2147483648) throw new EncodeError('field ClusterAuthorizedOperations cannot be written at version ' + version + ' of MetadataResponse')
  }
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultMetadataResponseBroker(): MetadataResponseBroker {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
    unknownTaggedFields: undefined,
  }
}

export function readMetadataResponseBroker(r: Reader, version: number): MetadataResponseBroker {
  const $nodeId: number = r.readInt32()
  const $host: string = (version >= 9 ? r.readCompactString() : r.readString())
  const $port: number = r.readInt32()
  let $rack: string | null
  if (version >= 1) {
    $rack = (version >= 9 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $rack = null
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { nodeId: $nodeId, host: $host, port: $port, rack: $rack, unknownTaggedFields }
}

export function writeMetadataResponseBroker(w: Writer, m: MetadataResponseBroker, version: number): void {
  w.writeInt32(m.nodeId)
  void (version >= 9 ? w.writeCompactString(m.host) : w.writeString(m.host))
  w.writeInt32(m.port)
  if (version >= 1) {
    void (version >= 9 ? w.writeCompactNullableString(m.rack) : w.writeNullableString(m.rack))
  }
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultMetadataResponseTopic(): MetadataResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: Buffer.alloc(16),
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
    unknownTaggedFields: undefined,
  }
}

export function readMetadataResponseTopic(r: Reader, version: number): MetadataResponseTopic {
  const $errorCode: number = r.readInt16()
  const $name: string | null = (version >= 9 ? (version >= 12 ? r.readCompactNullableString() : r.readCompactString()) : (version >= 12 ? r.readNullableString() : r.readString()))
  let $topicId: Buffer
  if (version >= 10) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
  let $isInternal: boolean
  if (version >= 1) {
    $isInternal = r.readBool()
  } else {
    $isInternal = false
  }
  let $partitions: MetadataResponsePartition[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: MetadataResponsePartition[] = []
      for (let i = 0; i < n; i++) a.push(readMetadataResponsePartition(r, version))
      $partitions = a
    }
  }
  let $topicAuthorizedOperations: number
  if (version >= 8) {
    $topicAuthorizedOperations = r.readInt32()
  } else {
    $topicAuthorizedOperations = -2147483648
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, name: $name, topicId: $topicId, isInternal: $isInternal, partitions: $partitions, topicAuthorizedOperations: $topicAuthorizedOperations, unknownTaggedFields }
}

export function writeMetadataResponseTopic(w: Writer, m: MetadataResponseTopic, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 9 ? (version >= 12 ? w.writeCompactNullableString(m.name) : w.writeCompactString(m.name)) : (version >= 12 ? w.writeNullableString(m.name) : w.writeString(m.name)))
  if (version >= 10) {
    w.writeUuid(m.topicId)
  }
  if (version >= 1) {
    w.writeBool(m.isInternal)
  }
  {
    const a = m.partitions
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) writeMetadataResponsePartition(w, e, version)
  }
  if (version >= 8) {
    w.writeInt32(m.topicAuthorizedOperations)
  } else {
    if (m.topicAuthorizedOperations !== -2147483648) throw new EncodeError('field TopicAuthorizedOperations cannot be written at version ' + version + ' of MetadataResponse')
  }
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultMetadataResponsePartition(): MetadataResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    offlineReplicas: [],
    unknownTaggedFields: undefined,
  }
}

export function readMetadataResponsePartition(r: Reader, version: number): MetadataResponsePartition {
  const $errorCode: number = r.readInt16()
  const $partitionIndex: number = r.readInt32()
  const $leaderId: number = r.readInt32()
  let $leaderEpoch: number
  if (version >= 7) {
    $leaderEpoch = r.readInt32()
  } else {
    $leaderEpoch = -1
  }
  let $replicaNodes: number[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field ReplicaNodes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $replicaNodes = a
    }
  }
  let $isrNodes: number[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field IsrNodes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $isrNodes = a
    }
  }
  let $offlineReplicas: number[]
  if (version >= 5) {
    {
      const n = r.readArrayLength(version >= 9)
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
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, partitionIndex: $partitionIndex, leaderId: $leaderId, leaderEpoch: $leaderEpoch, replicaNodes: $replicaNodes, isrNodes: $isrNodes, offlineReplicas: $offlineReplicas, unknownTaggedFields }
}

export function writeMetadataResponsePartition(w: Writer, m: MetadataResponsePartition, version: number): void {
  w.writeInt16(m.errorCode)
  w.writeInt32(m.partitionIndex)
  w.writeInt32(m.leaderId)
  if (version >= 7) {
    w.writeInt32(m.leaderEpoch)
  }
  {
    const a = m.replicaNodes
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) w.writeInt32(e)
  }
  {
    const a = m.isrNodes
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 5) {
    {
      const a = m.offlineReplicas
      w.writeArrayLength(version >= 9, a.length)
      for (const e of a) w.writeInt32(e)
    }
  }
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
