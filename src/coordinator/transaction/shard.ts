// One __transaction_state partition's transaction coordinator, as Kafka's TransactionCoordinator
// and TransactionStateManager for the transactional ids that hash to this partition: the state of
// each id (state.ts has the states and the transition table), the requests that read and change
// it, the markers that finish a transaction, the timers that abort timed-out transactions and
// expire idle ids, and replay of the partition's records.
//
// Pure: no I/O, no clock, no randomness. Every call takes `nowMs` (wall-clock ms, for timers and
// record timestamps, as Kafka uses one `Time`), producer ids come from the injected
// `allocateProducerId`, and every call returns a CoordinatorResult (records to append, then the
// response and markers; see types.ts). After any call the driver re-arms its one timer for
// `nextDeadlineMs()` and calls `tick` when it fires.
//
// Lifecycle: construct with the partition's leader epoch (the coordinator epoch every marker
// carries), `replay` every record of the partition, `onLoaded(nowMs)` (which resumes the markers
// of transactions left in PrepareCommit/PrepareAbort), then serve. `unload()` when leadership moves.
//
// Differences from Kafka, by design: there is no pending state. Kafka marks a transition pending
// while its append is in flight and answers CONCURRENT_TRANSACTIONS meanwhile; here a call applies
// its transition and returns the record in one step, and a failed append reloads the shard from
// the log (types.ts), so no request can observe a half-done transition. For the same reason there
// is no `hasFailedEpochFence`: after a failed fence the reload shows which epoch was really written.
// PrepareEpochFence is therefore never stored: fencing goes Ongoing -> PrepareEpochFence ->
// PrepareAbort inside one call, and only the PrepareAbort record (with the bumped epoch) is written.
//
// Not implemented: transaction.version 2 (KIP-890 part 2: EndTxn v5 bumping the epoch per
// transaction, the previous/next producer id tagged fields of TransactionLogValue v1, whose
// presence we do not read); TxnOffsetCommit, which the group coordinator serves; Kafka's batching
// of expiration tombstones (each tombstone is its own record in the one result).

import { ErrorCode } from '../../protocol/errors.js'
import type { AddOffsetsToTxnRequest } from '../../protocol/generated/message/add-offsets-to-txn-request.js'
import type { AddOffsetsToTxnResponse } from '../../protocol/generated/message/add-offsets-to-txn-response.js'
import type { AddPartitionsToTxnTransaction } from '../../protocol/generated/message/add-partitions-to-txn-request.js'
import type { AddPartitionsToTxnResult } from '../../protocol/generated/message/add-partitions-to-txn-response.js'
import {
  type TransactionState as DescribedTransaction,
  defaultTransactionState,
} from '../../protocol/generated/message/describe-transactions-response.js'
import type { EndTxnRequest } from '../../protocol/generated/message/end-txn-request.js'
import type { EndTxnResponse } from '../../protocol/generated/message/end-txn-response.js'
import type { InitProducerIdRequest } from '../../protocol/generated/message/init-producer-id-request.js'
import type { InitProducerIdResponse } from '../../protocol/generated/message/init-producer-id-response.js'
import type { ListTransactionsRequest } from '../../protocol/generated/message/list-transactions-request.js'
import type {
  TransactionState as ListedTransaction,
  ListTransactionsResponse,
} from '../../protocol/generated/message/list-transactions-response.js'
import { assert, assertNever } from '../../util/assert.js'
import { defaultTransactionCoordinatorConfig, type TransactionCoordinatorConfig } from './config.js'
import {
  addPartitions,
  containsAll,
  containsPartition,
  EMPTY_PARTITIONS,
  isEpochExhausted,
  isSubset,
  MAX_PRODUCER_EPOCH,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  partitionCount,
  partitionList,
  removePartitions,
  type TopicPartition,
  type TransactionMetadata,
} from './metadata.js'
import { decodeRecord, type TransactionRecord, transactionRecord } from './records.js'
import { isExpirationAllowed, isValidTransition, stateFromName, type TransactionState } from './state.js'
import {
  type CoordinatorResult,
  Effects,
  type TransactionResult,
  type TxnMarker,
  type TxnRequestContext,
} from './types.js'

export interface TransactionCoordinatorShardOptions {
  readonly config?: Partial<TransactionCoordinatorConfig>
  /** The leader epoch of this __transaction_state partition: Kafka's coordinatorEpoch, sent with every marker. */
  readonly coordinatorEpoch: number
  /**
   * A fresh producer id, or null when none is available right now (the next block is still being
   * fetched from the controller), which answers COORDINATOR_LOAD_IN_PROGRESS as Kafka's
   * RPCProducerIdManager does.
   */
  readonly allocateProducerId: () => bigint | null
  /** The __consumer_offsets partition of a group, for AddOffsetsToTxn. */
  readonly groupPartition: (groupId: string) => number
}

