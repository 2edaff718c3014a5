// The raft log on disk: the `RaftLog` the core reads (through `RaftLogView`) and the driver
// writes, over the PartitionLog of `__cluster_metadata` partition 0, as Kafka's
// `raft/.../KafkaMetadataLog.java` over a UnifiedLog.
//
// On disk it is an ordinary Kafka log of magic v2 record batches, so Kafka's tools read it:
// - one LogEntry per record; a batch's records share its partition leader epoch (the raft epoch);
// - data entries: a plain batch, uncompressed, key null, value = the entry's value, timestamp =
//   the wall clock when the leader wrote it (a follower keeps the leader's);
// - leader-change entries: a CONTROL batch holding one LeaderChangeMessage control record
//   (ControlRecordType LEADER_CHANGE = 2; value = LeaderChangeMessage version 0, which the
//   driver encodes). Other control types read from disk become non-data entries too.
// Batches written by the single-voter MetadataLog (plain batches, epoch 1, no leader-change
// entries) load as data entries of epoch 1.
//
// Batch boundaries are part of the log: Kafka never splits a batch, and a follower writes its
// leader's batches as they are, so truncation points (always whole batches, asserted) agree on
// every node. `LogEntry.lastInBatch` carries the boundary through the core: `append` starts a new
// batch after an entry with lastInBatch, or where the epoch or kind changes; otherwise the
// entries of one append (the leader's propose) form one batch. `read` returns whole batches.
//
// Everything is also kept in memory (the metadata log is small): an index of entries and batches
// decoded at open, so reads, epochAt and endOffsetForEpoch never touch the disk.
//
// Snapshots (KIP-630, files in snapshot-store.ts): the log may start above 0, at the end offset of
// the latest snapshot, which then counts as the entry at logStart - 1 for epochs. `deleteBefore`
// drops the entries a new snapshot covers (PartitionLog.deleteRecordsBefore), `installSnapshot`
// empties the log for a snapshot fetched from the leader (truncateFullyAndStartAt), and `open`
// reconciles the log with the latest snapshot after a crash between writing one and cutting the log.
//
// Raw bytes for the wire (the transport should use these, not re-encode):
// - leader side: `readBatchBytes(from, to)` gives the on-disk batches covering [from, to)
//   (the driver's `recordBytes(response)` calls it for a Fetch response's entries);
// - follower side: `decodeRaftBatches(bytes)` turns a Fetch response's `records` into LogEntry[]
//   for the core, remembering each batch's bytes, so that when the core hands those entries back
//   as its append effect the very same bytes are written (`appendBatches(bytes)` does both).

import type { PartitionLog } from '../log/partition-log.js'
import {
  ATTRIBUTES_OFFSET,
  BASE_OFFSET_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_LENGTH_OFFSET,
  CONTROL_FLAG_MASK,
  CompressionType,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORD_COUNT_OFFSET,
  RECORDS_OFFSET,
  type RecordBatchHeader,
  validateBatch,
  writeCrc,
} from '../protocol/records/batch.js'
import { type DecodedBatch, decodeBatch, decodeRecords, encodeRecords } from '../protocol/records/codec.js'
import { ControlRecordType, decodeControlRecordKey, encodeControlRecordKey } from '../protocol/records/control.js'
import { DecodeError } from '../protocol/records/decode-error.js'
import { assert } from '../util/assert.js'
import type { Clock } from '../util/clock.js'
import type { LogEntry, OffsetAndEpoch, RaftLog } from './log.js'

/** One on-disk batch, as the index keeps it. */
export interface BatchInfo {
  readonly baseOffset: bigint
  readonly lastOffset: bigint
  readonly epoch: number
  readonly kind: LogEntry['kind']
  /** The batch's max timestamp (the leader's wall clock when it wrote it). */
  readonly timestampMs: number
  readonly sizeInBytes: number
}

/** What we know of the batch an entry came in (keyed by the batch's first entry). */
interface BatchOrigin {
  /** The batch's bytes when it came from the wire, else null. */
  readonly bytes: Buffer | null
  readonly timestampMs: number
  readonly count: number
}

const batchOrigins = new WeakMap<LogEntry, BatchOrigin>()

const LEADER_CHANGE_KEY = encodeControlRecordKey(ControlRecordType.LEADER_CHANGE)
const READ_CHUNK_BYTES = 1 << 20

