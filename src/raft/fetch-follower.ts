// The fetching side of pull replication, for followers and observers (KafkaRaftClient's
// handleFetchResponse, handleFetchSnapshotResponse, pollFollowerAsObserver): one outstanding
// Fetch to the leader at a time; a diverging answer truncates, entries are appended and fsynced
// before the next fetch, and the high watermark follows the leader's. A snapshot answer (KIP-630)
// switches to FetchSnapshot until the snapshot is complete, installed, and fetching goes on from
// its end. An observer without a live leader asks the voters in turn (`VoterProbe`) and learns
// the leader from their answers. Part of the pure core: called from core.ts.

import { ErrorCode } from '../protocol/errors.js'
import { assert } from '../util/assert.js'
import { type NodeId, nullableId } from './election-state.js'
import { type LogEntry, minOffset, sameOffsetAndEpoch } from './log.js'
import type { FetchResponse, FetchSnapshotResponse } from './messages.js'
import {
  type Effects,
  type FollowerRole,
  learnEpoch,
  nextCorrelationId,
  type Pending,
  type RaftNode,
  type SnapshotFetch,
} from './quorum-state.js'

// --- replication: follower side -----------------------------------------------------------------------

export function onFetchResponse(
  node: RaftNode,
  from: NodeId,
  response: FetchResponse,
  nowMs: number,
  fx: Effects,
): void {
  const leader = response.currentLeader
  const probe = node.voterProbe
  if (probe.inflight?.to === from && probe.inflight.correlationId === response.correlationId) {
    // An observer's question to a voter: all it teaches is who leads. Ask the next voter after
    // a backoff unless this names a leader to follow.
    probe.inflight = null
    probe.nextAtMs = nowMs + node.config.retryBackoffMs
    learnEpoch(node, { epoch: leader.leaderEpoch, leaderId: nullableId(leader.leaderId), nowMs }, fx)
    return
  }
  if (learnEpoch(node, { epoch: leader.leaderEpoch, leaderId: nullableId(leader.leaderId), nowMs }, fx)) return
  const role = node.role
  if (role.kind !== 'follower' || role.leaderId !== from) return
  const inflight = role.inflight
  if (inflight?.correlationId !== response.correlationId) return
  role.inflight = null
  // The answer validated the position we asked from; if the log is no longer there (a response
  // meant for an earlier incarnation whose correlation id repeats), it says nothing about ours.
  if (inflight.fetchOffset !== node.log.endOffset() || inflight.lastFetchedEpoch !== node.log.lastEpoch()) return
  if (response.errorCode !== ErrorCode.NONE || leader.leaderEpoch !== role.epoch) {
    role.nextFetchAtMs = nowMs + node.config.retryBackoffMs
    return
  }
  role.fetchDeadlineMs = nowMs + node.config.fetchTimeoutMs
  role.lastFetchSuccessMs = nowMs
  let endOffset = node.log.endOffset()
  let lastEpoch = node.log.lastEpoch()
  if (response.divergingEpoch !== null) {
    // Kafka's truncateToEndOffset: when we hold the leader's diverging epoch, cut at the earlier
    // of the two ends; otherwise only at the end of our own largest epoch below it, and the
    // next fetch from there finds the true divergence point.
    const diverging = response.divergingEpoch
    const ours = node.log.endOffsetForEpoch(diverging.epoch)
    const toOffset = ours.epoch === diverging.epoch ? minOffset(ours.offset, diverging.endOffset) : ours.offset
    assert(toOffset >= node.highWatermark, `raft ${node.localId}: truncation to ${toOffset} below the high watermark`)
    if (toOffset < endOffset) {
      fx.truncateToOffset = toOffset
      endOffset = toOffset
      lastEpoch = toOffset === 0n ? 0 : node.log.epochAt(toOffset - 1n)
      if (node.flushedEndOffset > toOffset) node.flushedEndOffset = toOffset
    }
  } else if (response.snapshotId != null) {
    // KIP-630: our position is below the leader's log start: load its snapshot first. Nothing
    // was validated, so the high watermark stays.
    role.snapshot = { snapshotId: response.snapshotId, position: 0n, inflight: null }
    sendFetchSnapshot(node, role, role.snapshot, nowMs, fx)
    return
  } else if (response.records.length > 0) {
    for (const entry of response.records) {
      assert(entry.offset === endOffset + BigInt(fx.append.length), 'raft: fetched entries must follow the log end')
      assert(entry.epoch <= role.epoch, 'raft: fetched entry from a future epoch')
      fx.append.push(entry)
    }
    fx.appendSync = true
    const last = response.records.at(-1) as LogEntry
    endOffset = last.offset + 1n
    lastEpoch = last.epoch
    node.flushedEndOffset = endOffset
  }
  // A diverging answer validated nothing of our log, so it cannot move our high watermark.
  if (response.highWatermark >= 0n && response.divergingEpoch === null) {
    const hw = minOffset(response.highWatermark, endOffset)
    if (hw > node.highWatermark) node.highWatermark = hw
  }
  sendFetch(node, role, { fetchOffset: endOffset, lastFetchedEpoch: lastEpoch }, nowMs, fx)
}