export const CONSUMER_OFFSETS_TOPIC = '__consumer_offsets'

export type TimerKind = 'abort-timed-out-transactions' | 'remove-expired-transactional-ids'

/** A bound on timer firings per tick; each firing pushes its timer forward by a positive interval. */
const MAX_TIMER_FIRINGS_PER_TICK = 1_000_000

type Fields = Partial<Omit<TransactionMetadata, 'transactionalId' | 'state' | 'lastProducerId'>>

export class TransactionCoordinatorShard {
  readonly config: TransactionCoordinatorConfig
  readonly coordinatorEpoch: number
  readonly #allocateProducerId: () => bigint | null
  readonly #groupPartition: (groupId: string) => number
  readonly #txns = new Map<string, TransactionMetadata>()
  /** Timers as data: kind -> deadline, in scheduling order (ties fire in this order). */
  readonly #timers = new Map<TimerKind, number>()
  #loaded = false

  constructor(options: TransactionCoordinatorShardOptions) {
    this.config = { ...defaultTransactionCoordinatorConfig, ...options.config }
    assert(this.config.abortTimedOutTransactionCleanupIntervalMs > 0, 'abort interval must be positive')
    assert(this.config.removeExpiredTransactionalIdCleanupIntervalMs > 0, 'expiration interval must be positive')
    assert(Number.isInteger(options.coordinatorEpoch) && options.coordinatorEpoch >= 0, 'coordinatorEpoch')
    this.coordinatorEpoch = options.coordinatorEpoch
    this.#allocateProducerId = options.allocateProducerId
    this.#groupPartition = options.groupPartition
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  /** Applies one record read from the partition's log (loading, before `onLoaded`). */
  replay(record: TransactionRecord): void {
    const decoded = decodeRecord(record)
    if (decoded.kind === 'unsupported') return
    const { transactionalId, value } = decoded
    if (value === null) {
      this.#txns.delete(transactionalId)
      return
    }
    // The last producer id and epoch are not in the record (metadata.ts), as after Kafka's load.
    this.#txns.set(transactionalId, {
      transactionalId,
      ...value,
      lastProducerId: NO_PRODUCER_ID,
      lastProducerEpoch: NO_PRODUCER_EPOCH,
    })
  }

  /** Loading is done: markers of PrepareCommit/PrepareAbort transactions resume; the timers start. */
  onLoaded(nowMs: number): CoordinatorResult<undefined> {
    assert(!this.#loaded, 'onLoaded is called once')
    this.#loaded = true
    const effects = new Effects()
    for (const m of [...this.#txns.values()]) {
      if (m.state === 'PrepareCommit' || m.state === 'PrepareAbort') this.#sendMarkers(m, nowMs, effects)
    }
    this.#timers.set('abort-timed-out-transactions', nowMs + this.config.abortTimedOutTransactionCleanupIntervalMs)
    this.#timers.set(
      'remove-expired-transactional-ids',
      nowMs + this.config.removeExpiredTransactionalIdCleanupIntervalMs,
    )
    return effects.result(undefined)
  }

  /** The partition moved away: the shard forgets everything (the driver drops its pending markers). */
  unload(): void {
    this.#txns.clear()
    this.#timers.clear()
    this.#loaded = false
  }

  // ---------------------------------------------------------------------------------------------
  // InitProducerId

  /**
   * InitProducerId v0-5 for a transactional id of this shard (the null-id idempotent case is
   * `initIdempotentProducerId`). New id: a fresh producer id at epoch 0. Existing id: bump the epoch
   * (KIP-360: a supplied producer id and epoch must be the current ones, or the previous ones of a
   * retried bump), or take a new producer id once the epoch is exhausted; an Ongoing transaction is
   * aborted first with a bumped epoch, answering CONCURRENT_TRANSACTIONS until the client retries
   * after it completes.
   */
  initProducerId(
    ctx: TxnRequestContext,
    request: InitProducerIdRequest,
    nowMs: number,
  ): CoordinatorResult<InitProducerIdResponse> {
    this.#assertLoaded()
    const effects = new Effects()
    const answer = (errorCode: ErrorCode, m?: TransactionMetadata): CoordinatorResult<InitProducerIdResponse> =>
      effects.result({
        throttleTimeMs: 0,
        errorCode:
          errorCode === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 4 ? ErrorCode.INVALID_PRODUCER_EPOCH : errorCode,
        producerId: m === undefined ? NO_PRODUCER_ID : m.producerId,
        producerEpoch: m === undefined ? NO_PRODUCER_EPOCH : m.producerEpoch,
      })
    const transactionalId = request.transactionalId
    assert(transactionalId !== null, 'initProducerId: idempotent producers do not go through a shard')
    if (transactionalId === '') return answer(ErrorCode.INVALID_REQUEST)
    if (!this.#validTransactionTimeout(request.transactionTimeoutMs)) {
      return answer(ErrorCode.INVALID_TRANSACTION_TIMEOUT)
    }
    const expected = expectedProducer(request)
    if (expected === 'invalid') return answer(ErrorCode.INVALID_REQUEST)

    let current = this.#txns.get(transactionalId)
    if (current === undefined) {
      const producerId = this.#allocateProducerId()
      if (producerId === null) return answer(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
      // Not stored until its first transition is written, as Kafka's metadata has no record until then.
      current = {
        transactionalId,
        producerId,
        lastProducerId: NO_PRODUCER_ID,
        producerEpoch: NO_PRODUCER_EPOCH,
        lastProducerEpoch: NO_PRODUCER_EPOCH,
        txnTimeoutMs: request.transactionTimeoutMs,
        state: 'Empty',
        topicPartitions: EMPTY_PARTITIONS,
        txnStartTimestamp: -1,
        txnLastUpdateTimestamp: nowMs,
      }
    }
    if (expected !== null && !isValidExpectedProducer(current, expected)) return answer(ErrorCode.PRODUCER_FENCED)

    switch (current.state) {
      case 'PrepareCommit':
      case 'PrepareAbort':
        return answer(ErrorCode.CONCURRENT_TRANSACTIONS)
      case 'Empty':
      case 'CompleteCommit':
      case 'CompleteAbort': {
        const next = this.#nextProducerEpoch(current, request.transactionTimeoutMs, expected, nowMs)
        if (typeof next === 'number') return answer(next as ErrorCode)
        this.#write(next, effects)
        return answer(ErrorCode.NONE, next)
      }
      case 'Ongoing':
        // The bumped epoch is never returned: the client retries after the abort completes and
        // gets a second bump (or a new producer id if the fence used up the epochs).
        this.#fenceAndAbort(current, nowMs, effects)
        return answer(ErrorCode.CONCURRENT_TRANSACTIONS)
      case 'Dead':
      case 'PrepareEpochFence':
        assert(false, `transactional id ${transactionalId} found in transient state ${current.state}`)
        break
      default:
        assertNever(current.state, 'transaction state')
    }
    return answer(ErrorCode.UNKNOWN_SERVER_ERROR)
  }

  /** Kafka's prepareIncrementProducerEpoch / prepareProducerIdRotation; a number is an error code. */
  #nextProducerEpoch(
    m: TransactionMetadata,
    txnTimeoutMs: number,
    expected: ExpectedProducer | null,
    nowMs: number,
  ): TransactionMetadata | ErrorCode {
    const emptyFields = {
      txnTimeoutMs,
      topicPartitions: EMPTY_PARTITIONS,
      txnStartTimestamp: -1,
      txnLastUpdateTimestamp: nowMs,
    }
    if (isEpochExhausted(m.producerEpoch) && (expected === null || expected.producerEpoch === m.producerEpoch)) {
      const producerId = this.#allocateProducerId()
      if (producerId === null) return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
      return transit(m, 'Empty', {
        ...emptyFields,
        producerId,
        producerEpoch: 0,
        lastProducerEpoch: expected === null ? NO_PRODUCER_EPOCH : m.producerEpoch,
      })
    }
    if (expected === null) {
      return transit(m, 'Empty', {
        ...emptyFields,
        producerEpoch: m.producerEpoch + 1,
        lastProducerEpoch: NO_PRODUCER_EPOCH,
      })
    }
    if (m.producerEpoch === NO_PRODUCER_EPOCH || expected.producerEpoch === m.producerEpoch) {
      // The producer resumes after an error and nobody else initialised since: bump, remember the old epoch.
      return transit(m, 'Empty', {
        ...emptyFields,
        producerEpoch: m.producerEpoch + 1,
        lastProducerEpoch: m.producerEpoch,
      })
    }
    if (expected.producerEpoch === m.lastProducerEpoch) {
      // A retry of a bump whose response was lost: answer the current epoch again.
      return transit(m, 'Empty', emptyFields)
    }
    return ErrorCode.PRODUCER_FENCED
  }

  #validTransactionTimeout(txnTimeoutMs: number): boolean {
    return txnTimeoutMs > 0 && txnTimeoutMs <= this.config.transactionMaxTimeoutMs
  }

  // ---------------------------------------------------------------------------------------------
  // AddPartitionsToTxn, AddOffsetsToTxn

  /**
   * One transaction of AddPartitionsToTxn: v0-3 (the client's, which the handler turns into one
   * transaction with verifyOnly false) or one entry of v4-5 (a broker's batch). verifyOnly checks
   * that the partitions are already in the ongoing transaction (KIP-890 verification): each one not
   * in it gets TRANSACTION_ABORTABLE (v5) or INVALID_TXN_STATE (v4, which predates that code).
   * Every requested partition gets an entry, with the transaction's error when there is one.
   */
  addPartitionsToTxn(
    ctx: TxnRequestContext,
    txn: AddPartitionsToTxnTransaction,
    nowMs: number,
  ): CoordinatorResult<AddPartitionsToTxnResult> {
    this.#assertLoaded()
    const effects = new Effects()
    const requested = txn.topics.flatMap((t) => t.partitions.map((partition) => ({ topic: t.name, partition })))
    const respond = (errorOf: (tp: TopicPartition) => ErrorCode): CoordinatorResult<AddPartitionsToTxnResult> =>
      effects.result({
        transactionalId: txn.transactionalId,
        topicResults: txn.topics.map((t) => ({
          name: t.name,
          resultsByPartition: t.partitions.map((partition) => ({
            partitionIndex: partition,
            partitionErrorCode: fenced(errorOf({ topic: t.name, partition }), ctx.apiVersion, 2),
          })),
        })),
      })
    if (txn.verifyOnly) {
      const error = this.#checkProducer(txn.transactionalId, txn.producerId, txn.producerEpoch)
      if (error !== ErrorCode.NONE) return respond(() => error)
      const m = this.#txns.get(txn.transactionalId)
      assert(m !== undefined, 'checked above')
      if (m.state === 'PrepareCommit' || m.state === 'PrepareAbort')
        return respond(() => ErrorCode.CONCURRENT_TRANSACTIONS)
      const notIn = ctx.apiVersion >= 5 ? ErrorCode.TRANSACTION_ABORTABLE : ErrorCode.INVALID_TXN_STATE
      return respond((tp) => (containsPartition(m.topicPartitions, tp) ? ErrorCode.NONE : notIn))
    }
    const error = this.#addPartitions(txn.transactionalId, txn.producerId, txn.producerEpoch, requested, nowMs, effects)
    return respond(() => error)
  }

  /** AddOffsetsToTxn v0-4: adds the group's __consumer_offsets partition, as Kafka does. */
  addOffsetsToTxn(
    ctx: TxnRequestContext,
    request: AddOffsetsToTxnRequest,
    nowMs: number,
  ): CoordinatorResult<AddOffsetsToTxnResponse> {
    this.#assertLoaded()
    const effects = new Effects()
    const tp = { topic: CONSUMER_OFFSETS_TOPIC, partition: this.#groupPartition(request.groupId) }
    const error = this.#addPartitions(
      request.transactionalId,
      request.producerId,
      request.producerEpoch,
      [tp],
      nowMs,
      effects,
    )
    return effects.result({ throttleTimeMs: 0, errorCode: fenced(error, ctx.apiVersion, 2) })
  }

  #addPartitions(
    transactionalId: string,
    producerId: bigint,
    producerEpoch: number,
    tps: readonly TopicPartition[],
    nowMs: number,
    effects: Effects,
  ): ErrorCode {
    const error = this.#checkProducer(transactionalId, producerId, producerEpoch)
    if (error !== ErrorCode.NONE) return error
    const m = this.#txns.get(transactionalId)
    assert(m !== undefined, 'checked above')
    switch (m.state) {
      case 'PrepareCommit':
      case 'PrepareAbort':
        return ErrorCode.CONCURRENT_TRANSACTIONS
      case 'Ongoing':
        // Already there: answer at once without a record, as Kafka's shortcut.
        if (containsAll(m.topicPartitions, tps)) return ErrorCode.NONE
        this.#write(
          transit(m, 'Ongoing', {
            topicPartitions: addPartitions(m.topicPartitions, tps),
            txnLastUpdateTimestamp: nowMs,
          }),
          effects,
        )
        return ErrorCode.NONE
      case 'Empty':
      case 'CompleteCommit':
      case 'CompleteAbort':
        this.#write(
          transit(m, 'Ongoing', {
            topicPartitions: addPartitions(EMPTY_PARTITIONS, tps),
            txnStartTimestamp: nowMs,
            txnLastUpdateTimestamp: nowMs,
          }),
          effects,
        )
        return ErrorCode.NONE
      case 'Dead':
      case 'PrepareEpochFence':
        assert(false, `transactional id ${transactionalId} found in transient state ${m.state}`)
        return ErrorCode.UNKNOWN_SERVER_ERROR
      default:
        return assertNever(m.state, 'transaction state')
    }
  }

  /** The checks every request of an initialised producer passes first (Kafka's order). */
  #checkProducer(transactionalId: string, producerId: bigint, producerEpoch: number): ErrorCode {
    if (transactionalId === '') return ErrorCode.INVALID_REQUEST
    const m = this.#txns.get(transactionalId)
    if (m === undefined || m.producerId !== producerId) return ErrorCode.INVALID_PRODUCER_ID_MAPPING
    if (m.producerEpoch !== producerEpoch) return ErrorCode.PRODUCER_FENCED
    return ErrorCode.NONE
  }

  // ---------------------------------------------------------------------------------------------
  // EndTxn and markers

  /**
   * EndTxn v0-4. Ongoing: write PrepareCommit/PrepareAbort, answer NONE and emit the markers. A
   * retry answers CONCURRENT_TRANSACTIONS while the same result's markers are being written and
   * NONE once it completed; any other combination is INVALID_TXN_STATE, as Kafka.
   */
  endTxn(ctx: TxnRequestContext, request: EndTxnRequest, nowMs: number): CoordinatorResult<EndTxnResponse> {
    this.#assertLoaded()
    const effects = new Effects()
    const answer = (error: ErrorCode) =>
      effects.result({ throttleTimeMs: 0, errorCode: fenced(error, ctx.apiVersion, 2) })
    const error = this.#checkProducer(request.transactionalId, request.producerId, request.producerEpoch)
    if (error !== ErrorCode.NONE) return answer(error)
    const m = this.#txns.get(request.transactionalId)
    assert(m !== undefined, 'checked above')
    const commit = request.committed
    switch (m.state) {
      case 'Ongoing':
        this.#prepareEnd(
          transit(m, commit ? 'PrepareCommit' : 'PrepareAbort', { txnLastUpdateTimestamp: nowMs }),
          nowMs,
          effects,
        )
        return answer(ErrorCode.NONE)
      case 'CompleteCommit':
        return answer(commit ? ErrorCode.NONE : ErrorCode.INVALID_TXN_STATE)
      case 'CompleteAbort':
        return answer(commit ? ErrorCode.INVALID_TXN_STATE : ErrorCode.NONE)
      case 'PrepareCommit':
        return answer(commit ? ErrorCode.CONCURRENT_TRANSACTIONS : ErrorCode.INVALID_TXN_STATE)
      case 'PrepareAbort':
        return answer(commit ? ErrorCode.INVALID_TXN_STATE : ErrorCode.CONCURRENT_TRANSACTIONS)
      case 'Empty':
        return answer(ErrorCode.INVALID_TXN_STATE)
      case 'Dead':
      case 'PrepareEpochFence':
        assert(false, `transactional id ${m.transactionalId} found in transient state ${m.state}`)
        return answer(ErrorCode.UNKNOWN_SERVER_ERROR)
      default:
        return assertNever(m.state, 'transaction state')
    }
  }

  /**
   * The driver wrote `marker.result` markers to `marker.partitions` (a subset of what was asked).
   * When no partition is left the transaction completes (one record). Reports of a transaction
   * that moved on (another producer id or epoch, another result, a new coordinator epoch) are
   * ignored and answer false.
   */
  markersWritten(marker: TxnMarker, nowMs: number): CoordinatorResult<boolean> {
    this.#assertLoaded()
    const effects = new Effects()
    const m = this.#txns.get(marker.transactionalId)
    if (
      m === undefined ||
      marker.coordinatorEpoch !== this.coordinatorEpoch ||
      m.producerId !== marker.producerId ||
      m.producerEpoch !== marker.producerEpoch ||
      m.state !== prepareState(marker.result)
    ) {
      return effects.result(false)
    }
    // Only in memory, as Kafka's removePartition: a reload resends markers to every partition of
    // the Prepare record, which brokers accept again.
    const remaining = { ...m, topicPartitions: removePartitions(m.topicPartitions, marker.partitions) }
    this.#txns.set(m.transactionalId, remaining)
    if (remaining.topicPartitions.size === 0) this.#complete(remaining, nowMs, effects)
    return effects.result(true)
  }

  /** Writes the Prepare* record, then the markers, or the completion at once when there is no partition. */
  #prepareEnd(prepared: TransactionMetadata, nowMs: number, effects: Effects): void {
    this.#write(prepared, effects)
    this.#sendMarkers(prepared, nowMs, effects)
  }

  #sendMarkers(m: TransactionMetadata, nowMs: number, effects: Effects): void {
    if (m.topicPartitions.size === 0) {
      this.#complete(m, nowMs, effects)
      return
    }
    effects.markers.push({
      transactionalId: m.transactionalId,
      producerId: m.producerId,
      producerEpoch: m.producerEpoch,
      coordinatorEpoch: this.coordinatorEpoch,
      result: m.state === 'PrepareCommit' ? 'COMMIT' : 'ABORT',
      partitions: partitionList(m.topicPartitions),
    })
  }

  #complete(m: TransactionMetadata, nowMs: number, effects: Effects): void {
    const state = m.state === 'PrepareCommit' ? 'CompleteCommit' : 'CompleteAbort'
    this.#write(transit(m, state, { topicPartitions: EMPTY_PARTITIONS, txnLastUpdateTimestamp: nowMs }), effects)
  }

  /** Aborts an Ongoing transaction with a bumped epoch, fencing its producer (Kafka's prepareFenceProducerEpoch). */
  #fenceAndAbort(m: TransactionMetadata, nowMs: number, effects: Effects): void {
    assert(m.state === 'Ongoing', 'only an ongoing transaction is fenced')
    assert(m.producerEpoch < MAX_PRODUCER_EPOCH, 'fencing would overflow the producer epoch')
    const fencing = transit(m, 'PrepareEpochFence', {
      producerEpoch: m.producerEpoch + 1,
      lastProducerEpoch: NO_PRODUCER_EPOCH,
    })
    this.#prepareEnd(transit(fencing, 'PrepareAbort', { txnLastUpdateTimestamp: nowMs }), nowMs, effects)
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /** One transactional id of DescribeTransactions (the handler groups ids by shard). */
  describeTransaction(transactionalId: string): DescribedTransaction {
    const failed = (errorCode: ErrorCode) => ({ ...defaultTransactionState(), transactionalId, errorCode })
    if (transactionalId === '') return failed(ErrorCode.INVALID_REQUEST)
    const m = this.#txns.get(transactionalId)
    if (m === undefined) return failed(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND)
    return {
      errorCode: ErrorCode.NONE,
      transactionalId,
      transactionState: m.state,
      transactionTimeoutMs: m.txnTimeoutMs,
      transactionStartTimeMs: BigInt(m.txnStartTimestamp),
      producerId: m.producerId,
      producerEpoch: m.producerEpoch,
      topics: [...m.topicPartitions].map(([topic, partitions]) => ({ topic, partitions: [...partitions] })),
    }
  }

  /**
   * ListTransactions v0-1 over this shard: state filters by name (unknown names are reported back),
   * producer id filters, and v1's duration filter (running longer than durationFilter ms). The
   * handler merges the shards' answers.
   */
  listTransactions(request: ListTransactionsRequest, nowMs: number): ListTransactionsResponse {
    const unknownStateFilters: string[] = []
    const states = new Set<TransactionState>()
    for (const name of request.stateFilters) {
      const state = stateFromName(name)
      if (state === undefined) unknownStateFilters.push(name)
      else states.add(state)
    }
    const producerIds = new Set(request.producerIdFilters)
    const durationMs = Number(request.durationFilter)
    const transactionStates: ListedTransaction[] = []
    for (const m of this.#txns.values()) {
      if (producerIds.size > 0 && !producerIds.has(m.producerId)) continue
      if (request.stateFilters.length > 0 && !states.has(m.state)) continue
      if (durationMs >= 0 && nowMs - m.txnStartTimestamp <= durationMs) continue
      transactionStates.push({
        transactionalId: m.transactionalId,
        producerId: m.producerId,
        transactionState: m.state,
      })
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, unknownStateFilters, transactionStates }
  }

  // ---------------------------------------------------------------------------------------------
  // Time

  /**
   * Aborts, with a bumped epoch, every Ongoing transaction that started more than its
   * transaction.timeout.ms before nowMs (Kafka's abortTimedOutTransactions). `tick` runs this
   * every transaction.abort.timed.out.transaction.cleanup.interval.ms.
   */
  abortTimedOutTransactions(nowMs: number): CoordinatorResult<undefined> {
    const effects = new Effects()
    this.#abortTimedOut(nowMs, effects)
    return effects.result(undefined)
  }

  #abortTimedOut(nowMs: number, effects: Effects): void {
    for (const m of [...this.#txns.values()]) {
      if (m.state === 'Ongoing' && m.txnStartTimestamp + m.txnTimeoutMs < nowMs) this.#fenceAndAbort(m, nowMs, effects)
    }
  }

  /**
   * Tombstones for transactional ids idle (Empty, CompleteCommit, CompleteAbort) for
   * transactional.id.expiration.ms (Kafka's removeExpiredTransactionalIds). `tick` runs this every
   * transaction.remove.expired.transaction.cleanup.interval.ms.
   */
  expireTransactionalIds(nowMs: number): CoordinatorResult<undefined> {
    const effects = new Effects()
    this.#expireTransactionalIds(nowMs, effects)
    return effects.result(undefined)
  }

  #expireTransactionalIds(nowMs: number, effects: Effects): void {
    for (const m of [...this.#txns.values()]) {
      if (isExpirationAllowed(m.state) && m.txnLastUpdateTimestamp <= nowMs - this.config.transactionalIdExpirationMs) {
        this.#write(transit(m, 'Dead', { topicPartitions: EMPTY_PARTITIONS }), effects)
      }
    }
  }

  /**
   * Fires every timer due at or before nowMs, in deadline order, each as of its own deadline (so
   * the outcome does not depend on how late the driver ticks), and re-arms it one interval later.
   */
  tick(nowMs: number): CoordinatorResult<undefined> & { readonly nextDeadlineMs: number | null } {
    const effects = new Effects()
    for (let firings = 0; ; firings++) {
      assert(firings <= MAX_TIMER_FIRINGS_PER_TICK, 'tick: timers keep firing')
      const due = this.#earliestTimer()
      if (due === undefined || due.deadlineMs > nowMs) break
      this.#timers.delete(due.kind)
      if (due.kind === 'abort-timed-out-transactions') {
        this.#abortTimedOut(due.deadlineMs, effects)
        this.#timers.set(due.kind, due.deadlineMs + this.config.abortTimedOutTransactionCleanupIntervalMs)
      } else {
        this.#expireTransactionalIds(due.deadlineMs, effects)
        this.#timers.set(due.kind, due.deadlineMs + this.config.removeExpiredTransactionalIdCleanupIntervalMs)
      }
    }
    return { ...effects.result(undefined), nextDeadlineMs: this.nextDeadlineMs() }
  }

  /** When the driver must call `tick` next; null when no timer is armed (before onLoaded, after unload). */
  nextDeadlineMs(): number | null {
    return this.#earliestTimer()?.deadlineMs ?? null
  }

  /** Every armed timer, earliest first. */
  timers(): Array<{ kind: TimerKind; deadlineMs: number }> {
    return [...this.#timers]
      .map(([kind, deadlineMs]) => ({ kind, deadlineMs }))
      .sort((a, b) => a.deadlineMs - b.deadlineMs)
  }

  #earliestTimer(): { kind: TimerKind; deadlineMs: number } | undefined {
    let best: { kind: TimerKind; deadlineMs: number } | undefined
    for (const [kind, deadlineMs] of this.#timers)
      if (best === undefined || deadlineMs < best.deadlineMs) best = { kind, deadlineMs }
    return best
  }

  // ---------------------------------------------------------------------------------------------
  // Inspection (driver metrics, tests)

  transaction(transactionalId: string): TransactionMetadata | undefined {
    return this.#txns.get(transactionalId)
  }

  transactionalIds(): string[] {
    return [...this.#txns.keys()]
  }

  /** Markers still to write for every PrepareCommit/PrepareAbort transaction (what a reload would resume). */
  pendingMarkers(): TxnMarker[] {
    const effects = new Effects()
    for (const m of this.#txns.values()) {
      if ((m.state === 'PrepareCommit' || m.state === 'PrepareAbort') && m.topicPartitions.size > 0) {
        this.#sendMarkers(m, 0, effects)
      }
    }
    assert(effects.records.length === 0, 'pendingMarkers writes nothing')
    return effects.markers
  }

  // ---------------------------------------------------------------------------------------------

  /** Persists a transition: its record (a tombstone for Dead) goes to the result, the state to the map. */
  #write(next: TransactionMetadata, effects: Effects): void {
    assert(next.state !== 'PrepareEpochFence', 'PrepareEpochFence is never written')
    if (next.state === 'Dead') {
      effects.records.push(transactionRecord(next.transactionalId, null))
      this.#txns.delete(next.transactionalId)
      return
    }
    effects.records.push(transactionRecord(next.transactionalId, next))
    this.#txns.set(next.transactionalId, next)
  }

  #assertLoaded(): void {
    assert(this.#loaded, 'the shard serves requests only between onLoaded and unload')
  }
}

