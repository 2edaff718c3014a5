// Append throughput of PartitionLog.appendAsLeader (default config: 1 GiB
// segments, index entry every 4 KiB, no fsync) for 1 KiB, 16 KiB and 1 MiB
// batches, against the raw ceiling: fs.writeSync of the same bytes at the
// end of a plain file, same loop shape, no indexing. One batch is built once
// and re-appended (appendAsLeader rewrites its base offset in place). Goal
// (issue): appends at >= 80% of the raw ceiling for 16 KiB+ batches.
// Each bench call appends ~4 MiB (a run of batches), so that tinybench's
// per-call bookkeeping does not weigh on small batches; hz is calls/s. Every
// 256 MiB the file (or log) is deleted and a fresh one opened, outside the
// timed part, so the dirty page cache stays small: on this kind of VM, GBs of
// dirty pages make writes stall at random and the figures meaningless.
// Besides vitest's table, each task's MB/s, batches/s and ratio to the raw
// ceiling are printed at the end (timed inside the bench body, warmup
// included). A throwaway 256 MiB write first warms the page cache and the
// file system, which would otherwise penalize whichever task runs first.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, bench, describe } from 'vitest'
import { nodeFileSystem } from '../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG } from '../../src/log/log-config.js'
import { PartitionLog } from '../../src/log/partition-log.js'
import { encodeBatch } from '../../src/protocol/records/codec.js'
import { systemClock } from '../../src/util/clock.js'

const SIZES = [1024, 16 * 1024, 1024 * 1024]
const CALL_BYTES = 4 << 20
const FILE_BYTES = 256 << 20
const OPTIONS = { time: 1000, warmupTime: 200 }
const root = mkdtempSync(join(tmpdir(), 'oxbow-bench-append-'))

{
  const warm = join(root, 'warmup')
  const fd = openSync(warm, 'w+')
  const chunk = Buffer.alloc(1 << 20, 1)
  for (let i = 0; i < 256; i++) writeSync(fd, chunk, 0, chunk.length, i * chunk.length)
  closeSync(fd)
  rmSync(warm)
}

/** One uncompressed batch of about `size` bytes: 1 KiB values, or one record when smaller. */
async function buildBatch(size: number): Promise<Buffer> {
  const valueBytes = Math.min(size, 1024) - 80
  const count = Math.max(1, Math.round(size / 1024))
  const records = Array.from({ length: count }, (_, i) => ({
    timestamp: 1_700_000_000_000n + BigInt(i),
    key: null,
    value: Buffer.alloc(valueBytes, i & 0xff),
  }))
  return encodeBatch({ records })
}

interface Tally {
  bytes: number
  calls: number
  ms: number
}
const rows: { label: string; raw: Tally; log: Tally }[] = []

/** The file written by one task; replaced by a fresh one every FILE_BYTES so the page cache stays small. */
interface Target {
  open(): void
  append(): void
  bytes(): number
  close(): void
}

/** A bench body: `times` appends, timed and counted, then a fresh target if this one is full (not timed). */
function body(tally: Tally, batchBytes: number, times: number, target: Target): () => void {
  return () => {
    const start = performance.now()
    for (let i = 0; i < times; i++) target.append()
    tally.ms += performance.now() - start
    tally.calls += times
    tally.bytes += batchBytes * times
    if (target.bytes() >= FILE_BYTES) {
      target.close()
      target.open()
    }
  }
}

let files = 0
for (const size of SIZES) {
  const batch = await buildBatch(size)
  const label = `${size >= 1 << 20 ? `${size >> 20} MiB` : `${size >> 10} KiB`} (${batch.length} B)`
  const times = Math.max(1, Math.floor(CALL_BYTES / batch.length))
  const row = { label, raw: { bytes: 0, calls: 0, ms: 0 }, log: { bytes: 0, calls: 0, ms: 0 } }
  rows.push(row)

  let fd = -1
  let position = 0
  let path = ''
  const raw: Target = {
    open() {
      path = join(root, `raw-${files++}.log`)
      fd = openSync(path, 'w+')
      position = 0
    },
    append() {
      let done = 0
      while (done < batch.length) done += writeSync(fd, batch, done, batch.length - done, position + done)
      position += batch.length
    },
    bytes: () => position,
    close() {
      closeSync(fd)
      rmSync(path)
    },
  }

  let log: PartitionLog | null = null
  let dir = ''
  const partitionLog: Target = {
    open() {
      dir = join(root, `log-${files++}`)
      log = PartitionLog.open({
        fs: nodeFileSystem,
        dir,
        config: DEFAULT_LOG_CONFIG,
        clock: systemClock,
        hadCleanShutdown: true,
      })
    },
    append() {
      log!.appendAsLeader(batch, 1)
    },
    bytes: () => log!.sizeInBytes,
    close() {
      log!.closeFiles()
      rmSync(dir, { recursive: true, force: true })
    },
  }

  describe(`append ${label} batches, ${times} per call`, () => {
    for (const [name, target, tally] of [
      ['raw ceiling: fs.writeSync at the file end', raw, row.raw],
      ['PartitionLog.appendAsLeader', partitionLog, row.log],
    ] as const) {
      bench(name, body(tally, batch.length, times, target), {
        ...OPTIONS,
        setup: () => target.open(),
        teardown: () => target.close(),
      })
    }
  })
}

afterAll(() => {
  const mbps = (t: Tally) => t.bytes / 1e3 / t.ms
  const lines = ['batch                | raw MB/s | log MB/s | raw batches/s | log batches/s | log/raw']
  for (const { label, raw, log } of rows) {
    lines.push(
      [
        label.padEnd(20),
        mbps(raw).toFixed(0).padStart(8),
        mbps(log).toFixed(0).padStart(8),
        ((raw.calls * 1000) / raw.ms).toFixed(0).padStart(13),
        ((log.calls * 1000) / log.ms).toFixed(0).padStart(13),
        `${((100 * mbps(log)) / mbps(raw)).toFixed(0)}%`.padStart(7),
      ].join(' | '),
    )
  }
  console.log(`\nappend throughput (time inside the bench body, warmup included):\n${lines.join('\n')}`)
  rmSync(root, { recursive: true, force: true })
})