// --- snapshots: follower side (KIP-630) -----------------------------------------------------------------

export function onFetchSnapshotResponse(
  node: RaftNode,
  from: NodeId,
  response: FetchSnapshotResponse,
  nowMs: number,
  fx: Effects,
): void {
  const leader = response.currentLeader
  if (learnEpoch(node, { epoch: leader.leaderEpoch, leaderId: nullableId(leader.leaderId), nowMs }, fx)) return
  const role = node.role
  if (role.kind !== 'follower' || role.leaderId !== from) return
  const snapshot = role.snapshot
  const inflight = snapshot?.inflight
  if (snapshot == null || inflight?.correlationId !== response.correlationId) return
  snapshot.inflight = null
  if (response.errorCode !== ErrorCode.NONE || leader.leaderEpoch !== role.epoch) {
    // The leader no longer has this snapshot (it took a newer one) or not this far: start over
    // with a Fetch, whose answer names the snapshot to load now (Kafka's handleFetchSnapshotResponse).
    if (
      response.errorCode === ErrorCode.SNAPSHOT_NOT_FOUND ||
      response.errorCode === ErrorCode.POSITION_OUT_OF_RANGE ||
      response.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE
    ) {
      role.snapshot = null
    }
    role.nextFetchAtMs = nowMs + node.config.retryBackoffMs
    return
  }
  // An answer about another snapshot or position is stale; the timers ask again.
  if (!sameOffsetAndEpoch(response.snapshotId, snapshot.snapshotId) || response.position !== inflight.position) return
  role.fetchDeadlineMs = nowMs + node.config.fetchTimeoutMs
  role.lastFetchSuccessMs = nowMs
  fx.snapshotChunk = { snapshotId: snapshot.snapshotId, position: inflight.position, bytes: response.bytes }
  snapshot.position = inflight.position + BigInt(response.bytes.length)
  assert(snapshot.position <= response.size, `raft ${node.localId}: snapshot chunk beyond its size`)
  if (snapshot.position < response.size) {
    sendFetchSnapshot(node, role, snapshot, nowMs, fx)
    return
  }
  // Complete: the snapshot replaces the log, and fetching goes on from its end.
  const id = snapshot.snapshotId
  assert(node.highWatermark <= id.offset, `raft ${node.localId}: snapshot ${id.offset} below the high watermark`)
  fx.installSnapshot = id
  role.snapshot = null
  node.highWatermark = id.offset
  node.flushedEndOffset = id.offset
  sendFetch(node, role, { fetchOffset: id.offset, lastFetchedEpoch: id.epoch }, nowMs, fx)
}

function sendFetchSnapshot(
  node: RaftNode,
  role: FollowerRole,
  snapshot: SnapshotFetch,
  nowMs: number,
  fx: Effects,
): void {
  const correlationId = nextCorrelationId(node)
  snapshot.inflight = { correlationId, sentAtMs: nowMs, position: snapshot.position }
  fx.sendFetchSnapshot = {
    to: role.leaderId,
    message: {
      kind: 'FetchSnapshotRequest',
      correlationId,
      replicaId: node.localId,
      currentLeaderEpoch: role.epoch,
      snapshotId: snapshot.snapshotId,
      position: snapshot.position,
    },
  }
}

/** The follower's next request to its leader: a snapshot chunk while loading one, else Fetch. */
export function fetchFromLeader(node: RaftNode, role: FollowerRole, nowMs: number, fx: Effects): void {
  if (role.snapshot !== null) sendFetchSnapshot(node, role, role.snapshot, nowMs, fx)
  else sendFetch(node, role, logPosition(node), nowMs, fx)
}

