// The cleaner's crash-safe segment replacement, Kafka's `.cleaned` / `.swap` scheme
// (UnifiedLog.replaceSegments and the LogLoader rules for leftovers).
//
// A cleaned segment is written as `<base>.log.cleaned` with its `.index.cleaned`,
// `.timeindex.cleaned` and `.txnindex.cleaned` (all four always exist), fsynced, and then,
// synchronously with the in-memory swap:
//   1. each `.cleaned` file is renamed `.swap`, the three indexes first and the `.log` last,
//      so a `.log.swap` means every file of the new segment is complete;
//   2. the replaced segments' files are deleted;
//   3. each `.swap` is renamed to its final name, the indexes first and the `.log` last.
// What a crash leaves, and what `completeSwaps` (run when a log opens) does with it:
//   - `.cleaned` files, or `.swap` index files without a `.log.swap`: the swap had not
//     started; they are deleted and the old segments stay.
//   - a `.log.swap`: the swap had started; every segment whose base offset lies in
//     [swap base, swap's next offset) is replaced (its files deleted), then each `.swap` is
//     renamed to its final name. An index whose `.swap` is gone was renamed already and is
//     the new one; were one missing, the segment rebuilds its indexes on open.
// As in Kafka, a replaced segment whose records were all removed can lie past the swap's
// next offset and survive a crash in step 2; it holds only superseded records at offsets
// above the cleaned segment's, so the log stays ordered and the next clean removes them.
import { join } from 'node:path'
import {
  BASE_OFFSET_OFFSET,
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  RECORD_BATCH_OVERHEAD,
} from '../protocol/records/batch.js'
import type { FileSystem } from './fs.js'
import { readInt64 } from './offset-index.js'
import { INDEX_SUFFIX, LOG_SUFFIX, segmentFileName, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX } from './segment.js'

export const CLEANED_SUFFIX = '.cleaned'
export const SWAP_SUFFIX = '.swap'

/** The files of a segment, the `.log` last (the order of every rename). */
export const SEGMENT_FILE_SUFFIXES = [INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX, LOG_SUFFIX] as const

function path(dir: string, base: number, suffix: string, extra = ''): string {
  return join(dir, segmentFileName(base, suffix) + extra)
}

/** Step 1: `.cleaned` -> `.swap`, the `.log` last. */
export function renameCleanedToSwap(fs: FileSystem, dir: string, base: number): void {
  for (const suffix of SEGMENT_FILE_SUFFIXES) {
    fs.rename(path(dir, base, suffix, CLEANED_SUFFIX), path(dir, base, suffix, SWAP_SUFFIX))
  }
}

/** Step 3: `.swap` -> final, the `.log` last; a final file in the way is the old one's. */
export function renameSwapToFinal(fs: FileSystem, dir: string, base: number): void {
  for (const suffix of SEGMENT_FILE_SUFFIXES) {
    const from = path(dir, base, suffix, SWAP_SUFFIX)
    if (!fs.exists(from)) continue
    const to = path(dir, base, suffix)
    if (fs.exists(to)) fs.unlink(to)
    fs.rename(from, to)
  }
}

/** Deletes a cleaned segment's files that never reached the swap (an abandoned clean). */
export function deleteCleanedFiles(fs: FileSystem, dir: string, base: number): void {
  for (const suffix of SEGMENT_FILE_SUFFIXES) {
    const file = path(dir, base, suffix, CLEANED_SUFFIX)
    if (fs.exists(file)) fs.unlink(file)
  }
}

/**
 * The offset after the last whole batch of a `.log` file (`base` when it has none), from
 * the batch headers. Used on a `.log.swap`, whose batches were validated when cleaned.
 */
export function nextOffsetOfLogFile(fs: FileSystem, file: string, base: number): number {
  const handle = fs.open(file, 'read')
  try {
    const size = handle.size()
    const header = Buffer.alloc(RECORD_BATCH_OVERHEAD)
    let next = base
    for (let position = 0; position + RECORD_BATCH_OVERHEAD <= size; ) {
      if (handle.read(header, 0, RECORD_BATCH_OVERHEAD, position) < RECORD_BATCH_OVERHEAD) break
      const batchSize = LOG_OVERHEAD + header.readInt32BE(BATCH_LENGTH_OFFSET)
      if (batchSize < RECORD_BATCH_OVERHEAD || position + batchSize > size) break
      next = readInt64(header, BASE_OFFSET_OFFSET) + header.readInt32BE(LAST_OFFSET_DELTA_OFFSET) + 1
      position += batchSize
    }
    return next
  } finally {
    handle.close()
  }
}

function baseOf(name: string, suffix: string): number | null {
  if (!name.endsWith(suffix)) return null
  const digits = name.slice(0, name.indexOf('.'))
  const base = Number(digits)
  return digits !== '' && Number.isSafeInteger(base) ? base : null
}

/**
 * Applies the LogLoader rules above to a partition dir before its segments are listed.
 * Returns what it did, for logs and tests.
 */
export function completeSwaps(fs: FileSystem, dir: string): { deletedCleaned: number; completedSwaps: number[] } {
  let deletedCleaned = 0
  const names = fs.list(dir)
  for (const name of names) {
    if (name.endsWith(CLEANED_SUFFIX)) {
      fs.unlink(join(dir, name))
      deletedCleaned++
    }
  }
  const swapLogs = names
    .map((n) => baseOf(n, LOG_SUFFIX + SWAP_SUFFIX))
    .filter((b): b is number => b !== null)
    .sort((a, b) => a - b)
  for (const name of names) {
    if (!name.endsWith(SWAP_SUFFIX) || name.endsWith(LOG_SUFFIX + SWAP_SUFFIX)) continue
    const base = baseOf(name, SWAP_SUFFIX)
    if (base === null || !swapLogs.includes(base)) fs.unlink(join(dir, name))
  }
  for (const base of swapLogs) {
    const next = nextOffsetOfLogFile(fs, path(dir, base, LOG_SUFFIX, SWAP_SUFFIX), base)
    for (const name of fs.list(dir)) {
      const old = baseOf(name, LOG_SUFFIX)
      if (old === null || old < base || old >= Math.max(next, base + 1)) continue
      for (const suffix of SEGMENT_FILE_SUFFIXES) {
        const file = path(dir, old, suffix)
        // The swap's own base: an index without a `.swap` is already the new one.
        if (old === base && suffix !== LOG_SUFFIX && !fs.exists(path(dir, base, suffix, SWAP_SUFFIX))) continue
        if (fs.exists(file)) fs.unlink(file)
      }
    }
    renameSwapToFinal(fs, dir, base)
  }
  return { deletedCleaned, completedSwaps: swapLogs }
}
