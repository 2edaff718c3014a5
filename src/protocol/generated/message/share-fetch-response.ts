// Generated from spec/kafka/message/ShareFetchResponse.json by scripts/codegen. Do not edit.
// ShareFetchResponse: response, api key 78, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+; ignorable) */
  throttleTimeMs: number
  /** The top-level response error code. (versions 0+; ignorable) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The response topics. (versions 0+) */
  responses: ShareFetchableTopicResponse[]
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (versions 0+) */
  nodeEndpoints: NodeEndpoint[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ShareFetchableTopicResponse {
  /** The unique topic ID. (versions 0+; ignorable) */
  topicId: Buffer
  /** The topic partitions. (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface PartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The fetch error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number
  /** The fetch error message, or null if there was no fetch error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The acknowledge error code, or 0 if there was no acknowledge error. (versions 0+) */
  acknowledgeErrorCode: number
  /** The acknowledge error message, or null if there was no acknowledge error. (versions 0+; nullable 0+) */
  acknowledgeErrorMessage: string | null
  /** (versions 0+) */
  currentLeader: LeaderIdAndEpoch
  /** The record data. (versions 0+; nullable 0+) */
  records: Buffer | null
  /** The acquired records. (versions 0+) */
  acquiredRecords: AcquiredRecords[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch. (versions 0+) */
  leaderEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface AcquiredRecords {
  /** The earliest offset in this batch of acquired records. (versions 0+) */
  firstOffset: bigint
  /** The last offset of this batch of acquired records. (versions 0+) */
  lastOffset: bigint
  /** The delivery count of this batch of acquired records. (versions 0+) */
  deliveryCount: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface NodeEndpoint {
  /** The ID of the associated node. (versions 0+; map key) */
  nodeId: number
  /** The node's hostname. (versions 0+) */
  host: string
  /** The node's port. (versions 0+) */
  port: number
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 0+; nullable 0+) */
  rack: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareFetchResponse(): ShareFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
    unknownTaggedFields: undefined,
  }
}

export function readShareFetchResponse(r: Reader, version: number): ShareFetchResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let $responses: ShareFetchableTopicResponse[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Responses was serialized as null')
    } else {
      const a: ShareFetchableTopicResponse[] = []
      for (let i = 0; i < n; i++) a.push(readShareFetchableTopicResponse(r, version))
      $responses = a
    }
  }
  let $nodeEndpoints: NodeEndpoint[]
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
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, responses: $responses, nodeEndpoints: $nodeEndpoints, unknownTaggedFields }
}

export function writeShareFetchResponse(w: Writer, m: ShareFetchResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  {
    const a = m.responses
    w.writeArrayLength(true, a.length)
    for (const e of a) writeShareFetchableTopicResponse(w, e, version)
  }
  {
    const a = m.nodeEndpoints
    w.writeArrayLength(true, a.length)
    for (const e of a) writeNodeEndpoint(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultShareFetchableTopicResponse(): ShareFetchableTopicResponse {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readShareFetchableTopicResponse(r: Reader, version: number): ShareFetchableTopicResponse {
  const $topicId: Buffer = r.readUuid()
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
  return { topicId: $topicId, partitions: $partitions, unknownTaggedFields }
}

export function writeShareFetchableTopicResponse(w: Writer, m: ShareFetchableTopicResponse, version: number): void {
  w.writeUuid(m.topicId)
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
    errorMessage: null,
    acknowledgeErrorCode: 0,
    acknowledgeErrorMessage: null,
    currentLeader: defaultLeaderIdAndEpoch(),
    records: null,
    acquiredRecords: [],
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  const $acknowledgeErrorCode: number = r.readInt16()
  const $acknowledgeErrorMessage: string | null = r.readCompactNullableString()
  let $currentLeader: LeaderIdAndEpoch
  $currentLeader = readLeaderIdAndEpoch(r, version)
  const $records: Buffer | null = r.readCompactNullableBytes()
  let $acquiredRecords: AcquiredRecords[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field AcquiredRecords was serialized as null')
    } else {
      const a: AcquiredRecords[] = []
      for (let i = 0; i < n; i++) a.push(readAcquiredRecords(r, version))
      $acquiredRecords = a
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
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, errorMessage: $errorMessage, acknowledgeErrorCode: $acknowledgeErrorCode, acknowledgeErrorMessage: $acknowledgeErrorMessage, currentLeader: $currentLeader, records: $records, acquiredRecords: $acquiredRecords, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeInt16(m.acknowledgeErrorCode)
  w.writeCompactNullableString(m.acknowledgeErrorMessage)
  writeLeaderIdAndEpoch(w, m.currentLeader, version)
  w.writeCompactNullableBytes(m.records)
  {
    const a = m.acquiredRecords
    w.writeArrayLength(true, a.length)
    for (const e of a) writeAcquiredRecords(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readLeaderIdAndEpoch(r: Reader, version: number): LeaderIdAndEpoch {
  const $leaderId: number = r.readInt32()
  const $leaderEpoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { leaderId: $leaderId, leaderEpoch: $leaderEpoch, unknownTaggedFields }
}

export function writeLeaderIdAndEpoch(w: Writer, m: LeaderIdAndEpoch, version: number): void {
  w.writeInt32(m.leaderId)
  w.writeInt32(m.leaderEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAcquiredRecords(): AcquiredRecords {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryCount: 0,
    unknownTaggedFields: undefined,
  }
}

export function readAcquiredRecords(r: Reader, version: number): AcquiredRecords {
  const $firstOffset: bigint = r.readInt64()
  const $lastOffset: bigint = r.readInt64()
  const $deliveryCount: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { firstOffset: $firstOffset, lastOffset: $lastOffset, deliveryCount: $deliveryCount, unknownTaggedFields }
}

export function writeAcquiredRecords(w: Writer, m: AcquiredRecords, version: number): void {
  w.writeInt64(m.firstOffset)
  w.writeInt64(m.lastOffset)
  w.writeInt16(m.deliveryCount)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultNodeEndpoint(): NodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
    unknownTaggedFields: undefined,
  }
}

export function readNodeEndpoint(r: Reader, version: number): NodeEndpoint {
  const $nodeId: number = r.readInt32()
  const $host: string = r.readCompactString()
  const $port: number = r.readInt32()
  const $rack: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { nodeId: $nodeId, host: $host, port: $port, rack: $rack, unknownTaggedFields }
}

export function writeNodeEndpoint(w: Writer, m: NodeEndpoint, version: number): void {
  w.writeInt32(m.nodeId)
  w.writeCompactString(m.host)
  w.writeInt32(m.port)
  w.writeCompactNullableString(m.rack)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
