// Committed offsets of the groups of one __consumer_offsets partition: OffsetCommit, OffsetFetch,
// OffsetDelete, the offsets part of DeleteGroups, and retention. Semantics follow Kafka's
// `OffsetMetadataManager.java` and `ClassicGroup.validateOffsetCommit`.
//
// Offsets are hard state: they change only by replaying OffsetCommit records, both when a commit
// is handled (the shard replays the records it produces before returning them) and when the
// partition is loaded, so a failover takes the same path as normal operation.
//
// Transactional offsets (TxnOffsetCommit, KIP-98/KIP-447) are OffsetCommit records written in a
// transactional batch of the producer. Replaying one puts the offset in the producer's pending set,
// not in the committed offsets; the transaction marker the transaction coordinator writes to this
// partition completes it: COMMIT moves the producer's pending offsets into the committed ones,
// ABORT drops them, as Kafka's `OffsetMetadataManager.replayEndTransactionMarker`. A tombstone
// (non-transactional) removes the committed offset and any pending one of that partition.

import { ErrorCode } from '../../protocol/errors.js'
import type { OffsetCommitKey } from '../../protocol/generated/group-coordinator/offset-commit-key.js'
import type { OffsetCommitValue } from '../../protocol/generated/group-coordinator/offset-commit-value.js'
import type { OffsetCommitRequest } from '../../protocol/generated/message/offset-commit-request.js'
import type { OffsetCommitResponse } from '../../protocol/generated/message/offset-commit-response.js'
import type { OffsetDeleteRequest } from '../../protocol/generated/message/offset-delete-request.js'
import type { OffsetDeleteResponse } from '../../protocol/generated/message/offset-delete-response.js'
import type { OffsetFetchRequest } from '../../protocol/generated/message/offset-fetch-request.js'
import type {
  OffsetFetchResponse,
  OffsetFetchResponseGroup,
  OffsetFetchResponsePartitions,
  OffsetFetchResponseTopics,
} from '../../protocol/generated/message/offset-fetch-response.js'
import type { TxnOffsetCommitRequest } from '../../protocol/generated/message/txn-offset-commit-request.js'
import type { TxnOffsetCommitResponse } from '../../protocol/generated/message/txn-offset-commit-response.js'
import { assertNever } from '../../util/assert.js'
import type { ClassicGroup } from './classic-group.js'
import type { GroupCoordinatorConfig } from './config.js'
import type { GroupMetadataManager } from './group-metadata-manager.js'
import { type CoordinatorRecord, offsetCommitRecord } from './records.js'

export interface OffsetAndMetadata {
  readonly offset: bigint
  /** -1 when the committer did not know it. */
  readonly leaderEpoch: number
  /** Kept verbatim; null in a request is stored as ''. */
  readonly metadata: string
  readonly commitTimestampMs: number
  /** Set only by OffsetCommit v2-v4 with an explicit retention time. */
  readonly expireTimestampMs: number | null
}

/** OffsetFetch's answer for a partition without a committed offset. */
const INVALID_OFFSET = -1n
/** OffsetCommit v2-v4: retention -1 means the broker's offsets.retention.minutes. */
const DEFAULT_RETENTION_TIME_MS = -1n
/** OffsetCommit v1: commit timestamp -1 means now. */
const DEFAULT_COMMIT_TIMESTAMP = -1n
/** First OffsetCommit version that answers GROUP_ID_NOT_FOUND for an unknown group. */
const OFFSET_COMMIT_GROUP_ID_NOT_FOUND_VERSION = 9
/** First OffsetFetch version that batches groups (KIP-709). */
const OFFSET_FETCH_BATCH_VERSION = 8
/** First OffsetFetch version with a top-level error code. */
const OFFSET_FETCH_TOP_LEVEL_ERROR_VERSION = 2

type TopicOffsets = Map<number, OffsetAndMetadata>
type GroupOffsets = Map<string, TopicOffsets>

/** The producer id of records not written in a transaction. */
export const NO_PRODUCER_ID = -1

