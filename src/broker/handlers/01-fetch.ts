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
// errs, the fetch parks in the purgatory until appends bring minBytes or
// maxWaitMs passes, then reads again. Closing the node completes it at once.
//
// Not implemented: divergence checks on lastFetchedEpoch (a follower's, v12;
// no followers yet), rack-aware preferred replicas, quotas (throttleTimeMs 0),
// a hard size limit for v0-2 (they also get at least one batch, where Kafka
// sent a truncated one), down-conversion for v0-3 (they get magic-2 batches).
import { type MetadataImage, topicIdKey } from '../../metadata/image.js'
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
import type { Broker } from '../broker.js'
import { fetchPurgatory, partitionKey } from '../fetch-purgatory.js'
import {
  type FetchContext,
  FINAL_EPOCH,
  fetchSessions,
  INVALID_SESSION_ID,
  type SessionPartition,
  sessionPartitionKey,
} from '../fetch-sessions.js'
import { defineHandler } from '../handler.js'
import { leaderPartition } from '../leader-partition.js'

type PartitionData = FetchResponse['responses'][number]['partitions'][number]

const ZERO_UUID = Buffer.alloc(16)
const INT32_MAX = 0x7fffffff
const READ_COMMITTED = 1

interface ReadOptions {
  readonly usesTopicIds: boolean
  readonly fromFollower: boolean
  readonly readCommitted: boolean
  readonly maxBytes: number
  readonly checkLeaderEpoch: boolean
}

interface PartitionRead {
  readonly target: SessionPartition
  readonly data: PartitionData
  readonly bytes: number
}

export const fetchHandler = defineHandler(fetchApi, {
  async handle(request, context, broker) {
    const version = context.apiVersion
    const replicaId = version >= 15 ? request.replicaState.replicaId : request.replicaId
    const usesTopicIds = version >= 13
    const options: ReadOptions = {
      usesTopicIds,
      fromFollower: replicaId >= 0,
      readCommitted: version >= 4 && request.isolationLevel === READ_COMMITTED,
      maxBytes: version >= 3 ? Math.min(request.maxBytes, broker.config.fetchMaxBytes) : INT32_MAX,
      checkLeaderEpoch: version >= 9,
    }
    const sessions = fetchSessions(broker)
    const fetchContext = sessions.newContext(
      {
        sessionId: version >= 7 ? request.sessionId : INVALID_SESSION_ID,
        sessionEpoch: version >= 7 ? request.sessionEpoch : FINAL_EPOCH,
        usesTopicIds,
        partitions: requestedPartitions(request, broker.image, usesTopicIds, version),
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
    let reads = readPartitions(broker, fetchContext.partitions, options)
    const bytes = reads.reduce((sum, r) => sum + r.bytes, 0)
    const errored = reads.some((r) => r.data.errorCode !== ErrorCode.NONE)
    if (request.maxWaitMs > 0 && bytes < request.minBytes && !errored && reads.length > 0) {
      await fetchPurgatory(broker).wait({
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
): SessionPartition[] {
  const out: SessionPartition[] = []
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
    }
  }
  return out
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
    return { target, data, bytes }
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
  let maxOffset = log.highWatermark
  if (options.fromFollower) maxOffset = log.logEndOffset
  else if (options.readCommitted) maxOffset = lastStableOffset
  const read = log.read({ fetchOffset: target.fetchOffset, maxBytes, maxOffset, minOneBatch })
  if (!read.ok) {
    data.errorCode = ErrorCode.OFFSET_OUT_OF_RANGE
    return data
  }
  data.records = read.records
  if (options.readCommitted && !options.fromFollower) {
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
  const must =
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