export class DiskRaftLog implements RaftLog {
  /** entries[i].offset === startOffset + i */
  private entries: LogEntry[] = []
  private batches: BatchInfo[] = []
  /**
   * Kafka's leader epoch cache: where each epoch starts, ascending. Above offset 0 it opens with
   * the snapshot's epoch at startOffset - 1 (the snapshot counts as the entry there).
   */
  private epochStarts: { epoch: number; startOffset: bigint }[] = []
  private startOffset: bigint
  /** Epoch of the entry at startOffset - 1, which only the snapshot holds (0 at offset 0). */
  private startEpoch = 0
  private snapshotId: OffsetAndEpoch | null = null

  private constructor(
    readonly partition: PartitionLog,
    private readonly clock: Clock,
  ) {
    this.startOffset = BigInt(partition.logStartOffset)
  }

  /**
   * Decodes every batch of the partition into the in-memory index. `snapshot` is the latest
   * snapshot on disk (snapshot-store.ts): the log is cut to start at its end offset, or emptied
   * and restarted there when it is shorter or disagrees with the snapshot's epoch (as Kafka's
   * KafkaMetadataLog on open).
   */
  static async open(
    partition: PartitionLog,
    clock: Clock,
    snapshot: OffsetAndEpoch | null = null,
  ): Promise<DiskRaftLog> {
    const log = new DiskRaftLog(partition, clock)
    if (log.startOffset > 0n) {
      assert(
        snapshot !== null && snapshot.offset >= log.startOffset,
        `raft log: ${partition.dir} starts at ${log.startOffset} without a snapshot there`,
      )
      if (snapshot.offset === log.startOffset) log.resetStart(snapshot.offset, snapshot.epoch)
    }
    let offset = partition.logStartOffset
    while (offset < partition.logEndOffset) {
      const read = partition.read({
        fetchOffset: offset,
        maxBytes: READ_CHUNK_BYTES,
        maxOffset: partition.logEndOffset,
        minOneBatch: true,
      })
      assert(read.ok && read.records.length > 0, `raft log: nothing readable at ${offset} of ${partition.dir}`)
      for (let position = 0; position < read.records.length; ) {
        const batch = await decodeBatch(read.records, { position })
        position += batch.header.sizeInBytes
        if (batch.header.lastOffset < BigInt(offset)) continue
        log.indexBatch(batch.header, entriesOfBatch(batch, BigInt(offset)))
        offset = Number(batch.header.lastOffset) + 1
      }
    }
    assert(
      log.endOffset() === BigInt(partition.logEndOffset),
      `raft log: index ends at ${log.endOffset()}, the partition at ${partition.logEndOffset}`,
    )
    if (snapshot !== null && snapshot.offset > log.startOffset) {
      const agrees =
        snapshot.offset <= log.endOffset() &&
        log.epochAt(snapshot.offset - 1n) === snapshot.epoch &&
        log.isBatchBoundary(snapshot.offset)
      if (agrees) log.deleteBefore(snapshot.offset)
      else log.installSnapshot(snapshot)
    }
    log.snapshotId = snapshot
    return log
  }

  // --- snapshots (KIP-630) -----------------------------------------------------------------------

  logStartOffset(): bigint {
    return this.startOffset
  }

  latestSnapshot(): OffsetAndEpoch | null {
    return this.snapshotId
  }

  /** A snapshot was written (snapshot-store.ts): it is the latest; the log keeps its entries until deleteBefore. */
  setLatestSnapshot(id: OffsetAndEpoch): void {
    assert(
      this.snapshotId === null || id.offset >= this.snapshotId.offset,
      `raft log: snapshot ${id.offset} older than ${this.snapshotId?.offset}`,
    )
    this.snapshotId = id
  }

  /**
   * Drops the entries below offset (a batch boundary covered by the latest snapshot): the log
   * start moves there, whole segments below it are deleted.
   */
  deleteBefore(offset: bigint): void {
    if (offset <= this.startOffset) return
    assert(offset <= this.endOffset() && this.isBatchBoundary(offset), `raft log: cannot start the log at ${offset}`)
    const epoch = this.epochAt(offset - 1n)
    if (this.partition.highWatermark < Number(offset)) this.partition.updateHighWatermark(Number(offset))
    this.partition.deleteRecordsBefore(Number(offset))
    assert(
      BigInt(this.partition.logStartOffset) === offset,
      `raft log: partition starts at ${this.partition.logStartOffset}, wanted ${offset}`,
    )
    this.entries = this.entries.slice(Number(offset - this.startOffset))
    this.batches = this.batches.slice(this.batchIndexOf(offset))
    const kept = this.epochStarts.filter((e) => e.startOffset >= offset)
    this.startOffset = offset
    this.startEpoch = epoch
    this.epochStarts = kept
    if (kept[0]?.startOffset === offset && kept[0].epoch === epoch) kept[0] = { epoch, startOffset: offset - 1n }
    else kept.unshift({ epoch, startOffset: offset - 1n })
  }

