// DescribeQuorum (KIP-595, KIP-836) as the leader answers it: the partition data of Kafka's
// DescribeQuorumResponse for `__cluster_metadata`, from what the leader tracks per replica
// (quorum-state.ts ReplicaState). Pure: the driver wraps it in the response (topic, partition
// index, directory ids, nodes) and turns the core's nowMs timestamps into wall-clock ones.

import { ErrorCode } from '../protocol/errors.js'
import type { NodeId } from './election-state.js'
import { knownLeader, type LeaderRole, type RaftNode, type ReplicaState } from './quorum-state.js'

/** Kafka's LeaderState.OBSERVER_SESSION_TIMEOUT_MS: observers silent this long are not listed. */
export const OBSERVER_SESSION_TIMEOUT_MS = 300_000

/** DescribeQuorumResponse ReplicaState. Timestamps are core nowMs values, -1 when unknown. */
export interface DescribedReplica {
  readonly replicaId: NodeId
  /** -1 while the replica has not fetched in this leader's epoch. */
  readonly logEndOffset: bigint
  readonly lastFetchTimestamp: number
  readonly lastCaughtUpTimestamp: number
}

/** DescribeQuorumResponse PartitionData, without partitionIndex and errorMessage. */
export interface DescribeQuorumPartition {
  readonly errorCode: ErrorCode
  readonly leaderId: NodeId
  readonly leaderEpoch: number
  readonly highWatermark: bigint
  readonly currentVoters: readonly DescribedReplica[]
  readonly observers: readonly DescribedReplica[]
}

/**
 * On the leader: every voter (in `voters` order; the leader itself at its flushed end offset,
 * fetched and caught up now, as Kafka reports it) and the observers that fetched within the
 * observer session timeout (by id). Elsewhere NOT_LEADER_OR_FOLLOWER, naming the leader this node
 * knows (-1 if none) and its epoch, with high watermark -1 and no replicas (Kafka leaves these at
 * their defaults; clients read only the error code).
 */
export function describeQuorum(node: RaftNode, nowMs: number): DescribeQuorumPartition {
  const role = node.role
  if (role.kind !== 'leader') {
    return {
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
      leaderId: knownLeader(node) ?? -1,
      leaderEpoch: role.epoch,
      highWatermark: -1n,
      currentVoters: [],
      observers: [],
    }
  }
  return {
    errorCode: ErrorCode.NONE,
    leaderId: node.localId,
    leaderEpoch: role.epoch,
    highWatermark: role.highWatermarkKnown ? node.highWatermark : -1n,
    currentVoters: node.voters.map((id) => describeReplica(node, role, id, nowMs)),
    observers: [...role.observers.entries()]
      .filter(([, state]) => nowMs - state.lastFetchTimestamp < OBSERVER_SESSION_TIMEOUT_MS)
      .sort(([a], [b]) => a - b)
      .map(([id, state]) => described(id, state)),
  }
}

function describeReplica(node: RaftNode, role: LeaderRole, id: NodeId, nowMs: number): DescribedReplica {
  const state = role.replicas.get(id)
  if (state === undefined)
    return { replicaId: id, logEndOffset: -1n, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 }
  if (id === node.localId) {
    return { replicaId: id, logEndOffset: state.endOffset, lastFetchTimestamp: nowMs, lastCaughtUpTimestamp: nowMs }
  }
  return described(id, state)
}

function described(id: NodeId, state: ReplicaState): DescribedReplica {
  return {
    replicaId: id,
    logEndOffset: state.endOffsetKnown ? state.endOffset : -1n,
    lastFetchTimestamp: state.lastFetchTimestamp,
    lastCaughtUpTimestamp: state.lastCaughtUpTimestamp,
  }
}
