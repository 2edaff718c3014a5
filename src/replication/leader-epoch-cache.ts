// A partition's leader-epoch cache: for each leader epoch, the first offset written in it, as
// Kafka's LeaderEpochFileCache (storage/.../epoch/LeaderEpochFileCache.java) keeps it in memory.
// Replication asks it two questions: which epoch the local log ends in (a follower's
// lastFetchedEpoch) and where a given epoch ends (a leader answering a follower's fetch with a
// diverging epoch, a follower truncating on that answer, OffsetForLeaderEpoch).
//
// Pure: no I/O. The driver persists `entries()` with log/leader-epoch-checkpoint.ts after each
// change that returned true (assign, truncateFromEnd, truncateFromStart) and rebuilds the cache
// from that file on open. Who changes it:
//   - a leader, on becoming leader of a new epoch: assign(epoch, log end offset);
//   - every append (leader or follower): assign(batch.partitionLeaderEpoch, batch.baseOffset) per
//     batch, which is a no-op while the epoch stays the same;
//   - a truncation of the log to X: truncateFromEnd(X);
//   - a move of the log start offset to S: truncateFromStart(S).
//
// Invariant, as Kafka's: entries strictly increase in epoch and in start offset.
import { assert } from '../util/assert.js'

export interface EpochEntry {
  readonly epoch: number
  readonly startOffset: number
}

/** Kafka's UNDEFINED_EPOCH and UNDEFINED_EPOCH_OFFSET. */
export const UNDEFINED_EPOCH = -1
export const UNDEFINED_EPOCH_OFFSET = -1

export interface EpochEndOffset {
  readonly epoch: number
  readonly endOffset: number
}

const UNDEFINED: EpochEndOffset = Object.freeze({ epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET })

export class LeaderEpochCache {
  #entries: EpochEntry[]

  /** entries: as read from the checkpoint file; out-of-order ones are dropped as assign would. */
  constructor(entries: readonly EpochEntry[] = []) {
    this.#entries = []
    for (const entry of entries) this.assign(entry.epoch, entry.startOffset)
  }

  entries(): readonly EpochEntry[] {
    return this.#entries
  }

  /** The epoch of the last entry, or undefined when the cache is empty. */
  latestEpoch(): number | undefined {
    return this.#entries.at(-1)?.epoch
  }

  /**
   * Records that `epoch` starts at `startOffset`. Entries at or past it in epoch or in offset go
   * first (a new leader may have written less than a deposed one claimed). Returns whether
   * anything changed. As Kafka: a repeat of the latest epoch at the same or a later offset is a
   * no-op, so it can be called for every appended batch.
   */
  assign(epoch: number, startOffset: number): boolean {
    assert(Number.isInteger(epoch) && epoch >= 0, `epoch ${epoch}`)
    assert(Number.isSafeInteger(startOffset) && startOffset >= 0, `start offset ${startOffset}`)
    const last = this.#entries.at(-1)
    if (last !== undefined && last.epoch === epoch && startOffset >= last.startOffset) return false
    while (this.#entries.length > 0) {
      const tail = this.#entries.at(-1)!
      if (tail.epoch < epoch && tail.startOffset < startOffset) break
      this.#entries.pop()
    }
    this.#entries.push({ epoch, startOffset })
    return true
  }

  /** The log was truncated to `endOffset`: entries starting at or after it go. */
  truncateFromEnd(endOffset: number): boolean {
    const before = this.#entries.length
    while (this.#entries.length > 0 && this.#entries.at(-1)!.startOffset >= endOffset) this.#entries.pop()
    return this.#entries.length !== before
  }

  /**
   * The log start moved to `startOffset`: entries wholly before it go, and the last entry at or
   * before it now starts there (its epoch still covers the first remaining offset).
   */
  truncateFromStart(startOffset: number): boolean {
    let lastRemoved: EpochEntry | undefined
    let removed = 0
    while (this.#entries.length > 0 && this.#entries[0]!.startOffset <= startOffset) {
      lastRemoved = this.#entries.shift()
      removed++
    }
    if (lastRemoved === undefined) return false
    this.#entries.unshift({ epoch: lastRemoved.epoch, startOffset })
    return removed > 1 || lastRemoved.startOffset !== startOffset
  }

  /**
   * Kafka's endOffsetFor: the largest epoch <= `requestedEpoch` this log knows, and the offset
   * where it ends (the start of the next epoch, or the log end offset for the latest epoch).
   * UNDEFINED (-1, -1) when the requested epoch is undefined or later than every known epoch.
   * An epoch earlier than every known one answers (requestedEpoch, start of the first epoch):
   * that data is gone, so the follower truncates to where this log's history begins.
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): EpochEndOffset {
    if (requestedEpoch === UNDEFINED_EPOCH) return UNDEFINED
    const latest = this.#entries.at(-1)
    if (latest !== undefined && latest.epoch === requestedEpoch)
      return { epoch: requestedEpoch, endOffset: logEndOffset }
    const higher = this.#entries.findIndex((e) => e.epoch > requestedEpoch)
    if (higher < 0) return UNDEFINED
    const higherStart = this.#entries[higher]!.startOffset
    if (higher === 0) return { epoch: requestedEpoch, endOffset: higherStart }
    return { epoch: this.#entries[higher - 1]!.epoch, endOffset: higherStart }
  }

  /** The epoch of the record at `offset` (the last entry starting at or before it), if known. */
  epochForOffset(offset: number): number | undefined {
    let found: number | undefined
    for (const entry of this.#entries) {
      if (entry.startOffset > offset) break
      found = entry.epoch
    }
    return found
  }

  /** The latest epoch once the log is truncated to `endOffset`, without changing the cache. */
  latestEpochBelow(endOffset: number): number | undefined {
    let found: number | undefined
    for (const entry of this.#entries) {
      if (entry.startOffset >= endOffset) break
      found = entry.epoch
    }
    return found
  }
}