  /** A fetched snapshot replaces the log: empty, starting (and ending) at the snapshot's end offset. */
  installSnapshot(id: OffsetAndEpoch): void {
    this.partition.truncateFullyAndStartAt(Number(id.offset))
    this.entries = []
    this.batches = []
    this.resetStart(id.offset, id.epoch)
    this.snapshotId = id
  }

  private resetStart(offset: bigint, epoch: number): void {
    this.startOffset = offset
    this.startEpoch = offset > 0n ? epoch : 0
    this.epochStarts = offset > 0n ? [{ epoch, startOffset: offset - 1n }] : []
  }

  private isBatchBoundary(offset: bigint): boolean {
    if (offset === this.endOffset() || offset === this.startOffset) return true
    return this.batches[this.batchIndexOf(offset)]?.baseOffset === offset
  }

  // --- RaftLogView -------------------------------------------------------------------------------

  endOffset(): bigint {
    return this.startOffset + BigInt(this.entries.length)
  }

  lastEpoch(): number {
    return this.entries.at(-1)?.epoch ?? this.startEpoch
  }

  epochAt(offset: bigint): number {
    if (this.startOffset > 0n && offset === this.startOffset - 1n) return this.startEpoch
    return this.entryAt(offset).epoch
  }

  read(fromOffset: bigint, maxEntries: number): LogEntry[] {
    assert(
      fromOffset >= this.startOffset && fromOffset <= this.endOffset(),
      `raft log: read at ${fromOffset} outside [${this.startOffset}, ${this.endOffset()}]`,
    )
    const out: LogEntry[] = []
    let b = this.batchIndexOf(fromOffset)
    for (; b < this.batches.length; b++) {
      const batch = this.batches[b] as BatchInfo
      const from = fromOffset > batch.baseOffset ? fromOffset : batch.baseOffset
      const count = Number(batch.lastOffset - from) + 1
      if (out.length > 0 && out.length + count > maxEntries) break
      out.push(...this.slice(from, batch.lastOffset + 1n))
    }
    return out
  }

  endOffsetForEpoch(epoch: number): OffsetAndEpoch {
    for (let i = this.epochStarts.length - 1; i >= 0; i--) {
      const start = this.epochStarts[i] as { epoch: number; startOffset: bigint }
      if (start.epoch > epoch) continue
      const next = this.epochStarts[i + 1]
      return { epoch: start.epoch, offset: next === undefined ? this.endOffset() : next.startOffset }
    }
    return { epoch: 0, offset: 0n }
  }

  // --- RaftLog -----------------------------------------------------------------------------------

  /** Writes the entries (page cache; `flush` makes them durable), keeping their offsets and epochs. */
  append(entries: readonly LogEntry[]): void {
    if (entries.length === 0) return
    const groups = splitIntoBatches(entries)
    let expected = this.endOffset()
    let lastEpoch = this.lastEpoch()
    const encoded = groups.map((group) => {
      const first = group[0] as LogEntry
      for (const entry of group) {
        assert(entry.offset === expected, `raft log: append of offset ${entry.offset} at the end ${expected}`)
        assert(entry.epoch >= lastEpoch, `raft log: epoch ${entry.epoch} after ${lastEpoch}`)
        expected += 1n
        lastEpoch = entry.epoch
      }
      const origin = batchOrigins.get(first)
      if (origin?.bytes != null && origin.count === group.length && rawBatchMatches(origin.bytes, group)) {
        return { bytes: origin.bytes, timestampMs: origin.timestampMs }
      }
      const timestampMs = origin?.timestampMs ?? Math.floor(this.clock.wallMs())
      return { bytes: encodeEntries(group, timestampMs), timestampMs }
    })
    const appended = this.partition.appendAsFollower(Buffer.concat(encoded.map((e) => e.bytes)))
    assert(
      BigInt(appended.lastOffset) === expected - 1n && BigInt(this.partition.logEndOffset) === expected,
      `raft log: partition ended at ${this.partition.logEndOffset} after appending up to ${expected}`,
    )
    groups.forEach((group, i) => {
      const { bytes, timestampMs } = encoded[i] as { bytes: Buffer; timestampMs: number }
      this.indexEntries(group, timestampMs, bytes.length)
    })
  }

