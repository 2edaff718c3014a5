// One segment of a partition log: `<baseOffset>.log` holding record batches
// back to back exactly as producers sent them (offsets assigned), plus its
// sparse `.index` (offset -> file position) and `.timeindex` (timestamp ->
// offset), as Kafka's LogSegment. The segment never decodes records: it reads
// batch headers (61 bytes) to find positions and trusts batches validated on
// append. A crash can leave a torn last batch in `.log` and index entries past
// the end of the data; `recover()` rescans the `.log`, truncates at the first
// bad batch and rebuilds both indexes.
//
// The segment also owns its `.txnindex` (txn-index.ts): the transactions an ABORT marker in it
// completed. The log appends to it (it knows the producer state), truncates it with the segment,
// and after `recover()` (which empties it) rebuilds it by replaying producer state.
//
// The indexes are opened write-behind (offset-index.ts): index entries reach their files in
// groups of INDEX_PENDING_BYTES, and always before an fsync (`sync`), on `close`, truncation and
// rename. After a crash the indexes of every segment past the recovery point are rebuilt from the
// `.log`, and a segment only gets below the recovery point through `sync`, so entries that never
// reached the file are never relied upon.
import { join } from 'node:path'
import {
  BASE_OFFSET_OFFSET,
  BATCH_LENGTH_OFFSET,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  MIN_BATCH_LENGTH_V2,
  MIN_LEGACY_MESSAGE_SIZE,
  nextBatch,
  RECORD_BATCH_OVERHEAD,
  validateBatch,
} from '../protocol/records/batch.js'
import { decodeBatch } from '../protocol/records/codec.js'
import { assert } from '../util/assert.js'
import type { FileHandle, FileSystem } from './fs.js'
import { CorruptIndexError, OffsetIndex, readInt64 } from './offset-index.js'
import { TimeIndex } from './time-index.js'
import { TransactionIndex } from './txn-index.js'

export const LOG_SUFFIX = '.log'
export const INDEX_SUFFIX = '.index'
export const TIME_INDEX_SUFFIX = '.timeindex'
export const TXN_INDEX_SUFFIX = '.txnindex'
export const DELETED_SUFFIX = '.deleted'

/** Kafka names segment files by base offset, zero-padded to 20 digits. */
export function segmentFileName(baseOffset: number, suffix: string): string {
  return String(baseOffset).padStart(20, '0') + suffix
}

export interface SegmentConfig {
  /** `index.interval.bytes`: bytes of batches between two offset-index entries. */
  readonly indexIntervalBytes: number
  /** `segment.index.bytes`: the size an index may reach before the segment rolls. */
  readonly segmentIndexBytes: number
}

/** What the log knows about one batch it appends (offsets already assigned). */
export interface AppendedBatch {
  /** Where the batch starts in the appended buffer. */
  readonly position: number
  readonly sizeInBytes: number
  readonly lastOffset: number
  readonly maxTimestamp: number
}

/** The header fields the segment needs, read from disk. */
interface BatchPosition {
  readonly position: number
  readonly sizeInBytes: number
  readonly baseOffset: number
  readonly lastOffset: number
  readonly maxTimestamp: number
}

export interface TimestampAndOffset {
  readonly timestamp: number
  readonly offset: number
  /** The partition leader epoch of the batch holding the record (ListOffsets v4+). */
  readonly leaderEpoch: number
}

export interface SegmentRead {
  /** File position of the first returned batch. */
  readonly position: number
  /** Whole batches; the first may start before the requested offset. */
  readonly records: Buffer
}

const RECOVERY_CHUNK_BYTES = 8 << 20

/** Index bytes a segment keeps in memory only before writing them out with one `write`. */
const INDEX_PENDING_BYTES = 4096

/**
 * Where the last whole batch at the start of `buf[0, length)` begins, or -1 if there is none: walks
 * the size fields as `nextBatch` does (stopping at a partial or impossible batch), without a view
 * or a result object per batch.
 */
