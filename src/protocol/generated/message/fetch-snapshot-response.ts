// Generated from spec/kafka/message/FetchSnapshotResponse.json by scripts/codegen. Do not edit.
// FetchSnapshotResponse: response, api key 59, versions 0-1, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+; ignorable) */
  throttleTimeMs: number
  /** The top level response error code. (versions 0+) */
  errorCode: number
  /** The topics to fetch. (versions 0+) */
  topics: TopicSnapshot[]
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot (versions 1+; tag 0 in 1+) */
  nodeEndpoints: NodeEndpoint[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface TopicSnapshot {
  /** The name of the topic to fetch. (versions 0+) */
  name: string
  /** The partitions to fetch. (versions 0+) */
  partitions: PartitionSnapshot[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface PartitionSnapshot {
  /** The partition index. (versions 0+) */
  index: number
  /** The error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number
  /** The snapshot endOffset and epoch fetched (versions 0+) */
  snapshotId: SnapshotId
  /** (versions 0+; tag 0 in 0+) */
  currentLeader: LeaderIdAndEpoch
  /** The total size of the snapshot. (versions 0+) */
  size: bigint
  /** The starting byte position within the snapshot included in the Bytes field. (versions 0+) */
  position: bigint
  /** Snapshot data in records format which may not be aligned on an offset boundary (versions 0+) */
  unalignedRecords: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface SnapshotId {
  /** (versions 0+) */
  endOffset: bigint
  /** (versions 0+) */
  epoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number
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

export function defaultFetchSnapshotResponse(): FetchSnapshotResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
    unknownTaggedFields: undefined,
  }
}

export function readFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let $topics: TopicSnapshot[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TopicSnapshot[] = []
      for (let i = 0; i < n; i++) a.push(readTopicSnapshot(r, version))
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, topics: $topics, nodeEndpoints: $nodeEndpoints, unknownTaggedFields }
}

export function writeFetchSnapshotResponse(w: Writer, m: FetchSnapshotResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicSnapshot(w, e, version)
  }
  if (!(version >= 1)) {
    if (m.nodeEndpoints.length !== 0) throw new EncodeError('field NodeEndpoints cannot be written at version ' + version + ' of FetchSnapshotResponse')
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

export function defaultTopicSnapshot(): TopicSnapshot {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicSnapshot(r: Reader, version: number): TopicSnapshot {
  const $name: string = r.readCompactString()
  let $partitions: PartitionSnapshot[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: PartitionSnapshot[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionSnapshot(r, version))
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
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicSnapshot(w: Writer, m: TopicSnapshot, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writePartitionSnapshot(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultPartitionSnapshot(): PartitionSnapshot {
  return {
    index: 0,
    errorCode: 0,
    snapshotId: defaultSnapshotId(),
    currentLeader: defaultLeaderIdAndEpoch(),
    size: 0n,
    position: 0n,
    unalignedRecords: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readPartitionSnapshot(r: Reader, version: number): PartitionSnapshot {
  const $index: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let $snapshotId: SnapshotId
  $snapshotId = readSnapshotId(r, version)
  let $currentLeader: LeaderIdAndEpoch = defaultLeaderIdAndEpoch()
  const $size: bigint = r.readInt64()
  const $position: bigint = r.readInt64()
  const $unalignedRecords: Buffer = r.readCompactBytes()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0) {
      const end = r.offset + size
      $currentLeader = readLeaderIdAndEpoch(r, version)
      if (r.offset > end) throw new DecodeError('tagged field CurrentLeader overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { index: $index, errorCode: $errorCode, snapshotId: $snapshotId, currentLeader: $currentLeader, size: $size, position: $position, unalignedRecords: $unalignedRecords, unknownTaggedFields }
}

export function writePartitionSnapshot(w: Writer, m: PartitionSnapshot, version: number): void {
  w.writeInt32(m.index)
  w.writeInt16(m.errorCode)
  writeSnapshotId(w, m.snapshotId, version)
  w.writeInt64(m.size)
  w.writeInt64(m.position)
  w.writeCompactBytes(m.unalignedRecords)
  const tagged: TaggedField[] = []
  if (!isDefaultLeaderIdAndEpoch(m.currentLeader)) {
    const t = new Writer(64)
    writeLeaderIdAndEpoch(t, m.currentLeader, version)
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}

export function defaultSnapshotId(): SnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
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

export function isDefaultLeaderIdAndEpoch(m: LeaderIdAndEpoch): boolean {
  return !(m.leaderId !== 0) &&
    !(m.leaderEpoch !== 0) &&
    (m.unknownTaggedFields === undefined || m.unknownTaggedFields.length === 0)
}
