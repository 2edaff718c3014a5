// Goal: the partition log behaves as Kafka's UnifiedLog for append, read,
// roll, truncation, DeleteRecords and reopen. Method: real files in a temp
// dir, batches built by the records codec, a ManualClock; every assertion is
// on offsets, byte counts or file names.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeBatch } from '../../../src/protocol/records/codec.js'
import { batch, batchOffsets, openLog, tempDir } from './log-kit.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

const ALL = { maxBytes: 1 << 30, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: false }

describe('append and read', () => {
  it('assigns offsets and the leader epoch in place, and reads them back', async () => {
    const { log } = openLog(dir)
    const a = await batch({ count: 3, tag: 'a' })
    const b = await batch({ count: 2, tag: 'b' })
    expect(log.appendAsLeader(a, 7)).toMatchObject({ firstOffset: 0, lastOffset: 2, batchCount: 1, bytes: a.length })
    expect(log.appendAsLeader(b, 7)).toMatchObject({ firstOffset: 3, lastOffset: 4 })
    expect(log.logEndOffset).toBe(5)
    const read = log.read({ fetchOffset: 0, ...ALL })
    if (!read.ok) throw new Error('read failed')
    expect(batchOffsets(read.records)).toEqual([0, 3])
    const second = await decodeBatch(read.records, { position: a.length })
    expect(second.header.partitionLeaderEpoch).toBe(7)
    expect(second.records.map((r) => r.value?.toString())).toEqual(['value-b-0', 'value-b-1'])
  })

  it('a fetch from the middle of a batch returns the whole batch (KAFKA-TRAPS 4)', async () => {
    const { log } = openLog(dir)
    log.appendAsLeader(await batch({ count: 5 }), 0)
    log.appendAsLeader(await batch({ count: 5 }), 0)
    const read = log.read({ fetchOffset: 7, ...ALL })
    expect(read.ok && batchOffsets(read.records)).toEqual([5])
    expect(read.ok && read.firstBatchOffset).toBe(5)
  })

  it('maxBytes cuts at whole batches; minOneBatch returns an oversized first batch whole', async () => {
    const { log } = openLog(dir)
    const big = await batch({ count: 1, valueBytes: 500 })
    log.appendAsLeader(big, 0)
    log.appendAsLeader(await batch({ count: 1, valueBytes: 500 }), 0)
    const cut = log.read({ fetchOffset: 0, maxBytes: big.length + 10, maxOffset: 100, minOneBatch: false })
    expect(cut.ok && cut.records.length).toBe(big.length)
    const none = log.read({ fetchOffset: 0, maxBytes: 100, maxOffset: 100, minOneBatch: false })
    expect(none.ok && none.records.length).toBe(0)
    const one = log.read({ fetchOffset: 0, maxBytes: 100, maxOffset: 100, minOneBatch: true })
    expect(one.ok && one.records.length).toBe(big.length)
  })

  it('reads stop at maxOffset (the high watermark)', async () => {
    const { log } = openLog(dir)
    for (let i = 0; i < 4; i++) log.appendAsLeader(await batch({ count: 2 }), 0)
    const read = log.read({ fetchOffset: 0, maxBytes: 1 << 20, maxOffset: 4, minOneBatch: false })
    expect(read.ok && batchOffsets(read.records)).toEqual([0, 2])
    const atHw = log.read({ fetchOffset: 4, maxBytes: 1 << 20, maxOffset: 4, minOneBatch: true })
    expect(atHw.ok && atHw.records.length).toBe(0)
  })

  it('offsets below the log start or past the log end are OFFSET_OUT_OF_RANGE; the log end itself is empty', async () => {
    const { log } = openLog(dir)
    log.appendAsLeader(await batch({ count: 2 }), 0)
    expect(log.read({ fetchOffset: 3, ...ALL })).toEqual({ ok: false, error: 'OFFSET_OUT_OF_RANGE' })
    expect(log.read({ fetchOffset: -1, ...ALL })).toEqual({ ok: false, error: 'OFFSET_OUT_OF_RANGE' })
    const end = log.read({ fetchOffset: 2, ...ALL })
    expect(end.ok && end.records.length).toBe(0)
  })

  it('appendAsFollower keeps the offsets the leader assigned', async () => {
    const { log: leader } = openLog(join(dir, 'leader'))
    for (let i = 0; i < 3; i++) leader.appendAsLeader(await batch({ count: 2 }), 4)
    const fetched = leader.read({ fetchOffset: 0, ...ALL })
    if (!fetched.ok) throw new Error('read failed')
    const { log: follower } = openLog(join(dir, 'follower'))
    expect(follower.appendAsFollower(Buffer.from(fetched.records))).toMatchObject({ firstOffset: 0, lastOffset: 5 })
    expect(follower.logEndOffset).toBe(6)
  })
})

