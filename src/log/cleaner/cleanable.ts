// Which log to clean and how much of it: the pure selection math of Kafka's
// LogCleanerManager (cleanableOffsets, maxCompactionDelay, calculateCleanableBytes,
// grabFilthiestCompactedLog), LogToClean, and Cleaner.groupSegmentsBySize.
//
// A compacted log splits at the first dirty offset (the cleaner checkpoint) into a clean
// head and a dirty tail. The dirty part that may be cleaned ends at the first uncleanable
// offset: the smallest of the last stable offset, the active segment's base offset (the
// active segment is never cleaned), and, with `min.compaction.lag.ms` > 0, the base offset
// of the first dirty segment holding a record younger than the lag. Dirty ratio =
// cleanable bytes / (clean bytes + cleanable bytes), counted in whole segments. A log is
// cleaned when its ratio exceeds `min.cleanable.dirty.ratio`, or when a dirty segment's
// first batch is older than `max.compaction.lag.ms` (it must be cleaned now); among those
// the dirtiest goes first.
//
// Inputs are plain numbers the driver reads from its segments, so this file is pure.

import { assert } from '../../util/assert.js'

export const DEFAULT_MIN_CLEANABLE_DIRTY_RATIO = 0.5
export const DEFAULT_MIN_COMPACTION_LAG_MS = 0
/** Kafka's Long.MAX_VALUE: never forced. */
export const DEFAULT_MAX_COMPACTION_LAG_MS = Number.POSITIVE_INFINITY
/** `delete.retention.ms`: one day. */
export const DEFAULT_DELETE_RETENTION_MS = 86_400_000

const INT32_MAX = 0x7fff_ffff

/** A segment as the selection sees it. */
export interface CleanerSegment {
  readonly baseOffset: number
  /** Bytes of its `.log`. */
  readonly sizeInBytes: number
}

export interface CleanerSegmentStats extends CleanerSegment {
  /** The largest record timestamp in the segment (Kafka: maxTimestampSoFar, else the file's mtime). */
  readonly largestTimestampMs: number
  /** The first batch's maxTimestamp; -1 when unknown or empty (ignored, as Kafka ignores <= 0). */
  readonly firstBatchTimestampMs: number
}

export interface GroupableSegment extends CleanerSegment {
  readonly offsetIndexBytes: number
  readonly timeIndexBytes: number
}

export interface CleanerLogView<S extends CleanerSegment = CleanerSegmentStats> {
  /** Every segment in base offset order; the last one is the active segment. */
  readonly segments: readonly S[]
  readonly logStartOffset: number
  readonly logEndOffset: number
  readonly lastStableOffset: number
}

export interface CompactionConfig {
  /** `min.cleanable.dirty.ratio` */
  readonly minCleanableDirtyRatio: number
  /** `min.compaction.lag.ms` */
  readonly minCompactionLagMs: number
  /** `max.compaction.lag.ms` */
  readonly maxCompactionLagMs: number
}

export const DEFAULT_COMPACTION_CONFIG: CompactionConfig = Object.freeze({
  minCleanableDirtyRatio: DEFAULT_MIN_CLEANABLE_DIRTY_RATIO,
  minCompactionLagMs: DEFAULT_MIN_COMPACTION_LAG_MS,
  maxCompactionLagMs: DEFAULT_MAX_COMPACTION_LAG_MS,
})

/**
 * The segments overlapping [from, to): the one holding `from` (the last with baseOffset <=
 * from, or the first segment) and every later one starting before `to`. Kafka's
 * LogSegments.values(from, to); empty when to <= from.
 */
export function segmentsInRange<S extends CleanerSegment>(segments: readonly S[], from: number, to: number): S[] {
  if (to <= from) return []
  let first = 0
  for (let i = 0; i < segments.length; i++) if ((segments[i]?.baseOffset ?? Number.NaN) <= from) first = i
  return segments.slice(first).filter((s) => s.baseOffset < to)
}

function activeSegment<S extends CleanerSegment>(view: CleanerLogView<S>): S {
  const active = view.segments.at(-1)
  assert(active !== undefined, 'a log has at least its active segment')
  return active
}

/** The segments from the one holding `from` up to, not including, the active segment. */
export function nonActiveSegmentsFrom<S extends CleanerSegment>(view: CleanerLogView<S>, from: number): S[] {
  return segmentsInRange(view.segments, from, activeSegment(view).baseOffset)
}