/**
 * The next metadata of a transition, checked against the transition table and Kafka's
 * completeTransitionTo rules (which epochs, partitions and timestamps each target state may have).
 * Breaking them is a bug: an assertion.
 */
export function transit(m: TransactionMetadata, to: TransactionState, fields: Fields): TransactionMetadata {
  assert(isValidTransition(m.state, to), `transaction ${m.transactionalId}: ${m.state} -> ${to} is not in the table`)
  const next: TransactionMetadata = { ...m, lastProducerId: m.producerId, ...fields, state: to }
  assert(next.producerId >= 0n, 'producer id must not be negative')
  assert(next.producerEpoch >= 0 && next.producerEpoch <= MAX_PRODUCER_EPOCH, 'producer epoch out of range')
  const sameProducer = next.producerId === m.producerId && next.producerEpoch === m.producerEpoch
  switch (to) {
    case 'Empty': {
      const bumped =
        (next.producerId === m.producerId && next.producerEpoch === m.producerEpoch + 1) ||
        (next.producerId !== m.producerId && next.producerEpoch === 0)
      assert(
        sameProducer || bumped,
        'Empty: the epoch stays, is bumped by one, or restarts at 0 with a new producer id',
      )
      assert(next.topicPartitions.size === 0 && next.txnStartTimestamp === -1, 'Empty: no partitions and no start')
      break
    }
    case 'Ongoing':
      assert(sameProducer, 'Ongoing: same producer id and epoch')
      assert(
        isSubset(m.topicPartitions, next.topicPartitions) || m.state !== 'Ongoing',
        'Ongoing: partitions only grow',
      )
      assert(next.txnTimeoutMs === m.txnTimeoutMs, 'Ongoing: same timeout')
      assert(next.txnStartTimestamp >= 0, 'Ongoing: has a start time')
      break
    case 'PrepareCommit':
    case 'PrepareAbort':
      assert(sameProducer, `${to}: same producer id and epoch`)
      assert(partitionCount(next.topicPartitions) === partitionCount(m.topicPartitions), `${to}: same partitions`)
      assert(next.txnStartTimestamp === m.txnStartTimestamp, `${to}: same start time`)
      break
    case 'CompleteCommit':
    case 'CompleteAbort':
      assert(sameProducer, `${to}: same producer id and epoch`)
      assert(next.topicPartitions.size === 0 && next.txnStartTimestamp !== -1, `${to}: no partitions, has a start`)
      break
    case 'PrepareEpochFence':
      assert(next.producerId === m.producerId && next.producerEpoch === m.producerEpoch + 1, 'fence bumps the epoch')
      break
    case 'Dead':
      assert(sameProducer, 'Dead: same producer id and epoch')
      break
    default:
      assertNever(to, 'transaction state')
  }
  assert(next.txnLastUpdateTimestamp >= m.txnLastUpdateTimestamp || to === 'Dead', 'update time never goes back')
  return next
}

