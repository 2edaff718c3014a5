// Compress and decompress MB/s per codec on 1 MiB of JSON-ish records (the records
// section of a batch as a producer would compress it). Baseline: Buffer.copy.
// MB/s = hz * 1 MiB / 1e6. Compressed sizes are printed once at load.

import { bench, describe } from 'vitest'
import { compress, decompress } from '../../src/protocol/records/compression/index.js'

function jsonish(bytes: number): Buffer {
  let a = 7
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const parts: string[] = []
  let n = 0
  while (n < bytes) {
    const s = `{"id":${Math.floor(rand() * 1e9)},"user":"user-${Math.floor(rand() * 5000)}","event":"${rand() < 0.5 ? 'click' : 'view'}","ts":${1700000000000 + Math.floor(rand() * 1e7)},"score":${rand().toFixed(4)}}`
    parts.push(s)
    n += s.length
  }
  return Buffer.from(parts.join('')).subarray(0, bytes)
}

const input = jsonish(1024 * 1024)
const dst = Buffer.alloc(input.length)
const codecs = ['gzip', 'snappy', 'lz4', 'zstd'] as const
const packed = Object.fromEntries(await Promise.all(codecs.map(async (c) => [c, await compress(c, input)] as const)))
for (const c of codecs) console.log(`${c}: 1 MiB -> ${packed[c]!.length} bytes`)

describe('compress 1 MiB JSON-ish', () => {
  bench('Buffer.copy baseline', () => {
    input.copy(dst)
  })
  for (const c of codecs) {
    bench(c, async () => {
      await compress(c, input)
    })
  }
})

describe('decompress 1 MiB JSON-ish', () => {
  bench('Buffer.copy baseline', () => {
    input.copy(dst)
  })
  for (const c of codecs) {
    bench(c, async () => {
      await decompress(c, packed[c]!)
    })
  }
})