describe('segments', () => {
  it('rolls at segment.bytes with Kafka file names, and reads across segment boundaries', async () => {
    const one = await batch({ count: 2, valueBytes: 100 })
    const { log } = openLog(dir, { segmentBytes: one.length * 3 })
    for (let i = 0; i < 10; i++) log.appendAsLeader(await batch({ count: 2, valueBytes: 100 }), 0)
    expect(log.segmentBaseOffsets()).toEqual([0, 6, 12, 18])
    expect(readdirSync(dir).filter((n) => n.endsWith('.log'))).toEqual([
      '00000000000000000000.log',
      '00000000000000000006.log',
      '00000000000000000012.log',
      '00000000000000000018.log',
    ])
    for (let offset = 0; offset < 20; offset++) {
      const read = log.read({ fetchOffset: offset, maxBytes: one.length, maxOffset: 20, minOneBatch: true })
      expect(read.ok && batchOffsets(read.records), `offset ${offset}`).toEqual([offset - (offset % 2)])
    }
  })

  it('rolls when segment.ms has passed since the segment was created', async () => {
    const { log, clock } = openLog(dir, { segmentMs: 1000 })
    log.appendAsLeader(await batch(), 0)
    clock.advance(999)
    log.appendAsLeader(await batch(), 0)
    expect(log.segmentCount).toBe(1)
    clock.advance(1)
    log.appendAsLeader(await batch(), 0)
    expect(log.segmentBaseOffsets()).toEqual([0, 2])
  })

  it('writes sparse offset-index entries every index.interval.bytes and finds every offset through them', async () => {
    const { log } = openLog(dir, { indexIntervalBytes: 256 })
    for (let i = 0; i < 50; i++) log.appendAsLeader(await batch({ count: 3, valueBytes: 60 }), 0)
    const index = readdirSync(dir).find((n) => n.endsWith('.index'))
    expect(index).toBe('00000000000000000000.index')
    for (let offset = 0; offset < 150; offset += 7) {
      const read = log.read({ fetchOffset: offset, maxBytes: 1, maxOffset: 150, minOneBatch: true })
      expect(read.ok && batchOffsets(read.records)).toEqual([offset - (offset % 3)])
    }
  })
})

describe('truncation and deletion', () => {
  it('truncateTo inside a segment drops whole batches at or past the offset; appends continue there', async () => {
    const { log } = openLog(dir)
    for (let i = 0; i < 5; i++) log.appendAsLeader(await batch({ count: 2 }), 0)
    log.updateHighWatermark(10)
    log.truncateTo(6)
    expect(log.logEndOffset).toBe(6)
    expect(log.highWatermark).toBe(6)
    expect(log.appendAsLeader(await batch({ count: 1 }), 1)).toMatchObject({ firstOffset: 6, lastOffset: 6 })
    const read = log.read({ fetchOffset: 0, ...ALL })
    expect(read.ok && batchOffsets(read.records)).toEqual([0, 2, 4, 6])
  })

  it('truncateTo across segments deletes the later segment files', async () => {
    const one = await batch({ count: 2 })
    const { log } = openLog(dir, { segmentBytes: one.length * 2 })
    for (let i = 0; i < 6; i++) log.appendAsLeader(await batch({ count: 2 }), 0)
    expect(log.segmentBaseOffsets()).toEqual([0, 4, 8])
    log.truncateTo(5)
    expect(log.segmentBaseOffsets()).toEqual([0, 4])
    expect(log.logEndOffset).toBe(4)
    expect(existsSync(join(dir, '00000000000000000008.log'))).toBe(false)
  })

  it('deleteRecordsBefore moves the log start and deletes whole segments below it', async () => {
    const one = await batch({ count: 2 })
    const { log } = openLog(dir, { segmentBytes: one.length * 2 })
    for (let i = 0; i < 6; i++) log.appendAsLeader(await batch({ count: 2 }), 0)
    log.updateHighWatermark(12)
    expect(log.deleteRecordsBefore(9)).toBe(9)
    expect(log.segmentBaseOffsets()).toEqual([8])
    expect(log.read({ fetchOffset: 8, ...ALL })).toEqual({ ok: false, error: 'OFFSET_OUT_OF_RANGE' })
    const read = log.read({ fetchOffset: 9, ...ALL })
    expect(read.ok && batchOffsets(read.records)).toEqual([8, 10])
  })
})

describe('reopen', () => {
  it('after a clean close the log end, segments and contents are the same', async () => {
    const one = await batch({ count: 2 })
    const { log } = openLog(dir, { segmentBytes: one.length * 2 })
    for (let i = 0; i < 5; i++) log.appendAsLeader(await batch({ count: 2, tag: 'abcde'[i] }), 0)
    const before = log.read({ fetchOffset: 0, ...ALL })
    await log.close()
    expect(log.recoveryPoint).toBe(10)
    const { log: again } = openLog(dir, { segmentBytes: one.length * 2 }, { logStartOffset: 0, recoveryPoint: 10 })
    expect(again.logEndOffset).toBe(10)
    expect(again.segmentBaseOffsets()).toEqual([0, 4, 8])
    const after = again.read({ fetchOffset: 0, ...ALL })
    expect(before.ok && after.ok && after.records.equals(before.records)).toBe(true)
  })

  it('flush fsyncs once for many appends and moves the recovery point to the log end', async () => {
    const { log } = openLog(dir)
    for (let i = 0; i < 3; i++) log.appendAsLeader(await batch(), 0)
    const first = log.flush()
    log.appendAsLeader(await batch(), 0)
    const second = log.flush()
    const third = log.flush()
    expect(third).toBe(second)
    await first
    expect(log.recoveryPoint).toBeGreaterThanOrEqual(3)
    await second
    expect(log.recoveryPoint).toBe(4)
  })

  it('flush.messages triggers an fsync without being asked', async () => {
    const { log } = openLog(dir, { flushMessages: 2 })
    log.appendAsLeader(await batch({ count: 1 }), 0)
    log.appendAsLeader(await batch({ count: 1 }), 0)
    await log.flush()
    expect(log.recoveryPoint).toBe(2)
  })
})