/** Expires the follower's outstanding request to its leader after the request timeout. */
export function expireLeaderRequest(node: RaftNode, role: FollowerRole, nowMs: number): void {
  const retryAfterMs = node.config.requestTimeoutMs
  if (role.inflight !== null && nowMs - role.inflight.sentAtMs >= retryAfterMs) role.inflight = null
  const snapshot = role.snapshot
  if (snapshot?.inflight != null && nowMs - snapshot.inflight.sentAtMs >= retryAfterMs) snapshot.inflight = null
}

/** The follower's outstanding request to its leader, Fetch or FetchSnapshot, if any. */
export function leaderRequest(role: FollowerRole): Pending | null {
  return role.snapshot !== null ? role.snapshot.inflight : role.inflight
}

function logPosition(node: RaftNode): { fetchOffset: bigint; lastFetchedEpoch: number } {
  return { fetchOffset: node.log.endOffset(), lastFetchedEpoch: node.log.lastEpoch() }
}

/** An observer asks the next voter in turn (Kafka's maybeSendAnyVoterFetch). */
function sendProbe(node: RaftNode, nowMs: number, fx: Effects): void {
  const probe = node.voterProbe
  const to = node.voters[probe.next % node.voters.length] as NodeId
  probe.next = (probe.next + 1) % node.voters.length
  const role = node.role
  if (role.kind === 'follower' && to === role.leaderId) {
    fetchFromLeader(node, role, nowMs, fx)
    return
  }
  const correlationId = nextCorrelationId(node)
  const position = logPosition(node)
  probe.inflight = { to, correlationId, sentAtMs: nowMs, ...position }
  fx.send.push({
    to,
    message: {
      kind: 'FetchRequest',
      correlationId,
      replicaId: node.localId,
      currentLeaderEpoch: role.epoch,
      ...position,
      maxWaitMs: 0,
    },
  })
}

function sendFetch(
  node: RaftNode,
  role: FollowerRole,
  position: { fetchOffset: bigint; lastFetchedEpoch: number },
  nowMs: number,
  fx: Effects,
): void {
  const correlationId = nextCorrelationId(node)
  role.inflight = { correlationId, sentAtMs: nowMs, ...position }
  fx.send.push({
    to: role.leaderId,
    message: {
      kind: 'FetchRequest',
      correlationId,
      replicaId: node.localId,
      currentLeaderEpoch: role.epoch,
      fetchOffset: position.fetchOffset,
      lastFetchedEpoch: position.lastFetchedEpoch,
      maxWaitMs: node.config.fetchMaxWaitMs,
    },
  })
}

/**
 * An observer follows its leader like a voter does, but where a voter would stand for election
 * (no leader known, or the leader silent for the fetch timeout) it asks the voters in turn.
 */
export function observerTimers(node: RaftNode, nowMs: number, fx: Effects): void {
  const role = node.role
  const probe = node.voterProbe
  const retryAfterMs = node.config.requestTimeoutMs
  if (probe.inflight !== null && nowMs - probe.inflight.sentAtMs >= retryAfterMs) probe.inflight = null
  if (role.kind === 'follower') {
    expireLeaderRequest(node, role, nowMs)
    if (leaderRequest(role) !== null || probe.inflight !== null) return
    if (nowMs < role.fetchDeadlineMs) {
      if (nowMs >= role.nextFetchAtMs) fetchFromLeader(node, role, nowMs, fx)
      return
    }
  } else {
    assert(role.kind === 'unattached', 'raft: an observer is only unattached or a follower')
    if (probe.inflight !== null) return
  }
  if (nowMs >= probe.nextAtMs) sendProbe(node, nowMs, fx)
}

export function observerWakeAt(node: RaftNode, nowMs: number): number {
  const role = node.role
  const probe = node.voterProbe
  const retry = node.config.requestTimeoutMs
  const times: number[] = []
  if (probe.inflight !== null) times.push(probe.inflight.sentAtMs + retry)
  if (role.kind === 'follower') {
    const pending = leaderRequest(role)
    if (pending !== null) times.push(pending.sentAtMs + retry)
    else if (probe.inflight === null) {
      times.push(nowMs < role.fetchDeadlineMs ? Math.min(role.nextFetchAtMs, role.fetchDeadlineMs) : probe.nextAtMs)
    }
  } else if (probe.inflight === null) {
    times.push(probe.nextAtMs)
  }
  return Math.max(nowMs, Math.min(...times, Number.MAX_SAFE_INTEGER))
}
