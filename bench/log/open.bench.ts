// Start-up cost of the storage layer: opening a log dir of 1,000 partitions
// (one segment each, a few batches) after a clean shutdown, next to the
// baseline of merely listing the same directories. Goal: well under a second.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, bench, describe } from 'vitest'
import { boundedFileSystem } from '../../src/log/bounded-fs.js'
import { nodeFileSystem } from '../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG } from '../../src/log/log-config.js'
import { LogManager } from '../../src/log/log-manager.js'
import { encodeBatch } from '../../src/protocol/records/codec.js'
import { ManualClock } from '../../src/util/clock.js'
import { ManualScheduler } from '../../src/util/scheduler.js'

const PARTITIONS = 1000
const root = mkdtempSync(join(tmpdir(), 'oxbow-open-bench-'))
const logDir = join(root, 'logs')
const clock = new ManualClock({ wallMs: Date.now() })
const options = {
  fs: boundedFileSystem(nodeFileSystem),
  logDirs: [logDir],
  defaults: DEFAULT_LOG_CONFIG,
  clock,
  scheduler: new ManualScheduler(clock),
}

const batch = await encodeBatch({
  records: [{ timestamp: BigInt(Date.now()), key: Buffer.from('k'), value: Buffer.alloc(200, 1) }],
})
{
  const { manager } = LogManager.open(options)
  for (let p = 0; p < PARTITIONS; p++) {
    const log = manager.getOrCreateLog({ topic: 'bench', partition: p })
    for (let i = 0; i < 5; i++) log.appendAsLeader(Buffer.from(batch), 0)
  }
  await manager.close()
}

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe(`open a log dir of ${PARTITIONS} partitions after a clean shutdown`, () => {
  bench('baseline: list the partition directories', () => {
    for (const name of readdirSync(logDir))
      if (!name.startsWith('.') && !name.includes('checkpoint')) readdirSync(join(logDir, name))
  })

  bench(
    'LogManager.open + close',
    async () => {
      const { manager } = LogManager.open(options)
      await manager.close()
    },
    { iterations: 5 },
  )
})
