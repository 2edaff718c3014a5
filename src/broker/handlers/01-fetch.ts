// Fetch v0-17. v3 request maxBytes (KIP-74); v4 isolation level, last
// stable offset, aborted transactions; v5 log start offset; v7 fetch
// sessions (KIP-227, see fetch-sessions.ts); v9 currentLeaderEpoch
// (KIP-320: FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH); v11 rack id and
// preferred read replica (always -1: no follower fetching, KIP-392); v12
// flexible, lastFetchedEpoch, diverging epoch; v13 topic ids
// (UNKNOWN_TOPIC_ID); v15 replica state; v16 node endpoints; v17 replica
// directory id.
//
// Records are the stored bytes, whole batches from one segment per partition
// (a batch holding fetchOffset is sent whole, KAFKA-TRAPS 4), never
// re-encoded or down-converted. Sizes follow KIP-74: the response stops at
// min(maxBytes, fetch.max.bytes) and each partition at partitionMaxBytes,
// except that the first partition returning data returns at least its first
// batch whole. Consumers (replicaId -1) read up to the high watermark;
// read_committed (v4+) reads to the last stable offset (the first offset of
// the earliest ongoing transaction, or the high watermark) and gets the
// aborted transactions (producerId, firstOffset) overlapping the batches it
// returns, from the `.txnindex`, so the client drops their records
// (KAFKA-TRAPS 9); read_uncommitted gets `abortedTransactions: null`. Both
// get the partition's lastStableOffset, as Kafka. An
// offset below the log start or past the log end is OFFSET_OUT_OF_RANGE,
// answered with the partition's log start offset and high watermark.
//
// Long poll: when the first read finds fewer than minBytes and no partition
// errs, the fetch parks in the purgatory until minBytes become readable
// (appended, for a follower; below the high watermark, for a consumer) or
// maxWaitMs passes, then reads again. Closing the node completes it at once.
//
// Followers (replicaId >= 0; ReplicaState.ReplicaId from v15) fetch as
// Kafka's Partition.fetchRecords serves them: the leader epoch check on the
// image's epoch, then replication/leader-read.ts checkFollowerFetch (this
// broker leads the partition, the fetcher is one of its replicas, a
// lastFetchedEpoch (v12+) the leader-epoch cache does not end where the
// follower believes gets a diverging epoch and no records, offsets outside
// the log OFFSET_OUT_OF_RANGE). A follower reads up to the log end whatever
// its isolation level, and its fetch offset, log start offset and broker
// epoch (v15 ReplicaEpoch) go to the replica manager (LeaderState
// .followerFetch, with the log end seen before the read), which may move
// the high watermark; the answer carries the high watermark after that.
// Fetch sessions keep each follower partition's lastFetchedEpoch and log
// start offset between incremental requests, as Kafka's CachedPartition.
//
// Not implemented: rack-aware preferred replicas, quotas (throttleTimeMs 0),
// a hard size limit for v0-2 (they also get at least one batch, where Kafka
// sent a truncated one), down-conversion for v0-3 (they get magic-2 batches).
import { type MetadataImage, type TopicImage, topicIdKey } from '../../metadata/image.js'
import { ErrorCode } from '../../protocol/errors.js'
import { fetchApi } from '../../protocol/generated/apis/fetch.js'
import type { FetchRequest, FetchResponse } from '../../protocol/generated/index.js'
import { defaultPartitionData } from '../../protocol/generated/message/fetch-response.js'
import {
  BASE_OFFSET_OFFSET,
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  RECORD_BATCH_OVERHEAD,
} from '../../protocol/records/batch.js'
import { checkFollowerFetch } from '../../replication/leader-read.js'
import type { Broker } from '../broker.js'
import { fetchPurgatory, partitionKey } from '../fetch-purgatory.js'
import {
  type FetchContext,
  FINAL_EPOCH,
  fetchSessions,
  INVALID_SESSION_ID,
  resolveTopicNames,
  type SessionPartition,
  sessionPartitionKey,
} from '../fetch-sessions.js'
import { defineHandler } from '../handler.js'
import { leaderEpochs } from '../leader-epochs.js'
import { LeaderHints } from '../leader-hints.js'
import { leaderEpochError, leaderPartition } from '../leader-partition.js'
import { replicaManager } from '../replica-manager.js'

