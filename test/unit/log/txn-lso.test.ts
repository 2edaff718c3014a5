// Goal: the last stable offset follows transactions as Kafka's: min(HW, first offset of the
// earliest ongoing transaction), moving on begin (first transactional batch of a producer), commit
// and abort markers, with interleaved producers, and rebuilt from producer state after a restart.
// Method: a real PartitionLog fed transactional batches and markers directly; the high watermark
// is moved to the log end after each append, as a single replica does.
import { afterEach, describe, expect, it } from 'vitest'
import type { PartitionLog } from '../../../src/log/partition-log.js'
import { batch, openLog, tempDir } from './log-kit.js'
import { appendMarker, appendTxn } from './txn-kit.js'

let cleanup: (() => void) | null = null
afterEach(() => {
  cleanup?.()
  cleanup = null
})

function fresh(): { log: PartitionLog; dir: string } {
  const t = tempDir()
  cleanup = t.cleanup
  return { log: openLog(t.dir).log, dir: t.dir }
}
const commit = (log: PartitionLog) => log.updateHighWatermark(log.logEndOffset)

describe('lastStableOffset', () => {
  it('is the high watermark without transactions', async () => {
    const { log } = fresh()
    log.appendAsLeader(await batch({ count: 3 }), 0)
    expect(log.lastStableOffset).toBe(0)
    commit(log)
    expect(log.lastStableOffset).toBe(3)
    await log.close()
  })

  it('stops at a transaction’s first offset until its COMMIT or ABORT', async () => {
    const { log } = fresh()
    log.appendAsLeader(await batch({ count: 2 }), 0) // 0-1
    await appendTxn(log, 1, 0, 3) // 2-4
    commit(log)
    expect(log.lastStableOffset).toBe(2)
    await appendTxn(log, 1, 3) // 5
    commit(log)
    expect(log.lastStableOffset).toBe(2)
    await appendMarker(log, 1, 'COMMIT') // 6
    expect(log.lastStableOffset).toBe(6) // the marker is not yet below the HW
    commit(log)
    expect(log.lastStableOffset).toBe(7)
    await appendTxn(log, 1, 4) // 7
    commit(log)
    expect(log.lastStableOffset).toBe(7)
    await appendMarker(log, 1, 'ABORT') // 8
    commit(log)
    expect(log.lastStableOffset).toBe(9)
    await log.close()
  })

  it('is held by the earliest of interleaved transactions', async () => {
    const { log } = fresh()
    await appendTxn(log, 1, 0) // 0
    await appendTxn(log, 2, 0) // 1
    await appendTxn(log, 3, 0) // 2
    commit(log)
    expect(log.lastStableOffset).toBe(0)
    await appendMarker(log, 2, 'ABORT') // 3
    commit(log)
    expect(log.lastStableOffset).toBe(0)
    await appendMarker(log, 1, 'COMMIT') // 4
    commit(log)
    expect(log.lastStableOffset).toBe(2)
    await appendMarker(log, 3, 'COMMIT') // 5
    commit(log)
    expect(log.lastStableOffset).toBe(6)
    await log.close()
  })

  it('is rebuilt from producer state after a restart, clean or not', async () => {
    const { log, dir } = fresh()
    log.appendAsLeader(await batch(), 0) // 0
    await appendTxn(log, 1, 0) // 1
    await appendTxn(log, 2, 0) // 2
    await appendMarker(log, 1, 'COMMIT') // 3
    commit(log)
    expect(log.lastStableOffset).toBe(2)
    await log.close()
    const clean = openLog(dir, {}, { highWatermark: 4 }).log
    expect(clean.lastStableOffset).toBe(2)
    expect(clean.firstUnstableOffset).toBe(2)
    clean.closeFiles()
    const unclean = openLog(dir, {}, { highWatermark: 4, hadCleanShutdown: false }).log
    expect(unclean.lastStableOffset).toBe(2)
    await appendMarker(unclean, 2, 'ABORT')
    commit(unclean)
    expect(unclean.lastStableOffset).toBe(5)
    await unclean.close()
  })
})
