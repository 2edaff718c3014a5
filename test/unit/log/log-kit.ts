// Shared test fixtures for the log: temp directories, batches built with the
// records codec, and a log opened on a ManualClock.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG, type LogConfig } from '../../../src/log/log-config.js'
import { type OpenLogOptions, PartitionLog } from '../../../src/log/partition-log.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { ManualClock } from '../../../src/util/clock.js'

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'oxbow-log-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A batch of `count` records whose values are `value-<tag>-<i>` padded to `valueBytes`. */
export async function batch(options: { count?: number; tag?: string; timestamp?: number; valueBytes?: number } = {}) {
  const { count = 1, tag = 'x', timestamp = 1_700_000_000_000, valueBytes = 0 } = options
  const records = Array.from({ length: count }, (_, i) => ({
    timestamp: BigInt(timestamp + i),
    key: Buffer.from(`k${i}`),
    value: Buffer.from(`value-${tag}-${i}`.padEnd(valueBytes, '.')),
  }))
  return encodeBatch({ records })
}

export function testConfig(overrides: Partial<LogConfig> = {}): LogConfig {
  return { ...DEFAULT_LOG_CONFIG, ...overrides }
}

export function openLog(
  dir: string,
  overrides: Partial<LogConfig> = {},
  extra: Partial<OpenLogOptions> = {},
): { log: PartitionLog; clock: ManualClock } {
  const clock = (extra.clock as ManualClock | undefined) ?? new ManualClock({ wallMs: 1_700_000_000_000 })
  const log = PartitionLog.open({
    fs: nodeFileSystem,
    dir,
    config: testConfig(overrides),
    clock,
    hadCleanShutdown: true,
    ...extra,
  })
  return { log, clock }
}

/** Base offsets of the batches in a buffer of whole batches. */
export function batchOffsets(records: Buffer): number[] {
  const out: number[] = []
  for (let p = 0; p < records.length; p += 12 + records.readInt32BE(p + 8)) out.push(Number(records.readBigInt64BE(p)))
  return out
}