export type TransactionResult = 'COMMIT' | 'ABORT'

export class OffsetMetadataManager {
  /** groupId -> topic -> partition -> committed offset. */
  readonly offsetsByGroup = new Map<string, GroupOffsets>()
  /** producerId -> groupId -> topic -> partition -> offset committed in the producer's open transaction. */
  readonly pendingByProducer = new Map<number, Map<string, GroupOffsets>>()
  /**
   * The log order of each offset's record (a count of replayed records), as Kafka keeps the record
   * offset: a committed transaction's offset replaces a committed one only if it was written later.
   */
  readonly #replayOrder = new WeakMap<OffsetAndMetadata, number>()
  #replayed = 0

  constructor(
    readonly config: GroupCoordinatorConfig,
    readonly groupManager: GroupMetadataManager,
  ) {}

  offset(groupId: string, topic: string, partition: number): OffsetAndMetadata | undefined {
    return this.offsetsByGroup.get(groupId)?.get(topic)?.get(partition)
  }

  // ---------------------------------------------------------------------------------------------
  // OffsetCommit

  /** The response and the records to append; the caller replays the records. */
  commitOffset(
    apiVersion: number,
    request: OffsetCommitRequest,
    nowMs: number,
    records: CoordinatorRecord[],
  ): OffsetCommitResponse {
    const error = this.#validateOffsetCommit(apiVersion, request, nowMs)
    if (error !== ErrorCode.NONE) return commitResponse(request, () => error)

    const expireTimestampMs =
      request.retentionTimeMs === DEFAULT_RETENTION_TIME_MS ? null : nowMs + Number(request.retentionTimeMs)
    return commitResponse(request, (topic, partition) => {
      const metadata = partition.committedMetadata ?? ''
      // Kafka counts UTF-16 code units (Java's String.length()), as JavaScript's length does.
      if (metadata.length > this.config.offsetMetadataMaxBytes) return ErrorCode.OFFSET_METADATA_TOO_LARGE
      const commitTimestampMs =
        partition.commitTimestamp === DEFAULT_COMMIT_TIMESTAMP ? nowMs : Number(partition.commitTimestamp)
      records.push(
        offsetCommitRecord(
          { group: request.groupId, topic: topic.name, partition: partition.partitionIndex },
          {
            offset: partition.committedOffset,
            leaderEpoch: partition.committedLeaderEpoch,
            metadata,
            commitTimestamp: BigInt(commitTimestampMs),
            expireTimestamp: expireTimestampMs === null ? -1n : BigInt(expireTimestampMs),
          },
        ),
      )
      return ErrorCode.NONE
    })
  }

