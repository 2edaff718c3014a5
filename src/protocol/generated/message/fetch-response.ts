// Generated from spec/kafka/message/FetchResponse.json by scripts/codegen. Do not edit.
// FetchResponse: response, api key 1, versions 0-17, flexible 12+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-17. */
export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** The top level response error code. (versions 7+; ignorable) */
  errorCode: number
  /** The fetch session ID, or 0 if this is not part of a fetch session. (versions 7+) */
  sessionId: number
  /** The response topics. (versions 0+) */
  responses: FetchableTopicResponse[]
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. (versions 16+; tag 0 in 16+) */
  nodeEndpoints: NodeEndpoint[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-17. */
export interface FetchableTopicResponse {
  /** The topic name. (versions 0-12; ignorable) */
  topic: string
  /** The unique topic ID (versions 13+; ignorable) */
  topicId: Buffer
  /** The topic partitions. (versions 0+) */
  partitions: PartitionData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-17. */
export interface PartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number
  /** The current high water mark. (versions 0+) */
  highWatermark: bigint
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) (versions 4+; ignorable) */
  lastStableOffset: bigint
  /** The current log start offset. (versions 5+; ignorable) */
  logStartOffset: bigint
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge (versions 12+; tag 0 in 12+) */
  divergingEpoch: EpochEndOffset
  /** (versions 12+; tag 1 in 12+) */
  currentLeader: LeaderIdAndEpoch
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. (versions 12+; tag 2 in 12+) */
  snapshotId: SnapshotId
  /** The aborted transactions. (versions 4+; nullable 4+; ignorable) */
  abortedTransactions: AbortedTransaction[] | null
  /** The preferred read replica for the consumer to use on its next fetch request (versions 11+) */
  preferredReadReplica: number
  /** The record data. (versions 0+; nullable 0+) */
  records: Buffer | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 12-17. */
export interface EpochEndOffset {
  /** (versions 12+) */
  epoch: number
  /** (versions 12+) */
  endOffset: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 12-17. */
export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 12+) */
  leaderId: number
  /** The latest known leader epoch (versions 12+) */
  leaderEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 12-17. */
export interface SnapshotId {
  /** (versions 0+) */
  endOffset: bigint
  /** (versions 0+) */
  epoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 4-17. */
export interface AbortedTransaction {
  /** The producer id associated with the aborted transaction. (versions 4+) */
  producerId: bigint
  /** The first offset in the aborted transaction. (versions 4+) */
  firstOffset: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 16-17. */
export interface NodeEndpoint {
  /** The ID of the associated node. (versions 16+; map key) */
  nodeId: number
  /** The node's hostname. (versions 16+) */
  host: string
  /** The node's port. (versions 16+) */
  port: number
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 16+; nullable 16+) */
  rack: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchResponse(): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: [],
    nodeEndpoints: [],
    unknownTaggedFields: undefined,
  }
}

export function readFetchResponse(r: Reader, version: number): FetchResponse {
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $errorCode: number
  if (version >= 7) {
    $errorCode = r.readInt16()
  } else {
    $errorCode = 0
  }
  let $sessionId: number
  if (version >= 7) {
    $sessionId = r.readInt32()
  } else {
    $sessionId = 0
  }
  let $responses: FetchableTopicResponse[]
  {
    const n = r.readArrayLength(version >= 12)
    if (n < 0) {
      throw new DecodeError('non-nullable field Responses was serialized as null')
    } else {
      const a: FetchableTopicResponse[] = []
      for (let i = 0; i < n; i++) a.push(readFetchableTopicResponse(r, version))
      $responses = a
    }
  }
  let $nodeEndpoints: NodeEndpoint[] = []
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 12) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0 && version >= 16) {
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
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, sessionId: $sessionId, responses: $responses, nodeEndpoints: $nodeEndpoints, unknownTaggedFields }
}

