// Generated from spec/kafka/message/BeginQuorumEpochRequest.json by scripts/codegen. Do not edit.
// BeginQuorumEpochRequest: request, api key 53, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface BeginQuorumEpochRequest {
  /** (versions 0+; nullable 0+) */
  clusterId: string | null
  /** The replica id of the voter receiving the request (versions 1+; ignorable) */
  voterId: number
  /** (versions 0+) */
  topics: TopicData[]
  /** Endpoints for the leader (versions 1+; ignorable) */
  leaderEndpoints: LeaderEndpoint[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface TopicData {
  /** The topic name (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface PartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  /** The directory id of the receiving replica (versions 1+; ignorable) */
  voterDirectoryId: Buffer
  /** The ID of the newly elected leader (versions 0+) */
  leaderId: number
  /** The epoch of the newly elected leader (versions 0+) */
  leaderEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 1. */
export interface LeaderEndpoint {
  /** The name of the endpoint (versions 1+; map key) */
  name: string
  /** The node's hostname (versions 1+) */
  host: string
  /** The node's port (versions 1+) */
  port: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultBeginQuorumEpochRequest(): BeginQuorumEpochRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
    leaderEndpoints: [],
    unknownTaggedFields: undefined,
  }
}

export function readBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  const $clusterId: string | null = (version >= 1 ? r.readCompactNullableString() : r.readNullableString())
  let $voterId: number
  if (version >= 1) {
    $voterId = r.readInt32()
  } else {
    $voterId = -1
  }
  let $topics: TopicData[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TopicData[] = []
      for (let i = 0; i < n; i++) a.push(readTopicData(r, version))
      $topics = a
    }
  }
  let $leaderEndpoints: LeaderEndpoint[]
  if (version >= 1) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field LeaderEndpoints was serialized as null')
      } else {
        const a: LeaderEndpoint[] = []
        for (let i = 0; i < n; i++) a.push(readLeaderEndpoint(r, version))
        $leaderEndpoints = a
      }
    }
  } else {
    $leaderEndpoints = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 1) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { clusterId: $clusterId, voterId: $voterId, topics: $topics, leaderEndpoints: $leaderEndpoints, unknownTaggedFields }
}

export function writeBeginQuorumEpochRequest(w: Writer, m: BeginQuorumEpochRequest, version: number): void {
  void (version >= 1 ? w.writeCompactNullableString(m.clusterId) : w.writeNullableString(m.clusterId))
  if (version >= 1) {
    w.writeInt32(m.voterId)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeTopicData(w, e, version)
  }
  if (version >= 1) {
    {
      const a = m.leaderEndpoints
      w.writeArrayLength(true, a.length)
      for (const e of a) writeLeaderEndpoint(w, e, version)
    }
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultTopicData(): TopicData {
  return {
    topicName: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicData(r: Reader, version: number): TopicData {
  const $topicName: string = (version >= 1 ? r.readCompactString() : r.readString())
  let $partitions: PartitionData[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: PartitionData[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionData(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 1) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topicName: $topicName, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicData(w: Writer, m: TopicData, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.topicName) : w.writeString(m.topicName))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writePartitionData(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    voterDirectoryId: Buffer.alloc(16),
    leaderId: 0,
    leaderEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  let $voterDirectoryId: Buffer
  if (version >= 1) {
    $voterDirectoryId = r.readUuid()
  } else {
    $voterDirectoryId = Buffer.alloc(16)
  }
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 1) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { partitionIndex: $partitionIndex, voterDirectoryId: $voterDirectoryId, leaderId: $leaderId, leaderEpoch: $leaderEpoch, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  if (version >= 1) {
    w.writeUuid(m.voterDirectoryId)
  }
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultLeaderEndpoint(): LeaderEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
    unknownTaggedFields: undefined,
  }
}

export function readLeaderEndpoint(r: Reader, version: number): LeaderEndpoint {
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

export function writeLeaderEndpoint(w: Writer, m: LeaderEndpoint, version: number): void {
  w.writeCompactString(m.name)
  w.writeCompactString(m.host)
  w.writeUint16(m.port)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
