// Goal: the leader-epoch-checkpoint file is byte-for-byte Kafka's, round-trips, reads a missing
// file as empty, and refuses malformed content. Method: real files in a fresh temp dir, compared
// with hand-written text.

import * as fs from 'node:fs'
import * as os from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CorruptCheckpointError } from '../../../src/log/checkpoint-file.js'
import { nodeFileSystem } from '../../../src/log/fs.js'
import {
  LEADER_EPOCH_CHECKPOINT_FILENAME,
  readLeaderEpochCheckpoint,
  writeLeaderEpochCheckpoint,
} from '../../../src/log/leader-epoch-checkpoint.js'
import { AssertionError } from '../../../src/util/assert.js'

let dir: string
let path: string

beforeEach(() => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'oxbow-'))
  path = join(dir, LEADER_EPOCH_CHECKPOINT_FILENAME)
})

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('leader epoch checkpoint', () => {
  it('writes Kafka text exactly and reads it back', async () => {
    const entries = [
      { epoch: 0, startOffset: 0 },
      { epoch: 3, startOffset: 120 },
    ]
    await writeLeaderEpochCheckpoint(nodeFileSystem, path, entries)
    expect(LEADER_EPOCH_CHECKPOINT_FILENAME).toBe('leader-epoch-checkpoint')
    expect(fs.readFileSync(path, 'utf8')).toBe('0\n2\n0 0\n3 120\n')
    expect(readLeaderEpochCheckpoint(nodeFileSystem, path)).toEqual(entries)
    await writeLeaderEpochCheckpoint(nodeFileSystem, path, [])
    expect(fs.readFileSync(path, 'utf8')).toBe('0\n0\n')
    expect(readLeaderEpochCheckpoint(nodeFileSystem, path)).toEqual([])
  })

  it('reads a missing file as no entries', () => {
    expect(readLeaderEpochCheckpoint(nodeFileSystem, path)).toEqual([])
  })

  it('reads text Kafka wrote', () => {
    fs.writeFileSync(path, '0\n3\n1 0\n2 57\n5 9007199254740991\n')
    expect(readLeaderEpochCheckpoint(nodeFileSystem, path)).toEqual([
      { epoch: 1, startOffset: 0 },
      { epoch: 2, startOffset: 57 },
      { epoch: 5, startOffset: 9007199254740991 },
    ])
  })

  it.each([
    ['wrong version', '1\n1\n0 0\n'],
    ['count mismatch', '0\n2\n0 0\n'],
    ['three fields', '0\n1\n0 0 0\n'],
    ['one field', '0\n1\n0\n'],
    ['bad epoch', '0\n1\ne 0\n'],
    ['epoch beyond int32', '0\n1\n2147483648 0\n'],
    ['bad start offset', '0\n1\n0 0x10\n'],
  ])('refuses %s', (_name, text) => {
    fs.writeFileSync(path, text)
    expect(() => readLeaderEpochCheckpoint(nodeFileSystem, path)).toThrow(CorruptCheckpointError)
  })

  it('ignores a .tmp left by a crashed write', async () => {
    await writeLeaderEpochCheckpoint(nodeFileSystem, path, [{ epoch: 1, startOffset: 5 }])
    fs.writeFileSync(`${path}.tmp`, 'garbage')
    expect(readLeaderEpochCheckpoint(nodeFileSystem, path)).toEqual([{ epoch: 1, startOffset: 5 }])
  })

  it('asserts epochs and start offsets increase', async () => {
    const write = (entries: { epoch: number; startOffset: number }[]) =>
      writeLeaderEpochCheckpoint(nodeFileSystem, path, entries)
    await expect(
      write([
        { epoch: 2, startOffset: 0 },
        { epoch: 2, startOffset: 10 },
      ]),
    ).rejects.toThrow(AssertionError)
    await expect(
      write([
        { epoch: 1, startOffset: 10 },
        { epoch: 2, startOffset: 10 },
      ]),
    ).rejects.toThrow(AssertionError)
    await expect(write([{ epoch: -1, startOffset: 0 }])).rejects.toThrow(AssertionError)
    expect(fs.existsSync(path)).toBe(false)
  })
})
