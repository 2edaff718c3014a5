// The simulated state machine's snapshot: instead of the committed entries themselves, a snapshot
// holds their running hash (FNV-1a over offset, epoch, kind and value of each entry in order), so
// taking one costs only the entries since the previous one, and a follower that installs a
// snapshot can be checked against the committed log's hash at the same offset. Padding makes
// snapshots long enough to cross several FetchSnapshot chunks.

import type { LogEntry, OffsetAndEpoch } from '../../../src/raft/log.js'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

export interface SnapshotState {
  readonly id: OffsetAndEpoch
  /** Hash of the entries at offsets [0, id.offset). */
  readonly hash: number
}

export const emptyHash = FNV_OFFSET

/** The running hash extended by one entry. */
export function hashEntry(hash: number, entry: LogEntry): number {
  let h = hash
  const head = `${entry.offset}/${entry.epoch}/${entry.kind}/`
  for (let i = 0; i < head.length; i++) h = Math.imul(h ^ head.charCodeAt(i), FNV_PRIME)
  for (const byte of entry.value) h = Math.imul(h ^ byte, FNV_PRIME)
  return h >>> 0
}

export function encodeSnapshot(state: SnapshotState): Buffer {
  const header = `${state.id.offset} ${state.id.epoch} ${state.hash}\n`
  return Buffer.concat([Buffer.from(header), Buffer.alloc(40 + (Number(state.id.offset) % 97), 0x2e)])
}

export function decodeSnapshot(bytes: Buffer): SnapshotState {
  const end = bytes.indexOf(0x0a)
  const [offset, epoch, hash] = bytes.subarray(0, end).toString().split(' ')
  return { id: { offset: BigInt(offset ?? '0'), epoch: Number(epoch) }, hash: Number(hash) }
}