type PartitionData = FetchResponse['responses'][number]['partitions'][number]

const ZERO_UUID = Buffer.alloc(16)
const INT32_MAX = 0x7fffffff
const READ_COMMITTED = 1

/** Fetch v16 (KIP-951): current leader and node endpoints on NOT_LEADER_OR_FOLLOWER / FENCED_LEADER_EPOCH. */
const LEADER_HINTS_VERSION = 16

interface ReadOptions {
  readonly usesTopicIds: boolean
  readonly fromFollower: boolean
  /** The fetching replica's broker id (-1 for consumers) and broker epoch (-1n when not sent). */
  readonly replicaId: number
  readonly replicaEpoch: bigint
  readonly readCommitted: boolean
  readonly maxBytes: number
  readonly checkLeaderEpoch: boolean
  readonly version: number
  readonly listenerName: string
}

interface PartitionRead {
  readonly target: SessionPartition
  readonly data: PartitionData
  readonly bytes: number
  /** A follower's answer that must go out at once (a diverging epoch). */
  readonly urgent?: boolean
}

/** What a follower's fetch says of its own log, per partition; fetch sessions keep it between requests. */
interface FollowerPosition {
  readonly lastFetchedEpoch: number
  readonly logStartOffset: number
}

const followerPositions = new WeakMap<SessionPartition, FollowerPosition>()
const UNKNOWN_POSITION: FollowerPosition = { lastFetchedEpoch: -1, logStartOffset: -1 }

export const fetchHandler = defineHandler(fetchApi, {
  async handle(request, context, broker) {
    const version = context.apiVersion
    const replicaId = version >= 15 ? request.replicaState.replicaId : request.replicaId
    const usesTopicIds = version >= 13
    const options: ReadOptions = {
      usesTopicIds,
      fromFollower: replicaId >= 0,
      replicaId,
      replicaEpoch: version >= 15 ? request.replicaState.replicaEpoch : -1n,
      readCommitted: version >= 4 && request.isolationLevel === READ_COMMITTED,
      maxBytes: version >= 3 ? Math.min(request.maxBytes, broker.config.fetchMaxBytes) : INT32_MAX,
      checkLeaderEpoch: version >= 9,
      version,
      listenerName: context.listenerName,
    }
    const sessions = fetchSessions(broker)
    const requested = requestedPartitions(request, broker.image, usesTopicIds, version)
    const fetchContext = sessions.newContext(
      {
        sessionId: version >= 7 ? request.sessionId : INVALID_SESSION_ID,
        sessionEpoch: version >= 7 ? request.sessionEpoch : FINAL_EPOCH,
        usesTopicIds,
        partitions: requested.partitions,
        forgotten: forgottenKeys(request, usesTopicIds, version),
        privileged: options.fromFollower,
      },
      broker.clock.monotonicMs(),
    )
    if (fetchContext.kind === 'error') {
      const response = fetchApi.response.create()
      response.errorCode = fetchContext.errorCode
      response.sessionId = INVALID_SESSION_ID
      return response
    }
    if (fetchContext.kind === 'incremental' && usesTopicIds) {
      resolveTopicNames(fetchContext.partitions, (id) => broker.image.topicsById.get(topicIdKey(id))?.name)
    }
    if (options.fromFollower) rememberPositions(fetchContext, requested.positions, usesTopicIds)
    let reads = readPartitions(broker, fetchContext.partitions, options)
    const bytes = reads.reduce((sum, r) => sum + r.bytes, 0)
    const errored = reads.some((r) => r.data.errorCode !== ErrorCode.NONE || r.urgent === true)
    if (request.maxWaitMs > 0 && bytes < request.minBytes && !errored && reads.length > 0) {
      await fetchPurgatory(broker).wait({
        fromFollower: options.fromFollower,
        partitions: reads.map((r) => partitionKey(r.target.topic, r.target.partition)),
        maxWaitMs: request.maxWaitMs,
        minBytes: request.minBytes,
        bytesSoFar: bytes,
        partitionMaxBytes: new Map(
          reads.map((r) => [partitionKey(r.target.topic, r.target.partition), r.target.partitionMaxBytes]),
        ),
      })
      reads = readPartitions(broker, fetchContext.partitions, options)
    }
    return respond(broker, fetchContext, reads, options)
  },
})

