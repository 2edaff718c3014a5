// The offset index of one segment (`<baseOffset>.index`): a sparse map from offset to the file
// position of a batch in the segment's `.log`, so a fetch can seek near its start offset and scan
// from there. It is Kafka's format, so a data directory moves between Kafka and Oxbow.
//
// Byte layout: entries back to back, 8 bytes each, big-endian, nothing else (no header, no CRC):
//
//   0  int32  relativeOffset   offset - baseOffset, 0 <= relativeOffset <= 2^31-1
//   4  int32  position         byte position of the batch in the .log file
//
// Entries are strictly increasing in offset and non-decreasing in position. The segment decides
// when to add one (every `index.interval.bytes` of log). Kafka's segment appends
// (lastOffset of the appended batches, position of the first of them); `lookup(target)` then gives
// the largest entry with offset <= target, so the batch holding `target` starts at or after the
// returned position.
//
// Unlike Kafka we neither preallocate nor mmap: the entries live in memory, and the file holds a
// prefix of them, exactly flushedCount*8 bytes. Opened with `maxPendingEntries: 0` (the default)
// each append is written through at the end of the file with one `write`. A segment opens its
// indexes write-behind instead: appends stay in memory until `maxPendingEntries` are pending, and
// then go out with one `write` for all of them (one syscall per many batches instead of a second
// one per batch). `sync`, `close`, `truncateTo` and `renameTo` write the pending entries first, so
// an fsynced or cleanly closed index is whole. What a crash can leave: a torn last entry
// (1..7 trailing bytes), trimmed on open; entries the log never got (the index is written after
// the log); or fewer entries than the log has (pending ones never written), which only makes
// lookups scan further. Neither is checksummed; as in Kafka, recovery rebuilds the indexes of every
// segment past the recovery point from the log, and a segment only falls below the recovery point
// after an fsync, which writes its pending entries first.
// Opening refuses entries that break the ordering (CorruptIndexError), e.g. the zero-filled
// preallocated tail of an index Kafka left after an unclean shutdown; the caller then rebuilds.
//
// `IndexFile` below is the storage both this index and the time index share (Kafka's AbstractIndex).
import { AssertionError, assert } from '../util/assert.js'
import type { FileHandle, FileSystem } from './fs.js'

