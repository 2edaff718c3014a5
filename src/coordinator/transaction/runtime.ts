// The transaction coordinator's driver, as the group coordinator's (../group/runtime.ts) and
// Kafka's TransactionStateManager + TransactionMarkerChannelManager: one pure
// TransactionCoordinatorShard per __transaction_state partition this node leads, fed requests and
// timer firings; the records it returns are appended to the partition's log before the answer,
// and the markers it returns are then written through WriteTxnMarkers to each partition's leader.
//
// Partition states, as the group runtime: loading (COORDINATOR_LOAD_IN_PROGRESS), active (one
// timer at the shard's `nextDeadlineMs()`), failed (NOT_COORDINATOR until leadership changes).
// The coordinator epoch of a shard is the partition's leader epoch.
//
// One step = call the shard, encode its records into one batch, `appendAsLeader`, report it
// (`onAppend`: the replica manager moves the high watermark), answer, re-arm the timer, then start
// writing the step's markers. As Kafka's coordinator writes with acks=all, the answer and the
// markers wait until the write is committed when `onAppend` says it is not yet (a promise); a
// write that cannot commit answers NOT_COORDINATOR (leadership moved) or
// COORDINATOR_NOT_AVAILABLE and drops the markers. A failed append answers NOT_COORDINATOR, drops
// the markers and reloads the shard from its log (types.ts).
//
// Markers: the partitions of a marker are grouped by their leader in the current image and sent as
// one WriteTxnMarkers request per leader through `sendMarkers` (in-process for this node). Each
// partition's error is handled by `markerErrorAction`: written partitions are reported with
// `markersWritten` (one step), retriable ones are sent again after MARKER_RETRY_BACKOFF_MS,
// cancelled or fatal ones are dropped (logged). A partition whose topic is gone counts as written.
//
// Producer ids: the shard takes them synchronously; the broker's ProducerIdManager is async (it
// may have to take a block from the metadata log). So InitProducerId first runs without one; when
// the shard asks for an id (a new transactional id, an exhausted epoch) it answers
// COORDINATOR_LOAD_IN_PROGRESS having written nothing, the runtime takes an id from the manager
// and runs the call again with that id reserved for `allocateProducerId`. An id reserved but not
// used (the state moved meanwhile) is dropped: ids are never reused, a gap is harmless.

import type { Logger } from 'pino'
import type { PartitionLog } from '../../log/partition-log.js'
import type { MetadataImage } from '../../metadata/image.js'
import { ErrorCode } from '../../protocol/errors.js'
import type { AddOffsetsToTxnRequest } from '../../protocol/generated/message/add-offsets-to-txn-request.js'
import type { AddOffsetsToTxnResponse } from '../../protocol/generated/message/add-offsets-to-txn-response.js'
import type { AddPartitionsToTxnTransaction } from '../../protocol/generated/message/add-partitions-to-txn-request.js'
import type { AddPartitionsToTxnResult } from '../../protocol/generated/message/add-partitions-to-txn-response.js'
import type { TransactionState as DescribedTransaction } from '../../protocol/generated/message/describe-transactions-response.js'
import type { EndTxnRequest } from '../../protocol/generated/message/end-txn-request.js'
import type { EndTxnResponse } from '../../protocol/generated/message/end-txn-response.js'
import type { InitProducerIdRequest } from '../../protocol/generated/message/init-producer-id-request.js'
import type { InitProducerIdResponse } from '../../protocol/generated/message/init-producer-id-response.js'
import type { ListTransactionsRequest } from '../../protocol/generated/message/list-transactions-request.js'
import type { ListTransactionsResponse } from '../../protocol/generated/message/list-transactions-response.js'
import type { WriteTxnMarkersRequest } from '../../protocol/generated/message/write-txn-markers-request.js'
import type { WriteTxnMarkersResponse } from '../../protocol/generated/message/write-txn-markers-response.js'
import { assert } from '../../util/assert.js'
import type { Clock } from '../../util/clock.js'
import type { Scheduler } from '../../util/scheduler.js'
import { type CoordinatorLookup, InternalTopicRuntime, type InternalTopicSpec } from '../internal-topic.js'
import { decodeKeyValueBatches, encodeKeyValueBatch } from '../record-batch.js'
import type { TransactionCoordinatorConfig } from './config.js'
import type { TopicPartition } from './metadata.js'
import { TRANSACTION_STATE_TOPIC, transactionPartition } from './partition.js'
import { TransactionCoordinatorShard } from './shard.js'
import { type CoordinatorResult, markerErrorAction, type TxnMarker, type TxnRequestContext } from './types.js'

