// A follower's fetch state for one partition: where the next Fetch to the leader starts, and what
// to do with each answer. Kafka's PartitionFetchState and the per-partition decisions of
// AbstractFetcherThread / ReplicaFetcherThread (processFetchRequest, truncateOnFetchResponse,
// handleOutOfRangeError, onPartitionFenced), with truncation on fetch (Fetch v12+ diverging
// epochs, KIP-595 era) rather than a separate OffsetsForLeaderEpoch round.
//
// Phases:
//   fetching    nextFetch() gives {fetchOffset = local log end, lastFetchedEpoch,
//               currentLeaderEpoch, logStartOffset}; the answer appends, truncates or errs.
//   truncating  the driver must truncate the log (and its epoch cache, truncateFromEnd) as the
//               effect says, then call onTruncated(log): fetching resumes at the new log end
//               with its latest epoch. Entered on a diverging epoch, on becoming follower with a
//               log that has no epochs (truncate to the high watermark), and after
//               OFFSET_OUT_OF_RANGE when the leader's log is shorter or starts later.
//   outOfRange  OFFSET_OUT_OF_RANGE: the driver asks the leader for its log end and log start
//               (ListOffsets LATEST and EARLIEST as replica, current leader epoch) and calls
//               onLeaderOffsets. Leader end below ours: truncate to it. Leader start above our
//               end: start empty at the leader's start. Otherwise fetch again from our end.
//   delayed     after an error: no fetch until replica.fetch.backoff.ms (1000) has passed, then
//               fetching again at the same position. NOT_LEADER_OR_FOLLOWER, UNKNOWN_LEADER_EPOCH,
//               UNKNOWN_TOPIC_OR_PARTITION, UNKNOWN_TOPIC_ID, INCONSISTENT_TOPIC_ID, any other
//               partition error, a failed request, a failed ListOffsets, corrupt records.
//   fenced      FENCED_LEADER_EPOCH for our current epoch: a newer leader exists; wait for
//               metadata (onBecomeFollower with the new epoch).
//   failed      a storage error or a batch that cannot follow our log: stop until the next
//               onBecomeFollower, as Kafka's markPartitionFailed.
//
// Effects of an answer, applied by the driver in order, synchronously, before the next
// nextFetch(): `append` (PartitionLog.appendAsFollower(records) with the bytes untouched, then
// epochs.assign(batch.partitionLeaderEpoch, batch.baseOffset) for each batch), `truncate` /
// `truncateFullyAndStartAt` (then onTruncated), `updateHighWatermark` (min of the leader's HW and
// our log end), `incrementLogStartOffset` (the leader's log start moved: drop our prefix, and
// epochs.truncateFromStart). An answer to a request other than the current position (same
// offset and leader epoch, phase fetching) is stale and ignored, as Kafka does.
import { ErrorCode } from '../protocol/errors.js'
import { assert } from '../util/assert.js'
import {
  type EpochEndOffset,
  type LeaderEpochCache,
  UNDEFINED_EPOCH,
  UNDEFINED_EPOCH_OFFSET,
} from './leader-epoch-cache.js'

/** `replica.fetch.backoff.ms` default. */
export const DEFAULT_REPLICA_FETCH_BACKOFF_MS = 1000

export interface FollowerLogView {
  readonly logStartOffset: number
  readonly logEndOffset: number
  readonly highWatermark: number
  readonly epochs: Pick<LeaderEpochCache, 'latestEpoch' | 'endOffsetFor'>
}

/** One partition of a follower's Fetch request. */
export interface FetchPosition {
  readonly fetchOffset: number
  /** -1 when the local log has no epoch yet. */
  readonly lastFetchedEpoch: number
  readonly currentLeaderEpoch: number
  readonly logStartOffset: number
}

/** A whole batch of the answer, from its header. */
export interface FetchedBatch {
  readonly baseOffset: number
  readonly lastOffset: number
  readonly partitionLeaderEpoch: number
}

/** One partition of the leader's Fetch answer (fetched-partition.ts builds it from the wire). */
export interface FetchedPartition {
  readonly errorCode: number
  readonly highWatermark: number
  readonly logStartOffset: number
  /** Present when the leader found our log diverging (epoch >= 0). */
  readonly divergingEpoch?: EpochEndOffset
  /** The whole batches' bytes, appended untouched; null when none. */
  readonly records: Buffer | null
  readonly batches: readonly FetchedBatch[]
}

export type FollowerEffect =
  | { readonly kind: 'append'; readonly records: Buffer | null; readonly batches: readonly FetchedBatch[] }
  | { readonly kind: 'truncate'; readonly offset: number }
  | { readonly kind: 'truncateFullyAndStartAt'; readonly offset: number }
  | { readonly kind: 'updateHighWatermark'; readonly offset: number }
  | { readonly kind: 'incrementLogStartOffset'; readonly offset: number }

