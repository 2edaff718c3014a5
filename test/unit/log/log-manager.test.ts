// Goal: the log manager finds, creates, deletes and checkpoints partition
// logs across log dirs as Kafka's LogManager does, tells clean from unclean
// shutdowns, and runs retention and delayed deletion on its scheduler.
// Method: real temp dirs, a ManualClock and a ManualScheduler.
import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../src/log/fs.js'
import type { LogConfig } from '../../../src/log/log-config.js'
import {
  CLEAN_SHUTDOWN_FILE,
  LogManager,
  parsePartitionDirName,
  RECOVERY_POINT_CHECKPOINT,
  REPLICATION_OFFSET_CHECKPOINT,
} from '../../../src/log/log-manager.js'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'
import { batch, tempDir, testConfig } from './log-kit.js'

let root: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir: root, cleanup } = tempDir())
})
afterEach(() => cleanup())

const T0 = 1_700_000_000_000

function open(options: { dirs?: string[]; defaults?: Partial<LogConfig>; warnings?: string[] } = {}) {
  const clock = new ManualClock({ wallMs: T0 })
  const scheduler = new ManualScheduler(clock)
  const { manager, report } = LogManager.open({
    fs: nodeFileSystem,
    logDirs: options.dirs ?? [join(root, 'd1')],
    defaults: testConfig(options.defaults),
    clock,
    scheduler,
    warn: (m) => options.warnings?.push(m),
  })
  return { manager, report, clock, scheduler }
}

it('parses <topic>-<partition> directory names, topics with dashes included', () => {
  expect(parsePartitionDirName('orders-0')).toEqual({ topic: 'orders', partition: 0 })
  expect(parsePartitionDirName('my-topic-12')).toEqual({ topic: 'my-topic', partition: 12 })
  expect(parsePartitionDirName('__consumer_offsets-49')).toEqual({ topic: '__consumer_offsets', partition: 49 })
  expect(parsePartitionDirName('nodash')).toBeNull()
  expect(parsePartitionDirName('t-01')).toBeNull()
  expect(parsePartitionDirName('t-x')).toBeNull()
})

it('creates logs in the least loaded log dir', () => {
  const dirs = [join(root, 'd1'), join(root, 'd2')]
  const { manager } = open({ dirs })
  for (let p = 0; p < 4; p++) manager.getOrCreateLog({ topic: 't', partition: p })
  expect(readdirSync(dirs[0]!).sort()).toEqual(['t-0', 't-2'])
  expect(readdirSync(dirs[1]!).sort()).toEqual(['t-1', 't-3'])
  expect(manager.getOrCreateLog({ topic: 't', partition: 0 })).toBe(manager.getLog({ topic: 't', partition: 0 }))
})

it('a clean close writes checkpoints and the marker; reopening restores offsets and removes the marker', async () => {
  const first = open()
  const log = first.manager.getOrCreateLog({ topic: 'a-b', partition: 3 })
  for (let i = 0; i < 3; i++) log.appendAsLeader(await batch({ count: 2 }), 0)
  log.updateHighWatermark(4)
  await first.manager.close()
  const dir = join(root, 'd1')
  expect(existsSync(join(dir, CLEAN_SHUTDOWN_FILE))).toBe(true)
  expect(readFileSync(join(dir, RECOVERY_POINT_CHECKPOINT), 'utf8')).toBe('0\n1\na-b 3 6\n')
  expect(readFileSync(join(dir, REPLICATION_OFFSET_CHECKPOINT), 'utf8')).toBe('0\n1\na-b 3 4\n')

  const second = open()
  expect(second.report).toEqual({ partitions: 1, uncleanDirs: [] })
  expect(existsSync(join(dir, CLEAN_SHUTDOWN_FILE))).toBe(false)
  const again = second.manager.getLog({ topic: 'a-b', partition: 3 })
  expect(again?.logEndOffset).toBe(6)
  expect(again?.highWatermark).toBe(4)
  expect(again?.recoveryPoint).toBe(6)
})

