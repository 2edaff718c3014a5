// Goal: the storage hot paths stay correct after their speed-ups: write-behind index entries
// (written in groups, always before fsync, close, truncation and rename, and never relied upon
// after a crash unless fsynced), int64 header fields read and written without BigInt, and the read
// path's trim to whole batches. Method: real files in a temp dir; a crash is simulated by copying
// the files as they are (what the page cache holds after `kill -9`) while the log is still open.
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { OffsetIndex, readInt64, writeInt64 } from '../../../src/log/offset-index.js'
import { wholeBatchesEnd } from '../../../src/log/segment.js'
import { TimeIndex } from '../../../src/log/time-index.js'
import { AssertionError } from '../../../src/util/assert.js'
import { batch, batchOffsets, openLog, tempDir } from './log-kit.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

const MAX_INDEX_BYTES = 10485760
const ALL = { maxBytes: 1 << 30, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: false }

describe('write-behind index entries', () => {
  it('stay in memory until more than maxPendingEntries are pending, then go out together', () => {
    const path = join(dir, '00000000000000000100.index')
    const index = OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES, { maxPendingEntries: 2 })
    index.append(110, 0)
    index.append(120, 4096)
    expect(index.entryCount).toBe(2)
    expect(index.flushedEntryCount).toBe(0)
    expect(index.sizeInBytes()).toBe(16)
    expect(statSync(path).size).toBe(0)
    expect(index.lookup(125)).toEqual({ offset: 120, position: 4096 })
    index.append(130, 8192)
    expect(index.flushedEntryCount).toBe(3)
    expect(readFileSync(path).toString('hex')).toBe('0000000a00000000' + '0000001400001000' + '0000001e00002000')
    index.close()
  })

  it('are written before sync, truncation, rename and close', async () => {
    const path = join(dir, '00000000000000000100.index')
    const index = OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES, { maxPendingEntries: 100 })
    index.append(110, 0)
    await index.sync()
    expect(statSync(path).size).toBe(8)
    index.append(120, 10)
    index.append(130, 20)
    index.append(140, 30)
    index.truncateTo(135)
    expect(index.entryCount).toBe(3)
    expect(statSync(path).size).toBe(24)
    index.append(150, 40)
    index.truncateTo(125)
    expect(statSync(path).size).toBe(16)
    index.append(160, 50)
    index.renameTo(`${path}.deleted`)
    expect(statSync(`${path}.deleted`).size).toBe(24)
    index.append(170, 60)
    index.close()
    expect(readFileSync(`${path}.deleted`).subarray(16).toString('hex')).toBe('0000003c00000032' + '000000460000003c')
    expect(() => index.append(180, 70)).toThrow(AssertionError)
  })

  it('the time index keeps the same rules and bytes', () => {
    const path = join(dir, '00000000000000000100.timeindex')
    const index = TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES, { maxPendingEntries: 10 })
    index.maybeAppend(0x0102030405, 110)
    index.maybeAppend(0x0102030405, 115)
    index.maybeAppend(2_000_000_000_000, 120)
    expect(index.entryCount).toBe(2)
    expect(statSync(path).size).toBe(0)
    expect(index.lookup(0x0102030405)).toEqual({ timestamp: 0x0102030405, offset: 110 })
    expect(() => index.maybeAppend(1_999_999_999_999, 130)).toThrow(AssertionError)
    expect(() => index.maybeAppend(2_000_000_000_001, 119)).toThrow(AssertionError)
    index.close()
    expect(readFileSync(path).toString('hex')).toBe('0000000102030405' + '0000000a' + '000001d1a94a2000' + '00000014')
  })

  it('after appends the log reads every offset, and close leaves the index recovery would build', async () => {
    const { log } = openLog(dir, { indexIntervalBytes: 100 })
    for (let i = 0; i < 40; i++) log.appendAsLeader(await batch({ count: 2, tag: `b${i}`, valueBytes: 40 }), 0)
    for (let offset = 0; offset < 80; offset += 3) {
      const read = log.read({ fetchOffset: offset, maxBytes: 1, maxOffset: 80, minOneBatch: true })
      expect(read.ok && batchOffsets(read.records)).toEqual([offset - (offset % 2)])
    }
    await log.close()
    const index = readFileSync(join(dir, '00000000000000000000.index'))
    const timeIndex = readFileSync(join(dir, '00000000000000000000.timeindex'))
    expect(index.length).toBeGreaterThan(8 * 20)
    for (const name of readdirSync(dir)) if (name.endsWith('index')) rmSync(join(dir, name))
    const { log: rebuilt } = openLog(dir, { indexIntervalBytes: 100 }, { hadCleanShutdown: false, recoveryPoint: 0 })
    expect(rebuilt.logEndOffset).toBe(80)
    await rebuilt.close()
    expect(readFileSync(join(dir, '00000000000000000000.index')).equals(index)).toBe(true)
    expect(readFileSync(join(dir, '00000000000000000000.timeindex')).equals(timeIndex)).toBe(true)
  })

  it('a crash loses only entries of segments past the recovery point, which recovery rebuilds', async () => {
    const one = await batch({ count: 2, tag: 'b0', valueBytes: 40 })
    const config = { indexIntervalBytes: 100, segmentBytes: one.length * 30 }
    const live = join(dir, 'live')
    const size = (name: string) => statSync(join(live, name)).size
    const { log } = openLog(live, config)
    for (let i = 0; i < 45; i++) log.appendAsLeader(await batch({ count: 2, tag: `b${i}`, valueBytes: 40 }), 0)
    await log.flush()
    expect(log.recoveryPoint).toBe(90)
    expect(log.segmentBaseOffsets()).toEqual([0, 60])
    // Every segment's entries are on disk after the fsync; later appends leave some pending.
    const flushedIndex = size('00000000000000000060.index')
    expect(flushedIndex).toBeGreaterThan(0)
    for (let i = 45; i < 55; i++) log.appendAsLeader(await batch({ count: 2, tag: `b${i}`, valueBytes: 40 }), 0)
    expect(size('00000000000000000060.index')).toBe(flushedIndex)

    const crashed = join(dir, 'crashed')
    cpSync(live, crashed, { recursive: true })
    const firstSegmentIndex = readFileSync(join(crashed, '00000000000000000000.index'))
    const { log: recovered } = openLog(crashed, config, { hadCleanShutdown: false, recoveryPoint: 90 })
    expect(recovered.logEndOffset).toBe(110)
    // The fsynced segment below the recovery point is trusted as is: its index was whole.
    expect(readFileSync(join(crashed, '00000000000000000000.index')).equals(firstSegmentIndex)).toBe(true)
    for (let offset = 0; offset < 110; offset++) {
      const read = recovered.read({ fetchOffset: offset, maxBytes: 1, maxOffset: 110, minOneBatch: true })
      expect(read.ok && batchOffsets(read.records), `offset ${offset}`).toEqual([offset - (offset % 2)])
    }
    await recovered.close()
    await log.close()
    for (const name of ['00000000000000000000.index', '00000000000000000060.index', '00000000000000000060.timeindex']) {
      expect(readFileSync(join(crashed, name)).equals(readFileSync(join(live, name))), name).toBe(true)
    }
  })
})

