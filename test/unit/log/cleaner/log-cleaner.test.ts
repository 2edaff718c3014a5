// Goal: the cleaner driver compacts a log on disk as Kafka's LogCleaner does, and a crash at
// any step of its `.cleaned` / `.swap` scheme leaves the old or the new segments, never a mix.
// Method: real temp dirs; a LogManager on a ManualClock and ManualScheduler whose compacted
// log has small segments; crashes are simulated by leaving the files each step leaves
// (segment-swap.ts) and opening the log again.
import { copyFileSync, existsSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../../src/log/fs.js'
import { CLEANER_OFFSET_CHECKPOINT } from '../../../../src/log/log-cleaner.js'
import type { LogConfig } from '../../../../src/log/log-config.js'
import { LogManager } from '../../../../src/log/log-manager.js'
import type { PartitionLog } from '../../../../src/log/partition-log.js'
import { segmentFileName } from '../../../../src/log/segment.js'
import { decodeBatch, encodeBatch } from '../../../../src/protocol/records/codec.js'
import { ManualClock } from '../../../../src/util/clock.js'
import { ManualScheduler } from '../../../../src/util/scheduler.js'
import { openLog, tempDir, testConfig } from '../log-kit.js'

let root: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir: root, cleanup } = tempDir())
})
afterEach(() => cleanup())

const T0 = 1_700_000_000_000
const COMPACT: Partial<LogConfig> = {
  cleanupPolicy: ['compact'],
  segmentBytes: 2_000,
  minCleanableDirtyRatio: 0.01,
  deleteRetentionMs: 60_000,
}

async function put(log: PartitionLog, key: string, value: string | null, timestamp = T0): Promise<void> {
  const b = await encodeBatch({
    records: [
      { timestamp: BigInt(timestamp), key: Buffer.from(key), value: value === null ? null : Buffer.from(value) },
    ],
  })
  log.appendAsLeader(b, 0)
  log.updateHighWatermark(log.logEndOffset)
}

/** Every record from offset 0 as [offset, key, value]. */
async function readAll(log: PartitionLog): Promise<[number, string, string | null][]> {
  const out: [number, string, string | null][] = []
  let offset = log.logStartOffset
  while (offset < log.logEndOffset) {
    const r = log.read({ fetchOffset: offset, maxBytes: 1 << 20, maxOffset: log.logEndOffset, minOneBatch: true })
    if (!r.ok || r.records.length === 0) break
    let p = 0
    let last = offset
    while (p < r.records.length) {
      const size = 12 + r.records.readInt32BE(p + 8)
      const { header, records } = await decodeBatch(r.records.subarray(p, p + size))
      for (const rec of records) {
        if (Number(rec.offset) >= offset)
          out.push([Number(rec.offset), rec.key?.toString() ?? '', rec.value?.toString() ?? null])
      }
      last = Number(header.lastOffset) + 1
      p += size
    }
    offset = Math.max(last, offset + 1)
  }
  return out
}

function openManager(clock: ManualClock, scheduler: ManualScheduler, overrides: Partial<LogConfig> = COMPACT) {
  return LogManager.open({
    fs: nodeFileSystem,
    logDirs: [join(root, 'd1')],
    defaults: testConfig(overrides),
    clock,
    scheduler,
    cleaner: { backoffMs: 1_000, dedupeBufferBytes: 1 << 16 },
  }).manager
}

/** Writes `rounds` updates of keys k0..k9 (value `v<round>`), then deletes k3 with a tombstone. */
async function fill(log: PartitionLog, rounds: number, timestamp = T0): Promise<void> {
  for (let r = 0; r < rounds; r++)
    for (let k = 0; k < 10; k++) await put(log, `k${k}`, `v${r}-${'x'.repeat(40)}`, timestamp)
  await put(log, 'k3', null, timestamp)
}

