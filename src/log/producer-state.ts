// Idempotent and transactional producer state of one partition, as Kafka's
// ProducerStateManager, ProducerAppendInfo and ProducerStateEntry
// (storage/.../internals/log/). Pure: no files, no clock; the partition log
// feeds it the header fields of the batches it appends and persists it as
// `.snapshot` files (producer-state-snapshot.ts).
//
// Per producer id the entry holds the producer epoch, the metadata of the
// last 5 data batches written at that epoch (first/last sequence and offset,
// max timestamp), the coordinator epoch of the last transaction marker and
// the first offset of the ongoing transaction (-1 when none).
//
// An append is checked in two steps so that nothing changes unless the bytes
// reach the log: `prepare` validates every batch of the append against the
// current entries and returns the updated entries (or a duplicate, or an
// error), and `apply` installs them after the write. The rules, by origin
// (Kafka's AppendOrigin):
//
//   client       a retry of one of the last 5 batches (same epoch, same
//                sequence range) is a duplicate: the caller answers with the
//                original offsets and appends nothing. Otherwise:
//                epoch < current              INVALID_PRODUCER_EPOCH
//                epoch > current, seq != 0    OUT_OF_ORDER_SEQUENCE_NUMBER
//                                             (unless the producer is unknown)
//                same epoch, seq != last + 1  OUT_OF_ORDER_SEQUENCE_NUMBER
//                                             (int32 wraps: MAX_VALUE -> 0)
//                unknown producer id          any sequence is accepted: since
//                                             KIP-360 (Kafka 2.5) the broker
//                                             no longer answers UNKNOWN_PRODUCER_ID,
//                                             its state may have expired or
//                                             been removed by retention
//                non-transactional batch while a transaction is ongoing
//                                             INVALID_TXN_STATE
//   coordinator  epoch check only (the group and transaction coordinators)
//   replication  nothing is refused (the leader checked)
//
// Transaction markers (control batches) check the producer epoch and the
// coordinator epoch (TRANSACTION_COORDINATOR_FENCED), end the ongoing
// transaction and report it as completed.
//
// The manager also keeps the ongoing transactions (producer id -> first offset), as Kafka's
// `ongoingTxns`, so that the log's last stable offset (the first offset of the earliest ongoing
// transaction) is a lookup, not a scan of every producer.
//
// Producer ids are JavaScript numbers: every id this broker hands out is
// far below 2^53; a client inventing a larger one shares an entry with its
// nearest double.
import { ErrorCode } from '../protocol/errors.js'
import { assert } from '../util/assert.js'

export const NUM_BATCHES_TO_RETAIN = 5
export const NO_PRODUCER_EPOCH = -1
export const NO_SEQUENCE = -1
const INT32_MAX = 0x7fffffff

export type AppendOrigin = 'client' | 'coordinator' | 'replication'

/** What the log reads from the header of a batch with a producer id, offsets assigned. */
export interface ProducerBatch {
  readonly producerId: number
  readonly producerEpoch: number
  readonly baseSequence: number
  readonly firstOffset: number
  readonly lastOffset: number
  readonly maxTimestamp: number
  readonly isTransactional: boolean
  /** A control batch's transaction marker; null for data batches. */
  readonly marker: { readonly type: 'COMMIT' | 'ABORT'; readonly coordinatorEpoch: number } | null
}

/** One retained data batch of a producer. */
export interface BatchMetadata {
  readonly firstSeq: number
  readonly lastSeq: number
  readonly firstOffset: number
  readonly lastOffset: number
  readonly timestamp: number
}

/** A transaction that a marker ended: firstOffset..lastOffset (the marker) of producerId. */
export interface CompletedTxn {
  readonly producerId: number
  readonly firstOffset: number
  readonly lastOffset: number
  readonly isAborted: boolean
}

/** Kafka's DefaultRecordBatch.incrementSequence: sequences wrap from INT32_MAX to 0. */
export function incrementSequence(sequence: number, increment: number): number {
  if (sequence > INT32_MAX - increment) return increment - (INT32_MAX - sequence) - 1
  return sequence + increment
}

/** Kafka's DefaultRecordBatch.decrementSequence. */
export function decrementSequence(sequence: number, decrement: number): number {
  if (sequence < decrement) return INT32_MAX - (decrement - sequence) + 1
  return sequence - decrement
}

function inSequence(lastSeq: number, nextSeq: number): boolean {
  return nextSeq === lastSeq + 1 || (nextSeq === 0 && lastSeq === INT32_MAX)
}

