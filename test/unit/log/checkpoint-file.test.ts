// Goal: offset checkpoint files are byte-for-byte Kafka's, read back what was written, read a
// missing file as empty, refuse malformed content with CorruptCheckpointError, and ignore a `.tmp`
// left by a crashed write. Method: real files in a fresh temp dir, compared with hand-written text.

import * as fs from 'node:fs'
import * as os from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CorruptCheckpointError,
  decodeCheckpoint,
  readOffsetCheckpoint,
  writeOffsetCheckpoint,
} from '../../../src/log/checkpoint-file.js'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { AssertionError } from '../../../src/util/assert.js'

let dir: string
let path: string

beforeEach(() => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'oxbow-'))
  path = join(dir, 'recovery-point-offset-checkpoint')
})

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

const TWO = [
  { topic: 'topic-a', partition: 0, offset: 42 },
  { topic: 'topic-b', partition: 3, offset: 7 },
]

describe('offset checkpoint', () => {
  it('writes Kafka text exactly', async () => {
    await writeOffsetCheckpoint(nodeFileSystem, path, TWO)
    expect(fs.readFileSync(path, 'utf8')).toBe('0\n2\ntopic-a 0 42\ntopic-b 3 7\n')
    expect(fs.readdirSync(dir)).toEqual(['recovery-point-offset-checkpoint'])
  })

  it('writes an empty checkpoint as version and zero', async () => {
    await writeOffsetCheckpoint(nodeFileSystem, path, [])
    expect(fs.readFileSync(path, 'utf8')).toBe('0\n0\n')
    expect(readOffsetCheckpoint(nodeFileSystem, path)).toEqual([])
  })

  it('round-trips, replacing the previous contents', async () => {
    await writeOffsetCheckpoint(nodeFileSystem, path, TWO)
    const next = [
      { topic: '__consumer_offsets', partition: 49, offset: 9007199254740991 },
      { topic: 'a.b_c-d', partition: 2147483647, offset: 0 },
    ]
    await writeOffsetCheckpoint(nodeFileSystem, path, next)
    expect(readOffsetCheckpoint(nodeFileSystem, path)).toEqual(next)
  })

  it('reads text Kafka wrote, in file order', () => {
    fs.writeFileSync(path, '0\n3\nfoo 1 100\nbar 0 5\nfoo 0 0\n')
    expect(readOffsetCheckpoint(nodeFileSystem, path)).toEqual([
      { topic: 'foo', partition: 1, offset: 100 },
      { topic: 'bar', partition: 0, offset: 5 },
      { topic: 'foo', partition: 0, offset: 0 },
    ])
  })

  it('reads as Java readLine and split(\\s+) do', () => {
    fs.writeFileSync(path, '0\r\n2\r\nfoo  1\t100 \nbar 0 5')
    expect(readOffsetCheckpoint(nodeFileSystem, path)).toEqual([
      { topic: 'foo', partition: 1, offset: 100 },
      { topic: 'bar', partition: 0, offset: 5 },
    ])
  })

  it('reads a missing file, an empty file and a version-only file as no entries', () => {
    expect(readOffsetCheckpoint(nodeFileSystem, path)).toEqual([])
    fs.writeFileSync(path, '')
    expect(readOffsetCheckpoint(nodeFileSystem, path)).toEqual([])
    fs.writeFileSync(path, '0\n')
    expect(readOffsetCheckpoint(nodeFileSystem, path)).toEqual([])
  })

  it.each([
    ['wrong version', '1\n1\nfoo 0 1\n'],
    ['non-numeric version', 'x\n0\n'],
    ['count above the lines', '0\n3\nfoo 0 1\nbar 0 2\n'],
    ['count below the lines', '0\n1\nfoo 0 1\nbar 0 2\n'],
    ['non-numeric count', '0\ntwo\nfoo 0 1\n'],
    ['two fields', '0\n1\nfoo 0\n'],
    ['four fields', '0\n1\nfoo 0 1 2\n'],
    ['leading whitespace', '0\n1\n foo 0 1\n'],
    ['blank entry line', '0\n1\n\n'],
    ['bad partition', '0\n1\nfoo x 1\n'],
    ['partition beyond int32', '0\n1\nfoo 2147483648 1\n'],
    ['fractional offset', '0\n1\nfoo 0 1.5\n'],
    ['offset beyond safe integers', '0\n1\nfoo 0 9007199254740993\n'],
    ['empty offset', '0\n1\nfoo 0 -\n'],
  ])('refuses %s', (_name, text) => {
    fs.writeFileSync(path, text)
    expect(() => readOffsetCheckpoint(nodeFileSystem, path)).toThrow(CorruptCheckpointError)
  })

  it('names the file in the error', () => {
    expect(() => decodeCheckpoint('/d/x', Buffer.from('7\n0\n'), 0)).toThrow('/d/x: version 7, expected 0')
  })

  it('ignores and then replaces a .tmp left by a crashed write', async () => {
    await writeOffsetCheckpoint(nodeFileSystem, path, TWO)
    fs.writeFileSync(`${path}.tmp`, '0\n5\ntorn')
    expect(readOffsetCheckpoint(nodeFileSystem, path)).toEqual(TWO)
    await writeOffsetCheckpoint(nodeFileSystem, path, [{ topic: 'c', partition: 1, offset: 2 }])
    expect(fs.readFileSync(path, 'utf8')).toBe('0\n1\nc 1 2\n')
    expect(fs.existsSync(`${path}.tmp`)).toBe(false)
  })

  it('asserts entries it cannot write', async () => {
    await expect(
      writeOffsetCheckpoint(nodeFileSystem, path, [{ topic: 'a b', partition: 0, offset: 1 }]),
    ).rejects.toThrow(AssertionError)
    await expect(
      writeOffsetCheckpoint(nodeFileSystem, path, [{ topic: 'a', partition: -1, offset: 1 }]),
    ).rejects.toThrow(AssertionError)
    await expect(
      writeOffsetCheckpoint(nodeFileSystem, path, [{ topic: 'a', partition: 0, offset: 0.5 }]),
    ).rejects.toThrow(AssertionError)
    expect(fs.existsSync(path)).toBe(false)
  })
})
