// The aborted-transactions index of one segment, `<baseOffset>.txnindex`, as Kafka's
// TransactionIndex and AbortedTxn (storage/.../internals/log/). One entry per transaction that an
// ABORT marker in this segment completed; read_committed fetches return the entries overlapping
// the fetched range so that consumers drop the aborted records (KAFKA-TRAPS 9).
//
// Byte layout: entries back to back, no header, each 34 bytes big-endian:
//
//   offset  size  field
//    0       2    version            int16  0
//    2       8    producerId         int64
//   10       8    firstOffset        int64  the transaction's first offset in the partition
//   18       8    lastOffset         int64  the ABORT marker's offset
//   26       8    lastStableOffset   int64  the partition's LSO once the marker was appended
//
// Entries are appended in marker order, so lastOffset ascends. The file is created with its first
// entry (a segment without aborts has none, as in Kafka). A crash can leave a torn last entry or
// lose entries not yet written: opening drops a partial tail, and the log rebuilds the index of
// every segment it recovers by replaying producer state over the segment (partition-log.ts).
// Entries are also kept in memory; an index is small (one entry per aborted transaction).
import { assert } from '../util/assert.js'
import type { FileHandle, FileSystem } from './fs.js'
import { readInt64, writeInt64 } from './offset-index.js'

export const ABORTED_TXN_SIZE = 34
export const ABORTED_TXN_VERSION = 0

export interface AbortedTxn {
  readonly producerId: number
  readonly firstOffset: number
  readonly lastOffset: number
  readonly lastStableOffset: number
}

export class CorruptTxnIndexError extends Error {}

/** Kafka's TxnIndexSearchResult: the matches, and whether later segments can hold no more. */
export interface TxnIndexSearchResult {
  readonly abortedTransactions: AbortedTxn[]
  readonly isComplete: boolean
}

export function encodeAbortedTxn(txn: AbortedTxn): Buffer {
  const buf = Buffer.alloc(ABORTED_TXN_SIZE)
  buf.writeInt16BE(ABORTED_TXN_VERSION, 0)
  writeInt64(buf, txn.producerId, 2)
  writeInt64(buf, txn.firstOffset, 10)
  writeInt64(buf, txn.lastOffset, 18)
  writeInt64(buf, txn.lastStableOffset, 26)
  return buf
}

/** The whole entries of `buf`; a partial tail is ignored. Throws on an unknown version. */
export function decodeAbortedTxns(buf: Buffer): AbortedTxn[] {
  const entries: AbortedTxn[] = []
  for (let p = 0; p + ABORTED_TXN_SIZE <= buf.length; p += ABORTED_TXN_SIZE) {
    const version = buf.readInt16BE(p)
    if (version !== ABORTED_TXN_VERSION) throw new CorruptTxnIndexError(`aborted txn entry version ${version} at ${p}`)
    entries.push({
      producerId: readInt64(buf, p + 2),
      firstOffset: readInt64(buf, p + 10),
      lastOffset: readInt64(buf, p + 18),
      lastStableOffset: readInt64(buf, p + 26),
    })
  }
  return entries
}

export class TransactionIndex {
  private file: FileHandle | null = null
  private entries: AbortedTxn[]

  private constructor(
    private readonly fs: FileSystem,
    public path: string,
    entries: AbortedTxn[],
  ) {
    this.entries = entries
  }

  /** Loads the file if it exists; a torn tail is cut off, an unreadable file starts the index empty. */
  static open(fs: FileSystem, path: string): TransactionIndex {
    if (!fs.exists(path)) return new TransactionIndex(fs, path, [])
    const bytes = fs.readFile(path)
    let entries: AbortedTxn[]
    try {
      entries = decodeAbortedTxns(bytes)
    } catch (err) {
      if (!(err instanceof CorruptTxnIndexError)) throw err
      fs.unlink(path)
      return new TransactionIndex(fs, path, [])
    }
    const index = new TransactionIndex(fs, path, entries)
    if (bytes.length !== entries.length * ABORTED_TXN_SIZE) index.handle().truncate(entries.length * ABORTED_TXN_SIZE)
    return index
  }

  private handle(): FileHandle {
    this.file ??= this.fs.open(this.path, 'create')
    return this.file
  }

  get entryCount(): number {
    return this.entries.length
  }

  allAbortedTxns(): readonly AbortedTxn[] {
    return this.entries
  }

  append(txn: AbortedTxn): void {
    const last = this.entries.at(-1)
    assert(
      last === undefined || txn.lastOffset > last.lastOffset,
      `aborted txn at ${txn.lastOffset} not after the last one at ${last?.lastOffset}`,
    )
    this.handle().write(encodeAbortedTxn(txn), this.entries.length * ABORTED_TXN_SIZE)
    this.entries.push(txn)
  }

  /** Kafka's collectAbortedTxns: entries overlapping [fetchOffset, upperBoundOffset). */
  collectAbortedTxns(fetchOffset: number, upperBoundOffset: number): TxnIndexSearchResult {
    const abortedTransactions: AbortedTxn[] = []
    for (const txn of this.entries) {
      if (txn.lastOffset >= fetchOffset && txn.firstOffset < upperBoundOffset) abortedTransactions.push(txn)
      if (txn.lastStableOffset >= upperBoundOffset) return { abortedTransactions, isComplete: true }
    }
    return { abortedTransactions, isComplete: false }
  }

  /** Drops the entries whose marker is at or after `offset` (the log is truncated there). */
  truncateTo(offset: number): void {
    let keep = this.entries.length
    while (keep > 0 && this.entries[keep - 1]!.lastOffset >= offset) keep--
    if (keep === this.entries.length) return
    this.entries = this.entries.slice(0, keep)
    this.handle().truncate(keep * ABORTED_TXN_SIZE)
  }

  /** Empties the index (before recovery rebuilds it). */
  reset(): void {
    this.entries = []
    if (this.file !== null || this.fs.exists(this.path)) this.handle().truncate(0)
  }

  async sync(): Promise<void> {
    if (this.file !== null) await this.file.sync()
  }

  close(): void {
    this.file?.close()
    this.file = null
  }

  delete(): void {
    this.close()
    if (this.fs.exists(this.path)) this.fs.unlink(this.path)
  }

  /** Renames the file if there is one (`.deleted`); returns the new path, or null when there is no file. */
  renameTo(path: string): string | null {
    this.close()
    const had = this.fs.exists(this.path)
    if (had) this.fs.rename(this.path, path)
    this.path = path
    return had ? path : null
  }
}
