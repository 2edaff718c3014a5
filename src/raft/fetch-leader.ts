// The leader's side of pull replication (KafkaRaftClient's handleFetchRequest and
// handleFetchSnapshotRequest, LeaderState's replica tracking): it validates each fetcher's
// position against its log (Kafka's validateOffsetAndEpoch: valid, diverging, or below the log
// start so only the snapshot helps), answers with entries or parks the fetch, tracks every
// replica's position and fetch times (voters decide the high watermark and check-quorum;
// observers are only tracked, for DescribeQuorum), and checks FetchSnapshot requests for the
// driver, which reads the snapshot bytes itself. Part of the pure core: called from core.ts.

import { ErrorCode } from '../protocol/errors.js'
import { assert } from '../util/assert.js'
import type { NodeId } from './election-state.js'
import { type LogEntry, latestSnapshotOf, type OffsetAndEpoch, type RaftLogView, startOffsetOf } from './log.js'
import type { FetchRequest, FetchResponse, FetchSnapshotRequest, FetchSnapshotResponse } from './messages.js'
import {
  checkQuorumTimeoutMs,
  type Effects,
  knownLeader,
  type LeaderRole,
  majority,
  newReplicaState,
  type RaftNode,
  type ReplicaState,
} from './quorum-state.js'

// --- replication: leader side -----------------------------------------------------------------------

export function onFetchRequest(node: RaftNode, from: NodeId, request: FetchRequest, nowMs: number, fx: Effects): void {
  const role = node.role
  const epoch = role.epoch
  if (role.kind !== 'leader' || request.currentLeaderEpoch !== epoch) {
    // Kafka's validateLeaderOnlyRequest; the answer names the leader we know, which is how an
    // observer asking any voter finds the leader.
    const errorCode =
      request.currentLeaderEpoch < epoch
        ? ErrorCode.FENCED_LEADER_EPOCH
        : request.currentLeaderEpoch > epoch
          ? ErrorCode.UNKNOWN_LEADER_EPOCH
          : ErrorCode.NOT_LEADER_OR_FOLLOWER
    fx.send.push({ to: from, message: fetchError(node, request.correlationId, errorCode) })
    return
  }
  const position = validateFetchPosition(node.log, request)
  if (position.kind === 'diverging') {
    fx.send.push({ to: from, message: fetchData(node, role, request.correlationId, [], position.divergingEpoch) })
    return
  }
  if (position.kind === 'snapshot') {
    fx.send.push({ to: from, message: snapshotAnswer(node, role, request.correlationId, position.snapshotId) })
    return
  }
  // Observers are served the same way, but only voters count toward the high watermark and
  // check-quorum.
  const voter = node.voters.includes(from)
  let replica = voter ? role.replicas.get(from) : role.observers.get(from)
  if (replica === undefined) {
    assert(!voter, 'raft: leader tracks every voter')
    replica = newReplicaState()
    role.observers.set(from, replica)
  }
  updateReplicaState(replica, request.fetchOffset, leaderEndOffset(node, role), nowMs)
  if (!voter) {
    if (request.fetchOffset < node.log.endOffset() || request.maxWaitMs <= 0) {
      fx.send.push({ to: from, message: answerFetch(node, role, request) })
      role.parked.delete(from)
    } else {
      park(node, role, from, request, nowMs)
    }
    return
  }
  noteFetch(node, role, from, nowMs)
  const moved = updateHighWatermark(node, role)
  if (moved) releaseParked(role, nowMs)
  if (moved || request.fetchOffset < node.log.endOffset() || request.maxWaitMs <= 0) {
    fx.send.push({ to: from, message: answerFetch(node, role, request) })
    role.parked.delete(from)
  } else {
    park(node, role, from, request, nowMs)
  }
}

function park(node: RaftNode, role: LeaderRole, from: NodeId, request: FetchRequest, nowMs: number): void {
  role.parked.set(from, { from, request, deadlineMs: nowMs + Math.min(request.maxWaitMs, node.config.fetchMaxWaitMs) })
}

/** The leader's own end offset as it counts it: what it has flushed. */
function leaderEndOffset(node: RaftNode, role: LeaderRole): bigint {
  return role.replicas.get(node.localId)?.endOffset ?? node.flushedEndOffset
}

