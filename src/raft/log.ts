// The replicated log as the raft core sees it, as Kafka's `raft/.../ReplicatedLog.java`: entries
// with offsets and epochs, the end offset and last epoch, and the epoch-for-offset lookup that
// fetch validation and truncation use. The core only reads through `RaftLogView`; writes
// (append, truncate) leave it as effects that the driver performs, so the core stays pure.
// `MemoryRaftLog` is a plain in-memory implementation for unit tests and the simulator.

import { assert } from '../util/assert.js'

/**
 * One log entry. Kafka stores record batches with a partition leader epoch; we keep one entry per
 * batch. `leader-change` is the control record (LeaderChangeMessage) a new leader writes at the
 * start of its epoch; `data` carries the client's records.
 */
export interface LogEntry {
  readonly offset: bigint
  readonly epoch: number
  readonly kind: 'data' | 'leader-change'
  readonly value: Buffer
  /**
   * Set on the last entry of an on-disk record batch (entries read from disk or from the wire).
   * The core passes it through untouched; drivers use it so a follower writes the leader's batches
   * with the same boundaries (Kafka never splits a batch, so truncation points agree).
   */
  readonly lastInBatch?: boolean
}

/** Kafka's OffsetAndEpoch. */
export interface OffsetAndEpoch {
  readonly offset: bigint
  readonly epoch: number
}

export interface RaftLogView {
  /** The offset the next entry gets (log end offset). */
  endOffset(): bigint
  /** Epoch of the last entry, 0 for an empty log. */
  lastEpoch(): number
  /** Epoch of the entry at offset; offset must be in [0, endOffset). */
  epochAt(offset: bigint): number
  /** Up to maxEntries entries starting at fromOffset (fewer at the end of the log). */
  read(fromOffset: bigint, maxEntries: number): LogEntry[]
  /**
   * Kafka's `endOffsetForEpoch`: the largest epoch in the log that is <= epoch, and the offset
   * where it ends (the first offset of the next larger epoch, or the end offset). For an epoch
   * below everything in the log: `{ epoch: 0, offset: 0n }`.
   */
  endOffsetForEpoch(epoch: number): OffsetAndEpoch
}

export interface RaftLog extends RaftLogView {
  append(entries: readonly LogEntry[]): void
  /** Removes every entry at offset >= toOffset. */
  truncateTo(toOffset: bigint): void
}

export class MemoryRaftLog implements RaftLog {
  readonly entries: LogEntry[] = []

  endOffset(): bigint {
    return BigInt(this.entries.length)
  }

  lastEpoch(): number {
    return this.entries.at(-1)?.epoch ?? 0
  }

  epochAt(offset: bigint): number {
    const entry = this.entries[Number(offset)]
    assert(entry !== undefined, `MemoryRaftLog.epochAt: no entry at ${offset}`)
    return entry.epoch
  }

  read(fromOffset: bigint, maxEntries: number): LogEntry[] {
    assert(fromOffset >= 0n, 'MemoryRaftLog.read: negative offset')
    const from = Number(fromOffset)
    return this.entries.slice(from, from + maxEntries)
  }

  endOffsetForEpoch(epoch: number): OffsetAndEpoch {
    // Scan back from the end: the first entry with epoch <= the asked epoch names the answer's
    // epoch, and that epoch ends where the entry after it starts.
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i] as LogEntry
      if (entry.epoch <= epoch) return { epoch: entry.epoch, offset: BigInt(i + 1) }
    }
    return { epoch: 0, offset: 0n }
  }

  append(entries: readonly LogEntry[]): void {
    for (const entry of entries) {
      assert(entry.offset === this.endOffset(), `MemoryRaftLog.append: offset ${entry.offset} is not the end offset`)
      assert(entry.epoch >= this.lastEpoch(), 'MemoryRaftLog.append: epoch goes backwards')
      this.entries.push(entry)
    }
  }

  truncateTo(toOffset: bigint): void {
    assert(toOffset >= 0n, 'MemoryRaftLog.truncateTo: negative offset')
    if (toOffset < this.endOffset()) this.entries.length = Number(toOffset)
  }
}
