// The time index of one segment (`<baseOffset>.timeindex`): a sparse map from timestamp to offset
// that ListOffsets-by-timestamp and time-based retention use. Kafka's format, so data directories
// move between Kafka and Oxbow.
//
// Byte layout: entries back to back, 12 bytes each, big-endian, no header, no CRC:
//
//    0  int64  timestamp        ms; strictly increasing from entry to entry, never -1
//    8  int32  relativeOffset   offset - baseOffset; non-decreasing
//
// An entry (T, O) says: T is the largest timestamp among the records with offset <= O, so every
// record with a timestamp > T comes after O. The segment appends (maxTimestampSoFar,
// offsetOfMaxTimestampSoFar) whenever it adds an offset index entry, and once more when the segment
// is rolled or closed (`skipFullCheck`, which is why `isFull` keeps the last slot free). Kafka's
// offsetOfMaxTimestampSoFar is the last offset of the first batch that reached that maximum.
// `maybeAppend` ignores a timestamp that is not greater than the last entry's, so the index stays
// empty for records without timestamps (-1) and a repeated close adds nothing.
//
// How a segment answers "first offset with timestamp >= target" (Kafka's
// LogSegment.findOffsetByTimestamp(target, startingOffset) and FileRecords.searchForTimestamp):
//   1. e = timeIndex.lookup(target): the entry with the largest timestamp <= target, or
//      {timestamp: -1, offset: baseOffset} if none (every entry is above target, or no entries).
//   2. position = offsetIndex.lookup(max(e.offset, startingOffset)).position.
//   3. Scan the batches of the .log from `position`: skip each batch whose maxTimestamp < target;
//      in the first batch whose maxTimestamp >= target, return the first record with
//      timestamp >= target and offset >= startingOffset as (timestamp, offset, the batch's
//      partitionLeaderEpoch); if that batch has none, go on to the next batch. None if the scan
//      runs off the end (the caller then tries the next segment).
// This is correct because every batch before the one holding e.offset has maxTimestamp < e.timestamp
// <= target (entries are only added when the maximum strictly grows), and records with timestamp
// > e.timestamp all come after e.offset.
//
// Storage and crash behaviour are those of the offset index (see offset-index.ts): entries in
// memory, the file an exact-size prefix of them (write-through, or write-behind in groups as a
// segment opens it), a torn trailing entry trimmed on open, entries that break the ordering refused
// with CorruptIndexError (the caller rebuilds from the log).
import { AssertionError, assert } from '../util/assert.js'
import type { FileSystem } from './fs.js'
import {
  CorruptIndexError,
  canConvertToRelativeOffset,
  type IndexFile,
  type IndexFileOptions,
  readInt64,
  SparseIndex,
  writeInt64,
} from './offset-index.js'

const ENTRY_BYTES = 12

/** RecordBatch.NO_TIMESTAMP: what `lookup` and `lastEntry` report when there is no entry to return. */
export const NO_TIMESTAMP = -1

export interface TimestampOffset {
  readonly timestamp: number
  readonly offset: number
}

export class TimeIndex extends SparseIndex {
  private constructor(storage: IndexFile, baseOffset: number, maxEntries: number) {
    super(storage, baseOffset, maxEntries)
  }

  /**
   * Opens (creating if missing) the time index of the segment at `baseOffset`. `maxIndexBytes` is
   * `segment.index.bytes`. Throws CorruptIndexError if the entries break the ordering.
   */
  static open(
    fsys: FileSystem,
    path: string,
    baseOffset: number,
    maxIndexBytes: number,
    options: IndexFileOptions = {},
  ): TimeIndex {
    const storage = SparseIndex.openStorage(fsys, path, baseOffset, maxIndexBytes, ENTRY_BYTES, validate, options)
    return new TimeIndex(storage, baseOffset, Math.floor(maxIndexBytes / ENTRY_BYTES))
  }

  /** Full one entry early, as in Kafka: the last slot is kept for the entry added on roll or close. */
  isFull(): boolean {
    return this.entryCount >= this.maxEntries - 1
  }

