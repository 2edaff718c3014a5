// What a voter must remember across restarts: its epoch, whom it voted for in that epoch, and the
// leader it knows for that epoch. Kafka keeps this in the `quorum-state` file as QuorumStateData
// (`raft/.../ElectionState.java`, `FileQuorumStateStore.java`). The core emits it as the
// `persist` effect; the driver writes and fsyncs it before sending anything, so a vote once
// granted is never granted again to someone else after a crash.

import type { QuorumStateData } from '../protocol/generated/raft/quorum-state-data.js'

export type NodeId = number

export interface ElectionState {
  readonly epoch: number
  readonly leaderId: NodeId | null
  readonly votedId: NodeId | null
}

/** A wire node id (-1 for none) as the core's NodeId or null. */
export function nullableId(id: NodeId): NodeId | null {
  return id >= 0 ? id : null
}

export const initialElectionState: ElectionState = Object.freeze({ epoch: 0, leaderId: null, votedId: null })

export function sameElectionState(a: ElectionState, b: ElectionState): boolean {
  return a.epoch === b.epoch && a.leaderId === b.leaderId && a.votedId === b.votedId
}

/** QuorumStateData version 1 (KIP-853): no voter set, directory ids all zero until we use them. */
export function toQuorumStateData(state: ElectionState): QuorumStateData {
  return {
    clusterId: '',
    leaderId: state.leaderId ?? -1,
    leaderEpoch: state.epoch,
    votedId: state.votedId ?? -1,
    votedDirectoryId: Buffer.alloc(16),
    appliedOffset: 0n,
    currentVoters: [],
  }
}

export function fromQuorumStateData(data: QuorumStateData): ElectionState {
  return {
    epoch: Math.max(data.leaderEpoch, 0),
    leaderId: data.leaderId >= 0 ? data.leaderId : null,
    votedId: data.votedId >= 0 ? data.votedId : null,
  }
}
