// The group coordinator's driver, as Kafka's `CoordinatorRuntime`: it owns one pure
// GroupCoordinatorShard per __consumer_offsets partition this node leads, feeds it requests and
// timer firings, appends the records it returns to the partition's log, and only then answers.
//
// Partition states (one entry per partition this node leads; none for the others):
//
//   loading   the log is being replayed into a fresh shard; requests get COORDINATOR_LOAD_IN_PROGRESS
//   active    the shard serves; one Scheduler timer is armed at its `nextDeadlineMs()`
//   failed    loading failed (a corrupt log); requests get NOT_COORDINATOR until leadership changes
//
// `onImage` moves partitions between these as the metadata image says who leads what: a partition
// this node starts leading (or leads at a new leader epoch) is loaded, one it stops leading is
// unloaded (parked joins and syncs get NOT_COORDINATOR, the timer is cancelled). That is how a
// partition's coordination follows leadership once partitions replicate.
//
// One call = one synchronous step: route to the shard, call it, encode its records into one batch,
// `appendAsLeader`, report it (`onAppend`: the replica manager moves the high watermark), then
// resolve the immediate response and every deferred one, and re-arm the timer. Nothing awaits in
// between, so the shard's state and its log never diverge. As Kafka's coordinators write with
// acks=all, the answers wait until the write is committed when `onAppend` says it is not yet (a
// promise: followers must fetch it); a write that cannot commit (leadership moved, timed out)
// answers NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE. If the append throws (disk failure)
// or the shard throws (a failed assertion), the held responses get an error and the partition is
// reloaded from its log, which holds exactly what was written, as Kafka reverts to its snapshot.
//
// The topic is created on first use (`ensureTopic`) with Kafka's settings for it: compacted,
// `compression.type=producer`, 100 MiB segments, `offsets.topic.num.partitions` partitions and
// `offsets.topic.replication.factor` capped by the live brokers (KAFKA-TRAPS 11).

import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import type { PartitionLog } from '../../log/partition-log.js'
import type { MetadataImage } from '../../metadata/image.js'
import { ErrorCode } from '../../protocol/errors.js'
import type { JoinGroupResponse } from '../../protocol/generated/message/join-group-response.js'
import type { SyncGroupResponse } from '../../protocol/generated/message/sync-group-response.js'
import { assert } from '../../util/assert.js'
import type { Clock } from '../../util/clock.js'
import type { Scheduler } from '../../util/scheduler.js'
import { InternalTopicRuntime, type InternalTopicSpec } from '../internal-topic.js'
import { encodeKeyValueBatch } from '../record-batch.js'
import { joinResponse, syncResponse } from './classic-group.js'
import type { GroupCoordinatorConfig } from './config.js'
import { decodeOffsetsLogBatches, encodeTransactionalKeyValueBatch, type TransactionalProducer } from './log-batches.js'
import type { TransactionResult } from './offset-metadata-manager.js'
import { groupPartition } from './partition.js'
import { GroupCoordinatorShard } from './shard.js'
import type { CoordinatorResult, DeferredResponse, RequestContext, RequestId } from './types.js'

export const GROUP_METADATA_TOPIC = '__consumer_offsets'

/** Kafka's settings for the topic (`GroupCoordinatorConfig.offsetsTopicSegmentBytes` etc.). */
export const GROUP_METADATA_TOPIC_CONFIGS: ReadonlyMap<string, string> = new Map([
  ['cleanup.policy', 'compact'],
  ['compression.type', 'producer'],
  ['segment.bytes', '104857600'],
])

export type { CoordinatorLookup, InternalTopicSpec } from '../internal-topic.js'

