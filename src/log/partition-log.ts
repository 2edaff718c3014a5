// A partition's log: an ordered list of segments, the last one active, with
// Kafka's offsets: logStartOffset (first readable), logEndOffset (next to be
// assigned), highWatermark (replicated; readers stop there) and recoveryPoint
// (everything below it is fsynced). Appends are synchronous writes into the
// page cache, so an append that returned survives `kill -9`; fsync follows
// `flush.messages` / `flush.ms` and runs batched (one fsync covers every
// append before it), never once per batch by default. Opening after an
// unclean shutdown recovers the segments past the recovery point.
//
// The log also keeps its partition's producer state (producer-state.ts): a
// client append is checked against it before the write (a retried batch is
// answered with its original offsets and not written again) and the state
// moves after the write, synchronously. It is saved as a `.snapshot` at each
// segment roll and at close, and rebuilt on open from the latest snapshot at
// or below the log end plus the batch headers after it.
//
// Transactions: the producer state knows each producer's ongoing transaction, which gives the
// last stable offset (LSO): min(high watermark, first offset of the earliest ongoing
// transaction); read_committed readers stop there. When an ABORT marker completes a transaction,
// the aborted transaction goes into the active segment's `.txnindex` (txn-index.ts) with the LSO
// it left behind; read_committed fetches collect the entries overlapping what they return
// (`collectAbortedTransactions`). A segment that recovery rescanned gets its `.txnindex` rebuilt
// while the producer state is replayed over it, from a snapshot at or below its base offset.
import { join } from 'node:path'
import { type ErrorCode, KafkaError } from '../protocol/errors.js'
import {
  BASE_OFFSET_OFFSET,
  BATCH_LENGTH_OFFSET,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  MIN_BATCH_LENGTH_V2,
  nextBatch,
  PARTITION_LEADER_EPOCH_OFFSET,
  RECORD_BATCH_OVERHEAD,
  readBatchHeader,
} from '../protocol/records/batch.js'
import { AssertionError, assert } from '../util/assert.js'
import type { Clock } from '../util/clock.js'
import type { FileSystem } from './fs.js'
import type { LogConfig } from './log-config.js'
import { readInt64, writeInt64 } from './offset-index.js'
import {
  type AppendOrigin,
  type BatchMetadata,
  type CompletedTxn,
  type PrepareResult,
  type ProducerBatch,
  type ProducerStateEntry,
  ProducerStateManager,
} from './producer-state.js'
import { hasProducerId, readProducerBatch, readStoredProducerBatch } from './producer-state-batch.js'
import {
  CorruptSnapshotError,
  decodeProducerSnapshot,
  deleteSnapshotFile,
  encodeProducerSnapshot,
  listSnapshotOffsets,
  snapshotPath,
  writeSnapshotFile,
} from './producer-state-snapshot.js'
import {
  type AppendedBatch,
  DELETED_SUFFIX,
  INDEX_SUFFIX,
  LOG_SUFFIX,
  LogSegment,
  TIME_INDEX_SUFFIX,
  type TimestampAndOffset,
  TXN_INDEX_SUFFIX,
} from './segment.js'
import { completeSwaps, deleteCleanedFiles, renameCleanedToSwap, renameSwapToFinal } from './segment-swap.js'
import type { AbortedTxn } from './txn-index.js'

export interface OpenLogOptions {
  readonly fs: FileSystem
  readonly dir: string
  readonly config: LogConfig
  readonly clock: Clock
  /** From `recovery-point-offset-checkpoint`; 0 when unknown. */
  readonly recoveryPoint?: number
  /** From `log-start-offset-checkpoint`; the first segment's base offset when unknown. */
  readonly logStartOffset?: number
  /** From `replication-offset-checkpoint`; clamped into [logStartOffset, logEndOffset]. */
  readonly highWatermark?: number
  /** The log dir had a clean-shutdown marker: indexes are trusted and nothing is rescanned. */
  readonly hadCleanShutdown: boolean
  /** `producer.id.expiration.ms`: producers idle this long are forgotten (default one day). */
  readonly producerIdExpirationMs?: number
}

export const DEFAULT_PRODUCER_ID_EXPIRATION_MS = 86_400_000
/** Producer state snapshots kept; older ones are deleted when a new one is written. */
const SNAPSHOTS_TO_KEEP = 3