export function lastWholeBatchStart(buf: Buffer, length: number): number {
  let position = 0
  let last = -1
  while (length - position > MAGIC_OFFSET) {
    const batchLength = buf.readInt32BE(position + BATCH_LENGTH_OFFSET)
    const minLength =
      buf.readInt8(position + MAGIC_OFFSET) < CURRENT_MAGIC ? MIN_LEGACY_MESSAGE_SIZE : MIN_BATCH_LENGTH_V2
    if (batchLength < minLength || LOG_OVERHEAD + batchLength > length - position) break
    last = position
    position += LOG_OVERHEAD + batchLength
  }
  return last
}

/** The end of the whole batches at the start of `buf[0, length)`. */
export function wholeBatchesEnd(buf: Buffer, length: number): number {
  const last = lastWholeBatchStart(buf, length)
  return last < 0 ? 0 : last + LOG_OVERHEAD + buf.readInt32BE(last + BATCH_LENGTH_OFFSET)
}

export class LogSegment {
  private bytesSinceLastIndexEntry = 0
  private maxTimestampSoFar = -1
  private offsetOfMaxTimestampSoFar: number
  private readonly header = Buffer.alloc(RECORD_BATCH_OVERHEAD)
  /**
   * Where the last `read` ended: the batch at readEndPosition (if any) is the first one with last
   * offset >= readEndOffset, which is what translateOffset(readEndOffset) would find by reading
   * headers. A consumer reading on sequentially starts there without a header read. Appends only
   * add after it; truncation and recovery forget it (-1).
   */
  private readEndOffset = -1
  private readEndPosition = 0

  private constructor(
    private readonly fs: FileSystem,
    readonly dir: string,
    readonly baseOffset: number,
    private readonly config: SegmentConfig,
    private readonly log: FileHandle,
    readonly offsetIndex: OffsetIndex,
    readonly timeIndex: TimeIndex,
    readonly txnIndex: TransactionIndex,
    /** Bytes of batches in `.log`. */
    public size: number,
    /** For `segment.ms`: when this segment was created (ms). */
    readonly createdMs: number,
  ) {
    this.offsetOfMaxTimestampSoFar = baseOffset
    const last = timeIndex.lastEntry()
    if (last.timestamp >= 0) {
      this.maxTimestampSoFar = last.timestamp
      this.offsetOfMaxTimestampSoFar = last.offset
    }
  }

  /**
   * Opens the segment's files, creating any that are missing (a new segment has none).
   * `fileSuffix` is added after each file's name: the cleaner writes `<base>.log.cleaned`.
   */
  static open(
    fs: FileSystem,
    dir: string,
    baseOffset: number,
    config: SegmentConfig,
    nowMs: number,
    fileSuffix = '',
  ): LogSegment {
    const log = fs.open(join(dir, segmentFileName(baseOffset, LOG_SUFFIX) + fileSuffix), 'create')
    const indexPath = join(dir, segmentFileName(baseOffset, INDEX_SUFFIX) + fileSuffix)
    const timeIndexPath = join(dir, segmentFileName(baseOffset, TIME_INDEX_SUFFIX) + fileSuffix)
    const hadIndexes = fs.exists(indexPath) && fs.exists(timeIndexPath)
    let resets = 0
    const offsetIndex = openOrReset(
      fs,
      indexPath,
      () =>
        OffsetIndex.open(fs, indexPath, baseOffset, config.segmentIndexBytes, {
          maxPendingEntries: INDEX_PENDING_BYTES / 8,
        }),
      () => resets++,
    )
    const timeIndex = openOrReset(
      fs,
      timeIndexPath,
      () =>
        TimeIndex.open(fs, timeIndexPath, baseOffset, config.segmentIndexBytes, {
          maxPendingEntries: Math.floor(INDEX_PENDING_BYTES / 12),
        }),
      () => resets++,
    )
    const txnIndex = TransactionIndex.open(fs, join(dir, segmentFileName(baseOffset, TXN_INDEX_SUFFIX) + fileSuffix))
    const segment = new LogSegment(
      fs,
      dir,
      baseOffset,
      config,
      log,
      offsetIndex,
      timeIndex,
      txnIndex,
      log.size(),
      nowMs,
    )
    // Missing or corrupt indexes of a non-empty segment are rebuilt by recovery, even after a clean shutdown.
    segment.needsRecovery = segment.size > 0 && (!hadIndexes || resets > 0)
    return segment
  }

