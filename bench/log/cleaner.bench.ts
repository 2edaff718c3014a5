// Cost of the cleaner's two passes over one 4 MiB segment of 1000 batches (8 records of
// ~500 bytes each, 'none' and 'lz4'), 10k distinct keys so that some batches are copied
// and most re-encoded: building the offset map, and cleaning with it. Baselines in the same
// run: Buffer.copy of the same bytes (the floor for any rewrite), and a JS Map<string,
// number> of the same keys (what the bounded OffsetMap trades speed for).
import { bench, describe } from 'vitest'
import { buildOffsetMap } from '../../src/log/cleaner/build-offset-map.js'
import { cleanBatches } from '../../src/log/cleaner/clean-batches.js'
import { CleanedTransactions } from '../../src/log/cleaner/cleaned-transactions.js'
import { OffsetMap } from '../../src/log/cleaner/offset-map.js'
import type { CompressionName } from '../../src/protocol/records/batch.js'
import { decodeBatch, encodeBatch } from '../../src/protocol/records/codec.js'
import { Prng } from '../../src/util/prng.js'

const BATCHES = 1000
const RECORDS = 8
const OPTIONS = { time: 1500, warmupTime: 200 }

async function segment(compression: CompressionName): Promise<Buffer> {
  const prng = new Prng(7)
  const out: Buffer[] = []
  for (let b = 0; b < BATCHES; b++) {
    const records = Array.from({ length: RECORDS }, (_, i) => ({
      timestamp: 1_700_000_000_000n + BigInt(b),
      key: Buffer.from(`key-${prng.nextInt(10_000)}`),
      value: Buffer.alloc(500, (b + i) & 0xff),
      offsetDelta: i,
    }))
    out.push(await encodeBatch({ records, baseOffset: BigInt(b * RECORDS), compression }))
  }
  return Buffer.concat(out)
}

for (const compression of ['none', 'lz4'] as const) {
  const log = await segment(compression)
  const end = BATCHES * RECORDS
  const map = new OffsetMap(1 << 20)
  const build = () => buildOffsetMap(map, [{ baseOffset: 0, chunks: () => [log] }], { startOffset: 0, endOffset: end })
  await build()
  const keys: Buffer[] = []
  for (let p = 0; p < log.length; p += 12 + log.readInt32BE(p + 8)) {
    for (const r of (await decodeBatch(log, { position: p })).records) if (r.key !== null) keys.push(r.key)
  }

  describe(`cleaner, ${(log.length / 2 ** 20).toFixed(1)} MiB segment, ${compression}`, () => {
    bench(
      'Buffer.copy (baseline)',
      () => {
        const copy = Buffer.allocUnsafe(log.length)
        log.copy(copy)
      },
      OPTIONS,
    )
    bench(
      'Map<string, number> of the keys (baseline)',
      () => {
        const m = new Map<string, number>()
        for (const [i, k] of keys.entries()) m.set(k.toString('latin1'), i)
      },
      OPTIONS,
    )
    bench(
      'OffsetMap.put of the keys',
      () => {
        map.clear()
        for (const [i, k] of keys.entries()) map.put(k, i)
      },
      OPTIONS,
    )
    bench(
      'buildOffsetMap',
      async () => {
        await build()
      },
      OPTIONS,
    )
    bench(
      'cleanBatches',
      async () => {
        await build()
        await cleanBatches(log, {
          map,
          nowMs: 1_800_000_000_000,
          deleteRetentionMs: 86_400_000,
          transactions: new CleanedTransactions(),
          upperBoundOffset: end,
        })
      },
      OPTIONS,
    )
  })
}