/** A client's append (Produce): written, a retry of a batch already written, or refused by producer state. */
export type ClientAppendResult =
  | ({ readonly kind: 'appended' } & AppendResult)
  | { readonly kind: 'duplicate'; readonly batch: BatchMetadata }
  | { readonly kind: 'refused'; readonly errorCode: ErrorCode; readonly message: string }

export interface AppendResult {
  readonly firstOffset: number
  readonly lastOffset: number
  readonly maxTimestamp: number
  /** Offset of the batch with the largest timestamp (ListOffsets MAX_TIMESTAMP). */
  readonly offsetOfMaxTimestamp: number
  readonly batchCount: number
  readonly bytes: number
}

export interface ReadOptions {
  readonly fetchOffset: number
  readonly maxBytes: number
  /** Exclusive bound for what readers may see (the high watermark, or the LSO). */
  readonly maxOffset: number
  /** Return the first batch whole even above maxBytes (KIP-74). */
  readonly minOneBatch: boolean
}

export type ReadResult =
  | { readonly ok: true; readonly records: Buffer; readonly firstBatchOffset: number }
  | { readonly ok: false; readonly error: 'OFFSET_OUT_OF_RANGE' }

export class PartitionLog {
  private readonly segments: LogSegment[]
  private nextOffset: number
  private startOffset: number
  private hw: number
  private recoveredTo: number
  private unflushedMessages = 0
  private lastFlushMs: number
  private flushing: Promise<void> | null = null
  private flushQueued: Promise<void> | null = null
  private closed = false
  private readonly producerState: ProducerStateManager
  /** Offsets of the producer state snapshots on disk, ascending. */
  private snapshotOffsets: number[] = []
  private readonly producerIdExpirationMs: number

  private constructor(
    private readonly fs: FileSystem,
    readonly dir: string,
    private config: LogConfig,
    private readonly clock: Clock,
    segments: LogSegment[],
    logStartOffset: number,
    recoveryPoint: number,
    highWatermark: number,
    producerIdExpirationMs: number,
  ) {
    this.producerState = new ProducerStateManager(dir)
    this.producerIdExpirationMs = producerIdExpirationMs
    this.segments = segments
    const active = segments.at(-1)
    assert(active !== undefined, 'a log has at least one segment')
    this.nextOffset = active.readNextOffset()
    this.startOffset = Math.min(Math.max(logStartOffset, segments[0]!.baseOffset), this.nextOffset)
    this.recoveredTo = Math.min(recoveryPoint, this.nextOffset)
    this.hw = Math.min(Math.max(highWatermark, this.startOffset), this.nextOffset)
    this.lastFlushMs = clock.monotonicMs()
  }

  static open(options: OpenLogOptions): PartitionLog {
    const { fs, dir, config, clock } = options
    fs.mkdirs(dir)
    const baseOffsets = listSegments(fs, dir)
    const nowMs = clock.wallMs()
    const segments = baseOffsets.map((base) => LogSegment.open(fs, dir, base, config, nowMs))
    if (segments.length === 0) segments.push(LogSegment.open(fs, dir, options.logStartOffset ?? 0, config, nowMs))
    let recoveryPoint = options.recoveryPoint ?? 0
    if (!options.hadCleanShutdown) recoveryPoint = recoverSegments(segments, recoveryPoint)
    for (const segment of segments) if (segment.needsRecovery) segment.recover()
    const log = new PartitionLog(
      fs,
      dir,
      config,
      clock,
      segments,
      options.logStartOffset ?? 0,
      recoveryPoint,
      options.highWatermark ?? 0,
      options.producerIdExpirationMs ?? DEFAULT_PRODUCER_ID_EXPIRATION_MS,
    )
    log.loadProducerState()
    return log
  }

  get logStartOffset(): number {
    return this.startOffset
  }

  get logEndOffset(): number {
    return this.nextOffset
  }

  get highWatermark(): number {
    return this.hw
  }

  /**
   * The last stable offset: read_committed readers see offsets below it only. The high watermark,
   * or the first offset of the earliest ongoing transaction when that is lower (never below the
   * log start offset), as Kafka's UnifiedLog.lastStableOffset.
   */
  get lastStableOffset(): number {
    const firstUnstable = this.producerState.firstUnstableOffset
    if (firstUnstable < 0) return this.hw
    return Math.min(this.hw, Math.max(firstUnstable, this.startOffset))
  }

  /** The first offset of the earliest ongoing transaction, -1 when none (Kafka's firstUnstableOffset). */
  get firstUnstableOffset(): number {
    return this.producerState.firstUnstableOffset
  }

