// A node's simulated disk for raft: the quorum-state record is durable once written (the driver
// fsyncs it before sending), log entries are volatile until flushed, and a crash drops every
// unflushed entry, as Kafka's raft/src/test/.../MockLog.java does on restart. Truncation is
// durable at once. Torn writes of a single entry are not modelled (entries are whole records).
// Snapshots (sim-snapshot.ts) are durable once taken or installed; a partially fetched snapshot
// is volatile and lost in a crash. A snapshot makes the entries it covers durable: they live on
// in it, so the flushed end never falls below the log start. Older snapshots are kept for
// `snapshotRetentionMs` after a newer one replaces them, so downloads in progress can finish (as
// Kafka keeps snapshots until its retention deletes them).

import type { ElectionState } from '../../../src/raft/election-state.js'
import { initialElectionState } from '../../../src/raft/election-state.js'
import { type LogEntry, MemoryRaftLog, type OffsetAndEpoch } from '../../../src/raft/log.js'

export const snapshotRetentionMs = 5000

interface StoredSnapshot {
  readonly state: SnapshotState
  readonly bytes: Buffer
  /** When a newer snapshot replaced it (null: the latest). */
  replacedAtMs: number | null
}

function key(id: OffsetAndEpoch): string {
  return `${id.offset}/${id.epoch}`
}

import { decodeSnapshot, emptyHash, hashEntry, type SnapshotState } from './sim-snapshot.js'

export class SimDisk {
  electionState: ElectionState = initialElectionState
  readonly log = new MemoryRaftLog()
  flushedEndOffset = 0n
  /** The latest snapshot, with its bytes as FetchSnapshot serves them. */
  snapshot: StoredSnapshot | null = null
  /** Every snapshot still on disk, the latest included. */
  readonly #snapshots = new Map<string, StoredSnapshot>()
  /** A snapshot being fetched: its id and the bytes so far. */
  partial: { readonly id: OffsetAndEpoch; chunks: Buffer[]; size: number } | null = null

  append(entries: readonly LogEntry[]): void {
    this.log.append(entries)
  }

  truncateTo(toOffset: bigint): void {
    this.log.truncateTo(toOffset)
    if (this.flushedEndOffset > toOffset) this.flushedEndOffset = toOffset
  }

  flush(): bigint {
    this.flushedEndOffset = this.log.endOffset()
    return this.flushedEndOffset
  }

  /** What survives a crash: the flushed prefix. Returns how many entries were lost. */
  crash(): number {
    const lost = Number(this.log.endOffset() - this.flushedEndOffset)
    this.log.truncateTo(this.flushedEndOffset)
    this.partial = null
    return lost
  }

  /** Snapshots the state machine at offset (committed, in the log) and drops the log below it. */
  takeSnapshot(offset: bigint, encode: (state: SnapshotState) => Buffer, nowMs: number): void {
    let hash = this.snapshot?.state.hash ?? emptyHash
    const start = this.log.logStartOffset()
    for (const entry of this.log.read(start, Number(offset - start))) hash = hashEntry(hash, entry)
    const state = { id: { offset, epoch: this.log.epochAt(offset - 1n) }, hash }
    this.log.snapshotAt(offset, state.id.epoch)
    this.#keep({ state, bytes: encode(state), replacedAtMs: null }, nowMs)
    if (this.flushedEndOffset < offset) this.flushedEndOffset = offset
  }

  /** A snapshot still on disk, by id. */
  readSnapshot(id: OffsetAndEpoch): StoredSnapshot | undefined {
    return this.#snapshots.get(key(id))
  }

  #keep(snapshot: StoredSnapshot, nowMs: number): void {
    if (this.snapshot !== null) this.snapshot.replacedAtMs = nowMs
    this.snapshot = snapshot
    this.#snapshots.set(key(snapshot.state.id), snapshot)
    for (const [k, old] of this.#snapshots) {
      if (old.replacedAtMs !== null && nowMs - old.replacedAtMs >= snapshotRetentionMs) this.#snapshots.delete(k)
    }
  }

  /** The snapshotChunk effect. */
  writeChunk(id: OffsetAndEpoch, position: bigint, bytes: Buffer): void {
    if (position === 0n) this.partial = { id, chunks: [], size: 0 }
    const partial = this.partial
    if (partial === null || partial.id.offset !== id.offset || partial.id.epoch !== id.epoch) {
      throw new Error(`snapshot chunk for ${id.offset}/${id.epoch} at ${position} without its partial file`)
    }
    if (BigInt(partial.size) !== position) throw new Error(`snapshot chunk at ${position}, file has ${partial.size}`)
    partial.chunks.push(bytes)
    partial.size += bytes.length
  }

  /** The installSnapshot effect: the partial file becomes the snapshot and the log restarts at its end. */
  installSnapshot(id: OffsetAndEpoch, nowMs: number): SnapshotState {
    const partial = this.partial
    if (partial === null || partial.id.offset !== id.offset || partial.id.epoch !== id.epoch) {
      throw new Error(`install of snapshot ${id.offset}/${id.epoch} without its partial file`)
    }
    const bytes = Buffer.concat(partial.chunks)
    const state = decodeSnapshot(bytes)
    if (state.id.offset !== id.offset || state.id.epoch !== id.epoch) {
      throw new Error(`snapshot file ${state.id.offset}/${state.id.epoch} installed as ${id.offset}/${id.epoch}`)
    }
    this.partial = null
    this.#keep({ state, bytes, replacedAtMs: null }, nowMs)
    this.log.installSnapshot(id)
    this.flushedEndOffset = id.offset
    return state
  }
}