export class ProducerStateEntry {
  constructor(
    readonly producerId: number,
    public producerEpoch: number,
    public coordinatorEpoch: number,
    public lastTimestamp: number,
    /** First offset of the ongoing transaction, -1 when none. */
    public currentTxnFirstOffset: number,
    /** Oldest first, at most NUM_BATCHES_TO_RETAIN, all at producerEpoch. */
    readonly batches: BatchMetadata[] = [],
  ) {}

  static empty(producerId: number): ProducerStateEntry {
    return new ProducerStateEntry(producerId, NO_PRODUCER_EPOCH, -1, -1, -1)
  }

  get isEmpty(): boolean {
    return this.batches.length === 0
  }

  get lastSeq(): number {
    return this.batches.at(-1)?.lastSeq ?? NO_SEQUENCE
  }

  get lastDataOffset(): number {
    return this.batches.at(-1)?.lastOffset ?? -1
  }

  get lastOffsetDelta(): number {
    const last = this.batches.at(-1)
    return last === undefined ? 0 : last.lastOffset - last.firstOffset
  }

  /** The retained batch with exactly this epoch and sequence range (a retry), if any. */
  findDuplicate(producerEpoch: number, firstSeq: number, lastSeq: number): BatchMetadata | null {
    if (producerEpoch !== this.producerEpoch) return null
    for (const b of this.batches) if (b.firstSeq === firstSeq && b.lastSeq === lastSeq) return b
    return null
  }

  /** Same epoch, coordinator epoch, timestamp and transaction, no batches: what one append builds on. */
  copyWithoutBatches(): ProducerStateEntry {
    return new ProducerStateEntry(
      this.producerId,
      this.producerEpoch,
      this.coordinatorEpoch,
      this.lastTimestamp,
      this.currentTxnFirstOffset,
    )
  }

  maybeUpdateProducerEpoch(producerEpoch: number): void {
    if (this.producerEpoch === producerEpoch) return
    this.batches.length = 0
    this.producerEpoch = producerEpoch
  }

  addBatch(producerEpoch: number, batch: BatchMetadata): void {
    this.maybeUpdateProducerEpoch(producerEpoch)
    if (this.batches.length === NUM_BATCHES_TO_RETAIN) this.batches.shift()
    this.batches.push(batch)
    this.lastTimestamp = batch.timestamp
  }

  /** Kafka's ProducerStateEntry.update: takes an append's result, keeping the last 5 batches of both. */
  update(next: ProducerStateEntry): void {
    this.maybeUpdateProducerEpoch(next.producerEpoch)
    for (const b of next.batches) {
      if (this.batches.length === NUM_BATCHES_TO_RETAIN) this.batches.shift()
      this.batches.push(b)
    }
    this.coordinatorEpoch = next.coordinatorEpoch
    this.currentTxnFirstOffset = next.currentTxnFirstOffset
    this.lastTimestamp = next.lastTimestamp
  }
}

export type PrepareResult =
  | {
      readonly kind: 'ok'
      readonly updated: ReadonlyMap<number, ProducerStateEntry>
      readonly completedTxns: readonly CompletedTxn[]
    }
  /** A client's retry of a batch that is in the log: answer with its offsets, append nothing. */
  | { readonly kind: 'duplicate'; readonly batch: BatchMetadata }
  | { readonly kind: 'refused'; readonly errorCode: ErrorCode; readonly message: string }

class Refusal {
  constructor(
    readonly errorCode: ErrorCode,
    readonly message: string,
  ) {}
}

export class ProducerStateManager {
  private readonly producers = new Map<number, ProducerStateEntry>()
  /** producerId -> first offset of its ongoing transaction. */
  private readonly ongoingTxns = new Map<number, number>()
  /** The smallest first offset in ongoingTxns, -1 when none; recomputed when a transaction starts or ends. */
  private firstUnstable = -1

  /** Names the partition in error messages. */
  constructor(private readonly partitionName = '') {}

  get producerIdCount(): number {
    return this.producers.size
  }

  lastEntry(producerId: number): ProducerStateEntry | undefined {
    return this.producers.get(producerId)
  }

  activeProducers(): IterableIterator<ProducerStateEntry> {
    return this.producers.values()
  }