  /**
   * The aborted transactions overlapping [fetchOffset, upperBoundOffset), from the `.txnindex` of
   * the segment holding fetchOffset on, as Kafka's UnifiedLog.collectAbortedTransactions: a
   * segment's search is complete once an entry's LSO reaches the upper bound.
   */
  collectAbortedTransactions(fetchOffset: number, upperBoundOffset: number): AbortedTxn[] {
    const found: AbortedTxn[] = []
    for (let i = this.segmentIndexFor(fetchOffset); i < this.segments.length; i++) {
      const result = this.segments[i]!.txnIndex.collectAbortedTxns(fetchOffset, upperBoundOffset)
      for (const txn of result.abortedTransactions) found.push(txn)
      if (result.isComplete) break
    }
    return found
  }

  get recoveryPoint(): number {
    return this.recoveredTo
  }

  get segmentCount(): number {
    return this.segments.length
  }

  /** Base offsets of the segments, oldest first. */
  segmentBaseOffsets(): number[] {
    return this.segments.map((s) => s.baseOffset)
  }

  /** Bytes of batches in all segments. */
  get sizeInBytes(): number {
    let total = 0
    for (const s of this.segments) total += s.size
    return total
  }

  private get active(): LogSegment {
    return this.segments[this.segments.length - 1]!
  }

  get logConfig(): LogConfig {
    return this.config
  }

  /** A topic's config changed (AlterConfigs): later appends, rolls and retention use it. */
  updateConfig(config: LogConfig): void {
    this.config = config
  }

  /**
   * Appends validated batches as the leader: each batch gets the next offsets
   * and the leader epoch, rewritten in place in `records` (both fields sit
   * before the CRC, so the batch stays valid).
   */
  appendAsLeader(records: Buffer, leaderEpoch: number): AppendResult {
    const result = this.append(records, { assignFrom: this.nextOffset, leaderEpoch }, 'coordinator')
    // A coordinator's batches are checked by epoch only, never found duplicate.
    if (result.kind === 'refused') throw new KafkaError(result.errorCode, result.message)
    assert(result.kind === 'appended', 'coordinator appends are not deduplicated')
    return result
  }

  /**
   * A client's Produce as the leader: batches with a producer id are checked against the
   * producer state first (sequence, epoch), and a retry of one of a producer's last 5 batches
   * is answered with the offsets it got then, without writing it again.
   */
  appendFromClient(records: Buffer, leaderEpoch: number): ClientAppendResult {
    return this.append(records, { assignFrom: this.nextOffset, leaderEpoch }, 'client')
  }

  /** Appends batches that carry their offsets already (a follower copying its leader). */
  appendAsFollower(records: Buffer): AppendResult {
    const result = this.append(records, null, 'replication')
    assert(result.kind === 'appended', 'replication appends are never refused')
    return result
  }

