// Goal: encodeBatch and decodeBatch are inverse for every compression codec and every
// shape of record: with and without keys, null values, headers (null values, UTF-8 keys),
// control and transactional batches, int64 timestamps far apart, and a 1 MiB batch; and
// malformed records give DecodeError, never another exception. Method: records from a
// seeded PRNG (seed in every assertion message), compared field by field after decoding.

import { describe, expect, it } from 'vitest'
import { readBatchHeader, validateBatch } from '../../../../src/protocol/records/batch.js'
import {
  type BatchInput,
  decodeBatch,
  decodeRecords,
  encodeBatch,
  type RecordInput,
} from '../../../../src/protocol/records/codec.js'
import { DecodeError } from '../../../../src/protocol/records/decode-error.js'
import { Prng } from '../../../../src/util/prng.js'
import { bitwiseCrc32c } from './reference-crc32c.js'

/** A float in [0, 1) from the project's seeded PRNG. */
function mulberry32(seed: number): () => number {
  const prng = new Prng(seed)
  return () => prng.nextFloat()
}

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const

function randomBytes(rand: () => number, length: number, compressible: boolean): Buffer {
  const b = Buffer.alloc(length)
  for (let i = 0; i < length; i++) b[i] = compressible ? 97 + Math.floor(rand() * 6) : Math.floor(rand() * 256)
  return b
}

function randomRecords(
  rand: () => number,
  opts: { count: number; keys: boolean; headers: boolean; valueBytes: number },
): RecordInput[] {
  const base = 1700000000000n + BigInt(Math.floor(rand() * 1e9))
  const out: RecordInput[] = []
  for (let i = 0; i < opts.count; i++) {
    const value = rand() < 0.15 ? null : randomBytes(rand, Math.floor(rand() * opts.valueBytes), rand() < 0.5)
    const headers = opts.headers
      ? Array.from({ length: Math.floor(rand() * 4) }, (_, j) => ({
          key: `h${j}-é✓`,
          value: rand() < 0.3 ? null : randomBytes(rand, Math.floor(rand() * 20), true),
        }))
      : []
    out.push({
      timestamp: base + BigInt(Math.floor((rand() - 0.3) * 1e6)),
      key: opts.keys ? randomBytes(rand, Math.floor(rand() * 30), true) : null,
      value,
      headers,
    })
  }
  return out
}

async function roundTrip(input: BatchInput, label: string): Promise<Buffer> {
  const bytes = await encodeBatch(input)
  const v = validateBatch(bytes, 0, { mode: 'produce' })
  expect(v.ok, label).toBe(true)
  const { header, records } = await decodeBatch(bytes)
  expect(header.recordCount, label).toBe(input.records.length)
  expect(header.isTransactional, label).toBe(input.isTransactional ?? false)
  expect(header.isControl, label).toBe(input.isControl ?? false)
  expect(header.producerId, label).toBe(input.producerId ?? -1n)
  expect(header.compression, label).toBe(CODECS.indexOf(input.compression ?? 'none'))
  const base = input.baseOffset ?? 0n
  input.records.forEach((want, i) => {
    const got = records[i]!
    expect(got.offset, label).toBe(base + BigInt(i))
    expect(got.timestamp, label).toBe(want.timestamp)
    expect(got.key, label).toEqual(want.key ?? null)
    expect(got.value, label).toEqual(want.value)
    expect(got.headers, label).toEqual(want.headers ?? [])
  })
  let max = -1n
  for (const r of input.records) if (r.timestamp > max) max = r.timestamp
  expect(header.maxTimestamp, label).toBe(max)
  return bytes
}

