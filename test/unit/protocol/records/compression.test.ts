// Goal: each codec reads what other implementations write and writes what they read, and
// refuses bombs and garbage with DecodeError. Method: xerial-framed snappy assembled by
// hand around raw blocks; LZ4 frames from lz4js (a separate pure-JS implementation that
// writes dependent 4 MiB blocks) decoded by us and ours decoded by lz4js; gzip against
// zlib's sync functions; xxHash32 against published check values; seeded random data.

import { createRequire } from 'node:module'
import { gunzipSync, gzipSync } from 'node:zlib'
import { compressSync as snappyRaw } from 'snappy'
import { describe, expect, it } from 'vitest'
import { compress, decompress } from '../../../../src/protocol/records/compression/index.js'
import { XERIAL_MAGIC } from '../../../../src/protocol/records/compression/snappy.js'
import { xxhash32 } from '../../../../src/protocol/records/compression/xxhash32.js'
import { declaredContentSize } from '../../../../src/protocol/records/compression/zstd.js'
import { DecodeError } from '../../../../src/protocol/records/decode-error.js'
import { Prng } from '../../../../src/util/prng.js'

const require = createRequire(import.meta.url)
const lz4js = require('lz4js') as { compress(src: Uint8Array): Uint8Array; decompress(src: Uint8Array): Uint8Array }

/** A float in [0, 1) from the project's seeded PRNG. */
function mulberry32(seed: number): () => number {
  const prng = new Prng(seed)
  return () => prng.nextFloat()
}

/** JSON-ish text: compressible but not trivially so. */
function jsonish(seed: number, bytes: number): Buffer {
  const rand = mulberry32(seed)
  const parts: string[] = []
  let n = 0
  while (n < bytes) {
    const s = `{"id":${Math.floor(rand() * 1e9)},"user":"u${Math.floor(rand() * 5000)}","ok":${rand() < 0.5},"score":${rand().toFixed(6)}}`
    parts.push(s)
    n += s.length
  }
  return Buffer.from(parts.join('')).subarray(0, bytes)
}

const CODECS = ['gzip', 'snappy', 'lz4', 'zstd'] as const

describe('round trip', () => {
  for (const codec of CODECS) {
    it(`${codec}: empty, tiny, random and 3 MiB inputs`, async () => {
      const seed = 77
      const rand = mulberry32(seed)
      const random = Buffer.alloc(200_000)
      for (let i = 0; i < random.length; i++) random[i] = Math.floor(rand() * 256)
      for (const input of [Buffer.alloc(0), Buffer.from('x'), random, jsonish(seed, 3 * 1024 * 1024)]) {
        const packed = await compress(codec, input)
        expect((await decompress(codec, packed)).equals(input), `seed=${seed} ${codec} ${input.length}`).toBe(true)
      }
    })

    it(`${codec}: refuses output over the limit`, async () => {
      const packed = await compress(codec, Buffer.alloc(4 * 1024 * 1024))
      await expect(decompress(codec, packed, 1024 * 1024)).rejects.toThrow(DecodeError)
      await expect(decompress(codec, packed, 4 * 1024 * 1024)).resolves.toHaveLength(4 * 1024 * 1024)
    })

    it(`${codec}: garbage gives DecodeError`, async () => {
      const rand = mulberry32(3)
      for (let i = 0; i < 50; i++) {
        const junk = Buffer.alloc(Math.floor(rand() * 200))
        for (let j = 0; j < junk.length; j++) junk[j] = Math.floor(rand() * 256)
        try {
          await decompress(codec, junk, 1 << 20)
        } catch (e) {
          expect(e, `seed=3 i=${i}`).toBeInstanceOf(DecodeError)
        }
      }
    })
  }
})

describe('gzip interop', () => {
  it('zlib reads ours and we read zlib', async () => {
    const input = jsonish(1, 100_000)
    expect(gunzipSync(await compress('gzip', input)).equals(input)).toBe(true)
    expect((await decompress('gzip', gzipSync(input, { level: 9 }))).equals(input)).toBe(true)
  })

  it('reads concatenated gzip members', async () => {
    const two = Buffer.concat([gzipSync(Buffer.from('ab')), gzipSync(Buffer.from('cd'))])
    expect((await decompress('gzip', two)).toString()).toBe('abcd')
  })
})