it('a compacted log is cleaned on the scheduler: the latest value per key at its offset, tombstones go after delete.retention.ms', async () => {
  const clock = new ManualClock({ wallMs: T0 })
  const scheduler = new ManualScheduler(clock)
  const manager = openManager(clock, scheduler)
  const log = manager.getOrCreateLog({ topic: 't', partition: 0 })
  await fill(log, 20)
  const before = await readAll(log)
  const latest = new Map<string, [number, string | null]>()
  for (const [offset, key, value] of before) latest.set(key, [offset, value])
  expect(log.segmentCount).toBeGreaterThan(5)
  const bytesBefore = log.sizeInBytes

  clock.advance(1_000)
  scheduler.runDue()
  await expect.poll(() => manager.cleaner.metrics.rounds, { timeout: 5_000 }).toBe(1)
  expect(log.sizeInBytes).toBeLessThan(bytesBefore / 2)
  const after = await readAll(log)
  // Everything past the cleaned range stays; every key's latest record is still there, at its offset.
  const byKey = new Map<string, [number, string | null][]>()
  for (const [offset, key, value] of after) byKey.set(key, [...(byKey.get(key) ?? []), [offset, value]])
  for (const [key, [offset, value]] of latest) expect(byKey.get(key)?.at(-1)).toEqual([offset, value])
  expect(after.length).toBeLessThan(before.length)
  // The tombstone is kept (first clean stamps its delete horizon).
  expect(after.some(([, key, value]) => key === 'k3' && value === null)).toBe(true)
  const dir = join(root, 'd1')
  expect(existsSync(join(dir, CLEANER_OFFSET_CHECKPOINT))).toBe(true)
  expect(readdirSync(join(dir, 't-0')).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap'))).toEqual([])

  // Past delete.retention.ms, with more dirty data, the next round removes the tombstone and k3.
  clock.advance(61_000)
  await fill(log, 3, T0 + 61_000)
  for (let i = 0; i < 30; i++) await put(log, `z${i}`, 'x'.repeat(60), T0 + 61_000)
  expect(await manager.runCleaner()).toBe(true)
  const again = await readAll(log)
  const live = new Map<string, string | null>()
  for (const [, key, value] of again) live.set(key, value)
  // The first tombstone (offset 200, stamped by the first clean, horizon passed) is gone.
  expect(before.find(([offset]) => offset === 200)).toEqual([200, 'k3', null])
  expect(again.find(([offset]) => offset === 200)).toBeUndefined()
  const cleanedEnd = manager.cleaner.checkpointOf(dir, 't', 0) ?? 0
  expect(again.filter(([offset, , value]) => value === null && offset < cleanedEnd - 40)).toEqual([])
  // No key appears twice in the cleaned range.
  const keysInClean = again.filter(([offset]) => offset < cleanedEnd).map(([, key]) => key)
  expect(new Set(keysInClean).size).toBe(keysInClean.length)
  await manager.close()

  // Reopened (clean shutdown): the same records.
  const reopened = openManager(clock, scheduler)
  expect(await readAll(reopened.getLog({ topic: 't', partition: 0 })!)).toEqual(again)
  await reopened.close()
})

it('a delete-policy log is never cleaned, and a compact-only log is never deleted by retention', async () => {
  const clock = new ManualClock({ wallMs: T0 })
  const scheduler = new ManualScheduler(clock)
  const manager = openManager(clock, scheduler, { ...COMPACT, cleanupPolicy: ['delete'] })
  const log = manager.getOrCreateLog({ topic: 't', partition: 0 })
  await fill(log, 10)
  expect(await manager.runCleaner()).toBe(false)
  const compacted = manager.getOrCreateLog(
    { topic: 'c', partition: 0 },
    testConfig({ ...COMPACT, retentionMs: 1, retentionBytes: 1 }),
  )
  await fill(compacted, 10)
  clock.advance(10_000)
  const segments = compacted.segmentCount
  manager.runRetention()
  expect(compacted.segmentCount).toBe(segments)
  await manager.close()
})

/** A compacted log with closed segments, and the `.cleaned` files of a clean of its first two. */
async function logWithCleanedFiles(dir: string) {
  const { log } = openLog(dir, COMPACT)
  await fill(log, 20)
  const bases = log.segmentBaseOffsets()
  const before = await readAll(log)
  await log.close()
  // The cleaned segment: the first two segments' files copied (a stand-in for their cleaned
  // contents: a segment that holds the first one's records only).
  const first = bases[0]!
  for (const suffix of ['.log', '.index', '.timeindex']) {
    copyFileSync(join(dir, segmentFileName(first, suffix)), join(dir, segmentFileName(first, suffix) + '.cleaned'))
  }
  writeFileSync(join(dir, segmentFileName(first, '.txnindex') + '.cleaned'), Buffer.alloc(0))
  return { bases, before }
}

const SUFFIXES = ['.index', '.timeindex', '.txnindex', '.log']

it('crash before the swap: leftover .cleaned files (and .swap indexes without a .log.swap) are deleted, the old segments stay', async () => {
  const dir = join(root, 't-0')
  const { bases, before } = await logWithCleanedFiles(dir)
  // Step 1 half done: two indexes renamed to .swap, the .log still .cleaned.
  for (const suffix of SUFFIXES.slice(0, 2)) {
    renameSync(
      join(dir, segmentFileName(bases[0]!, suffix) + '.cleaned'),
      join(dir, segmentFileName(bases[0]!, suffix) + '.swap'),
    )
  }
  const { log } = openLog(dir, COMPACT, { hadCleanShutdown: false })
  expect(readdirSync(dir).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap'))).toEqual([])
  expect(log.segmentBaseOffsets()).toEqual(bases)
  expect(await readAll(log)).toEqual(before)
  await log.close()
})

it('crash after .log.swap: the swap completes, replacing every segment in its offset range', async () => {
  for (const step of ['swapped', 'old-deleted-partly', 'index-renamed'] as const) {
    const dir = join(root, `t-${step}`)
    const { bases, before } = await logWithCleanedFiles(dir)
    const first = bases[0]!
    for (const suffix of SUFFIXES) {
      renameSync(
        join(dir, segmentFileName(first, suffix) + '.cleaned'),
        join(dir, segmentFileName(first, suffix) + '.swap'),
      )
    }
    if (step !== 'swapped') {
      // Step 2 partly: the first old segment's files deleted.
      for (const suffix of SUFFIXES) {
        const f = join(dir, segmentFileName(first, suffix))
        if (existsSync(f)) unlinkSync(f)
      }
    }
    if (step === 'index-renamed') {
      // Step 3 partly: the offset index already at its final name.
      renameSync(join(dir, segmentFileName(first, '.index') + '.swap'), join(dir, segmentFileName(first, '.index')))
    }
    const { log } = openLog(dir, COMPACT, { hadCleanShutdown: false })
    expect(readdirSync(dir).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap'))).toEqual([])
    // The swap held exactly the first segment's records: the log reads as before.
    expect(log.segmentBaseOffsets()).toEqual(bases)
    expect(await readAll(log)).toEqual(before)
    await log.close()
  }
})

it('crash after .log.swap of a segment that replaced two: the second old segment inside its range goes', async () => {
  const dir = join(root, 't-0')
  const { log } = openLog(dir, COMPACT)
  await fill(log, 20)
  const bases = log.segmentBaseOffsets()
  const before = await readAll(log)
  await log.close()
  // The "cleaned" segment for [bases0, bases2): the two segments' batches back to back.
  const { readFileSync } = await import('node:fs')
  const merged = Buffer.concat([0, 1].map((i) => readFileSync(join(dir, segmentFileName(bases[i]!, '.log')))))
  writeFileSync(join(dir, segmentFileName(bases[0]!, '.log') + '.swap'), merged)
  for (const suffix of SUFFIXES.slice(0, 3))
    writeFileSync(join(dir, segmentFileName(bases[0]!, suffix) + '.swap'), Buffer.alloc(0))
  const { log: reopened } = openLog(dir, COMPACT, { hadCleanShutdown: false })
  expect(reopened.segmentBaseOffsets()).toEqual([bases[0], ...bases.slice(2)])
  expect(await readAll(reopened)).toEqual(before)
  await reopened.close()
})
