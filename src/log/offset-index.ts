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
// Unlike Kafka we neither preallocate nor mmap: the file holds exactly entryCount*8 bytes, the
// entries live in memory too, and each append is written through at the end of the file with one
// `write`. What a crash can leave: a torn last entry (1..7 trailing bytes), trimmed on open, or
// entries the log never got (the index is written after the log). Neither is checksummed; as in
// Kafka, recovery rebuilds the indexes of every segment past the recovery point from the log.
// Opening refuses entries that break the ordering (CorruptIndexError), e.g. the zero-filled
// preallocated tail of an index Kafka left after an unclean shutdown; the caller then rebuilds.
//
// `IndexFile` below is the storage both this index and the time index share (Kafka's AbstractIndex).
import { assert } from '../util/assert.js'
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

/**
 * Fixed-size entries kept in memory (big-endian, exactly as on disk) and written through to a file
 * that holds exactly `entryCount * entryBytes` bytes. Knows nothing of what an entry means.
 */
export class IndexFile {
  private bytes: Buffer
  private count: number
  private file: FileHandle | null
  private filePath: string

  private constructor(
    private readonly fsys: FileSystem,
    file: FileHandle,
    readonly entryBytes: number,
    bytes: Buffer,
    count: number,
  ) {
    this.file = file
    this.filePath = file.path
    this.bytes = bytes
    this.count = count
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
  ): IndexFile {
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
      return new IndexFile(fsys, file, entryBytes, bytes, count)
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

  /** The in-memory entries; valid until the next append or truncation. */
  get view(): Buffer {
    return this.bytes
  }

  sizeInBytes(): number {
    return this.count * this.entryBytes
  }

  /** Appends one encoded entry: file first, so memory never runs ahead of what was written. */
  append(entry: Buffer): void {
    assert(entry.length === this.entryBytes, `index entry of ${entry.length} bytes`)
    const file = this.openFile()
    const position = this.sizeInBytes()
    file.write(entry, position)
    if (position + this.entryBytes > this.bytes.length) {
      const grown = Buffer.alloc(this.bytes.length * 2)
      this.bytes.copy(grown, 0, 0, position)
      this.bytes = grown
    }
    entry.copy(this.bytes, position)
    this.count += 1
  }

  truncateToEntries(count: number): void {
    assert(count >= 0, `truncate to ${count} entries`)
    assert(count <= this.count, `truncate to ${count} of ${this.count} entries`)
    this.openFile().truncate(count * this.entryBytes)
    this.count = count
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

  sync(): Promise<void> {
    return this.openFile().sync()
  }

  /** Idempotent. Entries stay readable in memory; appends and truncation need an open file. */
  close(): void {
    this.file?.close()
    this.file = null
  }

  /** Renames the file (e.g. to `.deleted`); an open handle stays valid across a POSIX rename. */
  renameTo(path: string): void {
    this.fsys.rename(this.filePath, path)
    this.filePath = path
  }

  /** Closes and removes the file if it still exists. */
  delete(): void {
    this.close()
    if (this.fsys.exists(this.filePath)) this.fsys.unlink(this.filePath)
  }

  private openFile(): FileHandle {
    assert(this.file !== null, `${this.filePath}: index is closed`)
    return this.file
  }
}

const ENTRY_BYTES = 8

export interface OffsetPosition {
  readonly offset: number
  readonly position: number
}

export class OffsetIndex {
  private constructor(
    private readonly storage: IndexFile,
    readonly baseOffset: number,
    readonly maxEntries: number,
  ) {}

  /**
   * Opens (creating if missing) the index of the segment at `baseOffset`. `maxIndexBytes` is
   * `segment.index.bytes`. Throws CorruptIndexError if the entries break the ordering.
   */
  static open(fsys: FileSystem, path: string, baseOffset: number, maxIndexBytes: number): OffsetIndex {
    assert(Number.isSafeInteger(baseOffset), `base offset ${baseOffset}`)
    assert(baseOffset >= 0, `base offset ${baseOffset}`)
    assert(Number.isSafeInteger(maxIndexBytes), `max index bytes ${maxIndexBytes}`)
    assert(maxIndexBytes >= 0, `max index bytes ${maxIndexBytes}`)
    const storage = IndexFile.open(fsys, path, ENTRY_BYTES, (bytes, count) => validate(path, bytes, count))
    return new OffsetIndex(storage, baseOffset, Math.floor(maxIndexBytes / ENTRY_BYTES))
  }

  get path(): string {
    return this.storage.path
  }

  get entryCount(): number {
    return this.storage.entryCount
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

  append(offset: number, position: number): void {
    assert(!this.isFull(), `${this.path}: append to a full index (${this.entryCount} entries)`)
    assert(this.canAppendOffset(offset), `${this.path}: offset ${offset} out of range of base ${this.baseOffset}`)
    assert(Number.isInteger(position), `position ${position}`)
    assert(position >= 0, `position ${position}`)
    assert(position <= INT32_MAX, `position ${position}`)
    const count = this.entryCount
    if (count > 0) {
      assert(offset > this.lastOffset(), `${this.path}: offset ${offset} after last ${this.lastOffset()}`)
      assert(position >= this.positionAt(count - 1), `${this.path}: position ${position} goes back`)
    }
    const entry = Buffer.allocUnsafe(ENTRY_BYTES)
    entry.writeInt32BE(offset - this.baseOffset, 0)
    entry.writeInt32BE(position, 4)
    this.storage.append(entry)
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

  sync(): Promise<void> {
    return this.storage.sync()
  }

  close(): void {
    this.storage.close()
  }

  renameTo(path: string): void {
    this.storage.renameTo(path)
  }

  delete(): void {
    this.storage.delete()
  }

  private offsetAt(i: number): number {
    return this.baseOffset + this.storage.view.readInt32BE(i * ENTRY_BYTES)
  }

  private positionAt(i: number): number {
    return this.storage.view.readInt32BE(i * ENTRY_BYTES + 4)
  }
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