  /** Removes every entry at offset >= toOffset; toOffset must be a batch boundary. */
  truncateTo(toOffset: bigint): void {
    if (toOffset >= this.endOffset()) return
    assert(toOffset >= this.startOffset, `raft log: truncation to ${toOffset} below the log start ${this.startOffset}`)
    const cut = this.batchIndexOf(toOffset)
    assert(
      (this.batches[cut] as BatchInfo).baseOffset === toOffset,
      `raft log: truncation to ${toOffset} inside a batch`,
    )
    this.partition.truncateTo(Number(toOffset))
    assert(
      BigInt(this.partition.logEndOffset) === toOffset,
      `raft log: partition ends at ${this.partition.logEndOffset} after truncation to ${toOffset}`,
    )
    this.batches.length = cut
    this.entries.length = Number(toOffset - this.startOffset)
    while ((this.epochStarts.at(-1)?.startOffset ?? -1n) >= toOffset) this.epochStarts.pop()
  }

  // --- beyond RaftLog ----------------------------------------------------------------------------

  /** fsyncs everything appended so far (one fsync covers all appends before it). */
  flush(): Promise<void> {
    return this.partition.flush()
  }

  /** The batch holding offset (which must be in the log). */
  batchAt(offset: bigint): BatchInfo {
    this.entryAt(offset)
    return this.batches[this.batchIndexOf(offset)] as BatchInfo
  }

  /** Entries in [fromOffset, toOffset). */
  slice(fromOffset: bigint, toOffset: bigint): LogEntry[] {
    assert(fromOffset >= this.startOffset && toOffset <= this.endOffset(), 'raft log: slice outside the log')
    return this.entries.slice(Number(fromOffset - this.startOffset), Number(toOffset - this.startOffset))
  }

  /** The batches with offsets at or after fromOffset, oldest first (the first may start before it). */
  *batchesFrom(fromOffset: bigint): Generator<BatchInfo> {
    for (let b = this.batchIndexOf(fromOffset); b < this.batches.length; b++) yield this.batches[b] as BatchInfo
  }

  /** The on-disk bytes of the whole batches covering [fromOffset, toOffset), as Kafka sends them in Fetch. */
  readBatchBytes(fromOffset: bigint, toOffset: bigint): Buffer {
    if (fromOffset >= toOffset) return Buffer.alloc(0)
    assert(
      fromOffset >= this.startOffset && toOffset <= this.endOffset(),
      `raft log: bytes of [${fromOffset}, ${toOffset}) outside the log`,
    )
    const parts: Buffer[] = []
    let offset = this.batchAt(fromOffset).baseOffset
    while (offset < toOffset) {
      let bytes = 0
      let last = offset
      for (const batch of this.batchesFrom(offset)) {
        if (batch.baseOffset >= toOffset) break
        bytes += batch.sizeInBytes
        last = batch.lastOffset
      }
      const read = this.partition.read({
        fetchOffset: Number(offset),
        maxBytes: bytes,
        maxOffset: Number(last) + 1,
        minOneBatch: true,
      })
      assert(read.ok && read.records.length > 0, `raft log: no bytes at ${offset}`)
      parts.push(read.records)
      let end = offset
      for (let position = 0; position < read.records.length; ) {
        const header = validHeader(read.records, position)
        end = header.lastOffset + 1n
        position += header.sizeInBytes
      }
      offset = end
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)
  }

  /** Whole batches from fromOffset: entries (at most maxEntries, at least one batch) and their bytes. */
  readBatches(fromOffset: bigint, maxEntries: number): { entries: LogEntry[]; bytes: Buffer } {
    const entries = this.read(fromOffset, maxEntries)
    const last = entries.at(-1)
    return { entries, bytes: last === undefined ? Buffer.alloc(0) : this.readBatchBytes(fromOffset, last.offset + 1n) }
  }

  /** A follower writing its leader's batches as they came (offsets and epochs kept, bytes unchanged). */
  appendBatches(bytes: Buffer): LogEntry[] {
    const entries = decodeRaftBatches(bytes)
    this.append(entries)
    return entries
  }

