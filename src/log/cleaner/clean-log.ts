// One cleaning round over one log, as Kafka's Cleaner.doClean, with the disk left out: build
// the offset map over the dirty range, then rewrite every segment from the log start up to
// the offset the map reached, in groups (groupSegmentsBySize), each group becoming one
// cleaned segment named by its first segment's base offset.
//
// The round streams: it reads each segment through `chunks()` (whole batches, as a driver
// reads them from disk with a bounded buffer) and yields events in order, so a driver can
// create `<base>.log.cleaned` on 'groupStart', append each 'batches' event, and on 'groupEnd'
// write the retained aborted transactions to the cleaned `.txnindex`, flush, give the
// cleaned segment the last replaced segment's mtime, and swap it in for `replaces` (Kafka's
// `.cleaned` -> `.swap` -> delete scheme). 'done' carries the new first dirty offset for the
// cleaner checkpoint. Stopping early between events loses nothing: no replaced segment is
// touched until the driver swaps.

import { assert } from '../../util/assert.js'
import { buildOffsetMap, type OffsetMapBuildStats, type SegmentBatches } from './build-offset-map.js'
import { addCleanStats, type CleanStats, cleanBatches, emptyCleanStats, type KeepEmptyBatch } from './clean-batches.js'
import { type GroupableSegment, groupSegmentsBySize, segmentsInRange } from './cleanable.js'
import { type AbortedTxn, CleanedTransactions } from './cleaned-transactions.js'
import type { OffsetMap } from './offset-map.js'

/** A segment with its sizes and a way to stream its batches. */
export interface SegmentToClean extends GroupableSegment, SegmentBatches {}

export interface CleanLogInput<S extends SegmentToClean> {
  /** Every segment of the log in base offset order; the last is the active one. */
  readonly segments: readonly S[]
  /** From LogToClean. */
  readonly firstDirtyOffset: number
  readonly firstUncleanableOffset: number
  /** Cleared and reused; its size bounds how far this round reaches. */
  readonly map: OffsetMap
  readonly nowMs: number
  /** `delete.retention.ms` */
  readonly deleteRetentionMs: number
  /** `segment.bytes` */
  readonly segmentBytes: number
  /** `segment.index.bytes` */
  readonly segmentIndexBytes: number
  /** Every aborted transaction of the log (its `.txnindex` entries); default none. */
  readonly abortedTransactions?: readonly AbortedTxn[]
  readonly keepEmptyBatchFor?: KeepEmptyBatch
  readonly maxUncompressedBytes?: number
}

export type CleanEvent<S> =
  | { readonly kind: 'groupStart'; readonly baseOffset: number; readonly replaces: readonly S[] }
  | { readonly kind: 'batches'; readonly buffers: readonly Buffer[] }
  | { readonly kind: 'groupEnd'; readonly baseOffset: number; readonly abortedTxns: readonly AbortedTxn[] }
  | {
      readonly kind: 'done'
      /** The next first dirty offset (cleaner checkpoint). */
      readonly endOffset: number
      /** The map filled before firstUncleanableOffset. */
      readonly mapFull: boolean
      readonly buildStats: OffsetMapBuildStats
      readonly cleanStats: CleanStats
    }

/** Runs one round; see the file comment for what the driver does with each event. */
export async function* cleanLog<S extends SegmentToClean>(input: CleanLogInput<S>): AsyncGenerator<CleanEvent<S>> {
  const { segments, firstDirtyOffset, firstUncleanableOffset } = input
  const active = segments.at(-1)
  assert(active !== undefined, 'cleanLog: a log has at least its active segment')
  assert(firstUncleanableOffset <= active.baseOffset, 'cleanLog: the active segment is never cleaned')
  assert(firstDirtyOffset <= firstUncleanableOffset, 'cleanLog: dirty range ends before it starts')
  const aborted = input.abortedTransactions ?? []

  const built = await buildOffsetMap(input.map, segmentsInRange(segments, firstDirtyOffset, firstUncleanableOffset), {
    startOffset: firstDirtyOffset,
    endOffset: firstUncleanableOffset,
    abortedTransactions: overlapping(aborted, firstDirtyOffset, firstUncleanableOffset),
    maxUncompressedBytes: input.maxUncompressedBytes,
  })
  const endOffset = built.endOffset

  const toClean = segmentsInRange(segments, 0, endOffset)
  assert(!toClean.includes(active), 'cleanLog: the active segment is never cleaned')
  const groups = groupSegmentsBySize(toClean, input.segmentBytes, input.segmentIndexBytes, firstUncleanableOffset)
  const transactions = new CleanedTransactions()
  const cleanStats = emptyCleanStats()
  const nextBaseOffset = new Map(segments.map((s, i) => [s, segments[i + 1]?.baseOffset ?? endOffset]))
  for (const group of groups) {
    const baseOffset = group[0]?.baseOffset
    assert(baseOffset !== undefined, 'cleanLog: a group holds at least one segment')
    yield { kind: 'groupStart', baseOffset, replaces: group }
    for (const segment of group) {
      const upTo = nextBaseOffset.get(segment) ?? endOffset
      transactions.addAbortedTransactions(overlapping(aborted, segment.baseOffset, upTo))
      for await (const chunk of segment.chunks()) {
        const result = await cleanBatches(chunk, {
          map: input.map,
          nowMs: input.nowMs,
          deleteRetentionMs: input.deleteRetentionMs,
          transactions,
          upperBoundOffset: firstUncleanableOffset,
          keepEmptyBatchFor: input.keepEmptyBatchFor,
          maxUncompressedBytes: input.maxUncompressedBytes,
        })
        addCleanStats(cleanStats, result.stats)
        if (result.buffers.length > 0) yield { kind: 'batches', buffers: result.buffers }
      }
    }
    yield { kind: 'groupEnd', baseOffset, abortedTxns: transactions.takeRetainedAbortedTxns() }
  }
  yield { kind: 'done', endOffset, mapFull: built.full, buildStats: built.stats, cleanStats }
}

/** Aborted transactions overlapping [from, to), as Kafka's collectAbortedTransactions. */
function overlapping(txns: readonly AbortedTxn[], from: number, to: number): AbortedTxn[] {
  return txns.filter((t) => t.lastOffset >= from && t.firstOffset < to)
}
