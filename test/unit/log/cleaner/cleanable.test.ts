// Goal: the selection math matches Kafka's LogCleanerManager and groupSegmentsBySize to the
// exact value. Method: one hand-built log view (three closed segments and an active one)
// varied by checkpoint, last stable offset and compaction lags.

import { describe, expect, it } from 'vitest'
import {
  type CleanerLogView,
  type CleanerSegmentStats,
  cleanableBytes,
  cleanableOffsets,
  DEFAULT_COMPACTION_CONFIG,
  type GroupableSegment,
  groupSegmentsBySize,
  isCleanable,
  type LogToClean,
  logToClean,
  maxCompactionDelayMs,
  pickFilthiest,
  segmentsInRange,
} from '../../../../src/log/cleaner/cleanable.js'

function seg(baseOffset: number, sizeInBytes: number, largestTimestampMs: number, firstBatchTimestampMs: number) {
  return { baseOffset, sizeInBytes, largestTimestampMs, firstBatchTimestampMs }
}

const SEGMENTS: CleanerSegmentStats[] = [
  seg(0, 1000, 100, 50),
  seg(100, 2000, 200, 150),
  seg(250, 3000, 300, 260),
  seg(400, 500, 400, 390),
]

function view(over: Partial<CleanerLogView> = {}): CleanerLogView {
  return { segments: SEGMENTS, logStartOffset: 0, logEndOffset: 450, lastStableOffset: 450, ...over }
}

describe('segmentsInRange', () => {
  it('starts at the segment holding `from` and stops before `to`', () => {
    const bases = (from: number, to: number) => segmentsInRange(SEGMENTS, from, to).map((s) => s.baseOffset)
    expect(bases(-1, 100)).toEqual([0])
    expect(bases(120, 400)).toEqual([100, 250])
    expect(bases(250, 251)).toEqual([250])
    expect(bases(0, 1000)).toEqual([0, 100, 250, 400])
    expect(bases(300, 300)).toEqual([])
  })
})

describe('cleanableOffsets', () => {
  it('cleans from the checkpoint up to the active segment', () => {
    expect(cleanableOffsets(view(), 100, 1000, 0)).toEqual({
      firstDirtyOffset: 100,
      firstUncleanableOffset: 400,
      forceUpdateCheckpoint: false,
    })
  })

  it('starts at the log start without a checkpoint, and resets one out of range', () => {
    expect(cleanableOffsets(view(), null, 1000, 0).firstDirtyOffset).toBe(0)
    expect(cleanableOffsets(view(), 500, 1000, 0)).toMatchObject({ firstDirtyOffset: 0, forceUpdateCheckpoint: true })
    expect(cleanableOffsets(view({ logStartOffset: 120 }), 50, 1000, 0)).toMatchObject({
      firstDirtyOffset: 120,
      forceUpdateCheckpoint: true,
    })
  })

  it('stops at the last stable offset', () => {
    expect(cleanableOffsets(view({ lastStableOffset: 300 }), 100, 1000, 0).firstUncleanableOffset).toBe(300)
  })

  it('stops at the first segment younger than min.compaction.lag.ms', () => {
    // now - lag = 250: segment 250 holds a record at 300.
    expect(cleanableOffsets(view(), 100, 1000, 750).firstUncleanableOffset).toBe(250)
    // now - lag = 50: already segment 0 is too young; never before the first dirty offset.
    expect(cleanableOffsets(view(), 100, 1000, 950).firstUncleanableOffset).toBe(100)
    expect(cleanableOffsets(view(), 100, 1000, 700).firstUncleanableOffset).toBe(400)
  })
})

describe('maxCompactionDelayMs', () => {
  it('is how far the oldest dirty first batch is past max.compaction.lag.ms', () => {
    // cleanUntil = 1000 - 800 = 200; earliest dirty first batch 150 (segment 100).
    expect(maxCompactionDelayMs(view(), 100, 1000, 800)).toBe(50)
    expect(maxCompactionDelayMs(view(), 0, 1000, 800)).toBe(150)
    expect(maxCompactionDelayMs(view(), 100, 1000, 900)).toBe(0)
    expect(maxCompactionDelayMs(view(), 100, 1000, Number.POSITIVE_INFINITY)).toBe(0)
    const unknown = view({ segments: SEGMENTS.map((s) => ({ ...s, firstBatchTimestampMs: -1 })) })
    expect(maxCompactionDelayMs(unknown, 0, 1000, 0)).toBe(0)
  })
})