it('without the marker the logs are recovered: a torn tail is cut', async () => {
  const first = open()
  const log = first.manager.getOrCreateLog({ topic: 't', partition: 0 })
  const b = await batch({ count: 2 })
  log.appendAsLeader(b, 0)
  log.appendAsLeader(await batch({ count: 2 }), 0)
  // Simulate a crash: no close(), then tear the last batch.
  truncateSync(join(root, 'd1', 't-0', '00000000000000000000.log'), b.length + 20)
  const second = open()
  expect(second.report.uncleanDirs).toEqual([join(root, 'd1')])
  expect(second.manager.getLog({ topic: 't', partition: 0 })?.logEndOffset).toBe(2)
})

it('a corrupt checkpoint is reported and ignored (full recovery)', async () => {
  const dir = join(root, 'd1')
  mkdirSync(join(dir, 't-0'), { recursive: true })
  writeFileSync(join(dir, RECOVERY_POINT_CHECKPOINT), '7\nnonsense\n')
  const warnings: string[] = []
  const { report } = open({ warnings })
  expect(report.partitions).toBe(1)
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain('ignoring corrupt checkpoint')
})

it('deleteLog removes the partition directory; leftover -delete dirs are removed at start', async () => {
  const { manager } = open()
  manager.getOrCreateLog({ topic: 't', partition: 0 })
  expect(manager.deleteLog({ topic: 't', partition: 0 })).toBe(true)
  expect(readdirSync(join(root, 'd1')).filter((n) => !n.startsWith('.'))).toEqual([])
  mkdirSync(join(root, 'd1', 't-1.abc-delete'))
  const { report } = open()
  expect(report.partitions).toBe(0)
  expect(existsSync(join(root, 'd1', 't-1.abc-delete'))).toBe(false)
})

it('retention runs on schedule and removed files go after file.delete.delay.ms', async () => {
  const one = await batch({ count: 1, timestamp: T0 })
  const { manager, clock, scheduler } = open({
    defaults: { segmentBytes: one.length, retentionMs: 1000, fileDeleteDelayMs: 5000 },
  })
  const log = manager.getOrCreateLog({ topic: 't', partition: 0 })
  for (let i = 0; i < 3; i++) log.appendAsLeader(await batch({ count: 1, timestamp: T0 }), 0)
  log.updateHighWatermark(3)
  expect(log.segmentBaseOffsets()).toEqual([0, 1, 2])
  clock.advance(300_000)
  scheduler.runDue()
  expect(log.segmentBaseOffsets()).toEqual([3])
  const dir = join(root, 'd1', 't-0')
  expect(readdirSync(dir).filter((n) => n.endsWith('.deleted'))).toHaveLength(9)
  clock.advance(4_999)
  scheduler.runDue()
  expect(readdirSync(dir).filter((n) => n.endsWith('.deleted'))).toHaveLength(9)
  clock.advance(1)
  scheduler.runDue()
  expect(readdirSync(dir).filter((n) => n.endsWith('.deleted'))).toHaveLength(0)
})

it('checkpoints are written every minute by the scheduler', async () => {
  const { manager, clock, scheduler } = open()
  manager.getOrCreateLog({ topic: 't', partition: 0 }).appendAsLeader(await batch({ count: 5 }), 0)
  const path = join(root, 'd1', 'log-start-offset-checkpoint')
  expect(existsSync(path)).toBe(false)
  clock.advance(60_000)
  scheduler.runDue()
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(readFileSync(path, 'utf8')).toBe('0\n1\nt 0 0\n')
  await manager.close()
})

it('flush.ms: the scheduler fsyncs a log whose oldest unflushed append is older than flush.ms', async () => {
  const { manager, clock, scheduler } = open({ defaults: { flushMs: 2_000 } })
  const log = manager.getOrCreateLog({ topic: 't', partition: 0 })
  log.appendAsLeader(await batch({ count: 3 }), 0)
  expect(log.recoveryPoint).toBe(0)
  clock.advance(1_000)
  scheduler.runDue()
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(log.recoveryPoint).toBe(0)
  clock.advance(1_000)
  scheduler.runDue()
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(log.recoveryPoint).toBe(3)
  await manager.close()
})
