// Sequential read throughput of PartitionLog.read: the whole log from offset
// 0 to its end, maxBytes 1 MiB per read (as a fetch), for a 64 MiB log of
// 1 KiB batches and one of 16 KiB batches (default config: one segment).
// Baselines in the same run: the raw ceiling, fs.readSync of the same .log
// file in 1 MiB chunks into one reused buffer, and the same with a fresh
// Buffer.allocUnsafe per chunk (PartitionLog.read returns a new buffer per
// read). The files are in the page cache after they are written, so this
// measures the read path's CPU cost, not the disk.
// Besides vitest's hz table, MB/s and log/raw ratios are printed at the end.
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, bench, describe } from 'vitest'
import { nodeFileSystem } from '../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG } from '../../src/log/log-config.js'
import { PartitionLog } from '../../src/log/partition-log.js'
import { encodeBatch } from '../../src/protocol/records/codec.js'
import { systemClock } from '../../src/util/clock.js'

const LOG_BYTES = 64 << 20
const CHUNK = 1 << 20
const OPTIONS = { time: 1500, warmupTime: 200 }
const root = mkdtempSync(join(tmpdir(), 'oxbow-bench-read-'))

async function buildLog(batchSize: number): Promise<{ log: PartitionLog; file: string; bytes: number }> {
  const count = Math.max(1, Math.round(batchSize / 1024))
  const records = Array.from({ length: count }, (_, i) => ({
    timestamp: 1_700_000_000_000n + BigInt(i),
    key: null,
    value: Buffer.alloc(1024 - 80, i & 0xff),
  }))
  const batch = await encodeBatch({ records })
  const dir = join(root, `log-${batchSize}`)
  const log = PartitionLog.open({
    fs: nodeFileSystem,
    dir,
    config: DEFAULT_LOG_CONFIG,
    clock: systemClock,
    hadCleanShutdown: true,
  })
  while (log.sizeInBytes + batch.length <= LOG_BYTES) log.appendAsLeader(batch, 1)
  const name = readdirSync(dir).find((n) => n.endsWith('.log'))
  if (name === undefined || log.segmentCount !== 1) throw new Error('expected one segment')
  return { log, file: join(dir, name), bytes: log.sizeInBytes }
}

interface Row {
  label: string
  bytes: number
  ms: Record<string, number>
  runs: Record<string, number>
}
const rows: Row[] = []
const logs: PartitionLog[] = []

function timed(row: Row, task: string, fn: () => void): () => void {
  row.ms[task] = 0
  row.runs[task] = 0
  return () => {
    const start = performance.now()
    fn()
    row.ms[task]! += performance.now() - start
    row.runs[task]!++
  }
}

for (const batchSize of [1024, 16 * 1024]) {
  const { log, file, bytes } = await buildLog(batchSize)
  const row: Row = { label: `${batchSize >> 10} KiB batches`, bytes, ms: {}, runs: {} }
  rows.push(row)
  logs.push(log)
  const reused = Buffer.allocUnsafe(CHUNK)
  const rawRead = (fresh: boolean) => () => {
    const fd = openSync(file, 'r')
    let total = 0
    for (;;) {
      const n = readSync(fd, fresh ? Buffer.allocUnsafe(CHUNK) : reused, 0, CHUNK, total)
      if (n === 0) break
      total += n
    }
    closeSync(fd)
    if (total !== bytes) throw new Error(`read ${total} of ${bytes} bytes`)
  }

  describe(`read ${bytes >> 20} MiB log of ${row.label}`, () => {
    bench('raw ceiling: fs.readSync 1 MiB chunks, one buffer', timed(row, 'raw', rawRead(false)), OPTIONS)
    bench('fs.readSync 1 MiB chunks, allocUnsafe per chunk', timed(row, 'raw+alloc', rawRead(true)), OPTIONS)
    bench(
      'PartitionLog.read from 0 to the end, maxBytes 1 MiB',
      timed(row, 'log', () => {
        let fetchOffset = 0
        let total = 0
        while (fetchOffset < log.logEndOffset) {
          const read = log.read({ fetchOffset, maxBytes: CHUNK, maxOffset: log.logEndOffset, minOneBatch: true })
          if (!read.ok || read.records.length === 0) throw new Error(`empty read at ${fetchOffset}`)
          total += read.records.length
          // The next fetch starts after the last batch returned.
          let p = 0
          let last = 0
          while (p < read.records.length) {
            last = p
            p += 12 + read.records.readInt32BE(p + 8)
          }
          fetchOffset = Number(read.records.readBigInt64BE(last)) + read.records.readInt32BE(last + 23) + 1
        }
        if (total !== bytes) throw new Error(`read ${total} of ${bytes} bytes`)
      }),
      OPTIONS,
    )
  })
}

afterAll(() => {
  const mbps = (row: Row, task: string) => (row.bytes * (row.runs[task] ?? 0)) / 1e3 / (row.ms[task] ?? 1)
  const lines = ['log                  | raw MB/s | raw+alloc MB/s | log MB/s | log/raw | log/raw+alloc']
  for (const row of rows) {
    const [raw, alloc, log] = [mbps(row, 'raw'), mbps(row, 'raw+alloc'), mbps(row, 'log')]
    lines.push(
      [
        row.label.padEnd(20),
        raw.toFixed(0).padStart(8),
        alloc.toFixed(0).padStart(14),
        log.toFixed(0).padStart(8),
        `${((100 * log) / raw).toFixed(0)}%`.padStart(7),
        `${((100 * log) / alloc).toFixed(0)}%`.padStart(13),
      ].join(' | '),
    )
  }
  console.log(`\nsequential read throughput (time inside the bench body, warmup included):\n${lines.join('\n')}`)
  for (const log of logs) log.closeFiles()
  rmSync(root, { recursive: true, force: true })
})