  /** Validates the producer batches of one append (in log order) without changing anything. */
  prepare(batches: readonly ProducerBatch[], origin: AppendOrigin): PrepareResult {
    const updated = new Map<number, ProducerStateEntry>()
    const completedTxns: CompletedTxn[] = []
    for (const batch of batches) {
      const current = this.producers.get(batch.producerId)
      if (origin === 'client' && batch.marker === null && current !== undefined) {
        const duplicate = current.findDuplicate(
          batch.producerEpoch,
          batch.baseSequence,
          lastSequence(batch.baseSequence, batch),
        )
        if (duplicate !== null) return { kind: 'duplicate', batch: duplicate }
      }
      let next = updated.get(batch.producerId)
      if (next === undefined) {
        next = (current ?? ProducerStateEntry.empty(batch.producerId)).copyWithoutBatches()
        updated.set(batch.producerId, next)
      }
      try {
        const completed = this.appendTo(next, current, batch, origin)
        if (completed !== null) completedTxns.push(completed)
      } catch (err) {
        if (err instanceof Refusal) return { kind: 'refused', errorCode: err.errorCode, message: err.message }
        throw err
      }
    }
    return { kind: 'ok', updated, completedTxns }
  }

  /** Installs what `prepare` returned, once the batches are in the log. */
  apply(prepared: Extract<PrepareResult, { kind: 'ok' }>): void {
    let txnsMoved = false
    for (const [producerId, next] of prepared.updated) {
      const current = this.producers.get(producerId)
      if (current === undefined) this.producers.set(producerId, next)
      else current.update(next)
      txnsMoved = this.trackTxn(producerId, next.currentTxnFirstOffset) || txnsMoved
    }
    if (txnsMoved) this.recomputeFirstUnstable()
  }

  /** Replays batches already in the log (recovery, a follower): nothing is refused. Returns the completed transactions. */
  replay(batches: readonly ProducerBatch[]): readonly CompletedTxn[] {
    const prepared = this.prepare(batches, 'replication')
    assert(prepared.kind === 'ok', 'replication appends are never refused')
    this.apply(prepared)
    return prepared.completedTxns
  }

  /**
   * The first offset of the earliest ongoing transaction, -1 when none: what bounds the last
   * stable offset (Kafka's firstUnstableOffset).
   */
  get firstUnstableOffset(): number {
    return this.firstUnstable
  }

  /** The ongoing transactions: producer id -> first offset. */
  ongoingTransactions(): ReadonlyMap<number, number> {
    return this.ongoingTxns
  }

  private trackTxn(producerId: number, currentTxnFirstOffset: number): boolean {
    const known = this.ongoingTxns.get(producerId)
    if (currentTxnFirstOffset < 0) return this.ongoingTxns.delete(producerId)
    if (known === currentTxnFirstOffset) return false
    this.ongoingTxns.set(producerId, currentTxnFirstOffset)
    return true
  }

  private recomputeFirstUnstable(): void {
    let first = -1
    for (const offset of this.ongoingTxns.values()) if (first < 0 || offset < first) first = offset
    this.firstUnstable = first
  }

  private appendTo(
    next: ProducerStateEntry,
    current: ProducerStateEntry | undefined,
    batch: ProducerBatch,
    origin: AppendOrigin,
  ): CompletedTxn | null {
    if (batch.marker !== null) return this.appendEndTxnMarker(next, batch, origin)
    this.checkProducerEpoch(next, batch, origin)
    if (origin === 'client') this.checkSequence(next, current, batch)
    const lastSeq = lastSequence(batch.baseSequence, batch)
    next.addBatch(batch.producerEpoch, {
      firstSeq: batch.baseSequence,
      lastSeq,
      firstOffset: batch.firstOffset,
      lastOffset: batch.lastOffset,
      timestamp: batch.maxTimestamp,
    })
    if (next.currentTxnFirstOffset >= 0 && !batch.isTransactional) {
      throw new Refusal(
        ErrorCode.INVALID_TXN_STATE,
        `Expected transactional write from producer ${batch.producerId} at offset ${batch.firstOffset} in partition ${this.partitionName}`,
      )
    }
    if (next.currentTxnFirstOffset < 0 && batch.isTransactional) next.currentTxnFirstOffset = batch.firstOffset
    return null
  }

  private checkProducerEpoch(next: ProducerStateEntry, batch: ProducerBatch, origin: AppendOrigin): void {
    if (batch.producerEpoch >= next.producerEpoch || origin === 'replication') return
    // Kafka answers INVALID_PRODUCER_EPOCH here since 2.7 (PRODUCER_FENCED is the coordinator's).
    throw new Refusal(
      ErrorCode.INVALID_PRODUCER_EPOCH,
      `Epoch of producer ${batch.producerId} at offset ${batch.firstOffset} in ${this.partitionName} is ${batch.producerEpoch}, which is smaller than the last seen epoch ${next.producerEpoch}`,
    )
  }