function requestedPartitions(
  request: FetchRequest,
  image: MetadataImage,
  usesTopicIds: boolean,
  version: number,
): { partitions: SessionPartition[]; positions: Map<string, FollowerPosition> } {
  const out: SessionPartition[] = []
  const positions = new Map<string, FollowerPosition>()
  for (const t of request.topics) {
    const topic = usesTopicIds ? image.topicsById.get(topicIdKey(t.topicId)) : image.topicsByName.get(t.topic)
    const name = usesTopicIds ? (topic?.name ?? '') : t.topic
    const topicId = usesTopicIds ? t.topicId : (topic?.topicId ?? ZERO_UUID)
    for (const p of t.partitions) {
      out.push({
        topic: name,
        topicId,
        partition: p.partition,
        fetchOffset: Number(p.fetchOffset),
        partitionMaxBytes: p.partitionMaxBytes,
        currentLeaderEpoch: version >= 9 ? p.currentLeaderEpoch : -1,
        highWatermark: -1,
        logStartOffset: -1,
        lastStableOffset: -1,
      })
      positions.set(sessionPartitionKey(usesTopicIds, name, topicId, p.partition), {
        lastFetchedEpoch: version >= 12 ? p.lastFetchedEpoch : -1,
        logStartOffset: version >= 5 ? Number(p.logStartOffset) : -1,
      })
    }
  }
  return { partitions: out, positions }
}

/**
 * Attaches each follower partition's position to the context's partition objects: those the
 * request named get what it says, the others (an incremental fetch leaves unchanged ones out)
 * keep what their session remembered.
 */
function rememberPositions(
  context: Exclude<FetchContext, { kind: 'error' }>,
  positions: ReadonlyMap<string, FollowerPosition>,
  usesTopicIds: boolean,
): void {
  for (const p of context.partitions) {
    const given = positions.get(sessionPartitionKey(usesTopicIds, p.topic, p.topicId, p.partition))
    if (given !== undefined) followerPositions.set(p, given)
  }
}

function forgottenKeys(request: FetchRequest, usesTopicIds: boolean, version: number): string[] {
  if (version < 7) return []
  return request.forgottenTopicsData.flatMap((t) =>
    t.partitions.map((p) => sessionPartitionKey(usesTopicIds, t.topic, t.topicId, p)),
  )
}

/** Reads every partition in order under the request's byte budget (KIP-74). */
function readPartitions(broker: Broker, targets: readonly SessionPartition[], options: ReadOptions): PartitionRead[] {
  const image = broker.image
  let remaining = Math.max(0, options.maxBytes)
  let minOneBatch = true
  return targets.map((target) => {
    const data = readPartition(
      broker,
      image,
      target,
      Math.min(target.partitionMaxBytes, remaining),
      minOneBatch,
      options,
    )
    const bytes = data.records?.length ?? 0
    if (bytes > 0) minOneBatch = false
    remaining = Math.max(0, remaining - bytes)
    return { target, data, bytes, urgent: data.divergingEpoch.epoch >= 0 }
  })
}