export interface GroupCoordinatorRuntimeOptions {
  readonly nodeId: number
  /** offsets.topic.num.partitions: used when the topic is created; an existing topic's count wins. */
  readonly numPartitions: number
  /** offsets.topic.replication.factor, capped by the live brokers at creation. */
  readonly replicationFactor: number
  readonly config?: Partial<GroupCoordinatorConfig>
  readonly logs: { getLog(tp: { topic: string; partition: number }): PartitionLog | undefined }
  readonly image: () => MetadataImage
  /** Creates the topic through the controller; resolves once the image that holds it is published. */
  readonly createTopic: (spec: InternalTopicSpec) => Promise<{ errorCode: number; message: string | null }>
  readonly scheduler: Scheduler
  readonly clock: Clock
  readonly logger: Logger
  /** A fresh UUID string for member ids; default crypto.randomUUID. */
  readonly newUuid?: () => string
  /**
   * After each append (the replica manager moves the high watermark and wakes fetches). A promise
   * when the write is not committed yet: it settles with NONE once it is, or the error that ends it.
   */
  readonly onAppend?: (partition: number, bytes: number) => unknown
}

/** The request header facts a handler passes on. */
export interface GroupRequestHeader {
  readonly apiVersion: number
  readonly clientId: string
  /** Kafka's form, `/127.0.0.1`. */
  readonly clientHost: string
}

type PartitionState =
  | {
      readonly kind: 'loading'
      readonly leaderEpoch: number
      /** Transactions completed while loading; applied once loaded (a marker the replay already read is a no-op). */
      readonly completions: Array<{ readonly producerId: number; readonly result: TransactionResult }>
    }
  | { readonly kind: 'failed'; readonly leaderEpoch: number }
  | ActivePartition

interface ActivePartition {
  readonly kind: 'active'
  readonly partition: number
  readonly leaderEpoch: number
  readonly shard: GroupCoordinatorShard
  readonly log: PartitionLog
  cancelTimer: (() => void) | null
  armedDeadlineMs: number | null
}

interface Parked {
  readonly kind: 'join' | 'sync'
  readonly partition: number
  readonly apiVersion: number
  readonly resolve: (response: JoinGroupResponse | SyncGroupResponse) => void
}

/** Bytes read from the log per step while loading. */
const LOAD_READ_BYTES = 1 << 20

export class GroupCoordinatorRuntime extends InternalTopicRuntime<PartitionState> {
  readonly #options: GroupCoordinatorRuntimeOptions
  readonly #newUuid: () => string
  readonly #parked = new Map<RequestId, Parked>()
  #nextRequestId = 1

  constructor(options: GroupCoordinatorRuntimeOptions) {
    assert(options.numPartitions > 0, 'offsets.topic.num.partitions must be positive')
    super({
      ...options,
      name: GROUP_METADATA_TOPIC,
      configs: () => GROUP_METADATA_TOPIC_CONFIGS,
      partitionOf: groupPartition,
    })
    this.#options = options
    this.#newUuid = options.newUuid ?? randomUUID
  }

  // ---------------------------------------------------------------------------------------------
  // Loading and unloading