export interface OffsetsToClean {
  readonly firstDirtyOffset: number
  /** Exclusive end of what this round may clean; at least firstDirtyOffset. */
  readonly firstUncleanableOffset: number
  /** The checkpoint was out of range and was reset: the driver writes firstDirtyOffset back. */
  readonly forceUpdateCheckpoint: boolean
}

/** Kafka's cleanableOffsets. `checkpointOffset` is the cleaner checkpoint, null when none. */
export function cleanableOffsets(
  view: CleanerLogView,
  checkpointOffset: number | null,
  nowMs: number,
  minCompactionLagMs: number,
): OffsetsToClean {
  const checkpoint = checkpointOffset ?? view.logStartOffset
  const outOfRange = checkpoint < view.logStartOffset || checkpoint > view.logEndOffset
  const firstDirtyOffset = outOfRange ? view.logStartOffset : checkpoint
  const lag = Math.max(minCompactionLagMs, 0)
  let firstUncleanable = Math.min(view.lastStableOffset, activeSegment(view).baseOffset)
  if (lag > 0) {
    const young = nonActiveSegmentsFrom(view, firstDirtyOffset).find((s) => s.largestTimestampMs > nowMs - lag)
    if (young !== undefined) firstUncleanable = Math.min(firstUncleanable, young.baseOffset)
  }
  return {
    firstDirtyOffset,
    firstUncleanableOffset: Math.max(firstDirtyOffset, firstUncleanable),
    forceUpdateCheckpoint: outOfRange,
  }
}

/**
 * How long past `max.compaction.lag.ms` the oldest dirty segment is (0 when none is): the
 * age beyond the lag of the earliest first-batch timestamp among dirty non-active segments.
 */
export function maxCompactionDelayMs(
  view: CleanerLogView,
  firstDirtyOffset: number,
  nowMs: number,
  maxCompactionLagMs: number,
): number {
  let earliest = Number.POSITIVE_INFINITY
  for (const s of nonActiveSegmentsFrom(view, firstDirtyOffset)) {
    if (s.firstBatchTimestampMs > 0 && s.firstBatchTimestampMs < earliest) earliest = s.firstBatchTimestampMs
  }
  const cleanUntilMs = nowMs - Math.max(maxCompactionLagMs, 0)
  return earliest < cleanUntilMs ? cleanUntilMs - earliest : 0
}

/**
 * Kafka's calculateCleanableBytes: the first uncleanable offset rounded down to a segment
 * base (the segment holding `uncleanableOffset`, or the active one), and the bytes of the
 * segments from the first dirty one up to it.
 */
export function cleanableBytes(
  view: CleanerLogView<CleanerSegment>,
  firstDirtyOffset: number,
  uncleanableOffset: number,
): { firstUncleanableOffset: number; cleanableBytes: number } {
  const firstUncleanable = nonActiveSegmentsFrom(view, uncleanableOffset)[0] ?? activeSegment(view)
  const firstUncleanableOffset = firstUncleanable.baseOffset
  let bytes = 0
  for (const s of segmentsInRange(
    view.segments,
    Math.min(firstDirtyOffset, firstUncleanableOffset),
    firstUncleanableOffset,
  )) {
    bytes += s.sizeInBytes
  }
  return { firstUncleanableOffset, cleanableBytes: bytes }
}

/** One compacted log's cleaning candidate, as Kafka's LogToClean. */
export interface LogToClean {
  readonly firstDirtyOffset: number
  /** Rounded down to a segment base offset: the clean never reads past it. */
  readonly firstUncleanableOffset: number
  readonly cleanBytes: number
  readonly cleanableBytes: number
  readonly totalBytes: number
  /** cleanableBytes / totalBytes (0 for an empty log). */
  readonly cleanableRatio: number
  /** Some dirty segment is older than max.compaction.lag.ms. */
  readonly needCompactionNow: boolean
  readonly compactionDelayMs: number
  readonly forceUpdateCheckpoint: boolean
}

