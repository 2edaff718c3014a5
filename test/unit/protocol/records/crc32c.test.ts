// Goal: crc32c gives CRC-32C (Castagnoli) over exactly the requested range, with the
// native and JS implementations agreeing. Method: the published check value, a bitwise
// reference written here from the polynomial, and seeded random buffers and ranges.

import { describe, expect, it } from 'vitest'
import { crc32c, crc32cImplementation, crc32cJsImpl } from '../../../../src/protocol/records/crc32c.js'
import { Prng } from '../../../../src/util/prng.js'
import { bitwiseCrc32c } from './reference-crc32c.js'

/** A float in [0, 1) from the project's seeded PRNG. */
function mulberry32(seed: number): () => number {
  const prng = new Prng(seed)
  return () => prng.nextFloat()
}

describe('crc32c', () => {
  it('matches the check value for "123456789"', () => {
    const buf = Buffer.from('123456789')
    expect(crc32c(buf)).toBe(0xe3069283)
    expect(crc32cJsImpl(buf)).toBe(0xe3069283)
    expect(bitwiseCrc32c(buf)).toBe(0xe3069283)
  })

  it('uses the native implementation on this machine', () => {
    expect(crc32cImplementation).toBe('native')
  })

  it('covers exactly [start, end)', () => {
    const buf = Buffer.from('xx123456789yy')
    expect(crc32c(buf, 2, 11)).toBe(0xe3069283)
    expect(crc32c(buf, 5, 5)).toBe(0)
  })

  it('agrees with the JS and bitwise implementations on random data', () => {
    const seed = 0x5eed
    const rand = mulberry32(seed)
    for (let i = 0; i < 200; i++) {
      const buf = Buffer.alloc(Math.floor(rand() * 3000))
      for (let j = 0; j < buf.length; j++) buf[j] = Math.floor(rand() * 256)
      const start = Math.floor(rand() * (buf.length + 1))
      const end = start + Math.floor(rand() * (buf.length - start + 1))
      const expected = bitwiseCrc32c(buf.subarray(start, end))
      expect(crc32c(buf, start, end), `seed=${seed} i=${i}`).toBe(expected)
      expect(crc32cJsImpl(buf, start, end), `seed=${seed} i=${i}`).toBe(expected)
    }
  })
})
