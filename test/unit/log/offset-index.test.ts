// Goal: OffsetIndex reads and writes Kafka's .index bytes exactly, answers lookups as Kafka does,
// and survives what a crash leaves (torn last entry) while refusing entries out of order. Method:
// real files in a fresh temp dir; exact values and hand-written bytes.

import * as fs from 'node:fs'
import * as os from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { CorruptIndexError, OffsetIndex } from '../../../src/log/offset-index.js'
import { AssertionError } from '../../../src/util/assert.js'

const MAX_INDEX_BYTES = 10485760

let dir: string
let path: string

beforeEach(() => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'oxbow-'))
  path = join(dir, '00000000000000000100.index')
})

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

/** An index at base 100 with entries 110->0, 120->4096, 130->8192. */
function threeEntries(): OffsetIndex {
  const index = OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
  index.append(110, 0)
  index.append(120, 4096)
  index.append(130, 8192)
  return index
}

describe('OffsetIndex', () => {
  it('starts empty and creates the file', () => {
    const index = OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    expect(index.entryCount).toBe(0)
    expect(index.maxEntries).toBe(1310720)
    expect(index.lastOffset()).toBe(100)
    expect(index.sizeInBytes()).toBe(0)
    expect(index.lookup(500)).toEqual({ offset: 100, position: 0 })
    expect(index.path).toBe(path)
    expect(fs.statSync(path).size).toBe(0)
    index.close()
  })

  it('looks up the largest entry at or below the target', () => {
    const index = threeEntries()
    expect(index.lookup(50)).toEqual({ offset: 100, position: 0 })
    expect(index.lookup(109)).toEqual({ offset: 100, position: 0 })
    expect(index.lookup(110)).toEqual({ offset: 110, position: 0 })
    expect(index.lookup(119)).toEqual({ offset: 110, position: 0 })
    expect(index.lookup(120)).toEqual({ offset: 120, position: 4096 })
    expect(index.lookup(125)).toEqual({ offset: 120, position: 4096 })
    expect(index.lookup(130)).toEqual({ offset: 130, position: 8192 })
    expect(index.lookup(1_000_000)).toEqual({ offset: 130, position: 8192 })
    expect(index.entry(1)).toEqual({ offset: 120, position: 4096 })
    expect(index.lastOffset()).toBe(130)
    expect(index.entryCount).toBe(3)
    expect(index.sizeInBytes()).toBe(24)
    index.close()
  })

  it('writes the exact bytes of Kafka entries', () => {
    const index = OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    index.append(105, 0)
    index.append(100 + 0x010203, 0x0a0b0c0d)
    index.close()
    expect(fs.readFileSync(path).toString('hex')).toBe('00000005' + '00000000' + '00010203' + '0a0b0c0d')
  })

  it('reads back after reopening', () => {
    threeEntries().close()
    const index = OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    expect(index.entryCount).toBe(3)
    expect([0, 1, 2].map((i) => index.entry(i))).toEqual([
      { offset: 110, position: 0 },
      { offset: 120, position: 4096 },
      { offset: 130, position: 8192 },
    ])
    index.append(140, 9000)
    index.close()
    expect(fs.statSync(path).size).toBe(32)
  })

  it('truncates in the middle, at an entry, and before all entries', () => {
    const index = threeEntries()
    index.truncateTo(125)
    expect(index.entryCount).toBe(2)
    expect(index.lastOffset()).toBe(120)
    expect(fs.statSync(path).size).toBe(16)
    index.truncateTo(120)
    expect(index.entryCount).toBe(1)
    expect(index.lastOffset()).toBe(110)
    expect(index.lookup(125)).toEqual({ offset: 110, position: 0 })
    index.truncateTo(200)
    expect(index.entryCount).toBe(1)
    index.truncateTo(105)
    expect(index.entryCount).toBe(0)
    expect(index.lastOffset()).toBe(100)
    expect(fs.statSync(path).size).toBe(0)
    index.append(101, 10)
    expect(index.lookup(101)).toEqual({ offset: 101, position: 10 })
    index.close()
  })

  it('resets to no entries', () => {
    const index = threeEntries()
    index.reset()
    expect(index.entryCount).toBe(0)
    expect(fs.statSync(path).size).toBe(0)
    index.close()
  })

  it('trims a torn trailing entry on open', () => {
    threeEntries().close()
    fs.appendFileSync(path, Buffer.from([0, 0, 0, 40, 0]))
    expect(fs.statSync(path).size).toBe(29)
    const index = OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    expect(index.entryCount).toBe(3)
    expect(index.lastOffset()).toBe(130)
    expect(fs.statSync(path).size).toBe(24)
    index.append(140, 9000)
    index.close()
    expect(fs.readFileSync(path).subarray(24).toString('hex')).toBe('00000028' + '00002328')
  })

  it('refuses entries that are not strictly increasing', () => {
    fs.writeFileSync(path, Buffer.from('00000005000000000000000500000010', 'hex'))
    expect(() => OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
    // Kafka's preallocated zero tail after an unclean shutdown looks the same.
    fs.writeFileSync(path, Buffer.from('00000005000000000000000000000000', 'hex'))
    expect(() => OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
  })

  it('refuses a negative relative offset and decreasing positions', () => {
    fs.writeFileSync(path, Buffer.from('ffffffff00000000', 'hex'))
    expect(() => OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
    fs.writeFileSync(path, Buffer.from('00000001000001000000000200000080', 'hex'))
    expect(() => OffsetIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
    // A refused file is left as it was.
    expect(fs.statSync(path).size).toBe(16)
  })

  it('is full at maxEntries', () => {
    const index = OffsetIndex.open(nodeFileSystem, path, 0, 8 * 3 + 7)
    expect(index.maxEntries).toBe(3)
    index.append(1, 0)
    index.append(2, 10)
    expect(index.isFull()).toBe(false)
    index.append(3, 20)
    expect(index.isFull()).toBe(true)
    expect(() => index.append(4, 30)).toThrow(AssertionError)
    expect(index.entryCount).toBe(3)
    index.close()
  })

  it('asserts offsets grow, fit an int32 relative offset, and positions do not go back', () => {
    const index = threeEntries()
    expect(() => index.append(130, 9000)).toThrow(AssertionError)
    expect(() => index.append(131, 8000)).toThrow(AssertionError)
    expect(index.canAppendOffset(100 + 0x7fffffff)).toBe(true)
    expect(index.canAppendOffset(100 + 0x80000000)).toBe(false)
    expect(index.canAppendOffset(99)).toBe(false)
    expect(() => index.append(100 + 0x80000000, 9000)).toThrow(AssertionError)
    expect(() => index.entry(3)).toThrow(AssertionError)
    expect(index.entryCount).toBe(3)
    index.close()
  })

  it('grows past its initial in-memory capacity', () => {
    const index = OffsetIndex.open(nodeFileSystem, path, 0, MAX_INDEX_BYTES)
    for (let i = 0; i < 1000; i++) index.append(i * 10, i * 100)
    expect(index.lookup(5555)).toEqual({ offset: 5550, position: 55500 })
    index.close()
    const reopened = OffsetIndex.open(nodeFileSystem, path, 0, MAX_INDEX_BYTES)
    expect(reopened.entryCount).toBe(1000)
    expect(reopened.lookup(9999)).toEqual({ offset: 9990, position: 99900 })
    reopened.close()
  })

  it('syncs, renames and deletes', async () => {
    const index = threeEntries()
    await index.sync()
    const renamed = `${path}.deleted`
    index.renameTo(renamed)
    expect(index.path).toBe(renamed)
    expect(fs.existsSync(path)).toBe(false)
    index.append(140, 9000)
    expect(fs.statSync(renamed).size).toBe(32)
    index.delete()
    expect(fs.existsSync(renamed)).toBe(false)
    index.delete()
    expect(() => index.append(150, 9100)).toThrow(AssertionError)
  })

  it('keeps answering lookups after close', () => {
    const index = threeEntries()
    index.close()
    index.close()
    expect(index.lookup(125)).toEqual({ offset: 120, position: 4096 })
    expect(() => index.truncateTo(110)).toThrow(AssertionError)
  })
})
