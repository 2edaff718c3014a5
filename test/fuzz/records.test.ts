// Fuzz the record batch layer with mutated valid batches.
//
// Invariants, for any input bytes:
//  - validateBatch, nextBatch and validateProduceRecords return a result; they never throw.
//  - readBatchHeader, batches, decodeRecords and decodeBatch return a value or throw
//    DecodeError; no other exception, no hang.
//  - decodeBatch never yields more decompressed bytes than maxUncompressedBytes.
//
// Method: valid batches of every codec from a seeded PRNG, then bit flips, byte
// overwrites, truncations, splices of two batches and inserted/deleted runs. Half the
// mutants get their CRC recomputed so the mutation reaches the record decoder and the
// decompressors instead of stopping at the CRC check. Bounded by iteration count and a
// wall-clock budget (< 5 s). A failure prints SEED=n; set RECORDS_FUZZ_SEED to replay.

import { describe, expect, it } from 'vitest'
import { batches, nextBatch, readBatchHeader, validateBatch } from '../../src/protocol/records/batch.js'
import { decodeBatch, decodeRecords, encodeBatch } from '../../src/protocol/records/codec.js'
import { crc32c } from '../../src/protocol/records/crc32c.js'
import { DecodeError } from '../../src/protocol/records/decode-error.js'
import { validateProduceRecords } from '../../src/protocol/records/produce.js'
import { Prng } from '../../src/util/prng.js'

/** A float in [0, 1) from the project's seeded PRNG. */
function mulberry32(seed: number): () => number {
  const prng = new Prng(seed)
  return () => prng.nextFloat()
}

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const
const LIMIT = 1 << 20

async function seedBatches(rand: () => number): Promise<Buffer[]> {
  const out: Buffer[] = []
  for (const compression of CODECS) {
    for (let k = 0; k < 3; k++) {
      const count = 1 + Math.floor(rand() * 8)
      const records = Array.from({ length: count }, (_, i) => ({
        timestamp: 1700000000000n + BigInt(i * Math.floor(rand() * 1000)),
        key: rand() < 0.5 ? null : Buffer.from(`key-${i}`),
        value: rand() < 0.2 ? null : Buffer.from('v'.repeat(Math.floor(rand() * 200))),
        headers: rand() < 0.5 ? [] : [{ key: 'h', value: rand() < 0.5 ? null : Buffer.from('x') }],
      }))
      out.push(await encodeBatch({ compression, records, baseOffset: BigInt(k) }))
    }
  }
  return out
}

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!
}

function mutate(rand: () => number, pool: Buffer[]): Buffer {
  const src = pick(rand, pool)
  let b = Buffer.from(src)
  switch (Math.floor(rand() * 6)) {
    case 0:
      for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i++)
        b[Math.floor(rand() * b.length)]! ^= 1 << Math.floor(rand() * 8)
      break
    case 1:
      for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i++)
        b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256)
      break
    case 2:
      b = b.subarray(0, Math.floor(rand() * b.length))
      break
    case 3: {
      const other = pick(rand, pool)
      const cut = Math.floor(rand() * b.length)
      b = Buffer.concat([b.subarray(0, cut), other.subarray(Math.floor(rand() * other.length))])
      break
    }
    case 4: {
      const at = 61 + Math.floor(rand() * Math.max(1, b.length - 61))
      const run = Buffer.alloc(1 + Math.floor(rand() * 16), Math.floor(rand() * 256))
      b = Buffer.concat([b.subarray(0, at), run, b.subarray(at)])
      break
    }
    default: {
      const at = Math.floor(rand() * b.length)
      b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + Math.floor(rand() * 16)))])
    }
  }
  // Keep batchLength consistent and re-sign half the time so the decoders see the damage.
  if (rand() < 0.5 && b.length >= 61) {
    if (rand() < 0.7) b.writeInt32BE(b.length - 12, 8)
    b.writeUInt32BE(crc32c(b, 21, Math.min(b.length, 12 + Math.max(0, b.readInt32BE(8)))), 17)
  }
  return b
}

function expectDecodeErrorOrValue(f: () => unknown, seed: number): void {
  try {
    f()
  } catch (e) {
    if (!(e instanceof DecodeError)) throw new Error(`SEED=${seed}: ${String(e)}`)
  }
}

describe('records fuzz', () => {
  it('mutated batches give results or DecodeError', async () => {
    const seed = Number(process.env.RECORDS_FUZZ_SEED ?? 20240601)
    const rand = mulberry32(seed)
    const pool = await seedBatches(rand)
    const started = performance.now()
    let iterations = 0
    let decoded = 0
    while (iterations < 15000 && performance.now() - started < 3500) {
      iterations++
      const b = mutate(rand, pool)
      const label = `SEED=${seed} iteration=${iterations} hex=${b.subarray(0, 80).toString('hex')}`
      expect(() => validateBatch(b, 0, { mode: 'log' }), label).not.toThrow()
      expect(() => validateProduceRecords(b), label).not.toThrow()
      expect(() => nextBatch(b, 0), label).not.toThrow()
      expectDecodeErrorOrValue(() => readBatchHeader(b), seed)
      expectDecodeErrorOrValue(() => [...batches(b)], seed)
      if (b.length >= 61) {
        const header = readBatchHeader(b)
        if (header.compression === 0) expectDecodeErrorOrValue(() => decodeRecords(b.subarray(61), header), seed)
      }
      try {
        const { records } = await decodeBatch(b, { maxUncompressedBytes: LIMIT })
        decoded++
        let bytes = 0
        for (const r of records) bytes += (r.key?.length ?? 0) + (r.value?.length ?? 0)
        expect(bytes, label).toBeLessThanOrEqual(LIMIT)
      } catch (e) {
        if (!(e instanceof DecodeError)) throw new Error(`${label}: ${String(e)}`)
      }
    }
    expect(iterations).toBeGreaterThan(500)
    // Some mutants (e.g. flips in a value's bytes, re-signed) still decode: the fuzz reaches the decoder.
    expect(decoded).toBeGreaterThan(0)
  })
})
