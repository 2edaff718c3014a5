// The `quorum-state` file: what a voter must remember across restarts (its epoch, its vote in
// that epoch, the leader it knows), as Kafka's `raft/.../FileQuorumStateStore.java` keeps it in
// the metadata partition's directory (`__cluster_metadata-0/quorum-state`).
//
// Format: one line of JSON, QuorumStateData (spec/kafka/raft/QuorumStateData.json) as Kafka's
// generated JSON converter writes it, plus `data_version`. We write version 0, which every
// KRaft release reads:
//
//   {"clusterId":"","leaderId":1,"leaderEpoch":5,"votedId":-1,"appliedOffset":0,
//    "currentVoters":[{"voterId":1},{"voterId":2},{"voterId":3}],"data_version":0}
//
// and read versions 0 and 1 (KIP-853 drops clusterId, appliedOffset, currentVoters and adds
// votedDirectoryId). -1 means "none" for leaderId and votedId.
//
// Crash safety: written whole to `quorum-state.tmp`, fsynced, renamed over `quorum-state`, and
// the directory fsynced (writeFileAtomically), so a crash leaves the old or the new state, never
// a torn one. A leftover `quorum-state.tmp` is ignored (PartitionLog.open deletes `*.tmp` files
// in the directory). A file that exists but does not parse is an error: guessing could grant a
// second vote in an epoch.

import { join } from 'node:path'
import { type FileSystem, writeFileAtomically } from '../log/fs.js'
import { type ElectionState, initialElectionState, type NodeId } from './election-state.js'

export const QUORUM_STATE_FILE = 'quorum-state'

export class QuorumStateFileError extends Error {
  constructor(path: string, why: string) {
    super(`${path}: ${why}`)
    this.name = 'QuorumStateFileError'
  }
}

/** What Kafka's JSON converter writes for QuorumStateData version 0. */
export interface QuorumStateJson {
  readonly clusterId: string
  readonly leaderId: number
  readonly leaderEpoch: number
  readonly votedId: number
  readonly appliedOffset: number
  readonly currentVoters: readonly { readonly voterId: number }[] | null
  readonly data_version: number
}

export function quorumStatePath(partitionDir: string): string {
  return join(partitionDir, QUORUM_STATE_FILE)
}

export function encodeQuorumState(state: ElectionState, voters: readonly NodeId[]): Buffer {
  const json: QuorumStateJson = {
    clusterId: '',
    leaderId: state.leaderId ?? -1,
    leaderEpoch: state.epoch,
    votedId: state.votedId ?? -1,
    appliedOffset: 0,
    currentVoters: voters.map((voterId) => ({ voterId })),
    data_version: 0,
  }
  return Buffer.from(JSON.stringify(json))
}

export function decodeQuorumState(path: string, bytes: Buffer): ElectionState {
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch (err) {
    throw new QuorumStateFileError(path, `not JSON (${(err as Error).message})`)
  }
  if (typeof json !== 'object' || json === null) throw new QuorumStateFileError(path, 'not a JSON object')
  const fields = json as Record<string, unknown>
  const version = fields.data_version
  if (version !== 0 && version !== 1) throw new QuorumStateFileError(path, `unknown data_version ${String(version)}`)
  const int = (name: string): number => {
    const value = fields[name]
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new QuorumStateFileError(path, `${name} is not an integer`)
    }
    return value
  }
  const leaderId = int('leaderId')
  const leaderEpoch = int('leaderEpoch')
  const votedId = int('votedId')
  return {
    epoch: Math.max(leaderEpoch, 0),
    leaderId: leaderId >= 0 ? leaderId : null,
    votedId: votedId >= 0 ? votedId : null,
  }
}

/** The election state in `partitionDir`, or the initial state (epoch 0, no leader, no vote) when there is no file. */
export function readQuorumState(fs: FileSystem, partitionDir: string): ElectionState {
  const path = quorumStatePath(partitionDir)
  if (!fs.exists(path)) return initialElectionState
  return decodeQuorumState(path, fs.readFile(path))
}

/** Writes and fsyncs the state; resolves once it is durable. */
export function writeQuorumState(
  fs: FileSystem,
  partitionDir: string,
  state: ElectionState,
  voters: readonly NodeId[],
): Promise<void> {
  return writeFileAtomically(fs, quorumStatePath(partitionDir), encodeQuorumState(state, voters))
}