/**
 * Kafka's ReplicaState.updateFollowerState: a replica is caught up when it fetches at or beyond
 * the leader's end offset now, or at or beyond the leader's end offset of its previous fetch (then
 * it was caught up at that previous fetch's time).
 */
function updateReplicaState(replica: ReplicaState, fetchOffset: bigint, leaderEnd: bigint, nowMs: number): void {
  if (fetchOffset >= leaderEnd) {
    replica.lastCaughtUpTimestamp = Math.max(replica.lastCaughtUpTimestamp, nowMs)
  } else if (replica.lastFetchLeaderEndOffset !== null && fetchOffset >= replica.lastFetchLeaderEndOffset) {
    replica.lastCaughtUpTimestamp = Math.max(replica.lastCaughtUpTimestamp, replica.lastFetchTimestamp)
  }
  replica.lastFetchLeaderEndOffset = leaderEnd
  replica.lastFetchTimestamp = Math.max(replica.lastFetchTimestamp, nowMs)
  replica.endOffset = fetchOffset
  replica.endOffsetKnown = true
}

type FetchPosition =
  | { readonly kind: 'valid' }
  | { readonly kind: 'diverging'; readonly divergingEpoch: NonNullable<FetchResponse['divergingEpoch']> }
  | { readonly kind: 'snapshot'; readonly snapshotId: OffsetAndEpoch }

/**
 * Kafka's ReplicatedLog.validateOffsetAndEpoch: does the fetcher's (offset, last epoch) agree
 * with our log? Below our log start, or at it with another epoch, or with a last epoch older
 * than the start's, only our snapshot can bring the fetcher up.
 */
function validateFetchPosition(log: RaftLogView, request: FetchRequest): FetchPosition {
  const { fetchOffset: offset, lastFetchedEpoch: epoch } = request
  const start = startOffsetOf(log)
  if (start === 0n && offset === 0n) return { kind: 'valid' }
  if (start > 0n) {
    const startEpoch = log.epochAt(start - 1n)
    if (offset < start || (offset === start && epoch !== startEpoch) || epoch < startEpoch) {
      const snapshotId = latestSnapshotOf(log)
      assert(snapshotId !== null, 'raft: a log that starts above 0 has a snapshot')
      return { kind: 'snapshot', snapshotId }
    }
  }
  const ours = log.endOffsetForEpoch(epoch)
  if (ours.epoch === epoch && ours.offset >= offset) return { kind: 'valid' }
  return { kind: 'diverging', divergingEpoch: { epoch: ours.epoch, endOffset: ours.offset } }
}

function noteFetch(node: RaftNode, role: LeaderRole, from: NodeId, nowMs: number): void {
  role.fetchedSinceCheck.add(from)
  if (role.fetchedSinceCheck.size + 1 >= majority(node)) {
    role.fetchedSinceCheck.clear()
    role.checkQuorumDeadlineMs = nowMs + checkQuorumTimeoutMs(node)
  }
}

/** Majority end offset; moves only forward and only once past this epoch's start. */
export function updateHighWatermark(node: RaftNode, role: LeaderRole): boolean {
  const offsets = [...role.replicas.values()].map((r) => r.endOffset).sort((a, b) => (a === b ? 0 : a > b ? -1 : 1))
  const candidate = offsets[majority(node) - 1]
  assert(candidate !== undefined, 'raft: majority index within voters')
  if (candidate <= role.epochStartOffset) return false
  role.highWatermarkKnown = true
  if (candidate <= node.highWatermark) return false
  node.highWatermark = candidate
  return true
}

export function releaseParked(role: LeaderRole, nowMs: number): void {
  for (const parked of role.parked.values()) parked.deadlineMs = nowMs
}

export function answerFetch(node: RaftNode, role: LeaderRole, request: FetchRequest): FetchResponse {
  // A parked fetch may have fallen below a snapshot taken while it waited.
  const snapshotId = latestSnapshotOf(node.log)
  if (request.fetchOffset < startOffsetOf(node.log) && snapshotId !== null) {
    return snapshotAnswer(node, role, request.correlationId, snapshotId)
  }
  const records = node.log.read(request.fetchOffset, node.config.fetchMaxEntries)
  return fetchData(node, role, request.correlationId, records, null)
}

