// Generated from spec/kafka/message/FetchRequest.json by scripts/codegen. Do not edit.
// FetchRequest: request, api key 1, versions 0-17, flexible 12+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-17. */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. (versions 12+; tag 0 in 12+; nullable 12+; ignorable) */
  clusterId: string | null
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 0-14) */
  replicaId: number
  /** (versions 15+; tag 1 in 15+) */
  replicaState: ReplicaState
  /** The maximum time in milliseconds to wait for the response. (versions 0+) */
  maxWaitMs: number
  /** The minimum bytes to accumulate in the response. (versions 0+) */
  minBytes: number
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. (versions 3+; ignorable) */
  maxBytes: number
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (versions 4+; ignorable) */
  isolationLevel: number
  /** The fetch session ID. (versions 7+; ignorable) */
  sessionId: number
  /** The fetch session epoch, which is used for ordering requests in a session. (versions 7+; ignorable) */
  sessionEpoch: number
  /** The topics to fetch. (versions 0+) */
  topics: FetchTopic[]
  /** In an incremental fetch request, the partitions to remove. (versions 7+) */
  forgottenTopicsData: ForgottenTopic[]
  /** Rack ID of the consumer making this request (versions 11+; ignorable) */
  rackId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 15-17. */
export interface ReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. (versions 15+) */
  replicaId: number
  /** The epoch of this follower, or -1 if not available. (versions 15+) */
  replicaEpoch: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-17. */
