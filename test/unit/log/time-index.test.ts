// Goal: TimeIndex reads and writes Kafka's .timeindex bytes exactly, appends only when the
// timestamp grows, answers lookups as Kafka's TimeIndex.lookup (NO_TIMESTAMP and the base offset
// when nothing is early enough), and handles torn and corrupt files. Method: real files in a fresh
// temp dir; exact values and hand-written bytes.

import * as fs from 'node:fs'
import * as os from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { CorruptIndexError } from '../../../src/log/offset-index.js'
import { NO_TIMESTAMP, TimeIndex } from '../../../src/log/time-index.js'
import { AssertionError } from '../../../src/util/assert.js'

const MAX_INDEX_BYTES = 10485760

let dir: string
let path: string

beforeEach(() => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'oxbow-'))
  path = join(dir, '00000000000000000100.timeindex')
})

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A time index at base 100 with entries 1000->110, 2000->120, 3000->130. */
function threeEntries(): TimeIndex {
  const index = TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
  index.maybeAppend(1000, 110)
  index.maybeAppend(2000, 120)
  index.maybeAppend(3000, 130)
  return index
}

describe('TimeIndex', () => {
  it('starts empty', () => {
    const index = TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    expect(NO_TIMESTAMP).toBe(-1)
    expect(index.entryCount).toBe(0)
    expect(index.maxEntries).toBe(873813)
    expect(index.lastEntry()).toEqual({ timestamp: -1, offset: 100 })
    expect(index.lookup(5000)).toEqual({ timestamp: -1, offset: 100 })
    expect(fs.statSync(path).size).toBe(0)
    index.close()
  })

  it('looks up the entry with the largest timestamp at or below the target', () => {
    const index = threeEntries()
    expect(index.lookup(999)).toEqual({ timestamp: -1, offset: 100 })
    expect(index.lookup(1000)).toEqual({ timestamp: 1000, offset: 110 })
    expect(index.lookup(1999)).toEqual({ timestamp: 1000, offset: 110 })
    expect(index.lookup(2000)).toEqual({ timestamp: 2000, offset: 120 })
    expect(index.lookup(2500)).toEqual({ timestamp: 2000, offset: 120 })
    expect(index.lookup(3000)).toEqual({ timestamp: 3000, offset: 130 })
    expect(index.lookup(Number.MAX_SAFE_INTEGER)).toEqual({ timestamp: 3000, offset: 130 })
    expect(index.lastEntry()).toEqual({ timestamp: 3000, offset: 130 })
    expect(index.entry(0)).toEqual({ timestamp: 1000, offset: 110 })
    expect(index.sizeInBytes()).toBe(36)
    index.close()
  })

  it('appends only when the timestamp grows', () => {
    const index = threeEntries()
    index.maybeAppend(3000, 130)
    index.maybeAppend(3000, 135)
    expect(index.entryCount).toBe(3)
    index.maybeAppend(3001, 130)
    expect(index.entryCount).toBe(4)
    expect(index.lastEntry()).toEqual({ timestamp: 3001, offset: 130 })
    expect(() => index.maybeAppend(2999, 140)).toThrow(AssertionError)
    expect(() => index.maybeAppend(4000, 129)).toThrow(AssertionError)
    expect(index.entryCount).toBe(4)
    index.close()
  })

  it('never indexes records without timestamps', () => {
    const index = TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    index.maybeAppend(-1, 100)
    index.maybeAppend(-1, 105)
    expect(index.entryCount).toBe(0)
    index.maybeAppend(0, 106)
    expect(index.lastEntry()).toEqual({ timestamp: 0, offset: 106 })
    index.close()
  })

  it('writes the exact bytes of Kafka entries', () => {
    const index = TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    index.maybeAppend(1_700_000_000_000, 100)
    index.maybeAppend(1_700_000_000_001, 100 + 0x010203)
    index.close()
    expect(fs.readFileSync(path).toString('hex')).toBe(
      '0000018bcfe56800' + '00000000' + '0000018bcfe56801' + '00010203',
    )
  })

  it('reads back after reopening and trims a torn trailing entry', () => {
    threeEntries().close()
    fs.appendFileSync(path, Buffer.alloc(7, 0xff))
    const index = TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    expect(index.entryCount).toBe(3)
    expect([0, 1, 2].map((i) => index.entry(i))).toEqual([
      { timestamp: 1000, offset: 110 },
      { timestamp: 2000, offset: 120 },
      { timestamp: 3000, offset: 130 },
    ])
    expect(fs.statSync(path).size).toBe(36)
    index.maybeAppend(4000, 140)
    index.close()
    expect(fs.statSync(path).size).toBe(48)
  })

  it('truncates by offset', () => {
    const index = threeEntries()
    index.truncateTo(125)
    expect(index.entryCount).toBe(2)
    expect(index.lastEntry()).toEqual({ timestamp: 2000, offset: 120 })
    index.truncateTo(120)
    expect(index.entryCount).toBe(1)
    expect(fs.statSync(path).size).toBe(12)
    index.truncateTo(100)
    expect(index.entryCount).toBe(0)
    expect(index.lastEntry()).toEqual({ timestamp: -1, offset: 100 })
    index.close()
  })

  it('drops every entry at a repeated offset when truncating to it', () => {
    const index = TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)
    index.maybeAppend(1000, 110)
    index.maybeAppend(2000, 120)
    index.maybeAppend(2500, 120)
    index.truncateTo(120)
    expect(index.entryCount).toBe(1)
    index.reset()
    expect(index.entryCount).toBe(0)
    index.close()
  })

  it('refuses timestamps that do not grow and offsets that go back', () => {
    const entry = (timestamp: number, relativeOffset: number): string =>
      timestamp.toString(16).padStart(16, '0') + relativeOffset.toString(16).padStart(8, '0')
    fs.writeFileSync(path, Buffer.from(entry(2000, 10) + entry(2000, 20), 'hex'))
    expect(() => TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
    fs.writeFileSync(path, Buffer.from(entry(2000, 10) + entry(3000, 9), 'hex'))
    expect(() => TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
    fs.writeFileSync(path, Buffer.from(entry(2000, 10) + entry(0, 0), 'hex'))
    expect(() => TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
    fs.writeFileSync(path, Buffer.from(`ffffffffffffffff${entry(0, 0).slice(16)}`, 'hex'))
    expect(() => TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
    fs.writeFileSync(path, Buffer.from(`${entry(2000, 0).slice(0, 16)}ffffffff`, 'hex'))
    expect(() => TimeIndex.open(nodeFileSystem, path, 100, MAX_INDEX_BYTES)).toThrow(CorruptIndexError)
  })

  it('is full one entry early, keeping the last slot for roll and close', () => {
    const index = TimeIndex.open(nodeFileSystem, path, 0, 12 * 3)
    expect(index.maxEntries).toBe(3)
    index.maybeAppend(10, 1)
    expect(index.isFull()).toBe(false)
    index.maybeAppend(20, 2)
    expect(index.isFull()).toBe(true)
    expect(() => index.maybeAppend(30, 3)).toThrow(AssertionError)
    index.maybeAppend(30, 3, true)
    expect(index.entryCount).toBe(3)
    index.close()
  })

  it('renames and deletes', () => {
    const index = threeEntries()
    index.renameTo(`${path}.swap`)
    expect(index.path).toBe(`${path}.swap`)
    expect(fs.existsSync(`${path}.swap`)).toBe(true)
    index.delete()
    expect(fs.readdirSync(dir)).toEqual([])
  })
})