describe('encodeBatch/decodeBatch round trip', () => {
  for (const compression of CODECS) {
    for (const keys of [false, true]) {
      for (const headers of [false, true]) {
        it(`${compression}, keys=${keys}, headers=${headers}`, async () => {
          for (let seed = 1; seed <= 5; seed++) {
            const rand = mulberry32(seed * 7919 + CODECS.indexOf(compression))
            const records = randomRecords(rand, { count: 1 + Math.floor(rand() * 40), keys, headers, valueBytes: 300 })
            await roundTrip({ compression, records, baseOffset: BigInt(seed * 1000) }, `seed=${seed} ${compression}`)
          }
        })
      }
    }

    it(`${compression}: transactional idempotent batch`, async () => {
      const rand = mulberry32(42)
      const records = randomRecords(rand, { count: 10, keys: true, headers: true, valueBytes: 100 })
      const bytes = await roundTrip(
        {
          compression,
          records,
          isTransactional: true,
          producerId: 9007199254740993n,
          producerEpoch: 32767,
          baseSequence: 2147483000,
        },
        `seed=42 ${compression} txn`,
      )
      const h = readBatchHeader(bytes)
      expect(h.producerEpoch).toBe(32767)
      expect(h.baseSequence).toBe(2147483000)
    })

    it(`${compression}: 1 MiB batch`, async () => {
      const seed = 1234
      const rand = mulberry32(seed)
      const records = randomRecords(rand, { count: 1200, keys: true, headers: false, valueBytes: 2048 })
      const bytes = await roundTrip({ compression, records }, `seed=${seed} ${compression} 1MiB`)
      if (compression === 'none') expect(bytes.length).toBeGreaterThan(1024 * 1024 * 0.9)
    })
  }

  it('control batch round-trips with its flag', async () => {
    await roundTrip(
      {
        isControl: true,
        isTransactional: true,
        producerId: 5n,
        producerEpoch: 0,
        records: [{ timestamp: 10n, key: Buffer.from('00000001', 'hex'), value: Buffer.from('000000000003', 'hex') }],
      },
      'control',
    )
  })

  it('keeps int64 timestamps exact far from the base', async () => {
    const records = [
      { timestamp: 0n, value: null },
      { timestamp: 2n ** 62n, value: null },
      { timestamp: -(2n ** 40n), value: null },
    ]
    await roundTrip({ records }, 'int64 timestamps')
  })

  it('keeps explicit offset deltas (compacted batch)', async () => {
    const bytes = await encodeBatch({
      baseOffset: 10n,
      records: [
        { timestamp: 1n, value: null, offsetDelta: 0 },
        { timestamp: 1n, value: null, offsetDelta: 7 },
      ],
    })
    const { header, records } = await decodeBatch(bytes)
    expect(header.lastOffsetDelta).toBe(7)
    expect(records.map((r) => r.offset)).toEqual([10n, 17n])
  })

  it('sets the delete horizon bit and carries it in baseTimestamp', async () => {
    const bytes = await encodeBatch({ records: [{ timestamp: 100n, value: null }], deleteHorizonMs: 90n })
    const h = readBatchHeader(bytes)
    expect(h.hasDeleteHorizonMs).toBe(true)
    expect(h.baseTimestamp).toBe(90n)
    expect((await decodeBatch(bytes)).records[0]!.timestamp).toBe(100n)
  })
})

describe('malformed records', () => {
  const header = (recordCount: number) =>
    readBatchHeader(
      Buffer.concat([Buffer.alloc(57), Buffer.from([0, 0, 0, recordCount]), Buffer.alloc(0)]).fill(0, 0, 57),
    )

  const cases: [string, string, number][] = [
    ['record length past the end', '2000000000', 1],
    ['negative record length', '0300', 1],
    ['key length -2', '0c00000003', 1],
    ['value runs past the record', '0a000000010a6868', 1],
    ['varint too long', 'ffffffffff7f00000000', 1],
    ['varlong too long', '1600ffffffffffffffffffff7f0001010000', 1],
    ['negative header count', '0c0000000101016868', 1],
    ['header count larger than the bytes', '0c000000010160', 1],
    ['negative header key length', '0e00000000010102030000', 1],
    ['record shorter than its fields', '020000000101', 1],
    ['bytes left after the last record', '0c000000010100' + '00', 1],
    ['more records claimed than bytes', '0c00000001010000', 100],
  ]
  it.each(cases)('%s gives DecodeError', (_, hex, count) => {
    expect(() => decodeRecords(Buffer.from(hex, 'hex'), header(count))).toThrow(DecodeError)
  })

  it('decodeBatch refuses a bad CRC with errorName CORRUPT_MESSAGE', async () => {
    const bytes = await encodeBatch({ records: [{ timestamp: 1n, value: Buffer.from('x') }] })
    bytes[bytes.length - 2]! ^= 0xff
    await expect(decodeBatch(bytes)).rejects.toMatchObject({ name: 'DecodeError', errorName: 'CORRUPT_MESSAGE' })
  })

  it('decodeBatch refuses garbage inside a valid CRC (compressed payload)', async () => {
    for (const compression of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
      const bytes = await encodeBatch({
        compression,
        records: [{ timestamp: 1n, value: Buffer.from('hello'.repeat(50)) }],
      })
      bytes.fill(0x5a, 61 + 4)
      bytes.writeUInt32BE(bitwiseCrc32c(bytes.subarray(21)), 17)
      await expect(decodeBatch(bytes), compression).rejects.toBeInstanceOf(DecodeError)
    }
  })

  it('decodeBatch caps the decompressed size', async () => {
    for (const compression of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
      const bytes = await encodeBatch({ compression, records: [{ timestamp: 1n, value: Buffer.alloc(1 << 20) }] })
      await expect(decodeBatch(bytes, { maxUncompressedBytes: 64 * 1024 }), compression).rejects.toThrow(/limit/)
    }
  })
})
