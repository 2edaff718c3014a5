// The replicated log as the raft core sees it, as Kafka's `raft/.../ReplicatedLog.java`: entries
// with offsets and epochs, the end offset and last epoch, and the epoch-for-offset lookup that
// fetch validation and truncation use. The core only reads through `RaftLogView`; writes
// (append, truncate) leave it as effects that the driver performs, so the core stays pure.
// `MemoryRaftLog` is a plain in-memory implementation for unit tests and the simulator.
//
// Snapshots (KIP-630): the log may start above offset 0 (`logStartOffset`); what lies below exists
// only in a snapshot, named by Kafka's snapshot id (`OffsetAndEpoch`: the end offset it covers,
// exclusive, and the epoch of its last record). Snapshots only ever cover committed entries.

import { AssertionError, assert } from '../util/assert.js'

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
  /** The offset the next entry gets (log end offset); at least logStartOffset. */
  endOffset(): bigint
  /** Epoch of the last entry; with no entries above the start, the snapshot's epoch; 0 for an empty log. */
  lastEpoch(): number
  /**
   * Epoch of the entry at offset; offset must be in [logStartOffset - 1, endOffset): at
   * logStartOffset - 1 (when it is > 0) it is the epoch of the snapshot that ends there.
   */
  epochAt(offset: bigint): number
  /** Up to maxEntries entries starting at fromOffset >= logStartOffset (fewer at the end of the log). */
  read(fromOffset: bigint, maxEntries: number): LogEntry[]
  /**
   * Kafka's `endOffsetForEpoch`: the largest epoch in the log that is <= epoch, and the offset
   * where it ends (the first offset of the next larger epoch, or the end offset). The snapshot
   * at the start counts as an entry at logStartOffset - 1. For an epoch below everything in the
   * log: `{ epoch: 0, offset: 0n }`.
   */
  endOffsetForEpoch(epoch: number): OffsetAndEpoch
  /**
   * KIP-630: the log start offset (Kafka's ReplicatedLog.startOffset, UnifiedLog.logStartOffset):
   * the first offset still held as entries; below it the log exists only as a snapshot. 0 when
   * there is none. Optional so implementations without snapshots keep compiling: absent means 0
   * (read it through `startOffsetOf`).
   */
  logStartOffset?(): bigint
  /** KIP-630: the id of the newest snapshot, or null. Absent means null (read it through `latestSnapshotOf`). */
  latestSnapshot?(): OffsetAndEpoch | null
}

/** The log start offset of any RaftLogView (0 for implementations without snapshots). */
export function startOffsetOf(log: RaftLogView): bigint {
  return log.logStartOffset?.() ?? 0n
}

/** The newest snapshot id of any RaftLogView (null for implementations without snapshots). */
export function latestSnapshotOf(log: RaftLogView): OffsetAndEpoch | null {
  return log.latestSnapshot?.() ?? null
}

export function minOffset(a: bigint, b: bigint): bigint {
  return a < b ? a : b
}

export function maxOffset(a: bigint, b: bigint): bigint {
  return a > b ? a : b
}

export function sameOffsetAndEpoch(a: OffsetAndEpoch, b: OffsetAndEpoch): boolean {
  return a.offset === b.offset && a.epoch === b.epoch
}

export interface RaftLog extends RaftLogView {
  append(entries: readonly LogEntry[]): void
  /** Removes every entry at offset >= toOffset. */
  truncateTo(toOffset: bigint): void
}

/**
 * The log in memory. `entries` holds the entries from `logStartOffset()` on: the entry at offset o
 * is `entries[o - logStartOffset()]` (use `entryAt`).
 */
export class MemoryRaftLog implements RaftLog {
  readonly entries: LogEntry[] = []
  #start = 0n
  /** Epoch of the entry at #start - 1, which only the snapshot still holds. */
  #startEpoch = 0
  #snapshot: OffsetAndEpoch | null = null