  private checkSequence(next: ProducerStateEntry, current: ProducerStateEntry | undefined, batch: ProducerBatch): void {
    const firstSeq = batch.baseSequence
    if (batch.producerEpoch !== next.producerEpoch) {
      if (firstSeq !== 0 && next.producerEpoch !== NO_PRODUCER_EPOCH) {
        throw new Refusal(
          ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
          `Invalid sequence number for new epoch of producer ${batch.producerId} at offset ${batch.firstOffset} in partition ${this.partitionName}: ${batch.producerEpoch} (request epoch), ${firstSeq} (seq. number), ${next.producerEpoch} (current producer epoch)`,
        )
      }
      return
    }
    let currentLastSeq = NO_SEQUENCE
    if (!next.isEmpty) currentLastSeq = next.lastSeq
    else if (current !== undefined && batch.producerEpoch === current.producerEpoch) currentLastSeq = current.lastSeq
    const currentEpoch = current?.producerEpoch ?? NO_PRODUCER_EPOCH
    // No known epoch: the producer's records are gone (retention, DeleteRecords), so any sequence goes.
    if (currentEpoch === NO_PRODUCER_EPOCH || inSequence(currentLastSeq, firstSeq)) return
    throw new Refusal(
      ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
      `Out of order sequence number for producer ${batch.producerId} at offset ${batch.firstOffset} in partition ${this.partitionName}: ${firstSeq} (incoming seq. number), ${currentLastSeq} (current end sequence number)`,
    )
  }

  private appendEndTxnMarker(
    next: ProducerStateEntry,
    batch: ProducerBatch,
    origin: AppendOrigin,
  ): CompletedTxn | null {
    const marker = batch.marker
    assert(marker !== null, 'a marker batch')
    this.checkProducerEpoch(next, batch, origin)
    if (next.coordinatorEpoch > marker.coordinatorEpoch && origin !== 'replication') {
      throw new Refusal(
        ErrorCode.TRANSACTION_COORDINATOR_FENCED,
        `Invalid coordinator epoch for producerId ${batch.producerId} at offset ${batch.firstOffset} in partition ${this.partitionName}: ${marker.coordinatorEpoch} (zombie), ${next.coordinatorEpoch} (current)`,
      )
    }
    const completed =
      next.currentTxnFirstOffset >= 0
        ? {
            producerId: batch.producerId,
            firstOffset: next.currentTxnFirstOffset,
            lastOffset: batch.firstOffset,
            isAborted: marker.type === 'ABORT',
          }
        : null
    next.maybeUpdateProducerEpoch(batch.producerEpoch)
    next.coordinatorEpoch = marker.coordinatorEpoch
    next.currentTxnFirstOffset = -1
    next.lastTimestamp = batch.maxTimestamp
    return completed
  }

  /**
   * Removes producers idle for `producer.id.expiration.ms`, judged by the timestamp of their last
   * batch, as Kafka does; a producer with an ongoing transaction stays. Returns how many went.
   */
  removeExpired(nowMs: number, expirationMs: number): number {
    let removed = 0
    for (const [producerId, entry] of this.producers) {
      if (isExpired(entry, nowMs, expirationMs)) {
        this.producers.delete(producerId)
        removed++
      }
    }
    return removed
  }

  /** Loads entries read from a snapshot, leaving out the expired ones. */
  load(entries: readonly ProducerStateEntry[], nowMs: number, expirationMs: number): void {
    for (const entry of entries) {
      if (isExpired(entry, nowMs, expirationMs)) continue
      this.producers.set(entry.producerId, entry)
      this.trackTxn(entry.producerId, entry.currentTxnFirstOffset)
    }
    this.recomputeFirstUnstable()
  }

  clear(): void {
    this.producers.clear()
    this.ongoingTxns.clear()
    this.firstUnstable = -1
  }
}

export function isExpired(entry: ProducerStateEntry, nowMs: number, expirationMs: number): boolean {
  return entry.currentTxnFirstOffset < 0 && nowMs - entry.lastTimestamp >= expirationMs
}

/** The batch's last sequence: its base sequence plus its offset range, wrapping past INT32_MAX. */
function lastSequence(baseSequence: number, batch: ProducerBatch): number {
  if (baseSequence === NO_SEQUENCE) return NO_SEQUENCE
  return incrementSequence(baseSequence, batch.lastOffset - batch.firstOffset)
}