export { TRANSACTION_STATE_TOPIC } from './partition.js'

export interface TransactionCoordinatorRuntimeOptions {
  readonly nodeId: number
  /** transaction.state.log.num.partitions: used when the topic is created; an existing topic's count wins. */
  readonly numPartitions: number
  /** transaction.state.log.replication.factor, capped by the live brokers at creation. */
  readonly replicationFactor: number
  /** transaction.state.log.min.isr, capped by the replication factor at creation. */
  readonly minInsyncReplicas: number
  /** transaction.state.log.segment.bytes. */
  readonly segmentBytes: number
  readonly config?: Partial<TransactionCoordinatorConfig>
  readonly logs: { getLog(tp: { topic: string; partition: number }): PartitionLog | undefined }
  readonly image: () => MetadataImage
  readonly createTopic: (spec: InternalTopicSpec) => Promise<{ errorCode: number; message: string | null }>
  /** A producer id never handed out before (the broker's ProducerIdManager); rejects when none can be had. */
  readonly generateProducerId: () => Promise<bigint>
  /** The __consumer_offsets partition of a group (AddOffsetsToTxn). */
  readonly groupPartition: (groupId: string) => number
  /** Sends WriteTxnMarkers to broker `leader` (this node: in-process) and resolves with its response. */
  readonly sendMarkers: (leader: number, request: WriteTxnMarkersRequest) => Promise<WriteTxnMarkersResponse>
  readonly scheduler: Scheduler
  readonly clock: Clock
  readonly logger: Logger
  /**
   * After each append (the replica manager moves the high watermark and wakes fetches). A promise
   * when the write is not committed yet: it settles with NONE once it is, or the error that ends it.
   */
  readonly onAppend?: (partition: number, bytes: number) => unknown
}

export type TransactionCoordinatorLookup = CoordinatorLookup

type PartitionState =
  | { readonly kind: 'loading'; readonly leaderEpoch: number }
  | { readonly kind: 'failed'; readonly leaderEpoch: number }
  | ActivePartition

interface ActivePartition {
  readonly kind: 'active'
  readonly partition: number
  readonly leaderEpoch: number
  readonly shard: TransactionCoordinatorShard
  readonly log: PartitionLog
  cancelTimer: (() => void) | null
  armedDeadlineMs: number | null
}

type Route = { kind: 'active'; partition: ActivePartition } | { kind: 'error'; errorCode: ErrorCode }

const LOAD_READ_BYTES = 1 << 20
/** Kafka's TransactionMarkerChannelManager retries after the request's backoff (retry.backoff.ms 100). */
const MARKER_RETRY_BACKOFF_MS = 100

export class TransactionCoordinatorRuntime extends InternalTopicRuntime<PartitionState> {
  readonly #options: TransactionCoordinatorRuntimeOptions
  readonly #markerTimers = new Set<() => void>()
  #reservedProducerId: bigint | null = null
  /** Set when the shard asked for a producer id and none was reserved (it answered COORDINATOR_LOAD_IN_PROGRESS). */
  #producerIdWanted = false

  constructor(options: TransactionCoordinatorRuntimeOptions) {
    assert(options.numPartitions > 0, 'transaction.state.log.num.partitions must be positive')
    super({
      ...options,
      name: TRANSACTION_STATE_TOPIC,
      // Kafka's TransactionStateManager.transactionTopicConfigs.
      configs: (replicationFactor) =>
        new Map([
          ['cleanup.policy', 'compact'],
          ['compression.type', 'uncompressed'],
          ['segment.bytes', String(options.segmentBytes)],
          ['min.insync.replicas', String(Math.max(1, Math.min(options.minInsyncReplicas, replicationFactor)))],
          ['unclean.leader.election.enable', 'false'],
        ]),
      partitionOf: transactionPartition,
    })
    this.#options = options
  }

