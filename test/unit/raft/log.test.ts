// Goal: MemoryRaftLog answers the epoch lookups that fetch validation and truncation rely on.
// Method: a log with epochs [1, 1, 3, 3, 3] and exact answers for each lookup.

import { describe, expect, it } from 'vitest'
import { MemoryRaftLog } from '../../../src/raft/log.js'
import { entry } from './raft-context.js'

function logWith(epochs: number[]): MemoryRaftLog {
  const log = new MemoryRaftLog()
  log.append(epochs.map((epoch, i) => entry(i, epoch)))
  return log
}

describe('MemoryRaftLog', () => {
  it('endOffsetForEpoch gives the largest epoch at or below and where it ends', () => {
    const log = logWith([1, 1, 3, 3, 3])
    expect(log.endOffsetForEpoch(0)).toEqual({ epoch: 0, offset: 0n })
    expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 1, offset: 2n })
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 1, offset: 2n })
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 5n })
    expect(log.endOffsetForEpoch(9)).toEqual({ epoch: 3, offset: 5n })
  })

  it('reads, truncates and reports its end', () => {
    const log = logWith([1, 1, 3])
    expect(log.read(1n, 5).map((e) => e.offset)).toEqual([1n, 2n])
    log.truncateTo(1n)
    expect(log.endOffset()).toBe(1n)
    expect(log.lastEpoch()).toBe(1)
    expect(() => log.append([entry(5, 1)])).toThrow('is not the end offset')
    expect(() => log.append([entry(1, 0)])).toThrow('epoch goes backwards')
  })

  it('after a snapshot keeps answering at the boundary and refuses to reach below it', () => {
    const log = logWith([1, 1, 3, 3, 4])
    log.snapshotAt(3n, 3)
    expect(log.logStartOffset()).toBe(3n)
    expect(log.latestSnapshot()).toEqual({ offset: 3n, epoch: 3 })
    expect(log.endOffset()).toBe(5n)
    expect(log.epochAt(2n)).toBe(3)
    expect(log.epochAt(3n)).toBe(3)
    expect(() => log.epochAt(1n)).toThrow('no entry at 1')
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 4n })
    expect(log.endOffsetForEpoch(9)).toEqual({ epoch: 4, offset: 5n })
    expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 0, offset: 0n })
    expect(log.read(3n, 10).map((e) => e.offset)).toEqual([3n, 4n])
    expect(log.entryAt(2n)).toBeUndefined()
    expect(() => log.read(2n, 1)).toThrow('below the log start')
    expect(() => log.truncateTo(2n)).toThrow('below the log start')
    log.truncateTo(3n)
    expect(log.endOffset()).toBe(3n)
    expect(log.lastEpoch()).toBe(3)
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 3n })
    expect(() => log.snapshotAt(3n, 2)).toThrow('is not that of 2')
  })

  it('installSnapshot replaces the whole log and restarts it at the snapshot end', () => {
    const log = logWith([1, 1, 2])
    log.installSnapshot({ offset: 10n, epoch: 5 })
    expect(log.logStartOffset()).toBe(10n)
    expect(log.endOffset()).toBe(10n)
    expect(log.lastEpoch()).toBe(5)
    expect(log.epochAt(9n)).toBe(5)
    expect(log.latestSnapshot()).toEqual({ offset: 10n, epoch: 5 })
    log.append([entry(10, 6)])
    expect(log.endOffsetForEpoch(5)).toEqual({ epoch: 5, offset: 10n })
    expect(log.endOffsetForEpoch(6)).toEqual({ epoch: 6, offset: 11n })
  })
})