function readPartition(
  broker: Broker,
  image: MetadataImage,
  target: SessionPartition,
  maxBytes: number,
  minOneBatch: boolean,
  options: ReadOptions,
): PartitionData {
  const data = defaultPartitionData()
  data.partitionIndex = target.partition
  data.records = Buffer.alloc(0)
  data.highWatermark = -1n
  data.lastStableOffset = -1n
  data.logStartOffset = -1n
  data.abortedTransactions = null
  const topic = image.topicsByName.get(target.topic)
  if (options.usesTopicIds && (topic === undefined || !topic.topicId.equals(target.topicId))) {
    data.errorCode = ErrorCode.UNKNOWN_TOPIC_ID
    return data
  }
  if (options.fromFollower) return readForFollower(broker, topic, target, maxBytes, minOneBatch, options, data)
  const leader = leaderPartition(
    broker,
    topic,
    target.partition,
    options.checkLeaderEpoch ? target.currentLeaderEpoch : -1,
  )
  if (!leader.ok) {
    data.errorCode = leader.errorCode
    return data
  }
  const log = leader.log
  data.highWatermark = BigInt(log.highWatermark)
  const lastStableOffset = log.lastStableOffset
  data.lastStableOffset = BigInt(lastStableOffset)
  data.logStartOffset = BigInt(log.logStartOffset)
  const maxOffset = options.readCommitted ? lastStableOffset : log.highWatermark
  const read = log.read({ fetchOffset: target.fetchOffset, maxBytes, maxOffset, minOneBatch })
  if (!read.ok) {
    data.errorCode = ErrorCode.OFFSET_OUT_OF_RANGE
    return data
  }
  data.records = read.records
  if (options.readCommitted) {
    const upperBoundOffset = endOffsetOf(read.records)
    data.abortedTransactions =
      upperBoundOffset === null
        ? []
        : log.collectAbortedTransactions(read.firstBatchOffset, upperBoundOffset).map((txn) => ({
            producerId: BigInt(txn.producerId),
            firstOffset: BigInt(txn.firstOffset),
          }))
  }
  return data
}

/**
 * A follower's read of one partition (Kafka's Partition.fetchRecords for a follower): checks,
 * then the log up to its end, then the follower's position to the replica manager.
 */
function readForFollower(
  broker: Broker,
  topic: TopicImage | undefined,
  target: SessionPartition,
  maxBytes: number,
  minOneBatch: boolean,
  options: ReadOptions,
  data: PartitionData,
): PartitionData {
  const partition = topic?.partitions[target.partition]
  if (topic === undefined || partition === undefined) {
    data.errorCode = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    return data
  }
  const currentLeaderEpoch = options.checkLeaderEpoch ? target.currentLeaderEpoch : -1
  const epochError = leaderEpochError(currentLeaderEpoch, partition.leaderEpoch)
  if (epochError !== ErrorCode.NONE) {
    data.errorCode = epochError
    return data
  }
  const replicas = replicaManager(broker)
  const led = replicas.leader(topic.name, target.partition)
  const position = followerPositions.get(target) ?? UNKNOWN_POSITION
  const log = led?.log
  const decision = checkFollowerFetch(
    {
      leaderEpoch: led?.state.leaderEpoch,
      replicas: led?.state.replicas ?? partition.replicas,
      logStartOffset: log?.logStartOffset ?? 0,
      logEndOffset: log?.logEndOffset ?? 0,
      epochs: log === undefined ? { endOffsetFor: () => ({ epoch: -1, endOffset: -1 }) } : leaderEpochs(log),
    },
    {
      replicaId: options.replicaId,
      currentLeaderEpoch,
      fetchOffset: target.fetchOffset,
      lastFetchedEpoch: position.lastFetchedEpoch,
    },
  )
  if (decision.kind === 'error' || led === undefined || log === undefined) {
    data.errorCode = decision.kind === 'error' ? decision.errorCode : ErrorCode.NOT_LEADER_OR_FOLLOWER
    return data
  }
  const answerOffsets = () => {
    data.highWatermark = BigInt(log.highWatermark)
    data.lastStableOffset = BigInt(log.lastStableOffset)
    data.logStartOffset = BigInt(log.logStartOffset)
  }
  if (decision.kind === 'diverging') {
    data.divergingEpoch = { epoch: decision.divergingEpoch.epoch, endOffset: BigInt(decision.divergingEpoch.endOffset) }
    answerOffsets()
    return data
  }
  const leaderEndOffsetAtFetch = log.logEndOffset
  const read = log.read({ fetchOffset: target.fetchOffset, maxBytes, maxOffset: leaderEndOffsetAtFetch, minOneBatch })
  if (!read.ok) {
    data.errorCode = ErrorCode.OFFSET_OUT_OF_RANGE
    return data
  }
  const errorCode = replicas.followerFetch(led, options.replicaId, {
    fetchOffset: target.fetchOffset,
    logStartOffset: position.logStartOffset,
    fetchTimeMs: broker.clock.wallMs(),
    leaderEndOffsetAtFetch,
    brokerEpoch: options.replicaEpoch,
  })
  if (errorCode !== ErrorCode.NONE) {
    data.errorCode = errorCode
    return data
  }
  data.records = read.records
  answerOffsets()
  return data
}