  private append(
    records: Buffer,
    assign: { assignFrom: number; leaderEpoch: number } | null,
    origin: AppendOrigin,
  ): ClientAppendResult {
    if (this.closed) throw new AssertionError('append to a closed log')
    let producerBatches: ProducerBatch[] | null = null
    const batches: AppendedBatch[] = []
    const length = records.length
    let firstOffset = assign !== null ? assign.assignFrom : -1
    let offset = this.nextOffset
    let maxTimestamp = -1
    let offsetOfMaxTimestamp = -1
    let messages = 0
    for (let position = 0; position < length; ) {
      const sizeInBytes = v2BatchSizeAt(records, position)
      if (sizeInBytes < 0) {
        // Not a whole magic v2 batch: as before, nextBatch says what it is and readBatchHeader
        // throws when a (legacy) batch is shorter than the v2 header.
        const step = nextBatch(records, position)
        assert(step.kind === 'batch', `append of malformed records (${step.kind} at ${position})`)
        readBatchHeader(records, position)
      }
      const size = sizeInBytes < 0 ? LOG_OVERHEAD + records.readInt32BE(position + BATCH_LENGTH_OFFSET) : sizeInBytes
      // The header fields read directly, as numbers: baseOffset, lastOffsetDelta, maxTimestamp.
      let baseOffset: number
      if (assign !== null) {
        writeInt64(records, offset, position + BASE_OFFSET_OFFSET)
        records.writeInt32BE(assign.leaderEpoch, position + PARTITION_LEADER_EPOCH_OFFSET)
        baseOffset = offset
      } else {
        baseOffset = batchBaseOffset(records, position)
        if (position === 0) firstOffset = baseOffset
        if (baseOffset < offset) {
          throw new AssertionError(`batch offset ${baseOffset} below the log end offset ${offset}`)
        }
      }
      const lastOffset = baseOffset + records.readInt32BE(position + LAST_OFFSET_DELTA_OFFSET)
      const batchMaxTimestamp = readInt64(records, position + MAX_TIMESTAMP_OFFSET)
      if (batchMaxTimestamp > maxTimestamp) {
        maxTimestamp = batchMaxTimestamp
        offsetOfMaxTimestamp = lastOffset
      }
      if (sizeInBytes >= 0 && hasProducerId(records, position)) {
        const producerBatch = readProducerBatch(records, position, baseOffset, lastOffset, batchMaxTimestamp)
        if (producerBatch !== null) {
          producerBatches ??= []
          producerBatches.push(producerBatch)
        }
      }
      batches.push({ position, sizeInBytes: size, lastOffset, maxTimestamp: batchMaxTimestamp })
      messages += lastOffset - baseOffset + 1
      offset = lastOffset + 1
      position += size
    }
    assert(batches.length > 0, 'append without batches')
    let prepared: Extract<PrepareResult, { kind: 'ok' }> | null = null
    if (producerBatches !== null) {
      const checked = this.producerState.prepare(producerBatches, origin)
      if (checked.kind !== 'ok') return checked
      prepared = checked
    }
    const lastOffset = offset - 1
    this.maybeRoll(length, firstOffset, lastOffset)
    this.active.append(records, batches)
    this.nextOffset = offset
    if (prepared !== null) {
      this.producerState.apply(prepared)
      for (const txn of prepared.completedTxns) if (txn.isAborted) this.indexAbortedTxn(this.active, txn)
    }
    this.unflushedMessages += messages
    if (this.unflushedMessages >= this.config.flushMessages) void this.flush().catch(() => {})
    return {
      kind: 'appended',
      firstOffset,
      lastOffset,
      maxTimestamp,
      offsetOfMaxTimestamp,
      batchCount: batches.length,
      bytes: length,
    }
  }

  /**
   * Starts a new segment when the offsets would not fit the active one's index, it is full, or it
   * is too old (`segment.ms`); the clock is read last, once per append.
   */
  private maybeRoll(bytes: number, firstOffset: number, lastOffset: number): void {
    const active = this.active
    const offsetOverflow = lastOffset - active.baseOffset > 0x7fffffff
    if (active.size === 0 && !offsetOverflow) return
    if (
      offsetOverflow ||
      !active.canAppend(bytes, this.config.segmentBytes) ||
      this.clock.wallMs() - active.createdMs >= this.config.segmentMs
    ) {
      this.roll(firstOffset)
    }
  }

  /** Closes the active segment to appends and opens one at `baseOffset`. The old one is fsynced in the background. */
  roll(baseOffset = this.nextOffset): void {
    const old = this.active
    if (old.size === 0 && old.baseOffset === baseOffset) return
    // The producer state covers every batch below baseOffset: snapshot it under the new segment's name, as Kafka.
    this.takeProducerSnapshot(baseOffset)
    old.onBecomeInactive()
    this.segments.push(LogSegment.open(this.fs, this.dir, baseOffset, this.config, this.clock.wallMs()))
    void this.flush().catch(() => {})
  }

  /**
   * Reads whole batches from the one holding `fetchOffset`. Offsets below
   * the log start or past the log end are OFFSET_OUT_OF_RANGE, as Kafka.
   */
  read(options: ReadOptions): ReadResult {
    const { fetchOffset, maxBytes, minOneBatch } = options
    if (fetchOffset < this.startOffset || fetchOffset > this.nextOffset) {
      return { ok: false, error: 'OFFSET_OUT_OF_RANGE' }
    }
    const maxOffset = Math.min(options.maxOffset, this.nextOffset)
    const empty = { ok: true, records: Buffer.alloc(0), firstBatchOffset: fetchOffset } as const
    if (fetchOffset >= maxOffset) return empty
    for (let i = this.segmentIndexFor(fetchOffset); i < this.segments.length; i++) {
      const segment = this.segments[i]!
      const next = this.segments[i + 1]
      let maxPosition = segment.size
      // Reading up to the log end needs no bound: no batch of the active segment reaches it.
      if (next === undefined ? maxOffset < this.nextOffset : maxOffset < next.baseOffset) {
        const bound = segment.translateOffset(maxOffset)
        if (bound !== null) maxPosition = bound.position
      }
      const read = segment.read(fetchOffset, maxBytes, maxPosition, minOneBatch)
      if (read !== null) {
        const firstBatchOffset = read.records.length > 0 ? Number(read.records.readBigInt64BE(0)) : fetchOffset
        return { ok: true, records: read.records, firstBatchOffset }
      }
      if (next === undefined || next.baseOffset >= maxOffset) break
    }
    return empty
  }