export type FollowerPhase =
  | { readonly kind: 'fetching' }
  | {
      readonly kind: 'truncating'
      readonly effect: Extract<FollowerEffect, { kind: 'truncate' | 'truncateFullyAndStartAt' }>
    }
  | { readonly kind: 'outOfRange' }
  | { readonly kind: 'delayed'; readonly untilMs: number; readonly errorCode: number }
  | { readonly kind: 'fenced' }
  | { readonly kind: 'failed'; readonly reason: string }

export interface FollowerInit {
  readonly leaderId: number
  readonly leaderEpoch: number
  readonly log: FollowerLogView
  readonly fetchBackoffMs?: number
}

export class FollowerState {
  readonly fetchBackoffMs: number
  #leaderId = -1
  #leaderEpoch = -1
  #fetchOffset = 0
  #lastFetchedEpoch = UNDEFINED_EPOCH
  #phase: FollowerPhase = { kind: 'fetching' }

  /** The driver applies the returned effects (a truncation when the log has no epochs). */
  readonly initialEffects: readonly FollowerEffect[]

  constructor(init: FollowerInit) {
    this.fetchBackoffMs = init.fetchBackoffMs ?? DEFAULT_REPLICA_FETCH_BACKOFF_MS
    this.initialEffects = this.onBecomeFollower(init.leaderId, init.leaderEpoch, init.log)
  }

  get leaderId(): number {
    return this.#leaderId
  }
  get currentLeaderEpoch(): number {
    return this.#leaderEpoch
  }
  get fetchOffset(): number {
    return this.#fetchOffset
  }
  get lastFetchedEpoch(): number {
    return this.#lastFetchedEpoch
  }
  get phase(): FollowerPhase {
    return this.#phase
  }
  /** The driver should ask the leader for its log end and start offsets (phase outOfRange). */
  get wantsLeaderOffsets(): boolean {
    return this.#phase.kind === 'outOfRange'
  }
  /** When a delayed partition may fetch again; undefined when not delayed. */
  get wakeAtMs(): number | undefined {
    return this.#phase.kind === 'delayed' ? this.#phase.untilMs : undefined
  }

