// Goal: after a crash, reopening keeps every batch before the damage readable
// at its offsets, drops everything from the damage on, and appends continue
// from the right offset. Method: write a log, close it, damage the files the
// way a crash or a bad disk does (cut at every byte of the last batch,
// garbage appended, flipped bytes, lost or corrupt indexes), reopen without
// the clean-shutdown marker, and compare against what was written.
import { appendFileSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { batch, openLog, tempDir } from './log-kit.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

const ALL = { fetchOffset: 0, maxBytes: 1 << 30, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: false }
const SEGMENT = '00000000000000000000.log'

/** Writes `count` batches of 2 records with small index intervals; returns each batch's size. */
async function writeLog(count: number): Promise<number[]> {
  const { log } = openLog(dir, { indexIntervalBytes: 100 })
  const sizes: number[] = []
  for (let i = 0; i < count; i++) {
    const b = await batch({ count: 2, tag: `b${i}`, valueBytes: 40 })
    sizes.push(b.length)
    log.appendAsLeader(b, 0)
  }
  await log.close()
  return sizes
}

function reopenUnclean() {
  return openLog(dir, { indexIntervalBytes: 100 }, { hadCleanShutdown: false, recoveryPoint: 0 }).log
}

/** Base offsets of every batch, fetching until the log end (one fetch reads one segment, as in Kafka). */
function readOffsets(log: ReturnType<typeof reopenUnclean>): number[] {
  const out: number[] = []
  for (let offset = log.logStartOffset; offset < log.logEndOffset; ) {
    const read = log.read({ ...ALL, fetchOffset: offset })
    if (!read.ok || read.records.length === 0) throw new Error(`read at ${offset} failed`)
    for (let p = 0; p < read.records.length; p += 12 + read.records.readInt32BE(p + 8)) {
      out.push(Number(read.records.readBigInt64BE(p)))
      offset = out.at(-1)! + read.records.readInt32BE(p + 23) + 1
    }
  }
  return out
}

describe('torn and corrupt tails', () => {
  it('a cut at every byte of the last batch keeps the batches before it, and appends continue', async () => {
    const sizes = await writeLog(4)
    const full = readFileSync(join(dir, SEGMENT))
    const lastStart = full.length - sizes[3]!
    for (let cut = lastStart; cut < full.length; cut++) {
      writeFileSync(join(dir, SEGMENT), full.subarray(0, cut))
      const log = reopenUnclean()
      expect(log.logEndOffset, `cut at ${cut}`).toBe(6)
      expect(readOffsets(log), `cut at ${cut}`).toEqual([0, 2, 4])
      expect(log.appendAsLeader(await batch({ count: 1 }), 0).firstOffset).toBe(6)
      await log.close()
      writeFileSync(join(dir, SEGMENT), full)
    }
  })

  it('garbage after the last batch is truncated', async () => {
    await writeLog(3)
    const size = readFileSync(join(dir, SEGMENT)).length
    appendFileSync(join(dir, SEGMENT), Buffer.from('this is not a record batch at all, just noise'))
    const log = reopenUnclean()
    expect(readOffsets(log)).toEqual([0, 2, 4])
    expect(readFileSync(join(dir, SEGMENT)).length).toBe(size)
  })

  it('a flipped byte inside a batch drops that batch and everything after it (CRC-32C)', async () => {
    const sizes = await writeLog(4)
    const data = readFileSync(join(dir, SEGMENT))
    const secondStart = sizes[0]!
    data[secondStart + 70] = data[secondStart + 70]! ^ 0x10
    writeFileSync(join(dir, SEGMENT), data)
    const log = reopenUnclean()
    expect(readOffsets(log)).toEqual([0])
    expect(log.logEndOffset).toBe(2)
  })

  it('an all-zero tail (preallocated or lost blocks) is truncated', async () => {
    await writeLog(2)
    appendFileSync(join(dir, SEGMENT), Buffer.alloc(4096))
    const log = reopenUnclean()
    expect(readOffsets(log)).toEqual([0, 2])
  })

  it('a damaged segment in the middle deletes the segments after it', async () => {
    const one = await batch({ count: 2, tag: 'b0', valueBytes: 40 })
    const { log } = openLog(dir, { segmentBytes: one.length * 2 })
    for (let i = 0; i < 6; i++) log.appendAsLeader(await batch({ count: 2, tag: `b${i}`, valueBytes: 40 }), 0)
    await log.close()
    expect(log.segmentBaseOffsets()).toEqual([0, 4, 8])
    truncateSync(join(dir, '00000000000000000004.log'), one.length + 10)
    const { log: again } = openLog(dir, { segmentBytes: one.length * 2 }, { hadCleanShutdown: false, recoveryPoint: 0 })
    expect(again.segmentBaseOffsets()).toEqual([0, 4])
    expect(readOffsets(again)).toEqual([0, 2, 4])
    expect(again.logEndOffset).toBe(6)
  })
})

describe('indexes', () => {
  it('deleted index files are rebuilt, even after a clean shutdown, and every offset is found', async () => {
    await writeLog(20)
    const indexBefore = readFileSync(join(dir, '00000000000000000000.index'))
    expect(indexBefore.length).toBeGreaterThan(0)
    for (const name of readdirSync(dir)) if (name.endsWith('index')) rmSync(join(dir, name))
    const { log } = openLog(dir, { indexIntervalBytes: 100 }, { hadCleanShutdown: true })
    expect(log.logEndOffset).toBe(40)
    expect(readFileSync(join(dir, '00000000000000000000.index')).equals(indexBefore)).toBe(true)
    for (let offset = 0; offset < 40; offset += 3) {
      const read = log.read({ fetchOffset: offset, maxBytes: 1, maxOffset: 40, minOneBatch: true })
      expect(read.ok && Number(read.records.readBigInt64BE(0))).toBe(offset - (offset % 2))
    }
  })

  it('a corrupt offset index (decreasing entries) is thrown away and rebuilt', async () => {
    await writeLog(20)
    const path = join(dir, '00000000000000000000.index')
    const good = readFileSync(path)
    const bad = Buffer.from(good)
    bad.writeInt32BE(1_000_000, 0)
    writeFileSync(path, bad)
    const { log } = openLog(dir, { indexIntervalBytes: 100 }, { hadCleanShutdown: true })
    expect(readFileSync(path).equals(good)).toBe(true)
    expect(log.logEndOffset).toBe(40)
  })
})