describe('snappy', () => {
  it('writes xerial framing: magic, version 1, compatible 1, 32 KiB blocks', async () => {
    const input = jsonish(2, 100_000)
    const packed = await compress('snappy', input)
    expect(packed.subarray(0, 8).equals(XERIAL_MAGIC)).toBe(true)
    expect(packed.readInt32BE(8)).toBe(1)
    expect(packed.readInt32BE(12)).toBe(1)
    const firstBlock = packed.subarray(20, 20 + packed.readInt32BE(16))
    expect(firstBlock.equals(snappyRaw(input.subarray(0, 32 * 1024)))).toBe(true)
  })

  it('reads raw snappy (librdkafka) and hand-built xerial framing (Java)', async () => {
    const a = Buffer.from('first block '.repeat(100))
    const b = Buffer.from('second block, different '.repeat(50))
    expect((await decompress('snappy', snappyRaw(a))).equals(a)).toBe(true)
    const blockA = snappyRaw(a)
    const blockB = snappyRaw(b)
    const framed = Buffer.concat([
      Buffer.from('82534e4150505900', 'hex'),
      Buffer.from('0000000100000001', 'hex'),
      Buffer.from([0, 0, blockA.length >> 8, blockA.length & 0xff]),
      blockA,
      Buffer.from([0, 0, blockB.length >> 8, blockB.length & 0xff]),
      blockB,
    ])
    expect((await decompress('snappy', framed)).equals(Buffer.concat([a, b]))).toBe(true)
  })

  it('refuses a xerial block length past the end and a declared length over the limit', async () => {
    const framed = Buffer.concat([
      Buffer.from('82534e41505059000000000100000001', 'hex'),
      Buffer.from('00010000', 'hex'),
      Buffer.alloc(10),
    ])
    await expect(decompress('snappy', framed)).rejects.toThrow(DecodeError)
    // A raw block claiming 2^32-1 bytes: refused before the library allocates.
    await expect(decompress('snappy', Buffer.from('ffffffff0f00', 'hex'), 1 << 20)).rejects.toThrow(/limit/)
  })
})

describe('lz4 frames', () => {
  it('writes the frame shape Kafka writes: magic, FLG 0x60, BD 0x40, correct header checksum', async () => {
    const packed = await compress('lz4', jsonish(4, 10_000))
    expect(packed.readUInt32LE(0)).toBe(0x184d2204)
    expect(packed[4]).toBe(0x60)
    expect(packed[5]).toBe(0x40)
    expect(packed[6]).toBe((xxhash32(packed, 4, 6) >>> 8) & 0xff)
  })

  it('reads frames written by lz4js and lz4js reads ours', async () => {
    for (const seed of [5, 6, 7]) {
      const input = jsonish(seed, 300_000 * seed)
      const theirs = Buffer.from(lz4js.compress(input))
      expect((await decompress('lz4', theirs)).equals(input), `seed=${seed}`).toBe(true)
      const ours = await compress('lz4', input)
      expect(Buffer.from(lz4js.decompress(ours)).equals(input), `seed=${seed}`).toBe(true)
    }
  })

  it('reads a hand-built frame with a stored block, block checksums and a content checksum', async () => {
    const content = Buffer.from('stored, not compressed')
    const flg = 0x40 | 0x20 | 0x10 | 0x04
    const descriptor = Buffer.from([flg, 0x40])
    const hc = (xxhash32(descriptor) >>> 8) & 0xff
    const size = Buffer.alloc(4)
    size.writeUInt32LE((0x80000000 | content.length) >>> 0)
    const blockSum = Buffer.alloc(4)
    blockSum.writeUInt32LE(xxhash32(content))
    const contentSum = Buffer.alloc(4)
    contentSum.writeUInt32LE(xxhash32(content))
    const frame = Buffer.concat([
      Buffer.from('04224d18', 'hex'),
      descriptor,
      Buffer.from([hc]),
      size,
      content,
      blockSum,
      Buffer.alloc(4),
      contentSum,
    ])
    expect((await decompress('lz4', frame)).equals(content)).toBe(true)
    const badContent = Buffer.from(frame)
    badContent[badContent.length - 1]! ^= 1
    await expect(decompress('lz4', badContent)).rejects.toThrow(/content checksum/)
    const badBlock = Buffer.from(frame)
    badBlock[12]! ^= 1
    await expect(decompress('lz4', badBlock)).rejects.toThrow(/block checksum/)
  })

  it('refuses the broken header checksum of Kafka magic v0 (xxh32 over magic too)', async () => {
    const good = await compress('lz4', Buffer.from('abc'))
    const broken = Buffer.from(good)
    broken[6] = (xxhash32(broken, 0, 6) >>> 8) & 0xff
    expect(broken[6]).not.toBe(good[6])
    await expect(decompress('lz4', broken)).rejects.toThrow(/header checksum/)
  })
})

describe('xxhash32', () => {
  it.each([
    ['', 0x02cc5d05],
    ['a', 0x550d7456],
    ['abc', 0x32d153ff],
    ['Nobody inspects the spammish repetition', 0xe2293b2f],
  ])('xxh32(%j) = %d', (text, expected) => {
    expect(xxhash32(Buffer.from(text))).toBe(expected)
  })
})

describe('zstd', () => {
  it('refuses a frame whose declared content size is over the limit, before decoding', async () => {
    // FHD 0xA0: 4-byte Frame_Content_Size, single segment; the rest is never read.
    const header = Buffer.from('28b52ffda0a0860100' + '00'.repeat(8), 'hex')
    expect(declaredContentSize(header)).toBe(100_000n)
    await expect(decompress('zstd', header, 99_999)).rejects.toThrow(/limit/)
    // @mongodb-js/zstd 1.x streams without a pledged size, so its frames declare none.
    const packed = await compress('zstd', Buffer.alloc(100_000, 1))
    expect(declaredContentSize(packed)).toBe(null)
  })
})
