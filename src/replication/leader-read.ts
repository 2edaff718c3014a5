// What a partition leader answers a follower's Fetch for one partition, before reading any
// bytes: an error, a diverging epoch (the follower's log took a path the leader's did not, so it
// must truncate first), or "read from fetchOffset". Kafka's Partition.fetchRecords,
// localLogWithEpochOrThrow, followerReplicaOrThrow and readRecords (core/.../cluster/Partition.scala).
//
// Pure: the Fetch handler (broker/handlers/01-fetch.ts) calls it per partition with the log's
// offsets and its leader-epoch cache, then either answers the error / diverging epoch (records
// empty, the log's HW and start offset) or reads and calls LeaderState.followerFetch with the log
// end offset it saw here. The order of checks is Kafka's:
//   1. leadership and the request's current leader epoch: NOT_LEADER_OR_FOLLOWER when this broker
//      does not lead; FENCED_LEADER_EPOCH for an older epoch; UNKNOWN_LEADER_EPOCH for a newer one.
//   2. the fetching broker is a replica: otherwise UNKNOWN_LEADER_EPOCH when the request carries
//      an epoch (a reassignment this leader has not seen yet), NOT_LEADER_OR_FOLLOWER when not.
//   3. with a lastFetchedEpoch (Fetch v12+): the end of that epoch in the leader's log; unknown
//      is OFFSET_OUT_OF_RANGE, a fetch offset below the log start is OFFSET_OUT_OF_RANGE, and an
//      epoch that ends earlier (or is older) than the follower believes is a diverging epoch.
//   4. the fetch offset must be within [log start, log end]: OFFSET_OUT_OF_RANGE otherwise.
import { ErrorCode } from '../protocol/errors.js'
import {
  type EpochEndOffset,
  type LeaderEpochCache,
  UNDEFINED_EPOCH,
  UNDEFINED_EPOCH_OFFSET,
} from './leader-epoch-cache.js'

export interface FollowerFetchRequest {
  readonly replicaId: number
  /** -1 when the request carries none (before Fetch v9). */
  readonly currentLeaderEpoch: number
  readonly fetchOffset: number
  /** -1 when the request carries none (before v12, or a follower whose log has no epoch yet). */
  readonly lastFetchedEpoch: number
}

export interface LeaderLogView {
  /** This broker's leader epoch for the partition, or undefined when it does not lead it. */
  readonly leaderEpoch: number | undefined
  readonly replicas: readonly number[]
  readonly logStartOffset: number
  readonly logEndOffset: number
  readonly epochs: Pick<LeaderEpochCache, 'endOffsetFor'>
}

export type LeaderReadDecision =
  | { readonly kind: 'error'; readonly errorCode: number }
  | { readonly kind: 'diverging'; readonly divergingEpoch: EpochEndOffset }
  | { readonly kind: 'read' }

export function checkFollowerFetch(log: LeaderLogView, request: FollowerFetchRequest): LeaderReadDecision {
  if (log.leaderEpoch === undefined) return { kind: 'error', errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }
  const epochError = checkLeaderEpoch(log.leaderEpoch, request.currentLeaderEpoch)
  if (epochError !== ErrorCode.NONE) return { kind: 'error', errorCode: epochError }
  if (!log.replicas.includes(request.replicaId)) {
    const errorCode =
      request.currentLeaderEpoch >= 0 ? ErrorCode.UNKNOWN_LEADER_EPOCH : ErrorCode.NOT_LEADER_OR_FOLLOWER
    return { kind: 'error', errorCode }
  }
  if (request.lastFetchedEpoch >= 0) {
    const end = log.epochs.endOffsetFor(request.lastFetchedEpoch, log.logEndOffset)
    if (end.epoch === UNDEFINED_EPOCH || end.endOffset === UNDEFINED_EPOCH_OFFSET) {
      return { kind: 'error', errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }
    }
    if (request.fetchOffset < log.logStartOffset) return { kind: 'error', errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }
    if (end.epoch < request.lastFetchedEpoch || end.endOffset < request.fetchOffset) {
      return { kind: 'diverging', divergingEpoch: end }
    }
  }
  if (request.fetchOffset < log.logStartOffset || request.fetchOffset > log.logEndOffset) {
    return { kind: 'error', errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }
  }
  return { kind: 'read' }
}

/** Kafka's Partition.checkCurrentLeaderEpoch: -1 (none given) always passes. */
export function checkLeaderEpoch(leaderEpoch: number, requestEpoch: number): number {
  if (requestEpoch < 0 || requestEpoch === leaderEpoch) return ErrorCode.NONE
  return requestEpoch < leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH
}