describe('cleanableBytes and logToClean', () => {
  it('counts whole dirty segments up to the uncleanable one', () => {
    expect(cleanableBytes(view(), 100, 400)).toEqual({ firstUncleanableOffset: 400, cleanableBytes: 5000 })
    expect(cleanableBytes(view(), 100, 300)).toEqual({ firstUncleanableOffset: 250, cleanableBytes: 2000 })
    expect(cleanableBytes(view(), 0, 400)).toEqual({ firstUncleanableOffset: 400, cleanableBytes: 6000 })
  })

  it('gives the dirty ratio of the log', () => {
    expect(logToClean(view(), 100, 1000, DEFAULT_COMPACTION_CONFIG)).toEqual({
      firstDirtyOffset: 100,
      firstUncleanableOffset: 400,
      cleanBytes: 1000,
      cleanableBytes: 5000,
      totalBytes: 6000,
      cleanableRatio: 5000 / 6000,
      needCompactionNow: false,
      compactionDelayMs: 0,
      forceUpdateCheckpoint: false,
    })
    const lagged = logToClean(view(), 100, 1000, { ...DEFAULT_COMPACTION_CONFIG, minCompactionLagMs: 750 })
    expect([lagged.firstUncleanableOffset, lagged.cleanBytes, lagged.cleanableBytes]).toEqual([250, 1000, 2000])
    expect(lagged.cleanableRatio).toBe(2000 / 3000)
    const mid = logToClean(view({ lastStableOffset: 300 }), 250, 1000, DEFAULT_COMPACTION_CONFIG)
    expect([mid.firstUncleanableOffset, mid.cleanBytes, mid.cleanableBytes, mid.cleanableRatio]).toEqual([
      250, 3000, 0, 0,
    ])
    const forced = logToClean(view(), 250, 1000, { ...DEFAULT_COMPACTION_CONFIG, maxCompactionLagMs: 700 })
    expect([forced.needCompactionNow, forced.compactionDelayMs, forced.cleanableRatio]).toEqual([true, 40, 0.5])
  })
})

describe('choosing a log', () => {
  const candidate = (cleanableRatio: number, over: Partial<LogToClean> = {}): LogToClean => ({
    firstDirtyOffset: 0,
    firstUncleanableOffset: 0,
    cleanBytes: 100,
    cleanableBytes: 100,
    totalBytes: 200,
    cleanableRatio,
    needCompactionNow: false,
    compactionDelayMs: 0,
    forceUpdateCheckpoint: false,
    ...over,
  })

  it('cleans above min.cleanable.dirty.ratio, or any dirty bytes past max.compaction.lag.ms', () => {
    expect(isCleanable(candidate(0.5), 0.5)).toBe(false)
    expect(isCleanable(candidate(0.51), 0.5)).toBe(true)
    expect(isCleanable(candidate(0.1, { needCompactionNow: true }), 0.5)).toBe(true)
    expect(isCleanable(candidate(0, { needCompactionNow: true, cleanableBytes: 0 }), 0.5)).toBe(false)
    expect(isCleanable(candidate(0, { totalBytes: 0 }), 0)).toBe(false)
  })

  it('picks the dirtiest cleanable log and reports the max dirty ratio', () => {
    const logs = [
      { id: 'a', logToClean: candidate(0.6), minCleanableDirtyRatio: 0.5 },
      { id: 'b', logToClean: candidate(0.9), minCleanableDirtyRatio: 0.95 },
      { id: 'c', logToClean: candidate(0.7), minCleanableDirtyRatio: 0.5 },
      { id: 'd', logToClean: candidate(0.99, { totalBytes: 0 }), minCleanableDirtyRatio: 0 },
    ]
    const { chosen, maxDirtyRatio } = pickFilthiest(logs)
    expect(chosen?.id).toBe('c')
    expect(maxDirtyRatio).toBe(0.9)
    expect(pickFilthiest(logs.slice(1, 2))).toEqual({ chosen: null, maxDirtyRatio: 0.9 })
  })
})

describe('groupSegmentsBySize', () => {
  const g = (baseOffset: number, sizeInBytes: number, indexBytes = 8): GroupableSegment => ({
    baseOffset,
    sizeInBytes,
    offsetIndexBytes: indexBytes,
    timeIndexBytes: indexBytes,
  })
  const bases = (groups: GroupableSegment[][]) => groups.map((group) => group.map((s) => s.baseOffset))

  it('merges consecutive segments up to segment.bytes', () => {
    const segments = [g(0, 400), g(10, 300), g(20, 300), g(30, 500), g(40, 0), g(50, 100)]
    expect(bases(groupSegmentsBySize(segments, 1000, 1 << 20, 60))).toEqual([
      [0, 10, 20],
      [30, 40, 50],
    ])
    expect(bases(groupSegmentsBySize(segments, 300, 1 << 20, 60))).toEqual([[0], [10], [20], [30], [40, 50]])
  })

  it('keeps each index within segment.index.bytes', () => {
    const segments = [g(0, 1, 40), g(10, 1, 40), g(20, 1, 40), g(30, 1, 40)]
    expect(bases(groupSegmentsBySize(segments, 1000, 100, 40))).toEqual([
      [0, 10],
      [20, 30],
    ])
  })

  it('keeps offsets within int32 of the group base', () => {
    const big = 2 ** 31
    const segments = [g(0, 10), g(big - 10, 10), g(big + 100, 10)]
    expect(bases(groupSegmentsBySize(segments, 1000, 1000, big + 200))).toEqual([[0], [big - 10, big + 100]])
    // An empty segment never splits a group on offsets.
    const withEmpty = [g(0, 10), g(big - 10, 0)]
    expect(bases(groupSegmentsBySize(withEmpty, 1000, 1000, big + 200))).toEqual([[0, big - 10]])
  })
})