describe('int64 fields as numbers', () => {
  it('round-trip safe integers of either sign without BigInt, as readBigInt64BE reads them', () => {
    const buf = Buffer.alloc(8)
    for (const value of [0, 1, -1, 0xffffffff, 2 ** 32, -(2 ** 32), 1_700_000_000_000, -(2 ** 40) - 7, 2 ** 53 - 1]) {
      writeInt64(buf, value, 0)
      expect(buf.readBigInt64BE(0), String(value)).toBe(BigInt(value))
      expect(readInt64(buf, 0), String(value)).toBe(value)
    }
    expect(() => writeInt64(buf, 2 ** 53, 0)).toThrow(AssertionError)
    expect(() => writeInt64(buf, 1.5, 0)).toThrow(AssertionError)
  })

  it('read values past 2^53 as Number(bigint) rounds them', () => {
    const buf = Buffer.alloc(8)
    for (const value of [2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, -(2n ** 63n), -(2n ** 53n) - 3n]) {
      buf.writeBigInt64BE(value, 0)
      expect(readInt64(buf, 0), String(value)).toBe(Number(value))
    }
  })
})

describe('append and read paths', () => {
  it('wholeBatchesEnd stops at a partial, impossible or too-short batch, as nextBatch does', async () => {
    const a = await batch({ count: 2, tag: 'a' })
    const b = await batch({ count: 3, tag: 'b' })
    const both = Buffer.concat([a, b])
    expect(wholeBatchesEnd(both, both.length)).toBe(both.length)
    expect(wholeBatchesEnd(both, both.length - 1)).toBe(a.length)
    expect(wholeBatchesEnd(both, a.length + 16)).toBe(a.length)
    expect(wholeBatchesEnd(both, 0)).toBe(0)
    const corrupt = Buffer.from(both)
    corrupt.writeInt32BE(3, a.length + 8)
    expect(wholeBatchesEnd(corrupt, corrupt.length)).toBe(a.length)
  })

  it('sequential reads (which skip the header scan) return what reads from anywhere return', async () => {
    const { log } = openLog(dir, { indexIntervalBytes: 300 })
    const sizes: number[] = []
    for (let i = 0; i < 30; i++) {
      const b = await batch({ count: 1 + (i % 3), tag: `b${i}`, valueBytes: 20 + 37 * (i % 5) })
      sizes.push(b.length)
      log.appendAsLeader(b, 0)
    }
    const end = log.logEndOffset
    const fresh = (fetchOffset: number, maxBytes: number, minOneBatch: boolean, maxOffset = end) => {
      const { log: other } = openLog(dir, { indexIntervalBytes: 300 })
      const read = other.read({ fetchOffset, maxBytes, maxOffset, minOneBatch })
      other.closeFiles()
      return read.ok ? read.records.toString('hex') : read.error
    }
    await log.flush()
    for (const maxBytes of [1, 61, 100, 200, 450, 1 << 20]) {
      for (const minOneBatch of [true, false]) {
        for (const maxOffset of [end, 20]) {
          let fetchOffset = 0
          for (let round = 0; round < 40 && fetchOffset < maxOffset; round++) {
            const read = log.read({ fetchOffset, maxBytes, maxOffset, minOneBatch })
            if (!read.ok) throw new Error(read.error)
            const label = `maxBytes ${maxBytes} minOneBatch ${minOneBatch} maxOffset ${maxOffset} at ${fetchOffset}`
            expect(read.records.toString('hex'), label).toBe(fresh(fetchOffset, maxBytes, minOneBatch, maxOffset))
            if (read.records.length === 0) break
            let last = 0
            for (let p = 0; p < read.records.length; p += 12 + read.records.readInt32BE(p + 8)) last = p
            fetchOffset = Number(read.records.readBigInt64BE(last)) + read.records.readInt32BE(last + 23) + 1
          }
        }
      }
    }
    // After a truncation the sequential position is forgotten, and appends continue there.
    const nine = log.read({ fetchOffset: 9, maxBytes: sizes[5]!, maxOffset: end, minOneBatch: true })
    expect(nine.ok && batchOffsets(nine.records)).toEqual([9])
    log.truncateTo(10)
    expect(log.logEndOffset).toBe(9)
    const again = await batch({ count: 4, tag: 'again' })
    log.appendAsLeader(again, 0)
    const read = log.read({ fetchOffset: 12, maxBytes: 1 << 20, maxOffset: log.logEndOffset, minOneBatch: true })
    expect(read.ok && batchOffsets(read.records)).toEqual([9])
    expect(read.ok && read.records.length).toBe(again.length)
  })

  it('appendAsFollower takes the first offset from the first batch and refuses offsets below the log end', async () => {
    const { log: leader } = openLog(join(dir, 'leader'))
    leader.appendAsLeader(await batch({ count: 3 }), 2)
    leader.appendAsLeader(await batch({ count: 2 }), 2)
    const fetched = leader.read({ fetchOffset: 0, ...ALL })
    if (!fetched.ok) throw new Error('read failed')
    const { log: follower } = openLog(join(dir, 'follower'))
    follower.truncateFullyAndStartAt(0)
    expect(follower.appendAsFollower(Buffer.from(fetched.records))).toMatchObject({
      firstOffset: 0,
      lastOffset: 4,
      batchCount: 2,
    })
    expect(() => follower.appendAsFollower(Buffer.from(fetched.records))).toThrow(AssertionError)
    expect(() => follower.appendAsFollower(Buffer.alloc(0))).toThrow(AssertionError)
    expect(() => follower.appendAsFollower(fetched.records.subarray(0, 30))).toThrow(AssertionError)
    expect(follower.logEndOffset).toBe(5)
  })

  it('a leader append past 2^32 writes the base offset as readBigInt64BE reads it', async () => {
    const { log } = openLog(dir)
    const start = 2 ** 32 + 5
    log.truncateFullyAndStartAt(start)
    const result = log.appendAsLeader(await batch({ count: 2 }), 9)
    expect(result).toMatchObject({ firstOffset: start, lastOffset: start + 1 })
    const read = log.read({ fetchOffset: start, ...ALL })
    if (!read.ok) throw new Error('read failed')
    expect(read.records.readBigInt64BE(0)).toBe(BigInt(start))
    expect(read.records.readInt32BE(12)).toBe(9)
    expect(read.firstBatchOffset).toBe(start)
  })
})