  /**
   * Metadata names a leader for this partition (Kafka's addPartitions). The same leader epoch
   * keeps the current state; a new one restarts from the log end with its latest epoch, or, for a
   * log without epochs, truncates to the high watermark first.
   */
  onBecomeFollower(leaderId: number, leaderEpoch: number, log: FollowerLogView): FollowerEffect[] {
    if (leaderEpoch === this.#leaderEpoch && leaderId === this.#leaderId && this.#phase.kind !== 'failed') return []
    this.#leaderId = leaderId
    this.#leaderEpoch = leaderEpoch
    const latest = log.epochs.latestEpoch()
    if (latest !== undefined) {
      this.fetchFrom(log.logEndOffset, latest)
      return []
    }
    this.#fetchOffset = log.highWatermark
    this.#lastFetchedEpoch = UNDEFINED_EPOCH
    return this.truncate({ kind: 'truncate', offset: log.highWatermark })
  }

  /** The next Fetch for this partition, or undefined when it must not fetch now. */
  nextFetch(nowMs: number, log: FollowerLogView): FetchPosition | undefined {
    if (this.#phase.kind === 'delayed' && nowMs >= this.#phase.untilMs) this.#phase = { kind: 'fetching' }
    if (this.#phase.kind !== 'fetching') return undefined
    assert(log.logEndOffset === this.#fetchOffset, `fetch offset ${this.#fetchOffset} but log end ${log.logEndOffset}`)
    return {
      fetchOffset: this.#fetchOffset,
      lastFetchedEpoch: this.#lastFetchedEpoch,
      currentLeaderEpoch: this.#leaderEpoch,
      logStartOffset: log.logStartOffset,
    }
  }

  /** The leader's answer to `request` (what nextFetch returned). */
  onFetchResponse(
    request: FetchPosition,
    data: FetchedPartition,
    log: FollowerLogView,
    nowMs: number,
  ): FollowerEffect[] {
    if (!this.isCurrent(request)) return []
    switch (data.errorCode) {
      case ErrorCode.NONE:
        if (data.divergingEpoch !== undefined && data.divergingEpoch.epoch >= 0) {
          return this.truncate({ kind: 'truncate', offset: this.truncationOffset(data.divergingEpoch, log) })
        }
        return this.accept(data, log)
      case ErrorCode.OFFSET_OUT_OF_RANGE:
        this.#phase = { kind: 'outOfRange' }
        return []
      case ErrorCode.FENCED_LEADER_EPOCH:
        this.#phase = { kind: 'fenced' }
        return []
      default:
        this.delay(nowMs, data.errorCode)
        return []
    }
  }

  /** The whole Fetch failed (connection, timeout, top-level error): back off. */
  onFetchFailed(request: FetchPosition, nowMs: number, errorCode: number = ErrorCode.NETWORK_EXCEPTION): void {
    if (this.isCurrent(request)) this.delay(nowMs, errorCode)
  }

  /** Appending the answer failed: corrupt records back off and retry; a storage error stops. */
  onAppendFailed(kind: 'corrupt' | 'storage', nowMs: number): void {
    if (kind === 'corrupt') this.delay(nowMs, ErrorCode.CORRUPT_MESSAGE)
    else this.#phase = { kind: 'failed', reason: 'storage error' }
  }

  /** The driver applied the truncation effect: fetch from the new log end. */
  onTruncated(log: FollowerLogView): void {
    assert(this.#phase.kind === 'truncating', `onTruncated in phase ${this.#phase.kind}`)
    this.fetchFrom(log.logEndOffset, log.epochs.latestEpoch() ?? UNDEFINED_EPOCH)
  }

  /** Kafka's fetchOffsetAndTruncate, with the leader's log end and start offsets. */
  onLeaderOffsets(leader: { logEndOffset: number; logStartOffset: number }, log: FollowerLogView): FollowerEffect[] {
    if (this.#phase.kind !== 'outOfRange') return []
    if (leader.logEndOffset < log.logEndOffset) {
      return this.truncate({ kind: 'truncate', offset: leader.logEndOffset })
    }
    if (leader.logStartOffset > log.logEndOffset) {
      return this.truncate({ kind: 'truncateFullyAndStartAt', offset: leader.logStartOffset })
    }
    this.fetchFrom(log.logEndOffset, log.epochs.latestEpoch() ?? UNDEFINED_EPOCH)
    return []
  }

  /** The ListOffsets to the leader failed: back off, then fetch (and likely learn OFFSET_OUT_OF_RANGE) again. */
  onLeaderOffsetsFailed(errorCode: number, nowMs: number): void {
    if (this.#phase.kind === 'outOfRange') this.delay(nowMs, errorCode)
  }

  private isCurrent(request: FetchPosition): boolean {
    return (
      this.#phase.kind === 'fetching' &&
      request.fetchOffset === this.#fetchOffset &&
      request.currentLeaderEpoch === this.#leaderEpoch
    )
  }

  private fetchFrom(offset: number, lastFetchedEpoch: number): void {
    this.#fetchOffset = offset
    this.#lastFetchedEpoch = lastFetchedEpoch
    this.#phase = { kind: 'fetching' }
  }

  private truncate(
    effect: Extract<FollowerEffect, { kind: 'truncate' | 'truncateFullyAndStartAt' }>,
  ): FollowerEffect[] {
    this.#phase = { kind: 'truncating', effect }
    return [effect]
  }

  private delay(nowMs: number, errorCode: number): void {
    this.#phase = { kind: 'delayed', untilMs: nowMs + this.fetchBackoffMs, errorCode }
  }

  /**
   * Kafka's getOffsetTruncationState for a diverging epoch (leaderEpoch, leaderEnd): where our
   * copy of that epoch ends, capped by where the leader's ends and by our log end. When our log
   * does not know that epoch, truncate to the end of our largest earlier epoch and let the next
   * fetch compare again.
   */
  private truncationOffset(diverging: EpochEndOffset, log: FollowerLogView): number {
    const leo = log.logEndOffset
    if (diverging.endOffset === UNDEFINED_EPOCH_OFFSET) return this.#fetchOffset
    const ours = log.epochs.endOffsetFor(diverging.epoch, leo)
    if (ours.endOffset === UNDEFINED_EPOCH_OFFSET) return Math.min(diverging.endOffset, leo)
    if (ours.epoch !== diverging.epoch) return Math.min(ours.endOffset, leo)
    return Math.min(ours.endOffset, diverging.endOffset, leo)
  }

  /** Kafka's processPartitionData: append the batches, then follow the leader's HW and log start. */
  private accept(data: FetchedPartition, log: FollowerLogView): FollowerEffect[] {
    const effects: FollowerEffect[] = []
    let leo = log.logEndOffset
    let logStart = log.logStartOffset
    const first = data.batches[0]
    if (first !== undefined) {
      if (first.baseOffset < leo) {
        // The leader's log start fell inside a batch (DeleteRecords) and our log is empty: start
        // at that batch, as Kafka's appendRecordsToFollowerOrFutureReplica does.
        const last = data.batches.at(-1)!
        if (!(leo === logStart && last.lastOffset >= leo)) {
          this.#phase = { kind: 'failed', reason: `batch at ${first.baseOffset} below the log end ${leo}` }
          return []
        }
        effects.push({ kind: 'truncateFullyAndStartAt', offset: first.baseOffset })
        logStart = first.baseOffset
      }
      effects.push({ kind: 'append', records: data.records, batches: data.batches })
      const last = data.batches.at(-1)!
      leo = last.lastOffset + 1
      let epoch = this.#lastFetchedEpoch
      for (const batch of data.batches) if (batch.partitionLeaderEpoch >= 0) epoch = batch.partitionLeaderEpoch
      this.fetchFrom(leo, epoch)
    }
    const hw = Math.max(Math.min(data.highWatermark, leo), logStart)
    if (hw !== log.highWatermark || effects.length > 0) effects.push({ kind: 'updateHighWatermark', offset: hw })
    if (data.logStartOffset > logStart && data.logStartOffset <= hw) {
      effects.push({ kind: 'incrementLogStartOffset', offset: data.logStartOffset })
    }
    return effects
  }
}