  // --- index -------------------------------------------------------------------------------------

  private entryAt(offset: bigint): LogEntry {
    const entry = this.entries[Number(offset - this.startOffset)]
    assert(entry !== undefined && offset >= this.startOffset, `raft log: no entry at ${offset}`)
    return entry
  }

  /** Index of the batch holding offset, or batches.length at the end of the log. */
  private batchIndexOf(offset: bigint): number {
    let lo = 0
    let hi = this.batches.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.batches[mid] as BatchInfo).lastOffset < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private indexBatch(header: RecordBatchHeader, entries: LogEntry[]): void {
    if (entries.length === 0) return
    this.indexEntries(entries, Number(header.maxTimestamp), header.sizeInBytes)
  }

  private indexEntries(group: readonly LogEntry[], timestampMs: number, sizeInBytes: number): void {
    const first = group[0] as LogEntry
    const last = group.at(-1) as LogEntry
    assert(first.offset === this.endOffset(), `raft log: batch at ${first.offset} after the end ${this.endOffset()}`)
    assert(first.epoch >= this.lastEpoch(), `raft log: batch epoch ${first.epoch} after ${this.lastEpoch()}`)
    if (this.epochStarts.at(-1)?.epoch !== first.epoch) {
      this.epochStarts.push({ epoch: first.epoch, startOffset: first.offset })
    }
    const indexed = group.map(
      (entry, i): LogEntry => ({
        offset: entry.offset,
        epoch: entry.epoch,
        kind: entry.kind,
        value: entry.value,
        lastInBatch: i === group.length - 1,
      }),
    )
    // A leader's entries handed to a follower in memory keep their batch's timestamp.
    batchOrigins.set(indexed[0] as LogEntry, { bytes: null, timestampMs, count: group.length })
    this.entries.push(...indexed)
    this.batches.push({
      baseOffset: first.offset,
      lastOffset: last.offset,
      epoch: first.epoch,
      kind: first.kind,
      timestampMs,
      sizeInBytes,
    })
  }
}

/**
 * Decodes uncompressed batches received from a leader into entries, remembering each batch's bytes
 * so that `DiskRaftLog.append` writes them unchanged. Throws DecodeError on malformed input, on a
 * compressed batch, or on records whose offsets are not dense.
 */
export function decodeRaftBatches(bytes: Buffer): LogEntry[] {
  const out: LogEntry[] = []
  for (let position = 0; position < bytes.length; ) {
    const header = validHeader(bytes, position)
    if (header.compression !== CompressionType.none) {
      throw new DecodeError(`raft batch at ${header.baseOffset} is compressed`, 'CORRUPT_MESSAGE')
    }
    const raw = bytes.subarray(position, position + header.sizeInBytes)
    const records = decodeRecords(raw.subarray(RECORDS_OFFSET), header)
    const entries = entriesOfBatch({ header, records }, header.baseOffset)
    const first = entries[0]
    if (first !== undefined) {
      batchOrigins.set(first, { bytes: raw, timestampMs: Number(header.maxTimestamp), count: entries.length })
      out.push(...entries)
    }
    position += header.sizeInBytes
  }
  return out
}

/**
 * Encodes entries of one epoch and kind as the batches `append` would write, with the given
 * timestamp (the wire helper may use it; `readBatchBytes` is preferred on a leader).
 */
export function encodeRaftBatches(entries: readonly LogEntry[], timestampMs: number): Buffer {
  return Buffer.concat(splitIntoBatches(entries).map((group) => encodeEntries(group, timestampMs)))
}

function validHeader(bytes: Buffer, position: number): RecordBatchHeader {
  const v = validateBatch(bytes, position, { mode: 'log' })
  if (!v.ok) throw new DecodeError(`invalid raft batch at byte ${position}: ${v.kind}`, v.errorName)
  return v.header
}