interface ExpectedProducer {
  readonly producerId: bigint
  readonly producerEpoch: number
}

/** InitProducerId v3+ may name the producer it was (KIP-360): both fields or neither, as Kafka checks. */
function expectedProducer(request: InitProducerIdRequest): ExpectedProducer | null | 'invalid' {
  const noId = request.producerId === NO_PRODUCER_ID
  const noEpoch = request.producerEpoch === NO_PRODUCER_EPOCH
  if (noId && noEpoch) return null
  if (noId || noEpoch) return 'invalid'
  return { producerId: request.producerId, producerEpoch: request.producerEpoch }
}

/**
 * Kafka's isValidProducerId: a supplied producer is accepted when the id has no epoch yet (new),
 * when it is the current producer id (the epoch is checked by the bump), or when it is the
 * previous producer id at an exhausted epoch (a retry of a rotation whose response was lost).
 */
function isValidExpectedProducer(m: TransactionMetadata, expected: ExpectedProducer): boolean {
  return (
    m.producerEpoch === NO_PRODUCER_EPOCH ||
    expected.producerId === m.producerId ||
    (expected.producerId === m.lastProducerId && isEpochExhausted(expected.producerEpoch))
  )
}

function prepareState(result: TransactionResult): TransactionState {
  return result === 'COMMIT' ? 'PrepareCommit' : 'PrepareAbort'
}

/** PRODUCER_FENCED arrived in these APIs at `sinceVersion`; older clients get INVALID_PRODUCER_EPOCH, as Kafka's KafkaApis. */
function fenced(error: ErrorCode, apiVersion: number, sinceVersion: number): ErrorCode {
  return error === ErrorCode.PRODUCER_FENCED && apiVersion < sinceVersion ? ErrorCode.INVALID_PRODUCER_EPOCH : error
}

/**
 * InitProducerId with a null transactional id (an idempotent producer): a fresh producer id at
 * epoch 0, from any broker, without a shard or a record, as Kafka's handleInitProducerId.
 */
export function initIdempotentProducerId(allocateProducerId: () => bigint | null): InitProducerIdResponse {
  const producerId = allocateProducerId()
  if (producerId === null) {
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
      producerId: NO_PRODUCER_ID,
      producerEpoch: NO_PRODUCER_EPOCH,
    }
  }
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId, producerEpoch: 0 }
}
