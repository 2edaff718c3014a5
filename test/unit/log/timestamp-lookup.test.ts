// Goal: ListOffsets by timestamp finds the first record whose timestamp is
// >= the target, exactly (KAFKA-TRAPS 7), inside compressed batches and
// across segments. Method: batches with known record timestamps, a small
// index interval and small segments so the indexes and the scan both matter.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { openLog, tempDir } from './log-kit.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

const T0 = 1_700_000_000_000

/** 10 batches of 5 records; record n (offset n) has timestamp T0 + 10 * n. Half the batches are gzip. */
async function writeLog() {
  const { log } = openLog(dir, { indexIntervalBytes: 64, segmentBytes: 400 })
  for (let b = 0; b < 10; b++) {
    const records = Array.from({ length: 5 }, (_, i) => ({
      timestamp: BigInt(T0 + 10 * (b * 5 + i)),
      key: null,
      value: Buffer.from(`record-${b * 5 + i}`),
    }))
    log.appendAsLeader(await encodeBatch({ records, compression: b % 2 === 0 ? 'none' : 'gzip' }), 3)
  }
  return log
}

it('finds the exact first record at or after the target, mid-batch and in compressed batches', async () => {
  const log = await writeLog()
  expect(log.segmentCount).toBeGreaterThan(2)
  for (let n = 0; n < 50; n++) {
    expect(await log.offsetForTimestamp(T0 + 10 * n), `exact n=${n}`).toEqual({
      timestamp: T0 + 10 * n,
      offset: n,
      leaderEpoch: 3,
    })
    if (n > 0) {
      expect((await log.offsetForTimestamp(T0 + 10 * n - 5))?.offset, `between n=${n}`).toBe(n)
    }
  }
})

it('a target before every record gives the first offset; after every record gives null', async () => {
  const log = await writeLog()
  expect(await log.offsetForTimestamp(0)).toEqual({ timestamp: T0, offset: 0, leaderEpoch: 3 })
  expect(await log.offsetForTimestamp(T0 + 10 * 49 + 1)).toBeNull()
})

it('records below the log start offset are not returned', async () => {
  const log = await writeLog()
  log.updateHighWatermark(50)
  log.deleteRecordsBefore(12)
  expect((await log.offsetForTimestamp(T0))?.offset).toBe(12)
})