export function logToClean(
  view: CleanerLogView,
  checkpointOffset: number | null,
  nowMs: number,
  config: CompactionConfig,
): LogToClean {
  const offsets = cleanableOffsets(view, checkpointOffset, nowMs, config.minCompactionLagMs)
  const compactionDelayMs = maxCompactionDelayMs(view, offsets.firstDirtyOffset, nowMs, config.maxCompactionLagMs)
  let cleanBytes = 0
  for (const s of segmentsInRange(view.segments, -1, offsets.firstDirtyOffset)) cleanBytes += s.sizeInBytes
  const cleanable = cleanableBytes(view, offsets.firstDirtyOffset, offsets.firstUncleanableOffset)
  const totalBytes = cleanBytes + cleanable.cleanableBytes
  return {
    firstDirtyOffset: offsets.firstDirtyOffset,
    firstUncleanableOffset: cleanable.firstUncleanableOffset,
    cleanBytes,
    cleanableBytes: cleanable.cleanableBytes,
    totalBytes,
    cleanableRatio: totalBytes === 0 ? 0 : cleanable.cleanableBytes / totalBytes,
    needCompactionNow: compactionDelayMs > 0,
    compactionDelayMs,
    forceUpdateCheckpoint: offsets.forceUpdateCheckpoint,
  }
}

/** Whether a candidate is worth a clean now (Kafka's filter in grabFilthiestCompactedLog). */
export function isCleanable(candidate: LogToClean, minCleanableDirtyRatio: number): boolean {
  if (candidate.totalBytes <= 0) return false
  if (candidate.needCompactionNow && candidate.cleanableBytes > 0) return true
  return candidate.cleanableRatio > minCleanableDirtyRatio
}

export interface CleaningCandidate {
  readonly logToClean: LogToClean
  readonly minCleanableDirtyRatio: number
}

/**
 * The dirtiest cleanable candidate (null when none qualifies) and the largest dirty ratio
 * among all non-empty ones, Kafka's `max-dirty-percent` gauge. Ties go to the earlier one.
 */
export function pickFilthiest<C extends CleaningCandidate>(
  candidates: readonly C[],
): { chosen: C | null; maxDirtyRatio: number } {
  let chosen: C | null = null
  let maxDirtyRatio = 0
  for (const c of candidates) {
    if (c.logToClean.totalBytes <= 0) continue
    maxDirtyRatio = Math.max(maxDirtyRatio, c.logToClean.cleanableRatio)
    if (!isCleanable(c.logToClean, c.minCleanableDirtyRatio)) continue
    if (chosen === null || c.logToClean.cleanableRatio > chosen.logToClean.cleanableRatio) chosen = c
  }
  return { chosen, maxDirtyRatio }
}

/**
 * Kafka's groupSegmentsBySize: consecutive segments merged greedily into groups whose `.log`
 * bytes stay within `maxSegmentBytes` (`segment.bytes`) and whose offset and time index bytes
 * each stay within `maxIndexBytes` (`segment.index.bytes`), and whose offsets stay within
 * int32 of the group's base offset (the last offset of a segment is estimated as the next
 * segment's base - 1, or firstUncleanableOffset - 1 for the last). Each group becomes one
 * cleaned segment named by its first segment's base offset.
 */
export function groupSegmentsBySize<S extends GroupableSegment>(
  segments: readonly S[],
  maxSegmentBytes: number,
  maxIndexBytes: number,
  firstUncleanableOffset: number,
): S[][] {
  const groups: S[][] = []
  let i = 0
  while (i < segments.length) {
    const first = segments[i]
    assert(first !== undefined, 'groupSegmentsBySize: index in range')
    const group = [first]
    let logBytes = first.sizeInBytes
    let indexBytes = first.offsetIndexBytes
    let timeIndexBytes = first.timeIndexBytes
    i++
    for (; i < segments.length; i++) {
      const next = segments[i]
      assert(next !== undefined, 'groupSegmentsBySize: index in range')
      const lastOffset = (segments[i + 1]?.baseOffset ?? firstUncleanableOffset) - 1
      const fits =
        logBytes + next.sizeInBytes <= maxSegmentBytes &&
        indexBytes + next.offsetIndexBytes <= maxIndexBytes &&
        timeIndexBytes + next.timeIndexBytes <= maxIndexBytes &&
        (next.sizeInBytes === 0 || lastOffset - first.baseOffset <= INT32_MAX)
      if (!fits) break
      group.push(next)
      logBytes += next.sizeInBytes
      indexBytes += next.offsetIndexBytes
      timeIndexBytes += next.timeIndexBytes
    }
    groups.push(group)
  }
  return groups
}
