// Goal: the `quorum-state` file is Kafka's (QuorumStateData as JSON with Kafka's field names and
// data_version), written atomically, read back to the same election state, absent means a fresh
// voter, and a file that does not parse is refused rather than guessed.
// Method: real files in a temp dir.

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { initialElectionState } from '../../../src/raft/election-state.js'
import {
  QuorumStateFileError,
  quorumStatePath,
  readQuorumState,
  writeQuorumState,
} from '../../../src/raft/quorum-file.js'
import { tempDir } from '../log/log-kit.js'

let root: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir: root, cleanup } = tempDir())
})
afterEach(() => cleanup())

it('writes QuorumStateData version 0 as Kafka does and reads it back', async () => {
  await writeQuorumState(nodeFileSystem, root, { epoch: 5, leaderId: 2, votedId: null }, [1, 2, 3])
  expect(readFileSync(join(root, 'quorum-state'), 'utf8')).toBe(
    '{"clusterId":"","leaderId":2,"leaderEpoch":5,"votedId":-1,"appliedOffset":0,' +
      '"currentVoters":[{"voterId":1},{"voterId":2},{"voterId":3}],"data_version":0}',
  )
  expect(existsSync(join(root, 'quorum-state.tmp'))).toBe(false)
  expect(readQuorumState(nodeFileSystem, root)).toEqual({ epoch: 5, leaderId: 2, votedId: null })
  await writeQuorumState(nodeFileSystem, root, { epoch: 6, leaderId: null, votedId: 3 }, [1, 2, 3])
  expect(readQuorumState(nodeFileSystem, root)).toEqual({ epoch: 6, leaderId: null, votedId: 3 })
})

it('reads the version 1 file of newer Kafka releases (KIP-853)', () => {
  writeFileSync(
    quorumStatePath(root),
    '{"leaderId":-1,"leaderEpoch":9,"votedId":1,"votedDirectoryId":"AAAAAAAAAAAAAAAAAAAAAA","data_version":1}',
  )
  expect(readQuorumState(nodeFileSystem, root)).toEqual({ epoch: 9, leaderId: null, votedId: 1 })
})

it('starts from epoch 0 with no leader and no vote when there is no file', () => {
  expect(readQuorumState(nodeFileSystem, root)).toEqual(initialElectionState)
})

it('refuses a file that is not QuorumStateData', () => {
  for (const text of [
    '',
    '{"leaderId":1',
    '[]',
    '{"leaderId":1,"leaderEpoch":2,"votedId":-1,"data_version":7}',
    '{"leaderId":"1","leaderEpoch":2,"votedId":-1,"data_version":0}',
  ]) {
    writeFileSync(quorumStatePath(root), text)
    expect(() => readQuorumState(nodeFileSystem, root)).toThrow(QuorumStateFileError)
  }
})