  logStartOffset(): bigint {
    return this.#start
  }

  latestSnapshot(): OffsetAndEpoch | null {
    return this.#snapshot
  }

  endOffset(): bigint {
    return this.#start + BigInt(this.entries.length)
  }

  lastEpoch(): number {
    return this.entries.at(-1)?.epoch ?? this.#startEpoch
  }

  /** The entry at offset, or undefined outside [startOffset, endOffset). */
  entryAt(offset: bigint): LogEntry | undefined {
    return offset < this.#start ? undefined : this.entries[Number(offset - this.#start)]
  }

  epochAt(offset: bigint): number {
    if (this.#start > 0n && offset === this.#start - 1n) return this.#startEpoch
    const entry = this.entryAt(offset)
    // Messages are built only on failure: these run for every fetch and append.
    if (entry === undefined) throw new AssertionError(`MemoryRaftLog.epochAt: no entry at ${offset}`)
    return entry.epoch
  }

  read(fromOffset: bigint, maxEntries: number): LogEntry[] {
    if (fromOffset < this.#start) {
      throw new AssertionError(`MemoryRaftLog.read: offset ${fromOffset} below the log start ${this.#start}`)
    }
    const from = Number(fromOffset - this.#start)
    return this.entries.slice(from, from + maxEntries)
  }

  endOffsetForEpoch(epoch: number): OffsetAndEpoch {
    // Scan back from the end: the first entry with epoch <= the asked epoch names the answer's
    // epoch, and that epoch ends where the entry after it starts.
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i] as LogEntry
      if (entry.epoch <= epoch) return { epoch: entry.epoch, offset: this.#start + BigInt(i + 1) }
    }
    if (this.#start > 0n && this.#startEpoch <= epoch) return { epoch: this.#startEpoch, offset: this.#start }
    return { epoch: 0, offset: 0n }
  }

  append(entries: readonly LogEntry[]): void {
    for (const entry of entries) {
      if (entry.offset !== this.endOffset()) {
        throw new AssertionError(`MemoryRaftLog.append: offset ${entry.offset} is not the end offset`)
      }
      assert(entry.epoch >= this.lastEpoch(), 'MemoryRaftLog.append: epoch goes backwards')
      this.entries.push(entry)
    }
  }

  truncateTo(toOffset: bigint): void {
    assert(toOffset >= this.#start, `MemoryRaftLog.truncateTo: ${toOffset} is below the log start ${this.#start}`)
    if (toOffset < this.endOffset()) this.entries.length = Number(toOffset - this.#start)
  }

  /**
   * Takes a snapshot that ends at offset (exclusive) and drops the entries below it, as a state
   * machine's snapshot followed by Kafka's log-start advance. The caller passes only committed
   * offsets; epoch must be the epoch of the entry at offset - 1.
   */
  snapshotAt(offset: bigint, epoch: number): void {
    assert(offset > 0n && offset <= this.endOffset(), `MemoryRaftLog.snapshotAt: ${offset} outside (0, end]`)
    assert(offset >= this.#start, `MemoryRaftLog.snapshotAt: ${offset} below the log start ${this.#start}`)
    assert(
      this.epochAt(offset - 1n) === epoch,
      `MemoryRaftLog.snapshotAt: epoch ${epoch} is not that of ${offset - 1n}`,
    )
    this.entries.splice(0, Number(offset - this.#start))
    this.#start = offset
    this.#startEpoch = epoch
    this.#snapshot = { offset, epoch }
  }

  /**
   * The `installSnapshot` effect: a snapshot fetched from the leader replaces the whole log,
   * which restarts empty at the snapshot's end offset (Kafka's truncateToLatestSnapshot).
   */
  installSnapshot(snapshotId: OffsetAndEpoch): void {
    this.entries.length = 0
    this.#start = snapshotId.offset
    this.#startEpoch = snapshotId.epoch
    this.#snapshot = snapshotId
  }
}