/** An index file whose entries break its ordering rules; the caller deletes and rebuilds it. */
export class CorruptIndexError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`)
    this.name = 'CorruptIndexError'
  }
}

const INT32_MAX = 0x7fffffff
const INITIAL_CAPACITY_ENTRIES = 64

/** True if `offset - baseOffset` fits the int32 relative offset of an index entry (Kafka's canAppendOffset). */
export function canConvertToRelativeOffset(baseOffset: number, offset: number): boolean {
  const relativeOffset = offset - baseOffset
  return Number.isSafeInteger(offset) && relativeOffset >= 0 && relativeOffset <= INT32_MAX
}

const TWO_POW_32 = 0x1_0000_0000

/**
 * The big-endian int64 at `position` as a number, without a BigInt on the way when it is a safe
 * integer (high * 2^32 + low is exact then; when it is not, the rounded sum is not safe either).
 * Values beyond 2^53 come out as Number(bigint) would round them.
 */
export function readInt64(buf: Buffer, position: number): number {
  const value = buf.readInt32BE(position) * TWO_POW_32 + buf.readUInt32BE(position + 4)
  return Number.isSafeInteger(value) ? value : Number(buf.readBigInt64BE(position))
}

/** Writes a safe integer as a big-endian int64 at `position`, without a BigInt on the way. */
export function writeInt64(buf: Buffer, value: number, position: number): void {
  if (!Number.isSafeInteger(value)) throw new AssertionError(`int64 field ${value} is not a safe integer`)
  buf.writeInt32BE(Math.floor(value / TWO_POW_32), position)
  buf.writeUInt32BE(value >>> 0, position + 4)
}

export interface IndexFileOptions {
  /**
   * Entries an append may leave in memory only; one more and all of them are written with one
   * `write`. 0 (the default) writes each append through.
   */
  readonly maxPendingEntries?: number
}

/**
 * Fixed-size entries kept in memory (big-endian, exactly as on disk) and written to a file that
 * holds the first `flushedCount` of them, exactly `flushedCount * entryBytes` bytes; the rest are
 * pending (see maxPendingEntries). Knows nothing of what an entry means.
 */
export class IndexFile {
  private bytes: Buffer
  private count: number
  private flushed: number
  private file: FileHandle | null
  private filePath: string

  private constructor(
    private readonly fsys: FileSystem,
    file: FileHandle,
    readonly entryBytes: number,
    bytes: Buffer,
    count: number,
    readonly maxPendingEntries: number,
  ) {
    this.file = file
    this.filePath = file.path
    this.bytes = bytes
    this.count = count
    this.flushed = count
  }

  /**
   * Opens (creating if missing) and loads `path`. `validate` sees the whole entries read and throws
   * CorruptIndexError to refuse them; only then is a torn trailing partial entry trimmed away.
   */
  static open(
    fsys: FileSystem,
    path: string,
    entryBytes: number,
    validate: (bytes: Buffer, count: number) => void,
    options: IndexFileOptions = {},
  ): IndexFile {
    const maxPendingEntries = options.maxPendingEntries ?? 0
    assert(Number.isSafeInteger(maxPendingEntries), `max pending entries ${maxPendingEntries}`)
    assert(maxPendingEntries >= 0, `max pending entries ${maxPendingEntries}`)
    const file = fsys.open(path, 'create')
    try {
      const sizeBytes = file.size()
      const count = Math.floor(sizeBytes / entryBytes)
      const wholeBytes = count * entryBytes
      const bytes = Buffer.alloc(Math.max(wholeBytes, INITIAL_CAPACITY_ENTRIES * entryBytes))
      const readBytes = file.read(bytes, 0, wholeBytes, 0)
      assert(readBytes === wholeBytes, `${path}: read ${readBytes} of ${wholeBytes} bytes`)
      validate(bytes, count)
      if (sizeBytes !== wholeBytes) file.truncate(wholeBytes)
      return new IndexFile(fsys, file, entryBytes, bytes, count, maxPendingEntries)
    } catch (err) {
      file.close()
      throw err
    }
  }

  get path(): string {
    return this.filePath
  }

  get entryCount(): number {
    return this.count
  }

  /** Entries written to the file; the others (up to maxPendingEntries) are in memory only. */
  get flushedCount(): number {
    return this.flushed
  }

  /** The in-memory entries; valid until the next append or truncation. */
  get view(): Buffer {
    return this.bytes
  }

  /** Bytes of all entries, pending ones included (what the file holds once they are written). */
  sizeInBytes(): number {
    return this.count * this.entryBytes
  }

  /** Appends one encoded entry. */
  append(entry: Buffer): void {
    assert(entry.length === this.entryBytes, `index entry of ${entry.length} bytes`)
    const position = this.reserve()
    entry.copy(this.bytes, position)
    this.commit()
  }

  /**
   * Makes room for one more entry in `view` and returns its byte position there; the caller fills
   * it and then calls `commit`. Nothing counts until then, so a caller that throws in between
   * leaves no entry behind. Needs an open file, as `append` does.
   */
  reserve(): number {
    if (this.file === null) this.openFile()
    const position = this.count * this.entryBytes
    if (position + this.entryBytes > this.bytes.length) {
      const grown = Buffer.alloc(this.bytes.length * 2)
      this.bytes.copy(grown, 0, 0, position)
      this.bytes = grown
    }
    return position
  }

  /**
   * Adds the entry filled in at `reserve()`'s position. When that makes more than
   * maxPendingEntries pending, every pending entry is written first, with one `write`: if it
   * fails, the entry is not added (memory never runs ahead of the file by more than allowed).
   */
  commit(): void {
    const count = this.count + 1
    if (count - this.flushed > this.maxPendingEntries) {
      this.writeEntries(this.flushed, count)
      this.flushed = count
    }
    this.count = count
  }

  /** Writes the pending entries, if any, with one `write`. */
  flush(): void {
    if (this.flushed === this.count) return
    this.writeEntries(this.flushed, this.count)
    this.flushed = this.count
  }

  /** Keeps the first `count` entries; the file then holds exactly them (pending ones are written). */
  truncateToEntries(count: number): void {
    assert(count >= 0, `truncate to ${count} entries`)
    assert(count <= this.count, `truncate to ${count} of ${this.count} entries`)
    const file = this.openFile()
    if (this.flushed > count) this.flushed = count
    file.truncate(this.flushed * this.entryBytes)
    this.count = count
    this.flush()
  }

  /** Largest slot whose key is <= target, or -1 (keys non-decreasing by slot). */
  largestLowerBound(key: (slot: number) => number, target: number): number {
    let low = 0
    let high = this.count - 1
    let found = -1
    while (low <= high) {
      const mid = (low + high) >>> 1
      if (key(mid) <= target) {
        found = mid
        low = mid + 1
      } else {
        high = mid - 1
      }
    }
    return found
  }

  /** Writes the pending entries, then fsyncs. */
  sync(): Promise<void> {
    try {
      this.flush()
      return this.openFile().sync()
    } catch (err) {
      return Promise.reject(err)
    }
  }

  /**
   * Writes the pending entries and closes the file. Idempotent. Entries stay readable in memory;
   * appends and truncation need an open file.
   */
  close(): void {
    const file = this.file
    if (file === null) return
    try {
      this.flush()
    } finally {
      file.close()
      this.file = null
    }
  }

  /** Renames the file (e.g. to `.deleted`); an open handle stays valid across a POSIX rename. */
  renameTo(path: string): void {
    if (this.file !== null) this.flush()
    this.fsys.rename(this.filePath, path)
    this.filePath = path
  }

  /** Closes and removes the file if it still exists. */
  delete(): void {
    this.close()
    if (this.fsys.exists(this.filePath)) this.fsys.unlink(this.filePath)
  }

  private openFile(): FileHandle {
    if (this.file === null) throw new AssertionError(`${this.filePath}: index is closed`)
    return this.file
  }

  private writeEntries(from: number, to: number): void {
    const start = from * this.entryBytes
    this.openFile().write(this.bytes.subarray(start, to * this.entryBytes), start)
  }
}

/**
 * What both sparse indexes share: an IndexFile of fixed-size entries holding
 * a relative offset each, truncation by offset, and the file plumbing.
 */
export abstract class SparseIndex {
  protected constructor(
    protected readonly storage: IndexFile,
    readonly baseOffset: number,
    readonly maxEntries: number,
  ) {}

  /** Checks the arguments every index takes, then opens its file. */
  protected static openStorage(
    fsys: FileSystem,
    path: string,
    baseOffset: number,
    maxIndexBytes: number,
    entryBytes: number,
    validate: (path: string, bytes: Buffer, count: number) => void,
    options: IndexFileOptions,
  ): IndexFile {
    assert(Number.isSafeInteger(baseOffset), `base offset ${baseOffset}`)
    assert(baseOffset >= 0, `base offset ${baseOffset}`)
    assert(Number.isSafeInteger(maxIndexBytes), `max index bytes ${maxIndexBytes}`)
    assert(maxIndexBytes >= 0, `max index bytes ${maxIndexBytes}`)
    return IndexFile.open(fsys, path, entryBytes, (bytes, count) => validate(path, bytes, count), options)
  }

  /** The absolute offset stored in entry `i`. */
  protected abstract offsetAt(i: number): number

  get path(): string {
    return this.storage.path
  }

  get entryCount(): number {
    return this.storage.entryCount
  }

  /** Drops every entry with offset >= `offset`, in memory and on disk. */
  truncateTo(offset: number): void {
    const kept = this.storage.largestLowerBound((i) => this.offsetAt(i), offset - 1) + 1
    this.storage.truncateToEntries(kept)
  }

  reset(): void {
    this.storage.truncateToEntries(0)
  }

  sizeInBytes(): number {
    return this.storage.sizeInBytes()
  }

  /** Entries written to the file so far; the rest are pending (write-behind, see the file comment). */
  get flushedEntryCount(): number {
    return this.storage.flushedCount
  }

  /** Writes the pending entries now, with one `write`. */
  writePending(): void {
    this.storage.flush()
  }

  /** Writes the pending entries, then fsyncs. */
  sync(): Promise<void> {
    return this.storage.sync()
  }

  /** Writes the pending entries and closes the file. */
  close(): void {
    this.storage.close()
  }

  renameTo(path: string): void {
    this.storage.renameTo(path)
  }

  delete(): void {
    this.storage.delete()
  }
}

const ENTRY_BYTES = 8

export interface OffsetPosition {
  readonly offset: number
  readonly position: number
}

export class OffsetIndex extends SparseIndex {
  private constructor(storage: IndexFile, baseOffset: number, maxEntries: number) {
    super(storage, baseOffset, maxEntries)
  }

  /**
   * Opens (creating if missing) the index of the segment at `baseOffset`. `maxIndexBytes` is
   * `segment.index.bytes`. Throws CorruptIndexError if the entries break the ordering.
   */
  static open(
    fsys: FileSystem,
    path: string,
    baseOffset: number,
    maxIndexBytes: number,
    options: IndexFileOptions = {},
  ): OffsetIndex {
    const storage = SparseIndex.openStorage(fsys, path, baseOffset, maxIndexBytes, ENTRY_BYTES, validate, options)
    return new OffsetIndex(storage, baseOffset, Math.floor(maxIndexBytes / ENTRY_BYTES))
  }

  isFull(): boolean {
    return this.entryCount >= this.maxEntries
  }

  /** The offset of the last entry, or baseOffset if there is none. */
  lastOffset(): number {
    const count = this.entryCount
    return count === 0 ? this.baseOffset : this.offsetAt(count - 1)
  }

  canAppendOffset(offset: number): boolean {
    return canConvertToRelativeOffset(this.baseOffset, offset)
  }

  /**
   * Appends (offset, position): offset above the last entry's and within int32 of baseOffset,
   * position not below the last entry's. On the append path of every batch that gets an entry, so
   * the checks build their messages only when they fail.
   */
  append(offset: number, position: number): void {
    const storage = this.storage
    const count = storage.entryCount
    if (count >= this.maxEntries) fail(`${this.path}: append to a full index (${count} entries)`)
    if (!canConvertToRelativeOffset(this.baseOffset, offset)) {
      fail(`${this.path}: offset ${offset} out of range of base ${this.baseOffset}`)
    }
    if (!(Number.isInteger(position) && position >= 0 && position <= INT32_MAX)) fail(`position ${position}`)
    const relativeOffset = offset - this.baseOffset
    if (count > 0) {
      const last = (count - 1) * ENTRY_BYTES
      const lastRelativeOffset = storage.view.readInt32BE(last)
      if (relativeOffset <= lastRelativeOffset) {
        fail(`${this.path}: offset ${offset} after last ${this.baseOffset + lastRelativeOffset}`)
      }
      if (position < storage.view.readInt32BE(last + 4)) fail(`${this.path}: position ${position} goes back`)
    }
    const at = storage.reserve()
    const view = storage.view
    view.writeInt32BE(relativeOffset, at)
    view.writeInt32BE(position, at + 4)
    storage.commit()
  }

  /** The entry with the largest offset <= targetOffset, or {baseOffset, 0} if none (Kafka's lookup). */
  lookup(targetOffset: number): OffsetPosition {
    const slot = this.storage.largestLowerBound((i) => this.offsetAt(i), targetOffset)
    return slot < 0 ? { offset: this.baseOffset, position: 0 } : this.entry(slot)
  }

  entry(i: number): OffsetPosition {
    assert(Number.isInteger(i), `entry ${i}`)
    assert(i >= 0, `entry ${i}`)
    assert(i < this.entryCount, `entry ${i} of ${this.entryCount}`)
    return { offset: this.offsetAt(i), position: this.positionAt(i) }
  }

  protected offsetAt(i: number): number {
    return this.baseOffset + this.storage.view.readInt32BE(i * ENTRY_BYTES)
  }

  private positionAt(i: number): number {
    return this.storage.view.readInt32BE(i * ENTRY_BYTES + 4)
  }
}

/** A failed assertion whose message is built only once it has failed (hot paths). */
function fail(message: string): never {
  throw new AssertionError(message)
}

function validate(path: string, bytes: Buffer, count: number): void {
  let lastRelativeOffset = -1
  let lastPosition = 0
  for (let i = 0; i < count; i++) {
    const relativeOffset = bytes.readInt32BE(i * ENTRY_BYTES)
    const position = bytes.readInt32BE(i * ENTRY_BYTES + 4)
    if (relativeOffset < 0) throw new CorruptIndexError(path, `entry ${i}: negative relative offset ${relativeOffset}`)
    if (relativeOffset <= lastRelativeOffset) {
      throw new CorruptIndexError(path, `entry ${i}: relative offset ${relativeOffset} after ${lastRelativeOffset}`)
    }
    if (position < lastPosition)
      throw new CorruptIndexError(path, `entry ${i}: position ${position} after ${lastPosition}`)
    lastRelativeOffset = relativeOffset
    lastPosition = position
  }
}
