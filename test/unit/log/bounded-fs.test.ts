// Goal: with the bounded file system, a broker-sized set of partition logs
// never holds more descriptors than its budget, and data written through
// evicted-then-reopened handles is intact. Method: 40 partitions (3 files per
// segment each) through a 12-descriptor budget, append, fsync, read back.
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { boundedFileSystem } from '../../../src/log/bounded-fs.js'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { LogManager } from '../../../src/log/log-manager.js'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'
import { batch, batchOffsets, tempDir, testConfig } from './log-kit.js'

let root: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir: root, cleanup } = tempDir())
})
afterEach(() => cleanup())

function openManager(fs: ReturnType<typeof boundedFileSystem>) {
  const clock = new ManualClock({ wallMs: 1_700_000_000_000 })
  return LogManager.open({
    fs,
    logDirs: [join(root, 'd')],
    defaults: testConfig({ indexIntervalBytes: 64 }),
    clock,
    scheduler: new ManualScheduler(clock),
  }).manager
}

it('keeps descriptors within the budget across many partitions, with data intact', async () => {
  const fs = boundedFileSystem(nodeFileSystem, 12)
  const manager = openManager(fs)
  const partitions = Array.from({ length: 40 }, (_, p) => ({ topic: 't', partition: p }))
  for (let round = 0; round < 3; round++) {
    for (const tp of partitions) {
      manager.getOrCreateLog(tp).appendAsLeader(await batch({ count: 2, tag: `${tp.partition}.${round}` }), 0)
      expect(fs.openDescriptors()).toBeLessThanOrEqual(12)
    }
  }
  await Promise.all(partitions.map((tp) => manager.getLog(tp)!.flush()))
  expect(fs.openDescriptors()).toBeLessThanOrEqual(12)
  for (const tp of partitions) {
    const read = manager.getLog(tp)!.read({ fetchOffset: 0, maxBytes: 1 << 20, maxOffset: 6, minOneBatch: true })
    expect(read.ok && batchOffsets(read.records)).toEqual([0, 2, 4])
  }
  await manager.close()
  expect(fs.openDescriptors()).toBe(0)

  const again = openManager(boundedFileSystem(nodeFileSystem, 12))
  expect(again.partitionCount).toBe(40)
  expect(again.getLog({ topic: 't', partition: 39 })?.logEndOffset).toBe(6)
  await again.close()
})