  protected override load(partition: number, leaderEpoch: number, log: PartitionLog): void {
    const loading: PartitionState = { kind: 'loading', leaderEpoch, completions: [] }
    this.partitions.set(partition, loading)
    const shard = new GroupCoordinatorShard({ config: this.#options.config, newUuid: this.#newUuid })
    const startedMs = this.#options.clock.monotonicMs()
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
          for (const c of loading.completions) shard.replayEndTransaction(c.producerId, c.result)
          this.#options.logger.debug(
            { partition, recordCount, ms: this.#options.clock.monotonicMs() - startedMs },
            '__consumer_offsets partition loaded',
          )
          this.#run(
            active,
            (s, nowMs) => s.onLoaded(nowMs),
            () => undefined,
          )
        },
        (err: unknown) => {
          if (this.partitions.get(partition) !== loading) return
          this.#options.logger.error({ err, partition }, 'loading a __consumer_offsets partition failed')
          this.partitions.set(partition, { kind: 'failed', leaderEpoch })
        },
      )
  }

  /** Forgets the partition: parked requests are answered NOT_COORDINATOR, the timer is cancelled. */
  protected override unload(partition: number): void {
    const state = this.partitions.get(partition)
    this.partitions.delete(partition)
    if (state?.kind === 'active') {
      state.cancelTimer?.()
      state.cancelTimer = null
      this.#answer(state.shard.unload())
    }
    // Anything the shard did not answer (it should have answered all) still gets an answer.
    for (const [requestId, parked] of [...this.#parked]) {
      if (parked.partition === partition) this.#answerWithError(requestId, parked, ErrorCode.NOT_COORDINATOR)
    }
  }

  /** After a failed step: forget the shard's state and rebuild it from what the log holds. */
  #reload(p: ActivePartition): void {
    this.unload(p.partition)
    if (this.closed) return
    this.load(p.partition, p.leaderEpoch, p.log)
  }

  /** Answers every parked request and stops every timer; later requests get COORDINATOR_NOT_AVAILABLE. */
  close(): void {
    if (this.closed) return
    this.closed = true
    for (const partition of [...this.partitions.keys()]) this.unload(partition)
    for (const [requestId, parked] of [...this.#parked]) {
      this.#answerWithError(requestId, parked, ErrorCode.COORDINATOR_NOT_AVAILABLE)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Requests

  /**
   * A request that may change state (OffsetCommit, Heartbeat, LeaveGroup, DeleteGroups,
   * OffsetDelete): the shard's response once its records are appended, or `errorResponse` with
   * NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS or COORDINATOR_NOT_AVAILABLE.
   */
  async write<T>(
    groupId: string,
    header: GroupRequestHeader,
    call: (shard: GroupCoordinatorShard, ctx: RequestContext, nowMs: number) => CoordinatorResult<T>,
    errorResponse: (errorCode: ErrorCode) => T,
  ): Promise<T> {
    const route = await this.#route(groupId)
    if (route.kind !== 'active') return errorResponse(route.errorCode)
    const ctx = this.#context(header)
    return this.#run(route.partition, (shard, nowMs) => call(shard, ctx, nowMs), errorResponse)
  }

  /**
   * TxnOffsetCommit: as `write`, but the records go into one transactional batch of `producer`,
   * pending until the transaction's marker reaches the partition (`onTransactionCompleted`). A
   * producer epoch below the one the partition's log knows is INVALID_PRODUCER_EPOCH, as the log's
   * append would refuse it.
   */
  async writeTransactional<T>(
    groupId: string,
    header: GroupRequestHeader,
    producer: TransactionalProducer,
    call: (shard: GroupCoordinatorShard, ctx: RequestContext, nowMs: number) => CoordinatorResult<T>,
    errorResponse: (errorCode: ErrorCode) => T,
  ): Promise<T> {
    const route = await this.#route(groupId)
    if (route.kind !== 'active') return errorResponse(route.errorCode)
    const known = route.partition.log.producerStateOf(producer.producerId)
    if (known !== undefined && known.producerEpoch > producer.producerEpoch) {
      return errorResponse(ErrorCode.INVALID_PRODUCER_EPOCH)
    }
    const ctx = this.#context(header)
    return this.#run(route.partition, (shard, nowMs) => call(shard, ctx, nowMs), errorResponse, producer)
  }

  /**
   * The transaction coordinator appended a COMMIT or ABORT marker of `producerId` to
   * __consumer_offsets partition `partition` (WriteTxnMarkers): the producer's pending offsets in
   * it are materialised or dropped. A partition still loading applies it once loaded (its replay
   * may have read past the marker already; applying it twice changes nothing, since no
   * transactional offsets are written while loading); a partition this node does not lead ignores
   * it (whoever loads it replays the marker). Returns whether a loaded or loading shard took it.
   */
  onTransactionCompleted(partition: number, producerId: number, result: TransactionResult): boolean {
    const state = this.partitions.get(partition)
    if (state?.kind === 'loading') {
      state.completions.push({ producerId, result })
      return true
    }
    if (state?.kind !== 'active') return false
    state.shard.replayEndTransaction(producerId, result)
    return true
  }

  /** A read-only request (OffsetFetch, DescribeGroups): the shard's answer, or `errorResponse`. */
  async read<T>(
    groupId: string,
    header: GroupRequestHeader,
    call: (shard: GroupCoordinatorShard, ctx: RequestContext) => T,
    errorResponse: (errorCode: ErrorCode) => T,
  ): Promise<T> {
    const route = await this.#route(groupId)
    if (route.kind !== 'active') return errorResponse(route.errorCode)
    return call(route.partition.shard, this.#context(header))
  }

  /** JoinGroup: resolves when the shard answers it, now or from a later call or timer. */
  joinGroup(
    groupId: string,
    header: GroupRequestHeader,
    call: (shard: GroupCoordinatorShard, ctx: RequestContext, nowMs: number) => CoordinatorResult<undefined>,
  ): Promise<JoinGroupResponse> {
    return this.#parkedRequest('join', groupId, header, call) as Promise<JoinGroupResponse>
  }

  /** SyncGroup: resolves when the shard answers it (a follower waits for the leader's assignment). */
  syncGroup(
    groupId: string,
    header: GroupRequestHeader,
    call: (shard: GroupCoordinatorShard, ctx: RequestContext, nowMs: number) => CoordinatorResult<undefined>,
  ): Promise<SyncGroupResponse> {
    return this.#parkedRequest('sync', groupId, header, call) as Promise<SyncGroupResponse>
  }

  /**
   * Every loaded shard's answer (ListGroups), and the first routing error of a partition this node
   * leads but cannot serve yet (COORDINATOR_LOAD_IN_PROGRESS), as Kafka's ListGroups does.
   */
  async readAll<T>(
    header: GroupRequestHeader,
    call: (shard: GroupCoordinatorShard, ctx: RequestContext) => T,
  ): Promise<{ readonly results: T[]; readonly errorCode: ErrorCode }> {
    await this.ensureTopic()
    const results: T[] = []
    let errorCode: ErrorCode = this.closed ? ErrorCode.COORDINATOR_NOT_AVAILABLE : ErrorCode.NONE
    for (const state of this.partitions.values()) {
      if (state.kind === 'active') results.push(call(state.shard, this.#context(header)))
      else if (state.kind === 'loading' && errorCode === ErrorCode.NONE)
        errorCode = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    }
    return { results, errorCode }
  }

  async #parkedRequest(
    kind: 'join' | 'sync',
    groupId: string,
    header: GroupRequestHeader,
    call: (shard: GroupCoordinatorShard, ctx: RequestContext, nowMs: number) => CoordinatorResult<undefined>,
  ): Promise<JoinGroupResponse | SyncGroupResponse> {
    const route = await this.#route(groupId)
    if (route.kind !== 'active') return errorAnswer(kind, header.apiVersion, route.errorCode)
    const ctx = this.#context(header)
    const p = route.partition
    return new Promise((resolve) => {
      // Registered before the call: the shard may answer the request in the same step.
      this.#parked.set(ctx.requestId, { kind, partition: p.partition, apiVersion: header.apiVersion, resolve })
      this.#run(
        p,
        (shard, nowMs) => call(shard, ctx, nowMs),
        () => undefined,
      )
    })
  }

  async #route(
    groupId: string,
  ): Promise<{ kind: 'active'; partition: ActivePartition } | { kind: 'error'; errorCode: ErrorCode }> {
    if (this.topic() === undefined) await this.ensureTopic()
    if (this.closed) return { kind: 'error', errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE }
    if (this.topic() === undefined) return { kind: 'error', errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE }
    const state = this.partitions.get(this.partitionFor(groupId))
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

  #context(header: GroupRequestHeader): RequestContext {
    return { ...header, requestId: this.#nextRequestId++ }
  }

  // ---------------------------------------------------------------------------------------------
  // One step: call, append, answer, re-arm

  #run<T>(
    p: ActivePartition,
    call: (shard: GroupCoordinatorShard, nowMs: number) => CoordinatorResult<T>,
    errorResponse: (errorCode: ErrorCode) => T,
    producer?: TransactionalProducer,
  ): T | Promise<T> {
    const nowMs = this.#options.clock.wallMs()
    let committed: Promise<unknown> | null = null
    let result: CoordinatorResult<T>
    try {
      result = call(p.shard, nowMs)
    } catch (err) {
      this.#options.logger.error({ err, partition: p.partition }, 'group coordinator shard failed; reloading')
      this.#reload(p)
      return errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR)
    }
    if (result.records.length > 0) {
      try {
        const batch =
          producer === undefined
            ? encodeKeyValueBatch(result.records, nowMs)
            : encodeTransactionalKeyValueBatch(result.records, nowMs, producer)
        const appended = p.log.appendAsLeader(batch, p.leaderEpoch)
        const commit = this.#options.onAppend?.(p.partition, appended.bytes)
        if (commit instanceof Promise) committed = commit
      } catch (err) {
        this.#options.logger.error({ err, partition: p.partition }, '__consumer_offsets append failed; reloading')
        for (const d of result.deferred) {
          const parked = this.#parked.get(d.requestId)
          if (parked !== undefined) this.#answerWithError(d.requestId, parked, ErrorCode.NOT_COORDINATOR)
        }
        this.#reload(p)
        return errorResponse(ErrorCode.NOT_COORDINATOR)
      }
    }
    if (committed !== null) return this.#afterCommit(p, committed, result, errorResponse)
    this.#answer(result.deferred)
    this.#arm(p)
    return result.response
  }

  /** Answers a step once its write is committed; a write that cannot commit answers with an error. */
  async #afterCommit<T>(
    p: ActivePartition,
    committed: Promise<unknown>,
    result: CoordinatorResult<T>,
    errorResponse: (errorCode: ErrorCode) => T,
  ): Promise<T> {
    this.#arm(p)
    const errorCode = await committed
    if (errorCode === ErrorCode.NONE) {
      this.#answer(result.deferred)
      return result.response
    }
    // Kafka's coordinators answer NOT_COORDINATOR when leadership moved, else COORDINATOR_NOT_AVAILABLE.
    const answer =
      errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER ? ErrorCode.NOT_COORDINATOR : ErrorCode.COORDINATOR_NOT_AVAILABLE
    for (const d of result.deferred) {
      const parked = this.#parked.get(d.requestId)
      if (parked !== undefined) this.#answerWithError(d.requestId, parked, answer)
    }
    return errorResponse(answer)
  }

  #answer(deferred: readonly DeferredResponse[]): void {
    for (const d of deferred) {
      const parked = this.#parked.get(d.requestId)
      // Absent: already answered with an error (an unload raced a completion); never twice.
      if (parked === undefined) continue
      assert(parked.kind === d.kind, `request ${d.requestId} is a ${parked.kind}, answered as a ${d.kind}`)
      this.#parked.delete(d.requestId)
      parked.resolve(d.response)
    }
  }

  #answerWithError(requestId: RequestId, parked: Parked, errorCode: ErrorCode): void {
    this.#parked.delete(requestId)
    parked.resolve(errorAnswer(parked.kind, parked.apiVersion, errorCode))
  }

  /** One timer per shard at its next deadline; left alone when that deadline did not move. */
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

  // ---------------------------------------------------------------------------------------------
  // Inspection (tests, metrics)

  /** The state of each partition this node leads. */
  partitionStates(): Map<number, PartitionState['kind']> {
    return new Map([...this.partitions].map(([p, s]) => [p, s.kind]))
  }

  /** The shard of a loaded partition. */
  shard(partition: number): GroupCoordinatorShard | undefined {
    const state = this.partitions.get(partition)
    return state?.kind === 'active' ? state.shard : undefined
  }

  /** Parked JoinGroup and SyncGroup requests. */
  get parkedCount(): number {
    return this.#parked.size
  }
}

/** Replays the partition's records up to its log end into the shard; resolves with how many it read. */
async function replayLog(log: PartitionLog, shard: GroupCoordinatorShard): Promise<number> {
  let offset = log.logStartOffset
  let count = 0
  // Every step moves `offset` past at least one batch, so the loop ends at the log end.
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
    if (!read.ok) throw new Error(`reading __consumer_offsets at ${offset}: ${read.error}`)
    if (read.records.length === 0) break
    const { entries, nextOffset } = await decodeOffsetsLogBatches(read.records)
    for (const entry of entries) {
      if (entry.kind === 'record') shard.replay(entry.record, entry.producerId)
      else shard.replayEndTransaction(entry.producerId, entry.result)
    }
    count += entries.length
    if (nextOffset === null || nextOffset <= offset) break
    offset = nextOffset
  }
  return count
}

function errorAnswer(
  kind: 'join' | 'sync',
  apiVersion: number,
  errorCode: ErrorCode,
): JoinGroupResponse | SyncGroupResponse {
  return kind === 'join' ? joinResponse(apiVersion, { errorCode }) : syncResponse({ errorCode })
}