  /** Its indexes were missing or corrupt when opened: `recover()` must rebuild them before use. */
  needsRecovery = false

  /** `recover()` emptied the `.txnindex`: the log rebuilds it from producer state, then clears this. */
  txnIndexNeedsRebuild = false

  get logPath(): string {
    return this.log.path
  }

  /** The largest timestamp in this segment as far as the indexes know (retention uses it). */
  get largestTimestamp(): number {
    return this.maxTimestampSoFar
  }

  /** Room for `bytes` more without passing `maxBytes`, and both indexes below their limit. */
  canAppend(bytes: number, maxSegmentBytes: number): boolean {
    return this.size + bytes <= maxSegmentBytes && !this.offsetIndex.isFull() && !this.timeIndex.isFull()
  }

  /**
   * Appends batches that already carry their final offsets, with one write.
   * Index entries follow Kafka's LogSegment.append: an offset-index entry
   * (the batch's last offset, the batch's position) once more than
   * `index.interval.bytes` were written since the previous one.
   */
  append(bytes: Buffer, batches: readonly AppendedBatch[]): void {
    assert(batches.length > 0, 'append without batches')
    const start = this.size
    this.log.write(bytes, start)
    for (const batch of batches) {
      if (batch.maxTimestamp > this.maxTimestampSoFar) {
        this.maxTimestampSoFar = batch.maxTimestamp
        this.offsetOfMaxTimestampSoFar = batch.lastOffset
      }
      if (this.bytesSinceLastIndexEntry > this.config.indexIntervalBytes) {
        this.offsetIndex.append(batch.lastOffset, start + batch.position)
        this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar)
        this.bytesSinceLastIndexEntry = 0
      }
      this.bytesSinceLastIndexEntry += batch.sizeInBytes
    }
    this.size = start + bytes.length
  }

  private readHeaderAt(position: number): BatchPosition | null {
    if (position + RECORD_BATCH_OVERHEAD > this.size) return null
    const h = this.header
    const n = this.log.read(h, 0, RECORD_BATCH_OVERHEAD, position)
    if (n < RECORD_BATCH_OVERHEAD) return null
    const baseOffset = readInt64(h, BASE_OFFSET_OFFSET)
    return {
      position,
      sizeInBytes: LOG_OVERHEAD + h.readInt32BE(BATCH_LENGTH_OFFSET),
      baseOffset,
      lastOffset: baseOffset + h.readInt32BE(LAST_OFFSET_DELTA_OFFSET),
      maxTimestamp: readInt64(h, MAX_TIMESTAMP_OFFSET),
    }
  }

  /** The first batch whose last offset is >= `offset`, found from the index then by scanning headers. */
  translateOffset(offset: number, startingPosition = 0): BatchPosition | null {
    const fromIndex = this.offsetIndex.lookup(offset)
    let position = Math.max(startingPosition, fromIndex.position)
    for (;;) {
      const batch = this.readHeaderAt(position)
      if (batch === null) return null
      if (batch.lastOffset >= offset) return batch
      position += batch.sizeInBytes
    }
  }

  /**
   * Whole batches from the one holding `startOffset`, at most `maxBytes` of
   * them, none at or past `maxPosition`. With `minOneBatch`, the first batch
   * is returned whole even when it is larger than `maxBytes` (KIP-74), so a
   * consumer can always make progress.
   */
  read(startOffset: number, maxBytes: number, maxPosition = this.size, minOneBatch = false): SegmentRead | null {
    let position: number
    /** The first batch's size when its header was read, else -1 (it is then read with the data). */
    let firstSize = -1
    if (startOffset === this.readEndOffset && maxBytes >= RECORD_BATCH_OVERHEAD) {
      position = this.readEndPosition
      if (position + RECORD_BATCH_OVERHEAD > this.size) return null
    } else {
      const first = this.translateOffset(startOffset)
      if (first === null) return null
      position = first.position
      firstSize = first.sizeInBytes
    }
    if (position >= maxPosition) return null
    const limit = Math.min(maxPosition, this.size) - position
    let want = Math.min(limit, maxBytes)
    if (minOneBatch && firstSize > want) want = Math.min(limit, firstSize)
    if (want <= 0) return { position, records: Buffer.alloc(0) }
    let buf = Buffer.allocUnsafe(want)
    let got = this.log.read(buf, 0, want, position)
    if (minOneBatch && firstSize < 0 && want < limit && got >= LOG_OVERHEAD) {
      // The first batch's size is known only now (want >= its header): read it whole if it is larger.
      const size = LOG_OVERHEAD + buf.readInt32BE(BATCH_LENGTH_OFFSET)
      if (size > want) {
        want = Math.min(limit, size)
        buf = Buffer.allocUnsafe(want)
        got = this.log.read(buf, 0, want, position)
      }
    }
    const last = lastWholeBatchStart(buf, got)
    if (last < 0) return { position, records: buf.subarray(0, 0) }
    const end = last + LOG_OVERHEAD + buf.readInt32BE(last + BATCH_LENGTH_OFFSET)
    this.readEndOffset =
      readInt64(buf, last + BASE_OFFSET_OFFSET) + buf.readInt32BE(last + LAST_OFFSET_DELTA_OFFSET) + 1
    this.readEndPosition = position + end
    return { position, records: buf.subarray(0, end) }
  }

  /**
   * ListOffsets by timestamp within this segment, as Kafka's
   * LogSegment.findOffsetByTimestamp: the time index narrows the start, then
   * batches are skipped by their max timestamp, and the first batch that can
   * hold the target is decoded (decompressed) to find the first record with
   * timestamp >= target and offset >= startingOffset. Null when none is here.
   */
  async findOffsetByTimestamp(target: number, startingOffset: number): Promise<TimestampAndOffset | null> {
    const fromTimeIndex = this.timeIndex.lookup(target)
    let position = this.offsetIndex.lookup(Math.max(fromTimeIndex.offset, startingOffset)).position
    for (;;) {
      const batch = this.readHeaderAt(position)
      if (batch === null) return null
      position += batch.sizeInBytes
      if (batch.maxTimestamp < target || batch.lastOffset < startingOffset) continue
      const bytes = Buffer.allocUnsafe(batch.sizeInBytes)
      if (this.log.read(bytes, 0, batch.sizeInBytes, batch.position) < batch.sizeInBytes) return null
      const decoded = await decodeBatch(bytes)
      for (const record of decoded.records) {
        const offset = Number(record.offset)
        const timestamp = Number(record.timestamp)
        if (timestamp >= target && offset >= startingOffset) {
          return { timestamp, offset, leaderEpoch: decoded.header.partitionLeaderEpoch }
        }
      }
    }
  }

  /**
   * Calls `visit` with every whole batch whose last offset is >= `fromOffset`, in order, read in
   * chunks of RECOVERY_CHUNK_BYTES: `buf` holds the whole batch at `position` (it is only valid
   * during the call). Rebuilding producer state uses it; it reads headers, it does not validate.
   */
  forEachBatch(fromOffset: number, visit: (buf: Buffer, position: number) => void): void {
    const first = this.translateOffset(fromOffset)
    if (first === null) return
    let position = first.position
    while (position < this.size) {
      const chunkBytes = Math.min(RECOVERY_CHUNK_BYTES, this.size - position)
      let chunk = Buffer.allocUnsafe(chunkBytes)
      chunk = chunk.subarray(0, this.log.read(chunk, 0, chunkBytes, position))
      let p = 0
      for (;;) {
        const step = nextBatch(chunk, p)
        if (step.kind === 'end' || step.kind === 'corrupt') break
        if (step.kind === 'partial') {
          if (p > 0 || chunk.length < LOG_OVERHEAD) break
          // A batch larger than the chunk: read it whole.
          const size = LOG_OVERHEAD + chunk.readInt32BE(BATCH_LENGTH_OFFSET)
          if (position + size > this.size) return
          chunk = Buffer.allocUnsafe(size)
          if (this.log.read(chunk, 0, size, position) < size) return
          continue
        }
        visit(chunk, p)
        p += step.slice.sizeInBytes
      }
      if (p === 0) return
      position += p
    }
  }

  /**
   * The whole `.log` as chunks of whole batches of about `chunkBytes` (a larger batch comes
   * alone), read from the file as the caller iterates: the cleaner streams segments with it.
   */
  *chunks(chunkBytes = RECOVERY_CHUNK_BYTES): Generator<Buffer, void, undefined> {
    const end = this.size
    let position = 0
    while (position < end) {
      const want = Math.min(chunkBytes, end - position)
      let chunk = Buffer.allocUnsafe(want)
      chunk = chunk.subarray(0, this.log.read(chunk, 0, want, position))
      let whole = wholeBatchesEnd(chunk, chunk.length)
      if (whole === 0) {
        if (chunk.length < LOG_OVERHEAD) return
        const size = LOG_OVERHEAD + chunk.readInt32BE(BATCH_LENGTH_OFFSET)
        if (position + size > end) return
        chunk = Buffer.allocUnsafe(size)
        if (this.log.read(chunk, 0, size, position) < size) return
        whole = size
      }
      yield chunk.subarray(0, whole)
      position += whole
    }
  }

  /** Offset after the last batch (baseOffset when empty): scans from the last index entry. */
  readNextOffset(): number {
    let position = this.offsetIndex.lookup(Number.MAX_SAFE_INTEGER).position
    let next = this.baseOffset
    for (;;) {
      const batch = this.readHeaderAt(position)
      if (batch === null) return next
      next = batch.lastOffset + 1
      position += batch.sizeInBytes
    }
  }

  /**
   * Removes every batch whose last offset is >= `offset` (a batch holding
   * `offset` goes whole, as in Kafka) and the index entries pointing at them.
   * Returns the bytes removed.
   */
  truncateTo(offset: number): number {
    const mapping = this.translateOffset(offset)
    if (mapping === null) return 0
    this.offsetIndex.truncateTo(offset)
    this.timeIndex.truncateTo(offset)
    this.txnIndex.truncateTo(offset)
    const removed = this.size - mapping.position
    this.readEndOffset = -1
    this.log.truncate(mapping.position)
    this.size = mapping.position
    this.resetMaxTimestamp()
    this.bytesSinceLastIndexEntry = 0
    return removed
  }

  private resetMaxTimestamp(): void {
    const last = this.timeIndex.lastEntry()
    this.maxTimestampSoFar = last.timestamp
    this.offsetOfMaxTimestampSoFar = last.timestamp >= 0 ? last.offset : this.baseOffset
  }

  /**
   * Validates every batch (CRC, length, magic 2, offsets increasing and not
   * below the base offset), rebuilds both indexes, and truncates the file at
   * the first batch that fails. Returns the bytes truncated.
   */
  recover(): number {
    this.needsRecovery = false
    this.txnIndexNeedsRebuild = true
    this.readEndOffset = -1
    this.offsetIndex.reset()
    this.timeIndex.reset()
    this.txnIndex.reset()
    this.maxTimestampSoFar = -1
    this.offsetOfMaxTimestampSoFar = this.baseOffset
    this.bytesSinceLastIndexEntry = 0
    const fileSize = this.log.size()
    let position = 0
    let previousLastOffset = this.baseOffset - 1
    let valid = 0
    scan: while (position < fileSize) {
      const chunkBytes = Math.min(RECOVERY_CHUNK_BYTES, fileSize - position)
      let chunk = Buffer.allocUnsafe(chunkBytes)
      chunk = chunk.subarray(0, this.log.read(chunk, 0, chunkBytes, position))
      let p = 0
      for (;;) {
        const step = nextBatch(chunk, p)
        if (step.kind === 'end') break
        if (step.kind === 'corrupt') break scan
        if (step.kind === 'partial') {
          // A batch larger than the chunk: read it whole, unless the file ends first.
          if (p === 0) {
            if (chunk.length < LOG_OVERHEAD) break scan
            const size = LOG_OVERHEAD + chunk.readInt32BE(BATCH_LENGTH_OFFSET)
            if (position + size > fileSize) break scan
            chunk = Buffer.allocUnsafe(size)
            this.log.read(chunk, 0, size, position)
            continue
          }
          break
        }
        const check = validateBatch(chunk, p, { mode: 'log' })
        if (!check.ok) break scan
        const baseOffset = Number(check.header.baseOffset)
        const lastOffset = Number(check.header.lastOffset)
        if (baseOffset <= previousLastOffset || lastOffset - this.baseOffset > 0x7fffffff) break scan
        if (this.offsetIndex.isFull() || this.timeIndex.isFull()) break scan
        this.indexRecoveredBatch(position + p, step.slice.sizeInBytes, lastOffset, Number(check.header.maxTimestamp))
        previousLastOffset = lastOffset
        p += step.slice.sizeInBytes
        valid = position + p
      }
      if (p === 0) break
      position += p
    }
    const truncated = fileSize - valid
    if (truncated > 0) this.log.truncate(valid)
    this.size = valid
    this.offsetIndex.writePending()
    this.timeIndex.writePending()
    return truncated
  }

  private indexRecoveredBatch(position: number, sizeInBytes: number, lastOffset: number, maxTimestamp: number): void {
    if (maxTimestamp > this.maxTimestampSoFar) {
      this.maxTimestampSoFar = maxTimestamp
      this.offsetOfMaxTimestampSoFar = lastOffset
    }
    if (this.bytesSinceLastIndexEntry > this.config.indexIntervalBytes) {
      this.offsetIndex.append(lastOffset, position)
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar)
      this.bytesSinceLastIndexEntry = 0
    }
    this.bytesSinceLastIndexEntry += sizeInBytes
  }

  /** The time index's final entry for a segment that will take no more appends (Kafka's onBecomeInactiveSegment). */
  onBecomeInactive(): void {
    if (this.maxTimestampSoFar >= 0) {
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true)
    }
  }

  async sync(): Promise<void> {
    await Promise.all([this.log.sync(), this.offsetIndex.sync(), this.timeIndex.sync(), this.txnIndex.sync()])
  }

  close(): void {
    this.log.close()
    this.offsetIndex.close()
    this.timeIndex.close()
    this.txnIndex.close()
  }

  /** Closes and removes the segment's files. */
  delete(): void {
    this.close()
    if (this.fs.exists(this.log.path)) this.fs.unlink(this.log.path)
    this.offsetIndex.delete()
    this.timeIndex.delete()
    this.txnIndex.delete()
  }

  /**
   * Closes the segment and renames its files with the `.deleted` suffix, as
   * Kafka does before removing them after `file.delete.delay.ms`; returns the
   * renamed paths. Leftover `.deleted` files are removed when a log opens.
   */
  markDeleted(): string[] {
    this.close()
    const logDeleted = this.log.path + DELETED_SUFFIX
    this.fs.rename(this.log.path, logDeleted)
    const indexDeleted = this.offsetIndex.path + DELETED_SUFFIX
    this.offsetIndex.renameTo(indexDeleted)
    const timeIndexDeleted = this.timeIndex.path + DELETED_SUFFIX
    this.timeIndex.renameTo(timeIndexDeleted)
    const txnIndexDeleted = this.txnIndex.renameTo(this.txnIndex.path + DELETED_SUFFIX)
    return txnIndexDeleted === null
      ? [logDeleted, indexDeleted, timeIndexDeleted]
      : [logDeleted, indexDeleted, timeIndexDeleted, txnIndexDeleted]
  }
}

/** A corrupt index is thrown away and rebuilt by recovery, as Kafka does. */
function openOrReset<T>(fs: FileSystem, path: string, open: () => T, onReset: () => void): T {
  try {
    return open()
  } catch (err) {
    if (!(err instanceof CorruptIndexError)) throw err
    fs.unlink(path)
    onReset()
    return open()
  }
}
