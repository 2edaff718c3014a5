// Goal: the offset map holds key -> latest offset in fixed memory and refuses new keys past
// its load factor. Method: exact slot arithmetic from the memory size, put/get over many
// keys (collisions included at 90% load), updates while full, large offsets, clear.

import { describe, expect, it } from 'vitest'
import {
  BYTES_PER_ENTRY,
  DEFAULT_DEDUPE_BUFFER_BYTES,
  OffsetMap,
  offsetMapMemoryBytes,
} from '../../../../src/log/cleaner/offset-map.js'
import { AssertionError } from '../../../../src/util/assert.js'

const key = (i: number) => Buffer.from(`key-${i}`)

describe('OffsetMap', () => {
  it('sizes slots and the load-factor limit from the memory, as Kafka', () => {
    expect(BYTES_PER_ENTRY).toBe(24)
    const map = new OffsetMap(2400)
    expect(map.slots).toBe(100)
    expect(map.maxEntries).toBe(90)
    expect(new OffsetMap(2400 + 23, 0.5).maxEntries).toBe(50)
    expect(offsetMapMemoryBytes()).toBe(134_217_728)
    expect(offsetMapMemoryBytes(DEFAULT_DEDUPE_BUFFER_BYTES, 3)).toBe(44_739_242)
    expect(offsetMapMemoryBytes(8 * 1024 ** 3, 1)).toBe(2_147_483_647)
  })

  it('refuses to be created too small to hold one key', () => {
    expect(() => new OffsetMap(24)).toThrow(AssertionError)
    expect(new OffsetMap(48).maxEntries).toBe(1)
  })

  it('returns the latest offset per key, -1 for unknown keys', () => {
    const map = new OffsetMap(2400)
    expect(map.get(key(1))).toBe(-1)
    expect(map.latestOffset).toBe(-1)
    expect(map.put(key(1), 10)).toBe(true)
    expect(map.put(key(2), 11)).toBe(true)
    expect(map.put(key(1), 12)).toBe(true)
    expect(map.get(key(1))).toBe(12)
    expect(map.get(key(2))).toBe(11)
    expect(map.get(key(3))).toBe(-1)
    expect(map.size).toBe(2)
    expect(map.latestOffset).toBe(12)
    expect(map.get(Buffer.alloc(0))).toBe(-1)
    expect(map.put(Buffer.alloc(0), 13)).toBe(true)
    expect(map.get(Buffer.alloc(0))).toBe(13)
  })

  it('keeps every key at 90% load and refuses the next new key, but not updates', () => {
    const map = new OffsetMap(2400)
    for (let i = 0; i < 90; i++) expect(map.put(key(i), i * 2)).toBe(true)
    expect(map.isFull).toBe(true)
    expect(map.utilization).toBe(0.9)
    for (let i = 0; i < 90; i++) expect(map.get(key(i))).toBe(i * 2)
    expect(map.put(key(90), 500)).toBe(false)
    expect(map.get(key(90))).toBe(-1)
    expect(map.size).toBe(90)
    expect(map.latestOffset).toBe(178)
    expect(map.put(key(5), 501)).toBe(true)
    expect(map.get(key(5))).toBe(501)
    expect(map.latestOffset).toBe(501)
    for (let i = 1000; i < 1100; i++) expect(map.get(key(i))).toBe(-1)
    expect(map.collisionRate).toBeGreaterThan(0)
  })

  it('works at load factor 1 with every slot taken', () => {
    const map = new OffsetMap(240, 1)
    for (let i = 0; i < 10; i++) expect(map.put(key(i), i)).toBe(true)
    for (let i = 0; i < 10; i++) expect(map.get(key(i))).toBe(i)
    expect(map.put(key(10), 10)).toBe(false)
    expect(map.get(key(10))).toBe(-1)
  })

  it('stores offsets beyond 32 bits', () => {
    const map = new OffsetMap(2400)
    const big = 2 ** 40 + 12_345
    map.put(key(1), big)
    map.put(key(2), Number.MAX_SAFE_INTEGER)
    expect(map.get(key(1))).toBe(big)
    expect(map.get(key(2))).toBe(Number.MAX_SAFE_INTEGER)
  })

  it('moves latestOffset forward over gaps and forgets everything on clear', () => {
    const map = new OffsetMap(2400)
    map.put(key(1), 3)
    map.updateLatestOffset(9)
    expect(map.latestOffset).toBe(9)
    map.clear()
    expect(map.size).toBe(0)
    expect(map.latestOffset).toBe(-1)
    expect(map.get(key(1))).toBe(-1)
    expect(map.put(key(1), 4)).toBe(true)
    expect(map.get(key(1))).toBe(4)
  })
})