  /**
   * ListOffsets for a timestamp >= 0: the first record at or after the log
   * start whose timestamp is >= `timestamp` (KAFKA-TRAPS 7), searching
   * segments from the first whose largest timestamp reaches it. Null when no
   * record is that late (Kafka then answers offset -1).
   */
  async offsetForTimestamp(timestamp: number): Promise<TimestampAndOffset | null> {
    const segments = [...this.segments]
    const startingOffset = this.startOffset
    for (const segment of segments) {
      if (segment.largestTimestamp < timestamp && segment !== segments.at(-1)) continue
      const found = await segment.findOffsetByTimestamp(timestamp, startingOffset)
      if (found !== null) return found
    }
    return null
  }

  /** Index of the segment whose base offset is the largest one <= offset. */
  private segmentIndexFor(offset: number): number {
    let lo = 0
    let hi = this.segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (this.segments[mid]!.baseOffset <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** The leader or the replication layer moves the high watermark; never past the log end. */
  updateHighWatermark(offset: number): void {
    this.hw = Math.min(Math.max(offset, this.startOffset), this.nextOffset)
  }

  /**
   * Drops everything at or after `offset` (a follower whose leader's history
   * diverged). Whole batches go: one holding `offset` goes entirely.
   */
  truncateTo(offset: number): void {
    assert(offset >= 0, 'truncate to a negative offset')
    if (offset >= this.nextOffset) return
    if (offset <= this.segments[0]!.baseOffset) {
      this.truncateFullyAndStartAt(offset)
      return
    }
    while (this.segments.length > 1 && this.active.baseOffset >= offset) this.segments.pop()!.delete()
    this.active.truncateTo(offset)
    this.nextOffset = this.active.readNextOffset()
    this.hw = Math.min(this.hw, this.nextOffset)
    this.recoveredTo = Math.min(this.recoveredTo, this.nextOffset)
    this.startOffset = Math.min(this.startOffset, this.nextOffset)
    this.loadProducerState()
  }

  /** Deletes every segment and starts empty at `offset` (a follower far behind its leader's log start). */
  truncateFullyAndStartAt(offset: number): void {
    for (const segment of this.segments.splice(0)) segment.delete()
    this.segments.push(LogSegment.open(this.fs, this.dir, offset, this.config, this.clock.wallMs()))
    this.nextOffset = offset
    this.startOffset = offset
    this.hw = offset
    this.recoveredTo = offset
    for (const snapshot of this.snapshotOffsets.splice(0)) deleteSnapshotFile(this.fs, this.dir, snapshot)
    this.producerState.clear()
  }

  /**
   * DeleteRecords: moves the log start offset up (never past the high
   * watermark) and deletes segments wholly below it. Returns the new log start.
   */
  deleteRecordsBefore(offset: number): number {
    assert(offset <= this.hw, 'DeleteRecords past the high watermark is refused by the caller')
    if (offset > this.startOffset) this.startOffset = offset
    this.deleteSegmentsBelowLogStart()
    return this.startOffset
  }

  /** Segments whose next segment starts at or before the log start offset hold nothing readable. */
  deleteSegmentsBelowLogStart(): number {
    let deleted = 0
    while (this.segments.length > 1 && this.segments[1]!.baseOffset <= this.startOffset) {
      this.segments.shift()!.delete()
      deleted++
    }
    return deleted
  }

  /**
   * Retention, as Kafka's UnifiedLog.deleteOldSegments: from the oldest,
   * delete segments wholly below the log start offset, then those whose
   * largest timestamp is older than `retention.ms`, then the oldest while the
   * log stays above `retention.bytes`. Only segments wholly below the high
   * watermark qualify. When every segment expires, the active one is rolled
   * first so the log keeps its end offset. Removed segments are renamed
   * `.deleted`; their paths are returned for deletion after
   * `file.delete.delay.ms`.
   */
  deleteOldSegments(): string[] {
    assert(!this.closed, 'retention on a closed log')
    const nowMs = this.clock.wallMs()
    // As Kafka: time and size retention apply only when the policy includes `delete`; a
    // compacted-only log loses segments to the cleaner and to the log start offset only.
    const deletable = this.config.cleanupPolicy.includes('delete')
    const retentionMs = deletable ? this.config.retentionMs : -1
    const retentionBytes = deletable ? this.config.retentionBytes : -1
    let excessBytes = retentionBytes < 0 ? 0 : this.sizeInBytes - retentionBytes
    const expired = (segment: LogSegment, next: LogSegment | undefined): boolean => {
      const upperBound = next === undefined ? this.nextOffset : next.baseOffset
      if (upperBound > this.hw || segment.size === 0) return false
      if (next !== undefined && next.baseOffset <= this.startOffset) return true
      // A segment with no known timestamp is kept: losing data to missing metadata is worse.
      const timestamp = segment.largestTimestamp
      if (retentionMs >= 0 && timestamp >= 0 && nowMs - timestamp > retentionMs) return true
      if (retentionBytes >= 0 && excessBytes - segment.size >= 0) {
        excessBytes -= segment.size
        return true
      }
      return false
    }
    let count = 0
    while (count < this.segments.length && expired(this.segments[count]!, this.segments[count + 1])) count++
    if (count === 0) return []
    if (count === this.segments.length) this.roll()
    const removed = this.segments.splice(0, count)
    this.startOffset = Math.max(this.startOffset, this.segments[0]!.baseOffset)
    return removed.flatMap((segment) => segment.markDeleted())
  }

  /** The segments, oldest first, the last one active: a copy for the log cleaner to read. */
  segmentsForCleaning(): readonly LogSegment[] {
    return [...this.segments]
  }

  /** The log was closed (or its files closed for deletion): the cleaner leaves it alone. */
  get isClosed(): boolean {
    return this.closed
  }

  /**
   * The cleaner's swap (segment-swap.ts): the fsynced `<cleanedBase>.*.cleaned` files replace
   * `replaced`, all in one synchronous step, so no reader sees a mix of old and new segments.
   * Returns false, deleting the cleaned files and changing nothing, when `replaced` is no longer
   * a run of non-active segments of this log starting at cleanedBase (retention, truncation or
   * close got there first).
   */
  replaceSegments(cleanedBase: number, replaced: readonly LogSegment[]): boolean {
    const first = replaced[0]
    const start = first === undefined ? -1 : this.segments.indexOf(first)
    const intact =
      !this.closed &&
      first !== undefined &&
      first.baseOffset === cleanedBase &&
      start >= 0 &&
      start + replaced.length < this.segments.length &&
      replaced.every((segment, i) => this.segments[start + i] === segment)
    if (!intact) {
      deleteCleanedFiles(this.fs, this.dir, cleanedBase)
      return false
    }
    renameCleanedToSwap(this.fs, this.dir, cleanedBase)
    for (const segment of replaced) segment.delete()
    renameSwapToFinal(this.fs, this.dir, cleanedBase)
    const segment = LogSegment.open(this.fs, this.dir, cleanedBase, this.config, this.clock.wallMs())
    if (segment.needsRecovery) segment.recover()
    segment.txnIndexNeedsRebuild = false
    this.segments.splice(start, replaced.length, segment)
    return true
  }

  /** The producers this partition knows (DescribeProducers). */
  activeProducers(): IterableIterator<ProducerStateEntry> {
    return this.producerState.activeProducers()
  }

  /** The state of one producer id, if known. */
  producerStateOf(producerId: number): ProducerStateEntry | undefined {
    return this.producerState.lastEntry(producerId)
  }

  /** Offsets of the producer state snapshots on disk, ascending. */
  producerSnapshotOffsets(): readonly number[] {
    return this.snapshotOffsets
  }

  /**
   * Forgets producers idle for `producer.id.expiration.ms` (by their last batch's timestamp,
   * as Kafka); called by the log manager's scheduler. Returns how many went.
   */
  removeExpiredProducers(nowMs = this.clock.wallMs()): number {
    return this.producerState.removeExpired(nowMs, this.producerIdExpirationMs)
  }

  /**
   * Records an aborted transaction that a marker in `segment` completed, with the LSO it left:
   * the first offset of the earliest transaction still ongoing, or the offset after the marker.
   * Called after the producer state took the marker, so the transaction is no longer ongoing.
   */
  private indexAbortedTxn(segment: LogSegment, txn: CompletedTxn): void {
    const firstUnstable = this.producerState.firstUnstableOffset
    const afterMarker = txn.lastOffset + 1
    segment.txnIndex.append({
      producerId: txn.producerId,
      firstOffset: txn.firstOffset,
      lastOffset: txn.lastOffset,
      lastStableOffset: firstUnstable < 0 ? afterMarker : Math.min(firstUnstable, afterMarker),
    })
  }

  /** Writes the producer state as the snapshot at `offset` and keeps the last few snapshots only. */
  private takeProducerSnapshot(offset: number): void {
    writeSnapshotFile(this.fs, this.dir, offset, encodeProducerSnapshot(this.producerState.activeProducers()))
    this.snapshotOffsets = this.snapshotOffsets.filter((o) => o !== offset)
    this.snapshotOffsets.push(offset)
    this.snapshotOffsets.sort((a, b) => a - b)
    while (this.snapshotOffsets.length > SNAPSHOTS_TO_KEEP) {
      deleteSnapshotFile(this.fs, this.dir, this.snapshotOffsets.shift()!)
    }
  }

  /**
   * (Re)builds the producer state for the current log end: snapshots past it are deleted (the log
   * was truncated or lost its tail in a crash), the latest readable one at or below it is loaded
   * (a corrupt one is deleted and the previous tried), and the batches after it are replayed from
   * their headers, as Kafka's LogLoader and ProducerStateManager.truncateAndReload.
   */
  private loadProducerState(): void {
    this.producerState.clear()
    const end = this.nextOffset
    const offsets: number[] = []
    for (const offset of listSnapshotOffsets(this.fs, this.dir)) {
      if (offset > end) deleteSnapshotFile(this.fs, this.dir, offset)
      else offsets.push(offset)
    }
    // A segment whose `.txnindex` recovery emptied is replayed whole: start at a snapshot no later than it.
    const rebuild = this.segments.find((s) => s.txnIndexNeedsRebuild)
    const usable = offsets.filter((o) => rebuild === undefined || o <= rebuild.baseOffset)
    // The later snapshots are not loaded, but a corrupt one is still deleted, as when it is tried.
    for (const offset of offsets.filter((o) => !usable.includes(o))) {
      try {
        decodeProducerSnapshot(this.fs.readFile(snapshotPath(this.dir, offset)))
      } catch (err) {
        if (!(err instanceof CorruptSnapshotError)) throw err
        deleteSnapshotFile(this.fs, this.dir, offset)
        offsets.splice(offsets.indexOf(offset), 1)
      }
    }
    const nowMs = this.clock.wallMs()
    let from = this.segments[0]!.baseOffset
    while (usable.length > 0) {
      const offset = usable.at(-1)!
      try {
        const entries = decodeProducerSnapshot(this.fs.readFile(snapshotPath(this.dir, offset)))
        this.producerState.load(entries, nowMs, this.producerIdExpirationMs)
        from = Math.max(from, offset)
        break
      } catch (err) {
        if (!(err instanceof CorruptSnapshotError)) throw err
        deleteSnapshotFile(this.fs, this.dir, offset)
        usable.pop()
        offsets.splice(offsets.indexOf(offset), 1)
      }
    }
    this.snapshotOffsets = offsets
    if (from < end) this.replayProducerState(from)
    for (const segment of this.segments) segment.txnIndexNeedsRebuild = false
    this.producerState.removeExpired(nowMs, this.producerIdExpirationMs)
  }

  /** Feeds the producer state every batch from `from` to the log end, from headers only. */
  private replayProducerState(from: number): void {
    for (let i = this.segmentIndexFor(from); i < this.segments.length; i++) {
      const segment = this.segments[i]!
      segment.forEachBatch(from, (buf, position) => {
        if (buf.length - position < RECORD_BATCH_OVERHEAD) return
        if (buf.readInt8(position + MAGIC_OFFSET) !== CURRENT_MAGIC || !hasProducerId(buf, position)) return
        const batch = readStoredProducerBatch(buf, position)
        if (batch === null || batch.firstOffset < from) return
        const completed = this.producerState.replay([batch])
        if (!segment.txnIndexNeedsRebuild) return
        for (const txn of completed) if (txn.isAborted) this.indexAbortedTxn(segment, txn)
      })
    }
  }

  /** Called by the log manager's scheduler: fsync when `flush.ms` has passed since the last one. */
  maybeFlushByTime(): void {
    if (this.unflushedMessages > 0 && this.clock.monotonicMs() - this.lastFlushMs >= this.config.flushMs) {
      void this.flush().catch(() => {})
    }
  }

  /**
   * fsyncs every segment holding data past the recovery point, then moves the
   * recovery point to the log end as it was when the fsync began. Calls while
   * one runs share the next round: one fsync covers many appends.
   */
  flush(): Promise<void> {
    if (this.flushing === null) {
      this.flushing = this.flushOnce().finally(() => {
        this.flushing = null
      })
      return this.flushing
    }
    if (this.flushQueued === null) {
      this.flushQueued = this.flushing.then(
        () => this.afterQueuedFlush(),
        () => this.afterQueuedFlush(),
      )
    }
    return this.flushQueued
  }

  private afterQueuedFlush(): Promise<void> {
    this.flushQueued = null
    return this.flush()
  }

  private async flushOnce(): Promise<void> {
    const target = this.nextOffset
    const from = this.recoveredTo
    this.unflushedMessages = 0
    this.lastFlushMs = this.clock.monotonicMs()
    const dirty = this.segments.filter((_segment, i) => {
      const next = this.segments[i + 1]
      return next === undefined || next.baseOffset > from
    })
    await Promise.all(dirty.map((s) => s.sync()))
    if (!this.closed && target > this.recoveredTo && target <= this.nextOffset) this.recoveredTo = target
  }

  /** Flushes and closes every file; the log must not be used afterwards. */
  async close(): Promise<void> {
    if (this.closed) return
    await this.flush()
    this.active.onBecomeInactive()
    // As Kafka at a clean shutdown: a snapshot at the log end, so the next open replays nothing.
    if (this.nextOffset > (this.snapshotOffsets.at(-1) ?? this.segments[0]!.baseOffset)) {
      this.takeProducerSnapshot(this.nextOffset)
    }
    this.closed = true
    for (const segment of this.segments) segment.close()
  }

  /** Closes every file without flushing: the log is about to be deleted. */
  closeFiles(): void {
    this.closed = true
    for (const segment of this.segments.splice(0)) segment.close()
  }
}

/**
 * The size of the whole magic v2 batch at `position`, or -1 when there is none (fewer bytes than
 * it claims, an impossible length, another magic): the append path's nextBatch, without a result.
 */
function v2BatchSizeAt(records: Buffer, position: number): number {
  const available = records.length - position
  if (available <= MAGIC_OFFSET || records.readInt8(position + MAGIC_OFFSET) !== CURRENT_MAGIC) return -1
  const batchLength = records.readInt32BE(position + BATCH_LENGTH_OFFSET)
  if (batchLength < MIN_BATCH_LENGTH_V2 || LOG_OVERHEAD + batchLength > available) return -1
  return LOG_OVERHEAD + batchLength
}

/** The baseOffset of the batch at `position`, as a number (Number(bigint) for unsafe values, as before). */
function batchBaseOffset(records: Buffer, position: number): number {
  return readInt64(records, position + BASE_OFFSET_OFFSET)
}

/** Base offsets of the `.log` files in `dir`; leftovers of a crashed write (`.tmp`) and orphan indexes are removed. */
function listSegments(fs: FileSystem, dir: string): number[] {
  // A clean that crashed: drop its `.cleaned` files or finish its `.swap` (segment-swap.ts).
  completeSwaps(fs, dir)
  const names = fs.list(dir)
  const bases = new Set<number>()
  for (const name of names) {
    if (name.endsWith(LOG_SUFFIX)) bases.add(Number(name.slice(0, -LOG_SUFFIX.length)))
  }
  for (const name of names) {
    if (name.endsWith('.tmp') || name.endsWith(DELETED_SUFFIX)) fs.unlink(join(dir, name))
    for (const suffix of [INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX]) {
      if (name.endsWith(suffix) && !bases.has(Number(name.slice(0, -suffix.length)))) fs.unlink(join(dir, name))
    }
  }
  return [...bases].filter(Number.isSafeInteger).sort((a, b) => a - b)
}

/**
 * After an unclean shutdown: rescan every segment that may hold data past
 * the recovery point. A segment that had to be truncated means nothing after
 * it can be trusted, so later segments are deleted, as Kafka's LogLoader does.
 * Returns the recovery point to use (the log end after recovery is not yet
 * fsynced, so it stays where it was).
 */
function recoverSegments(segments: LogSegment[], recoveryPoint: number): number {
  let first = segments.length - 1
  while (first > 0 && segments[first]!.baseOffset > recoveryPoint) first--
  for (let i = first; i < segments.length; i++) {
    const truncated = segments[i]!.recover()
    if (truncated > 0) {
      for (const later of segments.splice(i + 1)) later.delete()
      break
    }
  }
  return recoveryPoint
}
