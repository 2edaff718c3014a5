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
})
