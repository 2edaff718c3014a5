// Generated from spec/kafka/message/VoteResponse.json by scripts/codegen. Do not edit.
// VoteResponse: response, api key 52, versions 0-1, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface VoteResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  topics: TopicData[]
  /** Endpoints for all current-leaders enumerated in PartitionData (versions 1+; tag 0 in 1+) */
  nodeEndpoints: NodeEndpoint[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface TopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface PartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** (versions 0+) */
  errorCode: number
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number
  /** True if the vote was granted and false otherwise (versions 0+) */
  voteGranted: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 1. */
export interface NodeEndpoint {
  /** The ID of the associated node (versions 1+; map key) */
  nodeId: number
  /** The node's hostname (versions 1+) */
  host: string
  /** The node's port (versions 1+) */
  port: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultVoteResponse(): VoteResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
    unknownTaggedFields: undefined,
  }
}

export function readVoteResponse(r: Reader, version: number): VoteResponse {
  const $errorCode: number = r.readInt16()
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
  let $nodeEndpoints: NodeEndpoint[] = []
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0 && version >= 1) {
      const end = r.offset + size
      {
        const n = r.readArrayLength(true)
        if (n < 0) {
          throw new DecodeError('non-nullable field NodeEndpoints was serialized as null')
        } else {
          const a: NodeEndpoint[] = []
          for (let i = 0; i < n; i++) a.push(readNodeEndpoint(r, version))
          $nodeEndpoints = a
        }
      }
      if (r.offset > end) throw new DecodeError('tagged field NodeEndpoints overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { errorCode: $errorCode, topics: $topics, nodeEndpoints: $nodeEndpoints, unknownTaggedFields }
}

export function writeVoteResponse(w: Writer, m: VoteResponse, version: number): void {
  w.writeInt16(m.errorCode)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicData(w, e, version)
  }
  if (!(version >= 1)) {
    if (m.nodeEndpoints.length !== 0) throw new EncodeError('field NodeEndpoints cannot be written at version ' + version + ' of VoteResponse')
  }
  const tagged: TaggedField[] = []
  if (version >= 1 && m.nodeEndpoints.length !== 0) {
    const t = new Writer(64)
    {
      const a = m.nodeEndpoints
      t.writeArrayLength(true, a.length)
      for (const e of a) writeNodeEndpoint(t, e, version)
    }
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
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
    leaderId: 0,
    leaderEpoch: 0,
    voteGranted: false,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  const $voteGranted: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, leaderId: $leaderId, leaderEpoch: $leaderEpoch, voteGranted: $voteGranted, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeBool(m.voteGranted)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultNodeEndpoint(): NodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    unknownTaggedFields: undefined,
  }
}

export function readNodeEndpoint(r: Reader, version: number): NodeEndpoint {
  const $nodeId: number = r.readInt32()
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
  return { nodeId: $nodeId, host: $host, port: $port, unknownTaggedFields }
}

export function writeNodeEndpoint(w: Writer, m: NodeEndpoint, version: number): void {
  w.writeInt32(m.nodeId)
  w.writeCompactString(m.host)
  w.writeUint16(m.port)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