  #validateOffsetCommit(apiVersion: number, request: OffsetCommitRequest, nowMs: number): ErrorCode {
    if (request.groupId === '') return ErrorCode.INVALID_GROUP_ID
    const generationId = request.generationIdOrMemberEpoch
    let group = this.groupManager.groups.get(request.groupId)
    if (group === undefined) {
      // Generation -1: the admin client or a consumer that assigns partitions itself. Its group
      // is created as a "simple" group (Empty, no protocol type).
      if (generationId >= 0) {
        return apiVersion >= OFFSET_COMMIT_GROUP_ID_NOT_FOUND_VERSION
          ? ErrorCode.GROUP_ID_NOT_FOUND
          : ErrorCode.ILLEGAL_GENERATION
      }
      group = this.groupManager.getOrCreateSimpleGroup(request.groupId, nowMs)
    }
    const error = validateClassicOffsetCommit(group, request.memberId, request.groupInstanceId, generationId, false)
    if (error !== ErrorCode.NONE) return error
    this.groupManager.refreshSessionOnCommit(group, request.memberId, nowMs)
    return ErrorCode.NONE
  }

  // ---------------------------------------------------------------------------------------------
  // TxnOffsetCommit

  /**
   * The response and the records to append in the producer's transaction; the caller replays them
   * as transactional (pending) records. Kafka's `OffsetMetadataManager.commitTransactionalOffset`.
   */
  commitTransactionalOffset(
    request: TxnOffsetCommitRequest,
    nowMs: number,
    records: CoordinatorRecord[],
  ): TxnOffsetCommitResponse {
    const error = this.#validateTransactionalOffsetCommit(request, nowMs)
    const response = (
      partitionError: (name: string, p: TxnOffsetCommitRequest['topics'][number]['partitions'][number]) => ErrorCode,
    ) => ({
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: partitionError(t.name, p),
        })),
      })),
    })
    if (error !== ErrorCode.NONE) return response(() => error)
    return response((topic, partition) => {
      const metadata = partition.committedMetadata ?? ''
      if (metadata.length > this.config.offsetMetadataMaxBytes) return ErrorCode.OFFSET_METADATA_TOO_LARGE
      records.push(
        offsetCommitRecord(
          { group: request.groupId, topic, partition: partition.partitionIndex },
          {
            offset: partition.committedOffset,
            leaderEpoch: partition.committedLeaderEpoch,
            metadata,
            commitTimestamp: BigInt(nowMs),
            expireTimestamp: -1n,
          },
        ),
      )
      return ErrorCode.NONE
    })
  }

  #validateTransactionalOffsetCommit(request: TxnOffsetCommitRequest, nowMs: number): ErrorCode {
    if (request.groupId === '') return ErrorCode.INVALID_GROUP_ID
    let group = this.groupManager.groups.get(request.groupId)
    if (group === undefined) {
      // As OffsetCommit: generation -1 (every v0-2 request) creates a simple group.
      if (request.generationId >= 0) return ErrorCode.ILLEGAL_GENERATION
      group = this.groupManager.getOrCreateSimpleGroup(request.groupId, nowMs)
    }
    return validateClassicOffsetCommit(group, request.memberId, request.groupInstanceId, request.generationId, true)
  }

  /** Whether a transaction holds uncommitted offsets of the partition (OffsetFetch requireStable). */
  hasPendingTransactionalOffsets(groupId: string, topic: string, partition: number): boolean {
    for (const groups of this.pendingByProducer.values()) {
      if (groups.get(groupId)?.get(topic)?.has(partition) === true) return true
    }
    return false
  }

  // ---------------------------------------------------------------------------------------------
  // OffsetFetch

  fetchOffsets(apiVersion: number, request: OffsetFetchRequest): OffsetFetchResponse {
    if (apiVersion >= OFFSET_FETCH_BATCH_VERSION) {
      return {
        throttleTimeMs: 0,
        topics: [],
        errorCode: ErrorCode.NONE,
        groups: request.groups.map((g) => this.#fetchGroup(g.groupId, g.topics, request.requireStable)),
      }
    }
    const group = this.#fetchGroup(request.groupId, request.topics, request.requireStable)
    if (group.errorCode !== ErrorCode.NONE && apiVersion < OFFSET_FETCH_TOP_LEVEL_ERROR_VERSION) {
      // v0-1 have no top-level error: every requested partition carries it.
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        groups: [],
        topics: (request.topics ?? []).map((t) => ({
          name: t.name,
          partitions: t.partitionIndexes.map((p) => ({ ...unknownPartition(p), errorCode: group.errorCode })),
        })),
      }
    }
    return { throttleTimeMs: 0, errorCode: group.errorCode, groups: [], topics: group.topics }
  }

  #fetchGroup(
    groupId: string,
    topics: ReadonlyArray<{ readonly name: string; readonly partitionIndexes: readonly number[] }> | null,
    requireStable: boolean,
  ): OffsetFetchResponseGroup {
    if (groupId === '') return { groupId, topics: [], errorCode: ErrorCode.INVALID_GROUP_ID }
    // KIP-447: a partition with offsets pending in an open transaction answers UNSTABLE_OFFSET_COMMIT
    // (retriable; the consumer asks again) rather than an offset the transaction may replace.
    const answer = (topic: string, index: number, o: OffsetAndMetadata | undefined): OffsetFetchResponsePartitions => {
      if (requireStable && this.hasPendingTransactionalOffsets(groupId, topic, index)) {
        return { ...unknownPartition(index), errorCode: ErrorCode.UNSTABLE_OFFSET_COMMIT }
      }
      return o === undefined ? unknownPartition(index) : committedPartition(index, o)
    }
    // A Dead group is no longer in the map; unknown groups answer as if nothing was committed.
    const offsets = this.groupManager.groups.has(groupId) ? this.offsetsByGroup.get(groupId) : undefined
    if (topics === null) {
      const all: OffsetFetchResponseTopics[] = []
      for (const [name, partitions] of offsets ?? []) {
        all.push({ name, partitions: [...partitions].map(([index, o]) => answer(name, index, o)) })
      }
      return { groupId, topics: all, errorCode: ErrorCode.NONE }
    }
    return {
      groupId,
      errorCode: ErrorCode.NONE,
      topics: topics.map((t) => {
        const committed = offsets?.get(t.name)
        return {
          name: t.name,
          partitions: t.partitionIndexes.map((index) => answer(t.name, index, committed?.get(index))),
        }
      }),
    }
  }

  // ---------------------------------------------------------------------------------------------
  // OffsetDelete, DeleteGroups

  deleteOffsets(request: OffsetDeleteRequest, records: CoordinatorRecord[]): OffsetDeleteResponse {
    const topLevel = (errorCode: ErrorCode): OffsetDeleteResponse => ({ errorCode, throttleTimeMs: 0, topics: [] })
    if (request.groupId === '') return topLevel(ErrorCode.INVALID_GROUP_ID)
    const group = this.groupManager.groups.get(request.groupId)
    if (group === undefined) return topLevel(ErrorCode.GROUP_ID_NOT_FOUND)
    const error = validateOffsetDelete(group)
    if (error !== ErrorCode.NONE) return topLevel(error)

    const offsets = this.offsetsByGroup.get(request.groupId)
    return {
      errorCode: ErrorCode.NONE,
      throttleTimeMs: 0,
      topics: request.topics.map((topic) => ({
        name: topic.name,
        partitions: topic.partitions.map(({ partitionIndex }) => {
          if (group.isSubscribedToTopic(topic.name))
            return { partitionIndex, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC }
          if (offsets?.get(topic.name)?.has(partitionIndex) === true) {
            records.push(
              offsetCommitRecord({ group: request.groupId, topic: topic.name, partition: partitionIndex }, null),
            )
          }
          return { partitionIndex, errorCode: ErrorCode.NONE }
        }),
      })),
    }
  }

  /** Tombstones for every offset of the group. */
  deleteAllOffsets(groupId: string, records: CoordinatorRecord[]): void {
    for (const [topic, partitions] of this.offsetsByGroup.get(groupId) ?? []) {
      for (const partition of partitions.keys())
        records.push(offsetCommitRecord({ group: groupId, topic, partition }, null))
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Retention

  /**
   * Tombstones for the group's expired offsets; true when none are left (so an Empty group can go
   * too). Which timestamp an offset ages from depends on the group, as Kafka's
   * `ClassicGroup.offsetExpirationCondition`: an Empty group's offsets age from when it became
   * Empty, a simple group's (no protocol type) and a Stable consumer group's unsubscribed topics'
   * offsets from their commit; other groups' offsets do not expire. An explicit expire timestamp
   * (OffsetCommit v2-v4 retention) wins.
   */
  cleanupExpiredOffsets(group: ClassicGroup, nowMs: number, records: CoordinatorRecord[]): boolean {
    const offsets = this.offsetsByGroup.get(group.groupId)
    if (offsets === undefined) return true
    const baseTimestamp = offsetExpirationBase(group)
    if (baseTimestamp === null) return false
    let allExpired = true
    for (const [topic, partitions] of offsets) {
      if (group.isSubscribedToTopic(topic)) {
        allExpired = false
        continue
      }
      for (const [partition, o] of partitions) {
        const expired =
          o.expireTimestampMs !== null
            ? nowMs >= o.expireTimestampMs
            : nowMs - baseTimestamp(o) >= this.config.offsetsRetentionMs
        if (expired) records.push(offsetCommitRecord({ group: group.groupId, topic, partition }, null))
        else allExpired = false
      }
    }
    return allExpired
  }

  // ---------------------------------------------------------------------------------------------
  // Replay

  replay(key: OffsetCommitKey, value: OffsetCommitValue | null, producerId = NO_PRODUCER_ID): void {
    if (value !== null && producerId !== NO_PRODUCER_ID) {
      // Kafka creates the simple group when the transactional commit is replayed, too.
      this.groupManager.getOrCreateSimpleGroup(key.group, null)
      let groups = this.pendingByProducer.get(producerId)
      if (groups === undefined) {
        groups = new Map()
        this.pendingByProducer.set(producerId, groups)
      }
      putOffset(groups, key.group, key.topic, key.partition, this.#ordered(value))
      return
    }
    if (value === null) {
      for (const groups of this.pendingByProducer.values()) removeOffset(groups, key.group, key.topic, key.partition)
      const group = this.offsetsByGroup.get(key.group)
      const topic = group?.get(key.topic)
      if (group === undefined || topic === undefined) return
      topic.delete(key.partition)
      if (topic.size === 0) group.delete(key.topic)
      if (group.size === 0) this.offsetsByGroup.delete(key.group)
      return
    }
    // Offsets committed without group membership have no GroupMetadata record: their group is a
    // simple group, created here as Kafka does.
    this.groupManager.getOrCreateSimpleGroup(key.group, null)
    putOffset(this.offsetsByGroup, key.group, key.topic, key.partition, this.#ordered(value))
  }

  /** A transaction marker of the producer reached this partition: its pending offsets commit or go. */
  replayEndTransaction(producerId: number, result: TransactionResult): void {
    const groups = this.pendingByProducer.get(producerId)
    if (groups === undefined) return
    this.pendingByProducer.delete(producerId)
    if (result === 'ABORT') return
    for (const [groupId, topics] of groups) {
      // The group may have been deleted while the transaction was open; Kafka drops its offsets then.
      if (!this.groupManager.groups.has(groupId)) continue
      for (const [topic, partitions] of topics) {
        for (const [partition, o] of partitions) {
          // A plain OffsetCommit written after the transactional one (before the marker) wins, as in Kafka.
          const committed = this.offset(groupId, topic, partition)
          if (committed !== undefined && this.#order(committed) > this.#order(o)) continue
          putOffset(this.offsetsByGroup, groupId, topic, partition, o)
        }
      }
    }
  }

  #ordered(value: OffsetCommitValue): OffsetAndMetadata {
    const o = toOffsetAndMetadata(value)
    this.#replayOrder.set(o, ++this.#replayed)
    return o
  }

  #order(o: OffsetAndMetadata): number {
    return this.#replayOrder.get(o) ?? 0
  }

  removeGroupOffsets(groupId: string): void {
    this.offsetsByGroup.delete(groupId)
    for (const groups of this.pendingByProducer.values()) groups.delete(groupId)
  }
}

function toOffsetAndMetadata(value: OffsetCommitValue): OffsetAndMetadata {
  return {
    offset: value.offset,
    leaderEpoch: value.leaderEpoch,
    metadata: value.metadata,
    commitTimestampMs: Number(value.commitTimestamp),
    expireTimestampMs: value.expireTimestamp === -1n ? null : Number(value.expireTimestamp),
  }
}

function putOffset(
  byGroup: Map<string, GroupOffsets>,
  groupId: string,
  topic: string,
  partition: number,
  o: OffsetAndMetadata,
): void {
  let group = byGroup.get(groupId)
  if (group === undefined) {
    group = new Map()
    byGroup.set(groupId, group)
  }
  let topicOffsets = group.get(topic)
  if (topicOffsets === undefined) {
    topicOffsets = new Map()
    group.set(topic, topicOffsets)
  }
  topicOffsets.set(partition, o)
}

function removeOffset(offsets: Map<string, GroupOffsets>, groupId: string, topic: string, partition: number): void {
  const group = offsets.get(groupId)
  const topicOffsets = group?.get(topic)
  if (group === undefined || topicOffsets === undefined) return
  topicOffsets.delete(partition)
  if (topicOffsets.size === 0) group.delete(topic)
  if (group.size === 0) offsets.delete(groupId)
}

/** Kafka's ClassicGroup.validateOffsetCommit for a non-transactional commit. */
function validateClassicOffsetCommit(
  group: ClassicGroup,
  memberId: string,
  groupInstanceId: string | null,
  generationId: number,
  isTransactional: boolean,
): ErrorCode {
  if (group.is('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE
  // Generation -1 on an Empty group: a commit from outside group management.
  if (generationId < 0 && group.is('Empty')) return ErrorCode.NONE
  if (generationId >= 0 || memberId !== '' || groupInstanceId !== null) {
    const error = group.validateMember(memberId, groupInstanceId)
    if (error !== ErrorCode.NONE) return error
    if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION
  } else if (!isTransactional && !group.is('Empty')) {
    // No member id and no generation (or OffsetCommit v0) while the group has members. A
    // TxnOffsetCommit v0-2 has neither, and is accepted (Kafka's ClassicGroup.validateOffsetCommit).
    return ErrorCode.UNKNOWN_MEMBER_ID
  }
  // The member has the new generation from its JoinGroup but no assignment yet.
  if (!isTransactional && group.is('CompletingRebalance')) return ErrorCode.REBALANCE_IN_PROGRESS
  return ErrorCode.NONE
}

function validateOffsetDelete(group: ClassicGroup): ErrorCode {
  switch (group.state) {
    case 'Dead':
      return ErrorCode.GROUP_ID_NOT_FOUND
    case 'Stable':
    case 'PreparingRebalance':
    case 'CompletingRebalance':
      // A consumer group may delete offsets of topics it does not subscribe to (checked per topic).
      return group.usesConsumerProtocol() ? ErrorCode.NONE : ErrorCode.NON_EMPTY_GROUP
    case 'Empty':
      return ErrorCode.NONE
    default:
      return assertNever(group.state, 'group state')
  }
}

function offsetExpirationBase(group: ClassicGroup): ((o: OffsetAndMetadata) => number) | null {
  if (group.protocolType === null) return (o) => o.commitTimestampMs
  if (group.is('Empty')) {
    const emptySinceMs = group.currentStateTimestampMs
    return (o) => emptySinceMs ?? o.commitTimestampMs
  }
  if (group.usesConsumerProtocol() && group.subscribedTopics !== null && group.is('Stable'))
    return (o) => o.commitTimestampMs
  return null
}

function commitResponse(
  request: OffsetCommitRequest,
  partitionError: (
    topic: OffsetCommitRequest['topics'][number],
    partition: OffsetCommitRequest['topics'][number]['partitions'][number],
  ) => ErrorCode,
): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: request.topics.map((topic) => ({
      name: topic.name,
      partitions: topic.partitions.map((partition) => ({
        partitionIndex: partition.partitionIndex,
        errorCode: partitionError(topic, partition),
      })),
    })),
  }
}

function unknownPartition(partitionIndex: number): OffsetFetchResponsePartitions {
  return {
    partitionIndex,
    committedOffset: INVALID_OFFSET,
    committedLeaderEpoch: -1,
    metadata: '',
    errorCode: ErrorCode.NONE,
  }
}

function committedPartition(partitionIndex: number, o: OffsetAndMetadata): OffsetFetchResponsePartitions {
  return {
    partitionIndex,
    committedOffset: o.offset,
    committedLeaderEpoch: o.leaderEpoch,
    metadata: o.metadata,
    errorCode: ErrorCode.NONE,
  }
}