export interface FetchTopic {
  /** The name of the topic to fetch. (versions 0-12; ignorable) */
  topic: string
  /** The unique topic ID (versions 13+; ignorable) */
  topicId: Buffer
  /** The partitions to fetch. (versions 0+) */
  partitions: FetchPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-17. */
export interface FetchPartition {
  /** The partition index. (versions 0+) */
  partition: number
  /** The current leader epoch of the partition. (versions 9+; ignorable) */
  currentLeaderEpoch: number
  /** The message offset. (versions 0+) */
  fetchOffset: bigint
  /** The epoch of the last fetched record or -1 if there is none (versions 12+) */
  lastFetchedEpoch: number
  /** The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower. (versions 5+; ignorable) */
  logStartOffset: bigint
  /** The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored. (versions 0+) */
  partitionMaxBytes: number
  /** The directory id of the follower fetching (versions 17+; tag 0 in 17+; ignorable) */
  replicaDirectoryId: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 7-17. */
export interface ForgottenTopic {
  /** The topic name. (versions 7-12; ignorable) */
  topic: string
  /** The unique topic ID (versions 13+; ignorable) */
  topicId: Buffer
  /** The partitions indexes to forget. (versions 7+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchRequest(): FetchRequest {
  return {
    clusterId: null,
    replicaId: -1,
    replicaState: defaultReplicaState(),
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [],
    forgottenTopicsData: [],
    rackId: "",
    unknownTaggedFields: undefined,
  }
}

export function readFetchRequest(r: Reader, version: number): FetchRequest {
  let $clusterId: string | null = null
  let $replicaId: number
  if (version <= 14) {
    $replicaId = r.readInt32()
  } else {
    $replicaId = -1
  }
  let $replicaState: ReplicaState = defaultReplicaState()
  const $maxWaitMs: number = r.readInt32()
  const $minBytes: number = r.readInt32()
  let $maxBytes: number
  if (version >= 3) {
    $maxBytes = r.readInt32()
  } else {
    $maxBytes = 2147483647
  }
  let $isolationLevel: number
  if (version >= 4) {
    $isolationLevel = r.readInt8()
  } else {
    $isolationLevel = 0
  }
  let $sessionId: number
  if (version >= 7) {
    $sessionId = r.readInt32()
  } else {
    $sessionId = 0
  }
  let $sessionEpoch: number
  if (version >= 7) {
    $sessionEpoch = r.readInt32()
  } else {
    $sessionEpoch = -1
  }
  let $topics: FetchTopic[]
  {
    const n = r.readArrayLength(version >= 12)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: FetchTopic[] = []
      for (let i = 0; i < n; i++) a.push(readFetchTopic(r, version))
      $topics = a
    }
  }
  let $forgottenTopicsData: ForgottenTopic[]
  if (version >= 7) {
    {
      const n = r.readArrayLength(version >= 12)
      if (n < 0) {
        throw new DecodeError('non-nullable field ForgottenTopicsData was serialized as null')
      } else {
        const a: ForgottenTopic[] = []
        for (let i = 0; i < n; i++) a.push(readForgottenTopic(r, version))
        $forgottenTopicsData = a
      }
    }
  } else {
    $forgottenTopicsData = []
  }
  let $rackId: string
  if (version >= 11) {
    $rackId = (version >= 12 ? r.readCompactString() : r.readString())
  } else {
    $rackId = ""
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 12) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0) {
        const end = r.offset + size
        $clusterId = r.readCompactNullableString()
        if (r.offset > end) throw new DecodeError('tagged field ClusterId overran its size')
        r.offset = end
        continue
      }
      if (tag === 1 && version >= 15) {
        const end = r.offset + size
        $replicaState = readReplicaState(r, version)
        if (r.offset > end) throw new DecodeError('tagged field ReplicaState overran its size')
        r.offset = end
        continue
      }
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { clusterId: $clusterId, replicaId: $replicaId, replicaState: $replicaState, maxWaitMs: $maxWaitMs, minBytes: $minBytes, maxBytes: $maxBytes, isolationLevel: $isolationLevel, sessionId: $sessionId, sessionEpoch: $sessionEpoch, topics: $topics, forgottenTopicsData: $forgottenTopicsData, rackId: $rackId, unknownTaggedFields }
}

export function writeFetchRequest(w: Writer, m: FetchRequest, version: number): void {
  if (version <= 14) {
    w.writeInt32(m.replicaId)
  } else {
    if (m.replicaId !== -1) throw new EncodeError('field ReplicaId cannot be written at version ' + version + ' of FetchRequest')
  }
  if (!(version >= 15)) {
    if (!isDefaultReplicaState(m.replicaState)) throw new EncodeError('field ReplicaState cannot be written at version ' + version + ' of FetchRequest')
  }
  w.writeInt32(m.maxWaitMs)
  w.writeInt32(m.minBytes)
  if (version >= 3) {
    w.writeInt32(m.maxBytes)
  }
  if (version >= 4) {
    w.writeInt8(m.isolationLevel)
  }
  if (version >= 7) {
    w.writeInt32(m.sessionId)
  }
  if (version >= 7) {
    w.writeInt32(m.sessionEpoch)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 12, a.length)
    for (const e of a) writeFetchTopic(w, e, version)
  }
  if (version >= 7) {
    {
      const a = m.forgottenTopicsData
      w.writeArrayLength(version >= 12, a.length)
      for (const e of a) writeForgottenTopic(w, e, version)
    }
  } else {
    if (m.forgottenTopicsData.length !== 0) throw new EncodeError('field ForgottenTopicsData cannot be written at version ' + version + ' of FetchRequest')
  }
  if (version >= 11) {
    void (version >= 12 ? w.writeCompactString(m.rackId) : w.writeString(m.rackId))
  }
  if (version >= 12) {
    const tagged: TaggedField[] = []
    if (m.clusterId !== null) {
      const t = new Writer(64)
      t.writeCompactNullableString(m.clusterId)
      tagged.push({ tag: 0, data: t.toBuffer() })
    }
    if (version >= 15 && !isDefaultReplicaState(m.replicaState)) {
      const t = new Writer(64)
      writeReplicaState(t, m.replicaState, version)
      tagged.push({ tag: 1, data: t.toBuffer() })
    }
    w.writeTaggedFields(tagged, m.unknownTaggedFields)
  }
}

export function defaultReplicaState(): ReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readReplicaState(r: Reader, version: number): ReplicaState {
  const $replicaId: number = r.readInt32()
  const $replicaEpoch: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { replicaId: $replicaId, replicaEpoch: $replicaEpoch, unknownTaggedFields }
}

export function writeReplicaState(w: Writer, m: ReplicaState, version: number): void {
  w.writeInt32(m.replicaId)
  w.writeInt64(m.replicaEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultFetchTopic(): FetchTopic {
  return {
    topic: "",
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readFetchTopic(r: Reader, version: number): FetchTopic {
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
  let $partitions: FetchPartition[]
  {
    const n = r.readArrayLength(version >= 12)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: FetchPartition[] = []
      for (let i = 0; i < n; i++) a.push(readFetchPartition(r, version))
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

export function writeFetchTopic(w: Writer, m: FetchTopic, version: number): void {
  if (version <= 12) {
    void (version >= 12 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  }
  if (version >= 13) {
    w.writeUuid(m.topicId)
  }
  {
    const a = m.partitions
    w.writeArrayLength(version >= 12, a.length)
    for (const e of a) writeFetchPartition(w, e, version)
  }
  if (version >= 12) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultFetchPartition(): FetchPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    fetchOffset: 0n,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes: 0,
    replicaDirectoryId: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readFetchPartition(r: Reader, version: number): FetchPartition {
  const $partition: number = r.readInt32()
  let $currentLeaderEpoch: number
  if (version >= 9) {
    $currentLeaderEpoch = r.readInt32()
  } else {
    $currentLeaderEpoch = -1
  }
  const $fetchOffset: bigint = r.readInt64()
  let $lastFetchedEpoch: number
  if (version >= 12) {
    $lastFetchedEpoch = r.readInt32()
  } else {
    $lastFetchedEpoch = -1
  }
  let $logStartOffset: bigint
  if (version >= 5) {
    $logStartOffset = r.readInt64()
  } else {
    $logStartOffset = -1n
  }
  const $partitionMaxBytes: number = r.readInt32()
  let $replicaDirectoryId: Buffer = Buffer.alloc(16)
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 12) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0 && version >= 17) {
        const end = r.offset + size
        $replicaDirectoryId = r.readUuid()
        if (r.offset > end) throw new DecodeError('tagged field ReplicaDirectoryId overran its size')
        r.offset = end
        continue
      }
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { partition: $partition, currentLeaderEpoch: $currentLeaderEpoch, fetchOffset: $fetchOffset, lastFetchedEpoch: $lastFetchedEpoch, logStartOffset: $logStartOffset, partitionMaxBytes: $partitionMaxBytes, replicaDirectoryId: $replicaDirectoryId, unknownTaggedFields }
}

export function writeFetchPartition(w: Writer, m: FetchPartition, version: number): void {
  w.writeInt32(m.partition)
  if (version >= 9) {
    w.writeInt32(m.currentLeaderEpoch)
  }
  w.writeInt64(m.fetchOffset)
  if (version >= 12) {
    w.writeInt32(m.lastFetchedEpoch)
  } else {
    if (m.lastFetchedEpoch !== -1) throw new EncodeError('field LastFetchedEpoch cannot be written at version ' + version + ' of FetchRequest')
  }
  if (version >= 5) {
    w.writeInt64(m.logStartOffset)
  }
  w.writeInt32(m.partitionMaxBytes)
  if (version >= 12) {
    const tagged: TaggedField[] = []
    if (version >= 17 && m.replicaDirectoryId.some((b) => b !== 0)) {
      const t = new Writer(64)
      t.writeUuid(m.replicaDirectoryId)
      tagged.push({ tag: 0, data: t.toBuffer() })
    }
    w.writeTaggedFields(tagged, m.unknownTaggedFields)
  }
}

export function defaultForgottenTopic(): ForgottenTopic {
  return {
    topic: "",
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readForgottenTopic(r: Reader, version: number): ForgottenTopic {
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
  let $partitions: number[]
  {
    const n = r.readArrayLength(version >= 12)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
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

export function writeForgottenTopic(w: Writer, m: ForgottenTopic, version: number): void {
  if (version <= 12) {
    void (version >= 12 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  }
  if (version >= 13) {
    w.writeUuid(m.topicId)
  }
  {
    const a = m.partitions
    w.writeArrayLength(version >= 12, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 12) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function isDefaultReplicaState(m: ReplicaState): boolean {
  return !(m.replicaId !== -1) &&
    !(m.replicaEpoch !== -1n) &&
    (m.unknownTaggedFields === undefined || m.unknownTaggedFields.length === 0)
}
