// The leader-epoch cache of each partition log on this node (Kafka's LeaderEpochFileCache behind
// UnifiedLog.leaderEpochCache): the pure cache of replication/leader-epoch-cache.ts, loaded from
// the partition's `leader-epoch-checkpoint` file and written back after every change.
//
// Who changes it: a new leader assigns (leaderEpoch, log end offset) on become-leader
// (replica-manager.ts); a follower assigns each appended batch's partitionLeaderEpoch at its base
// offset, and truncates it with its log. Leader appends need nothing: every batch carries the
// epoch the leader assigned when it took over, so assign is a no-op for them.
//
// A log without a checkpoint (written before this cache existed) starts from its batch headers
// (log-summary.ts reads them once). Before each answer the cache is brought within the log's
// bounds: entries past the log end (a torn tail cut at recovery) go, and the entry covering the
// log start moves up to it (retention, DeleteRecords).
//
// Writes are asynchronous and serialised per log (write-to-temp then rename, checkpoint-file.ts):
// a crash leaves the previous or the new file. A log deleted meanwhile makes the write fail;
// that is logged at debug and dropped.
import { join } from 'node:path'
import { type FileSystem, nodeFileSystem } from '../log/fs.js'
import {
  LEADER_EPOCH_CHECKPOINT_FILENAME,
  readLeaderEpochCheckpoint,
  writeLeaderEpochCheckpoint,
} from '../log/leader-epoch-checkpoint.js'
import type { PartitionLog } from '../log/partition-log.js'
import { type EpochEndOffset, LeaderEpochCache } from '../replication/leader-epoch-cache.js'
import { epochEntries } from './log-summary.js'

export class PartitionEpochs {
  readonly #log: PartitionLog
  readonly #fs: FileSystem
  readonly #path: string
  readonly #cache: LeaderEpochCache
  #writing: Promise<void> = Promise.resolve()
  #onWriteError: (err: unknown) => void

  constructor(log: PartitionLog, fs: FileSystem, onWriteError: (err: unknown) => void) {
    this.#log = log
    this.#fs = fs
    this.#path = join(log.dir, LEADER_EPOCH_CHECKPOINT_FILENAME)
    this.#onWriteError = onWriteError
    let entries: readonly { epoch: number; startOffset: number }[]
    try {
      entries = fs.exists(this.#path) ? readLeaderEpochCheckpoint(fs, this.#path) : epochEntries(log, -1)
    } catch (err) {
      // A corrupt checkpoint: the batch headers say the same, as Kafka rebuilds it on recovery.
      onWriteError(err)
      entries = epochEntries(log, -1)
    }
    this.#cache = new LeaderEpochCache(entries)
    if (this.#sync() || !fs.exists(this.#path)) this.#persist()
  }

  /** The entries, within the log's bounds. */
  entries(): readonly { epoch: number; startOffset: number }[] {
    if (this.#sync()) this.#persist()
    return this.#cache.entries()
  }

  latestEpoch(): number | undefined {
    if (this.#sync()) this.#persist()
    return this.#cache.latestEpoch()
  }

  /** Kafka's endOffsetFor against the log's current end. */
  endOffsetFor(requestedEpoch: number): EpochEndOffset {
    if (this.#sync()) this.#persist()
    return this.#cache.endOffsetFor(requestedEpoch, this.#log.logEndOffset)
  }

  epochForOffset(offset: number): number | undefined {
    return this.#cache.epochForOffset(offset)
  }

  /** `epoch` starts at `startOffset` (become-leader, or a follower's appended batch). */
  assign(epoch: number, startOffset: number): void {
    if (this.#cache.assign(epoch, startOffset)) this.#persist()
  }

  /** The log was truncated to `endOffset`. */
  truncateFromEnd(endOffset: number): void {
    if (this.#cache.truncateFromEnd(endOffset)) this.#persist()
  }

  /** The log start moved to `startOffset`. */
  truncateFromStart(startOffset: number): void {
    if (this.#cache.truncateFromStart(startOffset)) this.#persist()
  }

  /** Resolves when every write so far has reached the file. */
  flushed(): Promise<void> {
    return this.#writing
  }

  /** Entries past the log end, or wholly before the log start, go. */
  #sync(): boolean {
    // An entry may start exactly at the log end: a leader's epoch before its first append.
    const cut = this.#cache.truncateFromEnd(this.#log.logEndOffset + 1)
    const first = this.#cache.entries()[0]
    const moved =
      first !== undefined && first.startOffset < this.#log.logStartOffset
        ? this.#cache.truncateFromStart(this.#log.logStartOffset)
        : false
    return cut || moved
  }

  #persist(): void {
    const entries = [...this.#cache.entries()]
    this.#writing = this.#writing
      .then(() => writeLeaderEpochCheckpoint(this.#fs, this.#path, entries))
      .catch((err: unknown) => this.#onWriteError(err))
  }
}

const byLog = new WeakMap<PartitionLog, PartitionEpochs>()

/** The epoch cache of `log`, loaded on first use (one per log object). */
export function leaderEpochs(
  log: PartitionLog,
  options: { readonly fs?: FileSystem; readonly onWriteError?: (err: unknown) => void } = {},
): PartitionEpochs {
  let epochs = byLog.get(log)
  if (epochs === undefined) {
    epochs = new PartitionEpochs(log, options.fs ?? nodeFileSystem, options.onWriteError ?? (() => {}))
    byLog.set(log, epochs)
  }
  return epochs
}