function entriesOfBatch(batch: DecodedBatch, fromOffset: bigint): LogEntry[] {
  const { header, records } = batch
  const kind: LogEntry['kind'] = header.isControl ? 'leader-change' : 'data'
  if (header.isControl) {
    // Every control record is kept as a non-data entry; a leader-change batch holds one record.
    for (const record of records) decodeControlRecordKey(record.key)
  }
  const epoch = Math.max(header.partitionLeaderEpoch, 0)
  const entries: LogEntry[] = []
  let expected = header.baseOffset
  for (const record of records) {
    if (record.offset !== expected) {
      throw new DecodeError(`raft batch at ${header.baseOffset}: record offset ${record.offset}, expected ${expected}`)
    }
    expected += 1n
    if (record.offset < fromOffset) continue
    entries.push({
      offset: record.offset,
      epoch,
      kind,
      value: Buffer.from(record.value ?? Buffer.alloc(0)),
      lastInBatch: record.offset === header.lastOffset,
    })
  }
  if (expected !== header.lastOffset + 1n) {
    throw new DecodeError(`raft batch at ${header.baseOffset}: ${records.length} records for its offset range`)
  }
  return entries
}

/** Batch boundaries: after lastInBatch, where epoch or kind changes, and around every leader-change entry. */
function splitIntoBatches(entries: readonly LogEntry[]): LogEntry[][] {
  const groups: LogEntry[][] = []
  let group: LogEntry[] = []
  for (const entry of entries) {
    const previous = group.at(-1)
    if (
      previous !== undefined &&
      (previous.lastInBatch === true ||
        previous.epoch !== entry.epoch ||
        previous.kind !== entry.kind ||
        entry.kind === 'leader-change')
    ) {
      groups.push(group)
      group = []
    }
    group.push(entry)
  }
  if (group.length > 0) groups.push(group)
  return groups
}

function rawBatchMatches(bytes: Buffer, group: readonly LogEntry[]): boolean {
  const first = group[0] as LogEntry
  return (
    bytes.readBigInt64BE(BASE_OFFSET_OFFSET) === first.offset &&
    bytes.readInt32BE(PARTITION_LEADER_EPOCH_OFFSET) === first.epoch &&
    bytes.readInt32BE(LAST_OFFSET_DELTA_OFFSET) === group.length - 1
  )
}

/** One uncompressed magic v2 batch for entries of one epoch and kind. */
function encodeEntries(group: readonly LogEntry[], timestampMs: number): Buffer {
  const first = group[0] as LogEntry
  const control = first.kind === 'leader-change'
  return encodeUncompressedBatch({
    baseOffset: first.offset,
    epoch: first.epoch,
    timestampMs,
    control,
    records: group.map((entry) => ({ key: control ? LEADER_CHANGE_KEY : null, value: entry.value })),
  })
}

/**
 * One uncompressed magic v2 batch, no producer id, every record stamped `timestampMs`: encodeBatch
 * without its async compression step, so appends stay synchronous (as the core's effects are).
 */
export function encodeUncompressedBatch(batch: {
  readonly baseOffset: bigint
  readonly epoch: number
  readonly timestampMs: number
  readonly control: boolean
  readonly records: readonly { readonly key: Buffer | null; readonly value: Buffer }[]
}): Buffer {
  const timestamp = BigInt(batch.timestampMs)
  const payload = encodeRecords(
    batch.records.map((r) => ({ timestamp, key: r.key, value: r.value })),
    timestamp,
  )
  const out = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + payload.length)
  out.writeBigInt64BE(batch.baseOffset, BASE_OFFSET_OFFSET)
  out.writeInt32BE(out.length - LOG_OVERHEAD, BATCH_LENGTH_OFFSET)
  out.writeInt32BE(batch.epoch, PARTITION_LEADER_EPOCH_OFFSET)
  out.writeInt8(CURRENT_MAGIC, MAGIC_OFFSET)
  out.writeInt16BE(batch.control ? CONTROL_FLAG_MASK : 0, ATTRIBUTES_OFFSET)
  out.writeInt32BE(batch.records.length - 1, LAST_OFFSET_DELTA_OFFSET)
  out.writeBigInt64BE(timestamp, BASE_TIMESTAMP_OFFSET)
  out.writeBigInt64BE(timestamp, MAX_TIMESTAMP_OFFSET)
  out.writeBigInt64BE(NO_PRODUCER_ID, PRODUCER_ID_OFFSET)
  out.writeInt16BE(NO_PRODUCER_EPOCH, PRODUCER_EPOCH_OFFSET)
  out.writeInt32BE(NO_SEQUENCE, BASE_SEQUENCE_OFFSET)
  out.writeInt32BE(batch.records.length, RECORD_COUNT_OFFSET)
  payload.copy(out, RECORDS_OFFSET)
  writeCrc(out, 0, out.length)
  return out
}
