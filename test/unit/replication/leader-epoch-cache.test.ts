// Goal: the leader-epoch cache answers and changes as Kafka's LeaderEpochFileCache: assign keeps
// entries monotonic, truncations from either end, and endOffsetFor's four cases.
// Method: build caches from entry lists and assert exact entries and answers.
import { describe, expect, it } from 'vitest'
import { LeaderEpochCache } from '../../../src/replication/leader-epoch-cache.js'

const cache = (...pairs: [number, number][]) =>
  new LeaderEpochCache(pairs.map(([epoch, startOffset]) => ({ epoch, startOffset })))

describe('assign', () => {
  it('appends a new epoch and ignores a repeat of the latest one at a later offset', () => {
    const c = cache([0, 0])
    expect(c.assign(0, 5)).toBe(false)
    expect(c.assign(2, 10)).toBe(true)
    expect(c.entries()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 10 },
    ])
    expect(c.latestEpoch()).toBe(2)
  })

  it('moves the latest epoch back when it is assigned a lower offset', () => {
    const c = cache([0, 0], [2, 10])
    expect(c.assign(2, 8)).toBe(true)
    expect(c.entries()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 8 },
    ])
  })

  it('drops entries at or past the new one in epoch or offset', () => {
    const c = cache([0, 0], [2, 10], [3, 20])
    expect(c.assign(4, 15)).toBe(true)
    expect(c.entries()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 10 },
      { epoch: 4, startOffset: 15 },
    ])
    expect(c.assign(1, 5)).toBe(true)
    expect(c.entries()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 1, startOffset: 5 },
    ])
  })
})

describe('truncation', () => {
  it('truncateFromEnd drops entries starting at or after the offset', () => {
    const c = cache([0, 0], [2, 10], [3, 20])
    expect(c.truncateFromEnd(20)).toBe(true)
    expect(c.entries()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 10 },
    ])
    expect(c.truncateFromEnd(25)).toBe(false)
    expect(c.truncateFromEnd(0)).toBe(true)
    expect(c.entries()).toEqual([])
    expect(c.latestEpoch()).toBeUndefined()
  })

  it('truncateFromStart keeps the epoch covering the new start, starting there', () => {
    const c = cache([0, 0], [2, 10], [3, 20])
    expect(c.truncateFromStart(15)).toBe(true)
    expect(c.entries()).toEqual([
      { epoch: 2, startOffset: 15 },
      { epoch: 3, startOffset: 20 },
    ])
    expect(c.truncateFromStart(15)).toBe(false)
    expect(c.truncateFromStart(5)).toBe(false)
  })
})

describe('endOffsetFor', () => {
  const c = cache([1, 0], [3, 10], [5, 20])

  it('answers the log end for the latest epoch', () => {
    expect(c.endOffsetFor(5, 27)).toEqual({ epoch: 5, endOffset: 27 })
  })

  it('answers the start of the next epoch for a known earlier one', () => {
    expect(c.endOffsetFor(3, 27)).toEqual({ epoch: 3, endOffset: 20 })
    expect(c.endOffsetFor(1, 27)).toEqual({ epoch: 1, endOffset: 10 })
  })

  it('answers the largest earlier epoch for an unknown one in between', () => {
    expect(c.endOffsetFor(4, 27)).toEqual({ epoch: 3, endOffset: 20 })
    expect(c.endOffsetFor(2, 27)).toEqual({ epoch: 1, endOffset: 10 })
  })

  it('answers the first start offset for an epoch older than all', () => {
    expect(c.endOffsetFor(0, 27)).toEqual({ epoch: 0, endOffset: 0 })
  })

  it('is undefined for -1, a later epoch, or an empty cache', () => {
    expect(c.endOffsetFor(-1, 27)).toEqual({ epoch: -1, endOffset: -1 })
    expect(c.endOffsetFor(6, 27)).toEqual({ epoch: -1, endOffset: -1 })
    expect(cache().endOffsetFor(0, 0)).toEqual({ epoch: -1, endOffset: -1 })
  })

  it('epochForOffset and latestEpochBelow read the entry covering an offset', () => {
    expect(c.epochForOffset(9)).toBe(1)
    expect(c.epochForOffset(10)).toBe(3)
    expect(c.latestEpochBelow(10)).toBe(1)
    expect(c.latestEpochBelow(11)).toBe(3)
    expect(c.latestEpochBelow(0)).toBeUndefined()
  })
})