  /** The last entry, or {timestamp: -1, offset: baseOffset} if there is none. */
  lastEntry(): TimestampOffset {
    const count = this.entryCount
    return count === 0 ? { timestamp: NO_TIMESTAMP, offset: this.baseOffset } : this.entry(count - 1)
  }

  /**
   * Appends (timestamp, offset) if timestamp is greater than the last entry's; otherwise does
   * nothing. Timestamp and offset must not go back. `skipFullCheck` is for the entry added when the
   * segment rolls or closes.
   */
  maybeAppend(timestamp: number, offset: number, skipFullCheck = false): void {
    const storage = this.storage
    const count = storage.entryCount
    if (!skipFullCheck && this.isFull()) fail(`${this.path}: append to a full time index (${count} entries)`)
    if (!Number.isSafeInteger(timestamp)) fail(`timestamp ${timestamp}`)
    if (!canConvertToRelativeOffset(this.baseOffset, offset)) fail(`${this.path}: offset ${offset} out of range`)
    const relativeOffset = offset - this.baseOffset
    let lastTimestamp = NO_TIMESTAMP
    if (count > 0) {
      const last = (count - 1) * ENTRY_BYTES
      lastTimestamp = readInt64(storage.view, last)
      const lastRelativeOffset = storage.view.readInt32BE(last + 8)
      if (relativeOffset < lastRelativeOffset) {
        fail(`${this.path}: offset ${offset} before last ${this.baseOffset + lastRelativeOffset}`)
      }
      if (timestamp < lastTimestamp) fail(`${this.path}: timestamp ${timestamp} before last ${lastTimestamp}`)
    }
    if (timestamp <= lastTimestamp) return
    const at = storage.reserve()
    const view = storage.view
    writeInt64(view, timestamp, at)
    view.writeInt32BE(relativeOffset, at + 8)
    storage.commit()
  }

  /**
   * The entry with the largest timestamp <= targetTimestamp, or {timestamp: -1, offset: baseOffset}
   * if every entry is later (or there are none). See the file comment for the scan that follows.
   */
  lookup(targetTimestamp: number): TimestampOffset {
    const slot = this.storage.largestLowerBound((i) => this.timestampAt(i), targetTimestamp)
    return slot < 0 ? { timestamp: NO_TIMESTAMP, offset: this.baseOffset } : this.entry(slot)
  }

  entry(i: number): TimestampOffset {
    assert(Number.isInteger(i), `entry ${i}`)
    assert(i >= 0, `entry ${i}`)
    assert(i < this.entryCount, `entry ${i} of ${this.entryCount}`)
    return { timestamp: this.timestampAt(i), offset: this.offsetAt(i) }
  }

  private timestampAt(i: number): number {
    return readInt64(this.storage.view, i * ENTRY_BYTES)
  }

  protected offsetAt(i: number): number {
    return this.baseOffset + this.storage.view.readInt32BE(i * ENTRY_BYTES + 8)
  }
}

/** A failed assertion whose message is built only once it has failed (hot paths). */
function fail(message: string): never {
  throw new AssertionError(message)
}

function validate(path: string, bytes: Buffer, count: number): void {
  let lastTimestamp = BigInt(NO_TIMESTAMP)
  let lastRelativeOffset = 0
  for (let i = 0; i < count; i++) {
    const timestamp = bytes.readBigInt64BE(i * ENTRY_BYTES)
    const relativeOffset = bytes.readInt32BE(i * ENTRY_BYTES + 8)
    if (timestamp <= lastTimestamp)
      throw new CorruptIndexError(path, `entry ${i}: timestamp ${timestamp} after ${lastTimestamp}`)
    if (timestamp > BigInt(Number.MAX_SAFE_INTEGER))
      throw new CorruptIndexError(path, `entry ${i}: timestamp ${timestamp}`)
    if (relativeOffset < lastRelativeOffset) {
      throw new CorruptIndexError(path, `entry ${i}: relative offset ${relativeOffset} after ${lastRelativeOffset}`)
    }
    lastTimestamp = timestamp
    lastRelativeOffset = relativeOffset
  }
}
