// Goal: retention deletes whole closed segments by time and by size as
// Kafka does, never data above the high watermark, and keeps the log end
// offset when everything expires. Method: record timestamps and a
// ManualClock wall time chosen so each segment's age is known exactly.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { batch, openLog, tempDir } from './log-kit.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

const T0 = 1_700_000_000_000
const HOUR = 3_600_000

/** 6 batches of 2 records, 2 batches per segment; batch i has timestamps T0 + i hours. */
async function writeLog(overrides: Parameters<typeof openLog>[1] = {}) {
  const one = await batch({ count: 2, timestamp: T0 })
  const opened = openLog(dir, { segmentBytes: one.length * 2, ...overrides })
  for (let i = 0; i < 6; i++) opened.log.appendAsLeader(await batch({ count: 2, timestamp: T0 + i * HOUR }), 0)
  opened.log.updateHighWatermark(12)
  expect(opened.log.segmentBaseOffsets()).toEqual([0, 4, 8])
  return opened
}

it('retention.ms deletes segments whose newest record is older than the limit', async () => {
  const { log, clock } = await writeLog({ retentionMs: 3 * HOUR })
  // Segment 0's newest record is T0 + 1h (+1 ms for the second record): 3h old at T0 + 4h + 2 ms.
  clock.set({ wallMs: T0 + 4 * HOUR + 2 })
  const deleted = log.deleteOldSegments()
  expect(deleted.map((p) => p.split('/').at(-1))).toEqual([
    '00000000000000000000.log.deleted',
    '00000000000000000000.index.deleted',
    '00000000000000000000.timeindex.deleted',
  ])
  expect(deleted.every((p) => existsSync(p))).toBe(true)
  expect(log.segmentBaseOffsets()).toEqual([4, 8])
  expect(log.logStartOffset).toBe(4)
  expect(log.read({ fetchOffset: 0, maxBytes: 100, maxOffset: 12, minOneBatch: true })).toEqual({
    ok: false,
    error: 'OFFSET_OUT_OF_RANGE',
  })
})

it('retention.bytes deletes the oldest segments while the log stays above the limit', async () => {
  const { log } = await writeLog({ retentionMs: -1 })
  const segmentBytes = log.sizeInBytes / 3
  log.updateConfig({ ...log.logConfig, retentionBytes: Math.floor(segmentBytes * 1.5) })
  expect(log.deleteOldSegments()).toHaveLength(3)
  expect(log.segmentBaseOffsets()).toEqual([4, 8])
})

it('nothing at or above the high watermark is deleted', async () => {
  const { log, clock } = await writeLog({ retentionMs: 1 })
  log.updateHighWatermark(6)
  clock.set({ wallMs: T0 + 100 * HOUR })
  log.deleteOldSegments()
  expect(log.segmentBaseOffsets()).toEqual([4, 8])
})

it('when every segment expires the log rolls and keeps its end offset', async () => {
  const { log, clock } = await writeLog({ retentionMs: HOUR })
  clock.set({ wallMs: T0 + 100 * HOUR })
  expect(log.deleteOldSegments()).toHaveLength(9)
  expect(log.segmentBaseOffsets()).toEqual([12])
  expect(log.logStartOffset).toBe(12)
  expect(log.logEndOffset).toBe(12)
  expect(log.appendAsLeader(await batch(), 0).firstOffset).toBe(12)
})

it('leftover .deleted files are removed when the log opens again', async () => {
  const { log, clock } = await writeLog({ retentionMs: HOUR })
  clock.set({ wallMs: T0 + 100 * HOUR })
  log.deleteOldSegments()
  await log.close()
  openLog(dir)
  expect(readdirSync(dir).filter((n) => n.endsWith('.deleted'))).toEqual([])
  expect(existsSync(join(dir, '00000000000000000012.log'))).toBe(true)
})