/** The offset after the last of the whole batches in `records`; null when there are none. */
function endOffsetOf(records: Buffer): number | null {
  let end: number | null = null
  for (
    let p = 0;
    p + RECORD_BATCH_OVERHEAD <= records.length;
    p += LOG_OVERHEAD + records.readInt32BE(p + BATCH_LENGTH_OFFSET)
  ) {
    end = Number(records.readBigInt64BE(p + BASE_OFFSET_OFFSET)) + records.readInt32BE(p + LAST_OFFSET_DELTA_OFFSET) + 1
  }
  return end
}

function respond(broker: Broker, context: FetchContext, reads: PartitionRead[], options: ReadOptions): FetchResponse {
  const response = fetchApi.response.create()
  response.sessionId = INVALID_SESSION_ID
  let included = reads
  if (context.kind === 'full') {
    for (const r of reads) remember(r)
    response.sessionId = fetchSessions(broker).createSession(
      reads.map((r) => r.target),
      { usesTopicIds: options.usesTopicIds, privileged: options.fromFollower },
      broker.clock.monotonicMs(),
    )
  } else if (context.kind === 'incremental') {
    const session = context.session
    response.sessionId = session.id
    included = reads.filter((r) => changed(r))
    for (const r of included) {
      if (r.bytes === 0) continue
      // Round robin: a partition that returned data goes to the back of the session.
      const key = sessionPartitionKey(session.usesTopicIds, r.target.topic, r.target.topicId, r.target.partition)
      session.partitions.delete(key)
      session.partitions.set(key, r.target)
    }
  }
  response.responses = groupByTopic(included)
  if (options.version >= LEADER_HINTS_VERSION) {
    const hints = new LeaderHints(broker.image, options.listenerName)
    for (const topic of response.responses) {
      for (const p of topic.partitions) {
        const leader = hints.hint(topic.topic, p.partitionIndex, p.errorCode)
        if (leader !== null) p.currentLeader = leader
      }
    }
    response.nodeEndpoints = hints.endpoints()
  }
  return response
}

/** Stores what the client now knows of a partition. */
function remember(r: PartitionRead): void {
  const errored = r.data.errorCode !== ErrorCode.NONE
  // An errored partition keeps -1 so that it is sent again next time.
  r.target.highWatermark = errored ? -1 : Number(r.data.highWatermark)
  r.target.logStartOffset = Number(r.data.logStartOffset)
  r.target.lastStableOffset = Number(r.data.lastStableOffset)
}

/** Kafka's CachedPartition.maybeUpdateResponseData: whether an incremental response carries the partition. */
function changed(r: PartitionRead): boolean {
  const t = r.target
  // A diverging epoch is always sent (Kafka's urgent partitions): the follower must truncate.
  const must =
    r.urgent === true ||
    r.bytes > 0 ||
    r.data.errorCode !== ErrorCode.NONE ||
    t.highWatermark !== Number(r.data.highWatermark) ||
    t.logStartOffset !== Number(r.data.logStartOffset) ||
    t.lastStableOffset !== Number(r.data.lastStableOffset)
  remember(r)
  return must
}

/** Consecutive partitions of one topic share a topic entry, as Kafka's FetchResponse.of builds it. */
function groupByTopic(reads: readonly PartitionRead[]): FetchResponse['responses'] {
  const out: FetchResponse['responses'] = []
  let last: FetchResponse['responses'][number] | undefined
  let lastKey = ''
  for (const r of reads) {
    const key = `${r.target.topic}/${r.target.topicId.toString('hex')}`
    if (last === undefined || key !== lastKey) {
      last = { topic: r.target.topic, topicId: r.target.topicId, partitions: [] }
      out.push(last)
      lastKey = key
    }
    last.partitions.push(r.data)
  }
  return out
}