function fetchData(
  node: RaftNode,
  role: LeaderRole,
  correlationId: number,
  records: readonly LogEntry[],
  diverging: FetchResponse['divergingEpoch'],
): FetchResponse {
  return {
    kind: 'FetchResponse',
    correlationId,
    errorCode: ErrorCode.NONE,
    highWatermark: role.highWatermarkKnown ? node.highWatermark : -1n,
    currentLeader: { leaderId: node.localId, leaderEpoch: role.epoch },
    divergingEpoch: diverging,
    records,
    snapshotId: null,
  }
}

function snapshotAnswer(
  node: RaftNode,
  role: LeaderRole,
  correlationId: number,
  snapshotId: OffsetAndEpoch,
): FetchResponse {
  return { ...fetchData(node, role, correlationId, [], null), snapshotId }
}

function fetchError(node: RaftNode, correlationId: number, errorCode: ErrorCode): FetchResponse {
  return {
    kind: 'FetchResponse',
    correlationId,
    errorCode,
    highWatermark: -1n,
    currentLeader: { leaderId: knownLeader(node) ?? -1, leaderEpoch: node.role.epoch },
    divergingEpoch: null,
    records: [],
    snapshotId: null,
  }
}

// --- snapshots: leader side (KIP-630) -----------------------------------------------------------------

/**
 * The leader's checks on a FetchSnapshot request, for the driver to answer it from disk: NONE,
 * or Kafka's leader-only errors (FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH,
 * NOT_LEADER_OR_FOLLOWER), SNAPSHOT_NOT_FOUND for an id that cannot be one of ours (none yet,
 * beyond our latest, or an epoch that disagrees with our log or latest snapshot), or
 * POSITION_OUT_OF_RANGE for a negative position. NONE for an id below the latest: as in Kafka,
 * a fetcher may finish loading an older snapshot the driver still keeps (a new snapshot must not
 * restart every download in progress); the driver answers SNAPSHOT_NOT_FOUND itself when it no
 * longer has that file, and POSITION_OUT_OF_RANGE when position >= its size.
 * With nowMs, a voter's valid request counts as a fetch for check-quorum, as in Kafka, so a
 * voter loading a large snapshot keeps the leader in office: pass it once per request.
 */
export function validateFetchSnapshot(
  node: RaftNode,
  from: NodeId,
  request: FetchSnapshotRequest,
  nowMs?: number,
): ErrorCode {
  const role = node.role
  if (request.currentLeaderEpoch < role.epoch) return ErrorCode.FENCED_LEADER_EPOCH
  if (request.currentLeaderEpoch > role.epoch) return ErrorCode.UNKNOWN_LEADER_EPOCH
  if (role.kind !== 'leader') return ErrorCode.NOT_LEADER_OR_FOLLOWER
  if (!mayHaveSnapshot(node.log, request.snapshotId)) return ErrorCode.SNAPSHOT_NOT_FOUND
  if (request.position < 0n) return ErrorCode.POSITION_OUT_OF_RANGE
  if (nowMs !== undefined && node.voters.includes(from) && from !== node.localId) noteFetch(node, role, from, nowMs)
  return ErrorCode.NONE
}

/** Whether id can name a snapshot of this log: at or below the latest, and agreeing on its epoch. */
function mayHaveSnapshot(log: RaftLogView, id: OffsetAndEpoch): boolean {
  const latest = latestSnapshotOf(log)
  if (latest === null || id.offset <= 0n || id.offset > latest.offset) return false
  if (id.offset === latest.offset) return id.epoch === latest.epoch
  if (id.epoch > latest.epoch) return false
  return id.offset < startOffsetOf(log) || log.epochAt(id.offset - 1n) === id.epoch
}

/**
 * The FetchSnapshot response for a request: currentLeader as this node knows it, the request's
 * snapshot id and position, and the driver's size and bytes (size 0 and no bytes on error).
 */
export function fetchSnapshotResponse(
  node: RaftNode,
  request: FetchSnapshotRequest,
  answer: { readonly errorCode: ErrorCode; readonly size?: bigint; readonly bytes?: Buffer },
): FetchSnapshotResponse {
  return {
    kind: 'FetchSnapshotResponse',
    correlationId: request.correlationId,
    errorCode: answer.errorCode,
    currentLeader: { leaderId: knownLeader(node) ?? -1, leaderEpoch: node.role.epoch },
    snapshotId: request.snapshotId,
    size: answer.size ?? 0n,
    position: request.position,
    bytes: answer.bytes ?? Buffer.alloc(0),
  }
}