  protected override load(partition: number, leaderEpoch: number, log: PartitionLog): void {
    const loading: PartitionState = { kind: 'loading', leaderEpoch }
    this.partitions.set(partition, loading)
    const shard = new TransactionCoordinatorShard({
      config: this.#options.config,
      coordinatorEpoch: Math.max(0, leaderEpoch),
      allocateProducerId: () => {
        const id = this.#reservedProducerId
        this.#reservedProducerId = null
        if (id === null) this.#producerIdWanted = true
        return id
      },
      groupPartition: this.#options.groupPartition,
    })
    replayLog(log, shard)
      .then(async (recordCount) => {
        // Serve only once what was replayed is committed (the followers have it): until then the
        // partition answers COORDINATOR_LOAD_IN_PROGRESS.
        const committed = this.#options.onAppend?.(partition, 0)
        if (committed instanceof Promise) await committed
        return recordCount
      })
      .then(
        (recordCount) => {
          if (this.partitions.get(partition) !== loading) return
          const active: ActivePartition = {
            kind: 'active',
            partition,
            leaderEpoch,
            shard,
            log,
            cancelTimer: null,
            armedDeadlineMs: null,
          }
          this.partitions.set(partition, active)
          this.#options.logger.debug({ partition, recordCount }, '__transaction_state partition loaded')
          this.#run(
            active,
            (s, nowMs) => s.onLoaded(nowMs),
            () => undefined,
          )
        },
        (err: unknown) => {
          if (this.partitions.get(partition) !== loading) return
          this.#options.logger.error({ err, partition }, 'loading a __transaction_state partition failed')
          this.partitions.set(partition, { kind: 'failed', leaderEpoch })
        },
      )
  }

  protected override unload(partition: number): void {
    const state = this.partitions.get(partition)
    this.partitions.delete(partition)
    if (state?.kind === 'active') {
      state.cancelTimer?.()
      state.cancelTimer = null
      state.shard.unload()
    }
  }

  #reload(p: ActivePartition): void {
    this.unload(p.partition)
    if (this.closed) return
    this.load(p.partition, p.leaderEpoch, p.log)
  }

  /** Stops every timer and pending marker write; later requests get COORDINATOR_NOT_AVAILABLE. */
  close(): void {
    if (this.closed) return
    this.closed = true
    for (const partition of [...this.partitions.keys()]) this.unload(partition)
    for (const cancel of this.#markerTimers) cancel()
    this.#markerTimers.clear()
  }

  // ---------------------------------------------------------------------------------------------
  // Requests

  /** InitProducerId for a transactional id (the handler serves idempotent producers itself). */
  async initProducerId(
    ctx: TxnRequestContext,
    request: InitProducerIdRequest,
    errorResponse: (errorCode: ErrorCode) => InitProducerIdResponse,
  ): Promise<InitProducerIdResponse> {
    const transactionalId = request.transactionalId ?? ''
    const call = (s: TransactionCoordinatorShard, nowMs: number) => s.initProducerId(ctx, request, nowMs)
    const first = await this.#route(transactionalId)
    if (first.kind !== 'active') return errorResponse(first.errorCode)
    // Most calls only bump an epoch; a new producer id is taken only when the shard asked for one.
    this.#producerIdWanted = false
    const answer = this.#run(first.partition, call, errorResponse)
    if (!this.#producerIdWanted) return answer
    let reserved: bigint
    try {
      reserved = await this.#options.generateProducerId()
    } catch (err) {
      this.#options.logger.warn({ err }, 'no producer id block')
      return errorResponse(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
    }
    // Routed again: the partition may have moved while the id was taken.
    const route = await this.#route(transactionalId)
    if (route.kind !== 'active') return errorResponse(route.errorCode)
    this.#reservedProducerId = reserved
    try {
      return this.#run(route.partition, call, errorResponse)
    } finally {
      this.#reservedProducerId = null
    }
  }

  /** One transaction of AddPartitionsToTxn (both the client and the verification forms). */
  async addPartitionsToTxn(
    ctx: TxnRequestContext,
    txn: AddPartitionsToTxnTransaction,
    errorResponse: (errorCode: ErrorCode) => AddPartitionsToTxnResult,
  ): Promise<AddPartitionsToTxnResult> {
    return this.#write(txn.transactionalId, (s, nowMs) => s.addPartitionsToTxn(ctx, txn, nowMs), errorResponse)
  }

  async addOffsetsToTxn(
    ctx: TxnRequestContext,
    request: AddOffsetsToTxnRequest,
    errorResponse: (errorCode: ErrorCode) => AddOffsetsToTxnResponse,
  ): Promise<AddOffsetsToTxnResponse> {
    return this.#write(request.transactionalId, (s, nowMs) => s.addOffsetsToTxn(ctx, request, nowMs), errorResponse)
  }

  async endTxn(
    ctx: TxnRequestContext,
    request: EndTxnRequest,
    errorResponse: (errorCode: ErrorCode) => EndTxnResponse,
  ): Promise<EndTxnResponse> {
    return this.#write(request.transactionalId, (s, nowMs) => s.endTxn(ctx, request, nowMs), errorResponse)
  }

  /** DescribeTransactions: one transactional id, or its routing error (NOT_COORDINATOR, ...). */
  async describeTransaction(transactionalId: string): Promise<DescribedTransaction | ErrorCode> {
    const route = await this.#route(transactionalId)
    if (route.kind !== 'active') return route.errorCode
    return route.partition.shard.describeTransaction(transactionalId)
  }

  /** ListTransactions over every loaded shard; COORDINATOR_LOAD_IN_PROGRESS while one is loading. */
  listTransactions(request: ListTransactionsRequest): ListTransactionsResponse {
    const nowMs = this.#options.clock.wallMs()
    const merged: ListTransactionsResponse = {
      throttleTimeMs: 0,
      errorCode: this.closed ? ErrorCode.COORDINATOR_NOT_AVAILABLE : ErrorCode.NONE,
      unknownStateFilters: [],
      transactionStates: [],
    }
    let first = true
    for (const state of this.partitions.values()) {
      if (state.kind === 'loading' && merged.errorCode === ErrorCode.NONE) {
        merged.errorCode = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
      }
      if (state.kind !== 'active') continue
      const answer = state.shard.listTransactions(request, nowMs)
      if (first) merged.unknownStateFilters = answer.unknownStateFilters
      first = false
      merged.transactionStates.push(...answer.transactionStates)
    }
    if (first) {
      // No shard: the unknown filters are still reported, as Kafka computes them before the shards.
      const probe = new TransactionCoordinatorShard({
        coordinatorEpoch: 0,
        allocateProducerId: () => null,
        groupPartition: () => 0,
      })
      merged.unknownStateFilters = probe.listTransactions(request, nowMs).unknownStateFilters
    }
    return merged
  }

  async #write<T>(
    transactionalId: string,
    call: (shard: TransactionCoordinatorShard, nowMs: number) => CoordinatorResult<T>,
    errorResponse: (errorCode: ErrorCode) => T,
  ): Promise<T> {
    const route = await this.#route(transactionalId)
    if (route.kind !== 'active') return errorResponse(route.errorCode)
    return this.#run(route.partition, call, errorResponse)
  }

  async #route(transactionalId: string): Promise<Route> {
    if (this.topic() === undefined) await this.ensureTopic()
    if (this.closed || this.topic() === undefined) {
      return { kind: 'error', errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE }
    }
    const state = this.partitions.get(this.partitionFor(transactionalId))
    if (state === undefined) return { kind: 'error', errorCode: ErrorCode.NOT_COORDINATOR }
    switch (state.kind) {
      case 'active':
        return { kind: 'active', partition: state }
      case 'loading':
        return { kind: 'error', errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS }
      case 'failed':
        return { kind: 'error', errorCode: ErrorCode.NOT_COORDINATOR }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // One step: call, append, answer, re-arm, then markers

  #run<T>(
    p: ActivePartition,
    call: (shard: TransactionCoordinatorShard, nowMs: number) => CoordinatorResult<T>,
    errorResponse: (errorCode: ErrorCode) => T,
  ): T | Promise<T> {
    const nowMs = this.#options.clock.wallMs()
    let committed: Promise<unknown> | null = null
    let result: CoordinatorResult<T>
    try {
      result = call(p.shard, nowMs)
    } catch (err) {
      this.#options.logger.error({ err, partition: p.partition }, 'transaction coordinator shard failed; reloading')
      this.#reload(p)
      return errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR)
    }
    if (result.records.length > 0) {
      try {
        const appended = p.log.appendAsLeader(encodeKeyValueBatch(result.records, nowMs), p.leaderEpoch)
        const commit = this.#options.onAppend?.(p.partition, appended.bytes)
        if (commit instanceof Promise) committed = commit
      } catch (err) {
        this.#options.logger.error({ err, partition: p.partition }, '__transaction_state append failed; reloading')
        this.#reload(p)
        return errorResponse(ErrorCode.NOT_COORDINATOR)
      }
    }
    this.#arm(p)
    if (committed !== null) return this.#afterCommit(p, committed, result, errorResponse)
    // After the answer: the markers go out in a later task, once the response has been written.
    for (const marker of result.markers) this.#scheduleMarkers(p, marker, marker.partitions, 0)
    return result.response
  }

  /** Answers a step, and starts its markers, once its write is committed. */
  async #afterCommit<T>(
    p: ActivePartition,
    committed: Promise<unknown>,
    result: CoordinatorResult<T>,
    errorResponse: (errorCode: ErrorCode) => T,
  ): Promise<T> {
    const errorCode = await committed
    if (errorCode !== ErrorCode.NONE) {
      return errorResponse(
        errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER
          ? ErrorCode.NOT_COORDINATOR
          : ErrorCode.COORDINATOR_NOT_AVAILABLE,
      )
    }
    if (this.partitions.get(p.partition) === p) {
      for (const marker of result.markers) this.#scheduleMarkers(p, marker, marker.partitions, 0)
    }
    return result.response
  }

  #arm(p: ActivePartition): void {
    const deadlineMs = p.shard.nextDeadlineMs()
    if (deadlineMs === p.armedDeadlineMs && (p.cancelTimer !== null || deadlineMs === null)) return
    p.cancelTimer?.()
    p.cancelTimer = null
    p.armedDeadlineMs = deadlineMs
    if (deadlineMs === null || this.closed) return
    const delayMs = Math.max(0, deadlineMs - this.#options.clock.wallMs())
    p.cancelTimer = this.#options.scheduler.schedule(delayMs, () => {
      p.cancelTimer = null
      p.armedDeadlineMs = null
      if (this.partitions.get(p.partition) !== p) return
      this.#run(
        p,
        (shard, nowMs) => shard.tick(nowMs),
        () => undefined,
      )
    })
  }

  /** Sends the marker to `pending`'s leaders until every partition is written, cancelled or the shard is gone. */
  async #writeMarkers(p: ActivePartition, marker: TxnMarker, pending: readonly TopicPartition[]): Promise<void> {
    if (this.partitions.get(p.partition) !== p) return
    const image = this.#options.image()
    const byLeader = new Map<number, TopicPartition[]>()
    const written: TopicPartition[] = []
    const retry: TopicPartition[] = []
    for (const tp of pending) {
      const topic = image.topicsByName.get(tp.topic)
      const partition = topic?.partitions[tp.partition]
      if (topic === undefined || partition === undefined) {
        written.push(tp) // Kafka drops partitions of deleted topics from the pending set.
        continue
      }
      if (partition.leader < 0) {
        retry.push(tp)
        continue
      }
      const list = byLeader.get(partition.leader) ?? []
      list.push(tp)
      byLeader.set(partition.leader, list)
    }
    // To every leader at once, as Kafka's TransactionMarkerChannelManager: the slowest leader, not
    // the sum of them, bounds how long the transaction stays in PrepareCommit/PrepareAbort.
    const answers = await Promise.all(
      [...byLeader].map(async ([leader, tps]) => {
        try {
          return { leader, tps, response: await this.#options.sendMarkers(leader, markersRequest(marker, tps)) }
        } catch (err) {
          this.#options.logger.warn({ err, leader }, 'WriteTxnMarkers failed; retrying')
          return { leader, tps, response: null }
        }
      }),
    )
    for (const { tps, response } of answers) {
      if (response === null) {
        retry.push(...tps)
        continue
      }
      const errors = new Map<string, number>()
      for (const m of response.markers)
        for (const t of m.topics) for (const r of t.partitions) errors.set(`${t.name}:${r.partitionIndex}`, r.errorCode)
      for (const tp of tps) {
        const errorCode = errors.get(`${tp.topic}:${tp.partition}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR
        const action = markerErrorAction(errorCode)
        if (action === 'written') written.push(tp)
        else if (action === 'retry') retry.push(tp)
        else {
          this.#options.logger.warn(
            { transactionalId: marker.transactionalId, tp, errorCode, action },
            'transaction marker not written',
          )
        }
      }
    }
    if (this.partitions.get(p.partition) !== p) return
    if (written.length > 0) {
      this.#run(
        p,
        (s, nowMs) => s.markersWritten({ ...marker, partitions: written }, nowMs),
        () => false,
      )
    }
    if (retry.length > 0) this.#scheduleMarkers(p, marker, retry, MARKER_RETRY_BACKOFF_MS)
  }

  #scheduleMarkers(
    p: ActivePartition,
    marker: TxnMarker,
    partitions: readonly TopicPartition[],
    delayMs: number,
  ): void {
    if (this.closed) return
    const cancel = this.#options.scheduler.schedule(delayMs, () => {
      this.#markerTimers.delete(cancel)
      void this.#writeMarkers(p, marker, partitions).catch((err: unknown) =>
        this.#options.logger.error({ err, transactionalId: marker.transactionalId }, 'writing markers failed'),
      )
    })
    this.#markerTimers.add(cancel)
  }

  // ---------------------------------------------------------------------------------------------
  // Inspection (tests)

  partitionStates(): Map<number, PartitionState['kind']> {
    return new Map([...this.partitions].map(([p, s]) => [p, s.kind]))
  }

  shard(partition: number): TransactionCoordinatorShard | undefined {
    const state = this.partitions.get(partition)
    return state?.kind === 'active' ? state.shard : undefined
  }
}

/** One WriteTxnMarkers request for one marker and the partitions one leader holds. */
export function markersRequest(marker: TxnMarker, partitions: readonly TopicPartition[]): WriteTxnMarkersRequest {
  const byTopic = new Map<string, number[]>()
  for (const tp of partitions) {
    const list = byTopic.get(tp.topic) ?? []
    list.push(tp.partition)
    byTopic.set(tp.topic, list)
  }
  return {
    markers: [
      {
        producerId: marker.producerId,
        producerEpoch: marker.producerEpoch,
        transactionResult: marker.result === 'COMMIT',
        topics: [...byTopic].map(([name, partitionIndexes]) => ({ name, partitionIndexes })),
        coordinatorEpoch: marker.coordinatorEpoch,
      },
    ],
  }
}

async function replayLog(log: PartitionLog, shard: TransactionCoordinatorShard): Promise<number> {
  let offset = log.logStartOffset
  let count = 0
  // To the log end, as Kafka's CoordinatorLoader: a new leader's high watermark lags the records
  // its predecessor had committed (and answered for); they are all in this log.
  const end = log.logEndOffset
  while (offset < end) {
    const read = log.read({
      fetchOffset: offset,
      maxBytes: LOAD_READ_BYTES,
      maxOffset: end,
      minOneBatch: true,
    })
    if (!read.ok) throw new Error(`reading __transaction_state at ${offset}: ${read.error}`)
    if (read.records.length === 0) break
    const { records, nextOffset } = await decodeKeyValueBatches(read.records)
    for (const record of records) shard.replay(record)
    count += records.length
    if (nextOffset === null || nextOffset <= offset) break
    offset = nextOffset
  }
  return count
}
