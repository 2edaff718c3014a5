// Generated from spec/kafka/message/FetchSnapshotRequest.json by scripts/codegen. Do not edit.
// FetchSnapshotRequest: request, api key 59, versions 0-1, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration (versions 0+; tag 0 in 0+; nullable 0+) */
  clusterId: string | null
  /** The broker ID of the follower (versions 0+) */
  replicaId: number
  /** The maximum bytes to fetch from all of the snapshots (versions 0+) */
  maxBytes: number
  /** The topics to fetch (versions 0+) */
  topics: TopicSnapshot[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface TopicSnapshot {
  /** The name of the topic to fetch (versions 0+) */
  name: string
  /** The partitions to fetch (versions 0+) */
  partitions: PartitionSnapshot[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface PartitionSnapshot {
  /** The partition index (versions 0+) */
  partition: number
  /** The current leader epoch of the partition, -1 for unknown leader epoch (versions 0+) */
  currentLeaderEpoch: number
  /** The snapshot endOffset and epoch to fetch (versions 0+) */
  snapshotId: SnapshotId
  /** The byte position within the snapshot to start fetching from (versions 0+) */
  position: bigint
  /** The directory id of the follower fetching (versions 1+; tag 0 in 1+; ignorable) */
  replicaDirectoryId: Buffer
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

export function defaultFetchSnapshotRequest(): FetchSnapshotRequest {
  return {
    clusterId: null,
    replicaId: -1,
    maxBytes: 2147483647,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  let $clusterId: string | null = null
  const $replicaId: number = r.readInt32()
  const $maxBytes: number = r.readInt32()
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
  let unknownTaggedFields: TaggedField[] | undefined
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
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { clusterId: $clusterId, replicaId: $replicaId, maxBytes: $maxBytes, topics: $topics, unknownTaggedFields }
}

export function writeFetchSnapshotRequest(w: Writer, m: FetchSnapshotRequest, version: number): void {
  w.writeInt32(m.replicaId)
  w.writeInt32(m.maxBytes)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicSnapshot(w, e, version)
  }
  const tagged: TaggedField[] = []
  if (m.clusterId !== null) {
    const t = new Writer(64)
    t.writeCompactNullableString(m.clusterId)
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
    partition: 0,
    currentLeaderEpoch: 0,
    snapshotId: defaultSnapshotId(),
    position: 0n,
    replicaDirectoryId: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readPartitionSnapshot(r: Reader, version: number): PartitionSnapshot {
  const $partition: number = r.readInt32()
  const $currentLeaderEpoch: number = r.readInt32()
  let $snapshotId: SnapshotId
  $snapshotId = readSnapshotId(r, version)
  const $position: bigint = r.readInt64()
  let $replicaDirectoryId: Buffer = Buffer.alloc(16)
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0 && version >= 1) {
      const end = r.offset + size
      $replicaDirectoryId = r.readUuid()
      if (r.offset > end) throw new DecodeError('tagged field ReplicaDirectoryId overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partition: $partition, currentLeaderEpoch: $currentLeaderEpoch, snapshotId: $snapshotId, position: $position, replicaDirectoryId: $replicaDirectoryId, unknownTaggedFields }
}

export function writePartitionSnapshot(w: Writer, m: PartitionSnapshot, version: number): void {
  w.writeInt32(m.partition)
  w.writeInt32(m.currentLeaderEpoch)
  writeSnapshotId(w, m.snapshotId, version)
  w.writeInt64(m.position)
  const tagged: TaggedField[] = []
  if (version >= 1 && m.replicaDirectoryId.some((b) => b !== 0)) {
    const t = new Writer(64)
    t.writeUuid(m.replicaDirectoryId)
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