export function writeFetchResponse(w: Writer, m: FetchResponse, version: number): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (version >= 7) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 7) {
    w.writeInt32(m.sessionId)
  } else {
    if (m.sessionId !== 0) throw new EncodeError('field SessionId cannot be written at version ' + version + ' of FetchResponse')
  }
  {
    const a = m.responses
    w.writeArrayLength(version >= 12, a.length)
    for (const e of a) writeFetchableTopicResponse(w, e, version)
  }
  if (!(version >= 16)) {
    if (m.nodeEndpoints.length !== 0) throw new EncodeError('field NodeEndpoints cannot be written at version ' + version + ' of FetchResponse')
  }
  if (version >= 12) {
    const tagged: TaggedField[] = []
    if (version >= 16 && m.nodeEndpoints.length !== 0) {
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
}

export function defaultFetchableTopicResponse(): FetchableTopicResponse {
  return {
    topic: "",
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readFetchableTopicResponse(r: Reader, version: number): FetchableTopicResponse {
  let $topic: string
  if (version <= 12) {
    $topic = (version >= 12 ? r.readCompactString() : r.readString())
  } else {
    $topic = ""
  }
  let $topicId: Buffer
  if (version >= 13) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
  let $partitions: PartitionData[]
  {
    const n = r.readArrayLength(version >= 12)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: PartitionData[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionData(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 12) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topic: $topic, topicId: $topicId, partitions: $partitions, unknownTaggedFields }
}

export function writeFetchableTopicResponse(w: Writer, m: FetchableTopicResponse, version: number): void {
  if (version <= 12) {
    void (version >= 12 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  }
  if (version >= 13) {
    w.writeUuid(m.topicId)
  }
  {
    const a = m.partitions
    w.writeArrayLength(version >= 12, a.length)
    for (const e of a) writePartitionData(w, e, version)
  }
  if (version >= 12) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark: 0n,
    lastStableOffset: -1n,
    logStartOffset: -1n,
    divergingEpoch: defaultEpochEndOffset(),
    currentLeader: defaultLeaderIdAndEpoch(),
    snapshotId: defaultSnapshotId(),
    abortedTransactions: [],
    preferredReadReplica: -1,
    records: null,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionData(r: Reader, version: number): PartitionData {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $highWatermark: bigint = r.readInt64()
  let $lastStableOffset: bigint
  if (version >= 4) {
    $lastStableOffset = r.readInt64()
  } else {
    $lastStableOffset = -1n
  }
  let $logStartOffset: bigint
  if (version >= 5) {
    $logStartOffset = r.readInt64()
  } else {
    $logStartOffset = -1n
  }
  let $divergingEpoch: EpochEndOffset = defaultEpochEndOffset()
  let $currentLeader: LeaderIdAndEpoch = defaultLeaderIdAndEpoch()
  let $snapshotId: SnapshotId = defaultSnapshotId()
  let $abortedTransactions: AbortedTransaction[] | null
  if (version >= 4) {
    {
      const n = r.readArrayLength(version >= 12)
      if (n < 0) {
        $abortedTransactions = null
      } else {
        const a: AbortedTransaction[] = []
        for (let i = 0; i < n; i++) a.push(readAbortedTransaction(r, version))
        $abortedTransactions = a
      }
    }
  } else {
    $abortedTransactions = []
  }
  let $preferredReadReplica: number
  if (version >= 11) {
    $preferredReadReplica = r.readInt32()
  } else {
    $preferredReadReplica = -1
  }
  const $records: Buffer | null = (version >= 12 ? r.readCompactNullableBytes() : r.readNullableBytes())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 12) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0) {
        const end = r.offset + size
        $divergingEpoch = readEpochEndOffset(r, version)
        if (r.offset > end) throw new DecodeError('tagged field DivergingEpoch overran its size')
        r.offset = end
        continue
      }
      if (tag === 1) {
        const end = r.offset + size
        $currentLeader = readLeaderIdAndEpoch(r, version)
        if (r.offset > end) throw new DecodeError('tagged field CurrentLeader overran its size')
        r.offset = end
        continue
      }
      if (tag === 2) {
        const end = r.offset + size
        $snapshotId = readSnapshotId(r, version)
        if (r.offset > end) throw new DecodeError('tagged field SnapshotId overran its size')
        r.offset = end
        continue
      }
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, highWatermark: $highWatermark, lastStableOffset: $lastStableOffset, logStartOffset: $logStartOffset, divergingEpoch: $divergingEpoch, currentLeader: $currentLeader, snapshotId: $snapshotId, abortedTransactions: $abortedTransactions, preferredReadReplica: $preferredReadReplica, records: $records, unknownTaggedFields }
}

export function writePartitionData(w: Writer, m: PartitionData, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeInt64(m.highWatermark)
  if (version >= 4) {
    w.writeInt64(m.lastStableOffset)
  }
  if (version >= 5) {
    w.writeInt64(m.logStartOffset)
  }
  if (!(version >= 12)) {
    if (!isDefaultEpochEndOffset(m.divergingEpoch)) throw new EncodeError('field DivergingEpoch cannot be written at version ' + version + ' of FetchResponse')
  }
  if (!(version >= 12)) {
    if (!isDefaultLeaderIdAndEpoch(m.currentLeader)) throw new EncodeError('field CurrentLeader cannot be written at version ' + version + ' of FetchResponse')
  }
  if (!(version >= 12)) {
    if (!isDefaultSnapshotId(m.snapshotId)) throw new EncodeError('field SnapshotId cannot be written at version ' + version + ' of FetchResponse')
  }
  if (version >= 4) {
    {
      const a = m.abortedTransactions
      if (a === null) {
        w.writeArrayLength(version >= 12, null)
      } else {
        w.writeArrayLength(version >= 12, a.length)
        for (const e of a) writeAbortedTransaction(w, e, version)
      }
    }
  }
  if (version >= 11) {
    w.writeInt32(m.preferredReadReplica)
  } else {
    if (m.preferredReadReplica !== -1) throw new EncodeError('field PreferredReadReplica cannot be written at version ' + version + ' of FetchResponse')
  }
  void (version >= 12 ? w.writeCompactNullableBytes(m.records) : w.writeNullableBytes(m.records))
  if (version >= 12) {
    const tagged: TaggedField[] = []
    if (!isDefaultEpochEndOffset(m.divergingEpoch)) {
      const t = new Writer(64)
      writeEpochEndOffset(t, m.divergingEpoch, version)
      tagged.push({ tag: 0, data: t.toBuffer() })
    }
    if (!isDefaultLeaderIdAndEpoch(m.currentLeader)) {
      const t = new Writer(64)
      writeLeaderIdAndEpoch(t, m.currentLeader, version)
      tagged.push({ tag: 1, data: t.toBuffer() })
    }
    if (!isDefaultSnapshotId(m.snapshotId)) {
      const t = new Writer(64)
      writeSnapshotId(t, m.snapshotId, version)
      tagged.push({ tag: 2, data: t.toBuffer() })
    }
    w.writeTaggedFields(tagged, m.unknownTaggedFields)
  }
}

export function defaultEpochEndOffset(): EpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readEpochEndOffset(r: Reader, version: number): EpochEndOffset {
  const $epoch: number = r.readInt32()
  const $endOffset: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { epoch: $epoch, endOffset: $endOffset, unknownTaggedFields }
}

export function writeEpochEndOffset(w: Writer, m: EpochEndOffset, version: number): void {
  w.writeInt32(m.epoch)
  w.writeInt64(m.endOffset)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
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

export function defaultSnapshotId(): SnapshotId {
  return {
    endOffset: -1n,
    epoch: -1,
    unknownTaggedFields: undefined,
  }
}

export function readSnapshotId(r: Reader, version: number): SnapshotId {
  const $endOffset: bigint = r.readInt64()
  const $epoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { endOffset: $endOffset, epoch: $epoch, unknownTaggedFields }
}

export function writeSnapshotId(w: Writer, m: SnapshotId, version: number): void {
  w.writeInt64(m.endOffset)
  w.writeInt32(m.epoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAbortedTransaction(): AbortedTransaction {
  return {
    producerId: 0n,
    firstOffset: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readAbortedTransaction(r: Reader, version: number): AbortedTransaction {
  const $producerId: bigint = r.readInt64()
  const $firstOffset: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 12) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { producerId: $producerId, firstOffset: $firstOffset, unknownTaggedFields }
}

export function writeAbortedTransaction(w: Writer, m: AbortedTransaction, version: number): void {
  w.writeInt64(m.producerId)
  w.writeInt64(m.firstOffset)
  if (version >= 12) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
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

export function isDefaultEpochEndOffset(m: EpochEndOffset): boolean {
  return !(m.epoch !== -1) &&
    !(m.endOffset !== -1n) &&
    (m.unknownTaggedFields === undefined || m.unknownTaggedFields.length === 0)
}

export function isDefaultLeaderIdAndEpoch(m: LeaderIdAndEpoch): boolean {
  return !(m.leaderId !== -1) &&
    !(m.leaderEpoch !== -1) &&
    (m.unknownTaggedFields === undefined || m.unknownTaggedFields.length === 0)
}

export function isDefaultSnapshotId(m: SnapshotId): boolean {
  return !(m.endOffset !== -1n) &&
    !(m.epoch !== -1) &&
    (m.unknownTaggedFields === undefined || m.unknownTaggedFields.length === 0)
}
