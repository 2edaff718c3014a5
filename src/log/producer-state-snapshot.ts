// Producer state snapshots: `<offset zero-padded to 20 digits>.snapshot` in
// the partition directory, the bytes of Kafka's ProducerStateManager
// (PRODUCER_SNAPSHOT_VERSION 1), so a partition directory moves between
// Kafka and Oxbow. A snapshot at offset N holds the state after every batch
// below N. Big-endian throughout:
//
//   0   version   int16   1
//   2   crc       uint32  CRC-32C (Castagnoli) of every byte from offset 6 to the end
//   6   count     int32   number of entries
//   10  entries, 46 bytes each:
//         producerId             int64
//         epoch                  int16
//         lastSequence           int32   of the producer's last batch (-1 when none)
//         lastOffset             int64   of that batch (-1 when none)
//         offsetDelta            int32   that batch's lastOffset - firstOffset
//         timestamp              int64   the producer's last timestamp
//         coordinatorEpoch       int32
//         currentTxnFirstOffset  int64   -1 when no transaction is ongoing
//
// Only the last batch of each producer is kept, as in Kafka: after a restart a
// retry of that batch is still recognised, and the batches after the
// snapshot are replayed from the log.
//
// Written at segment roll and at clean close, as `<name>.tmp` then renamed
// over, with no fsync: a crash leaves the old file, the new one, or a stray
// `.tmp` that the next open removes; a power loss may leave a torn or empty
// file, which its length or CRC gives away, and the log then loads the
// previous snapshot and replays more of the log.
import { join } from 'node:path'
import { crc32c } from '../protocol/records/crc32c.js'
import type { FileSystem } from './fs.js'
import { readInt64, writeInt64 } from './offset-index.js'
import { decrementSequence, NO_SEQUENCE, ProducerStateEntry } from './producer-state.js'
import { segmentFileName } from './segment.js'

export const SNAPSHOT_SUFFIX = '.snapshot'
export const PRODUCER_SNAPSHOT_VERSION = 1
const HEADER_BYTES = 10
const CRC_START = 6
const ENTRY_BYTES = 46

export class CorruptSnapshotError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CorruptSnapshotError'
  }
}

export function encodeProducerSnapshot(entries: Iterable<ProducerStateEntry>): Buffer {
  const list = [...entries]
  const buf = Buffer.alloc(HEADER_BYTES + list.length * ENTRY_BYTES)
  buf.writeInt16BE(PRODUCER_SNAPSHOT_VERSION, 0)
  buf.writeInt32BE(list.length, CRC_START)
  let p = HEADER_BYTES
  for (const entry of list) {
    writeLong(buf, entry.producerId, p)
    buf.writeInt16BE(entry.producerEpoch, p + 8)
    buf.writeInt32BE(entry.lastSeq, p + 10)
    writeLong(buf, entry.lastDataOffset, p + 14)
    buf.writeInt32BE(entry.lastOffsetDelta, p + 22)
    writeLong(buf, entry.lastTimestamp, p + 26)
    buf.writeInt32BE(entry.coordinatorEpoch, p + 34)
    writeLong(buf, entry.currentTxnFirstOffset, p + 38)
    p += ENTRY_BYTES
  }
  buf.writeUInt32BE(crc32c(buf, CRC_START, buf.length), 2)
  return buf
}

/** Producer ids and timestamps beyond 2^53 (from a client, not from us) are written as their nearest double. */
function writeLong(buf: Buffer, value: number, position: number): void {
  if (Number.isSafeInteger(value)) writeInt64(buf, value, position)
  else buf.writeBigInt64BE(BigInt(value), position)
}

/** Reads a snapshot; throws CorruptSnapshotError on a wrong version, length or CRC. */
export function decodeProducerSnapshot(buf: Buffer): ProducerStateEntry[] {
  if (buf.length < HEADER_BYTES) throw new CorruptSnapshotError(`snapshot of ${buf.length} bytes`)
  const version = buf.readInt16BE(0)
  if (version !== PRODUCER_SNAPSHOT_VERSION) {
    throw new CorruptSnapshotError(`Snapshot contained an unknown file version ${version}`)
  }
  const stored = buf.readUInt32BE(2)
  const computed = crc32c(buf, CRC_START, buf.length)
  if (stored !== computed) {
    throw new CorruptSnapshotError(
      `Snapshot is corrupt (CRC is no longer valid). Stored crc: ${stored}. Computed crc: ${computed}`,
    )
  }
  const count = buf.readInt32BE(CRC_START)
  if (count < 0 || buf.length !== HEADER_BYTES + count * ENTRY_BYTES) {
    throw new CorruptSnapshotError(`snapshot of ${buf.length} bytes with ${count} entries`)
  }
  const entries: ProducerStateEntry[] = []
  for (let i = 0, p = HEADER_BYTES; i < count; i++, p += ENTRY_BYTES) {
    const lastSeq = buf.readInt32BE(p + 10)
    const lastOffset = readInt64(buf, p + 14)
    const offsetDelta = buf.readInt32BE(p + 22)
    const timestamp = readInt64(buf, p + 26)
    const entry = new ProducerStateEntry(
      readInt64(buf, p),
      buf.readInt16BE(p + 8),
      buf.readInt32BE(p + 34),
      timestamp,
      readInt64(buf, p + 38),
    )
    if (lastOffset >= 0) {
      const firstSeq = lastSeq === NO_SEQUENCE ? NO_SEQUENCE : decrementSequence(lastSeq, offsetDelta)
      entry.batches.push({ firstSeq, lastSeq, firstOffset: lastOffset - offsetDelta, lastOffset, timestamp })
    }
    entries.push(entry)
  }
  return entries
}

export function snapshotPath(dir: string, offset: number): string {
  return join(dir, segmentFileName(offset, SNAPSHOT_SUFFIX))
}

/** Offsets of the snapshot files in `dir`, ascending. */
export function listSnapshotOffsets(fs: FileSystem, dir: string): number[] {
  const offsets: number[] = []
  for (const name of fs.list(dir)) {
    if (!name.endsWith(SNAPSHOT_SUFFIX)) continue
    const offset = Number(name.slice(0, -SNAPSHOT_SUFFIX.length))
    if (Number.isSafeInteger(offset) && offset >= 0) offsets.push(offset)
  }
  return offsets.sort((a, b) => a - b)
}

/** Writes a snapshot (see the file comment: temp file, rename, no fsync). */
export function writeSnapshotFile(fs: FileSystem, dir: string, offset: number, data: Buffer): void {
  const path = snapshotPath(dir, offset)
  const temp = `${path}.tmp`
  const file = fs.open(temp, 'create')
  try {
    file.truncate(0)
    file.write(data, 0)
  } finally {
    file.close()
  }
  fs.rename(temp, path)
}

export function deleteSnapshotFile(fs: FileSystem, dir: string, offset: number): void {
  const path = snapshotPath(dir, offset)
  if (fs.exists(path)) fs.unlink(path)
}
