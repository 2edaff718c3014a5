// The roles of a voter and every transition between them, as Kafka's `raft/.../QuorumState.java`
// (with KIP-996's Prospective state). Nothing else assigns `node.role`.
//
//   from \ to    unattached     prospective      candidate        leader        follower           resigned
//   unattached   higher epoch   election timeout -                -             leader learned     -
//                (vote granted: same state, votedId set)
//   prospective  higher epoch,  -                majority of      -             leader learned,    -
//                lost/timeout,                   pre-votes                      lost/timeout with
//                vote granted                                                   a known leader
//   candidate    higher epoch   backoff after    -                majority of   leader learned     -
//                               loss or timeout                   votes         (same epoch)
//   leader       higher epoch   -                -                -             higher epoch       check-quorum
//                                                                               with a leader      failure, resign()
//   follower     higher epoch   fetch timeout    -                -             higher epoch       -
//                                                                               with a leader
//   resigned     higher epoch   election timeout -                -             higher epoch       -
//                                                                               with a leader
//
// What each answers: Unattached and Prospective grant a real vote once per epoch and pre-votes to
// up-to-date logs; Candidate votes only for itself; Follower grants no real vote and a pre-vote
// only once it has lost touch with its leader (KIP-996); Leader and Resigned grant nothing in
// their epoch. Only the Leader answers Fetch with data. A single voter goes from Prospective to
// Leader in one step, and starts there at once (createRaft). A Follower told to load a snapshot
// (KIP-630) stays Follower while it does (`FollowerRole.snapshot`); any role change drops the
// download, and the next leader names the snapshot to load again.
//
// Observers (Kafka's non-voters: broker-only nodes, a node whose id is not in `voters`) are only
// ever Unattached or Follower: they never vote, stand, lead or resign. Unattached, or a Follower
// whose leader has been silent for the fetch timeout, an observer sends Fetch to the voters in
// turn (`VoterProbe`) and learns the leader from the answer's currentLeader.
//
// Every transition that changes (epoch, leaderId, votedId) records a `persist` effect (observers
// persist too, as Kafka writes quorum-state for them). Epochs only grow; a leader for an epoch,
// once known, never changes (asserted).

import { assert, assertNever } from '../util/assert.js'
import { CHECK_QUORUM_TIMEOUT_FACTOR, type RaftConfig } from './config.js'
import { type ElectionState, type NodeId, sameElectionState } from './election-state.js'
import type { LogEntry, OffsetAndEpoch, RaftLogView } from './log.js'
import type { FetchRequest, FetchSnapshotOutbound, Outbound, RaftMessage } from './messages.js'

/** An outstanding request: which correlation id answers it and when it was sent. */
export interface Pending {
  readonly correlationId: number
  readonly sentAtMs: number
}

/** The follower's one outstanding Fetch and the log position it asked from. */
export interface InflightFetch extends Pending {
  readonly fetchOffset: bigint
  readonly lastFetchedEpoch: number
}

export interface UnattachedRole {
  readonly kind: 'unattached'
  readonly epoch: number
  readonly votedId: NodeId | null
  readonly electionDeadlineMs: number
}

interface Ballot {
  readonly granted: Set<NodeId>
  readonly rejected: Set<NodeId>
  readonly pending: Map<NodeId, Pending>
}

export interface ProspectiveRole extends Ballot {
  readonly kind: 'prospective'
  readonly epoch: number
  readonly votedId: NodeId | null
  /** The leader of this epoch we followed before losing touch, if any. */
  readonly leaderId: NodeId | null
  readonly electionDeadlineMs: number
}

export interface CandidateRole extends Ballot {
  readonly kind: 'candidate'
  readonly epoch: number
  readonly electionDeadlineMs: number
  /** Set once the election is lost or timed out: when to start the next pre-vote. */
  backoffUntilMs: number | null
}

/**
 * What the leader knows of one replica's fetching, as Kafka's LeaderState.ReplicaState: the end
 * offset it last fetched from (0 until it fetches, for the high watermark's sake) and the times
 * DescribeQuorum reports. Times are the core's nowMs values, -1 while unknown.
 */
export interface ReplicaState {
  endOffset: bigint
  /** Whether endOffset came from a fetch (or, for the leader itself, from its flushed log). */
  endOffsetKnown: boolean
  lastFetchTimestamp: number
  /** Last time the replica had fetched up to the leader's end offset of that time. */
  lastCaughtUpTimestamp: number
  /** The leader's end offset when this replica last fetched (Kafka's lastFetchLeaderLogEndOffset). */
  lastFetchLeaderEndOffset: bigint | null
}

export function newReplicaState(): ReplicaState {
  return {
    endOffset: 0n,
    endOffsetKnown: false,
    lastFetchTimestamp: -1,
    lastCaughtUpTimestamp: -1,
    lastFetchLeaderEndOffset: null,
  }
}

/** An observer's probe for the leader: Fetch to each voter in turn, one at a time. */
export interface VoterProbe {
  /** Index into voters (modulo their count) of the next voter to ask. */
  next: number
  inflight: (InflightFetch & { readonly to: NodeId }) | null
  /** Not before this time (a backoff after an answer that named no new leader). */
  nextAtMs: number
}

export interface ParkedFetch {
  readonly from: NodeId
  readonly request: FetchRequest
  deadlineMs: number
}

export interface LeaderRole {
  readonly kind: 'leader'
  readonly epoch: number
  /** Offset of this epoch's leader-change entry; the high watermark must pass it first. */
  readonly epochStartOffset: bigint
  /** Voters only: their fetch positions decide the high watermark. */
  readonly replicas: Map<NodeId, ReplicaState>
  /** Observers that fetched in this epoch: tracked for DescribeQuorum, never counted. */
  readonly observers: Map<NodeId, ReplicaState>
  /** Voters that have not acknowledged BeginQuorumEpoch yet. */
  readonly unacknowledged: Map<NodeId, Pending>
  /** Fetches with nothing new, answered when data arrives, the high watermark moves, or maxWaitMs passes. */
  readonly parked: Map<NodeId, ParkedFetch>
  /** Voters that fetched since the check-quorum timer last reset. */
  readonly fetchedSinceCheck: Set<NodeId>
  checkQuorumDeadlineMs: number
  /** Whether this leader has a high watermark of its own epoch yet (Kafka's Optional). */
  highWatermarkKnown: boolean
}

/** A follower's download of the leader's snapshot (KIP-630), chunk by chunk. */
export interface SnapshotFetch {
  readonly snapshotId: OffsetAndEpoch
  /** Bytes received so far: the position of the next request. */
  position: bigint
  inflight: (Pending & { readonly position: bigint }) | null
}

export interface FollowerRole {
  readonly kind: 'follower'
  readonly epoch: number
  readonly leaderId: NodeId
  fetchDeadlineMs: number
  /** Last successful fetch from this leader in this role, or null if none yet. */
  lastFetchSuccessMs: number | null
  inflight: InflightFetch | null
  nextFetchAtMs: number
  /** Set while fetching a snapshot instead of the log; a new role starts without one. */
  snapshot: SnapshotFetch | null
}

export interface ResignedRole {
  readonly kind: 'resigned'
  readonly epoch: number
  readonly electionDeadlineMs: number
}

export type Role = UnattachedRole | ProspectiveRole | CandidateRole | LeaderRole | FollowerRole | ResignedRole

export interface RaftNode {
  readonly localId: NodeId
  readonly voters: readonly NodeId[]
  readonly config: RaftConfig
  /** Uniform in [0, 1); injected so runs replay from a seed. */
  readonly random: () => number
  readonly log: RaftLogView
  role: Role
  /** Offsets below this are committed. Never decreases while the process lives. */
  highWatermark: bigint
  /** Log end offset known to be on disk (the leader counts only this toward the high watermark). */
  flushedEndOffset: bigint
  /** What the driver has on disk, to emit `persist` only on change. */
  persisted: ElectionState
  nextCorrelationId: number
  /** Observers only: the search for a leader among the voters. */
  readonly voterProbe: VoterProbe
}

/** What one step asks of the driver, collected while the step runs. */
export interface Effects {
  persist: ElectionState | null
  truncateToOffset: bigint | null
  append: LogEntry[]
  /** true: fsync the append before sending (follower). false: fsync later, report `appended` (leader). */
  appendSync: boolean
  send: Outbound[]
  /** KIP-630: a FetchSnapshot request to send, with `send`. */
  sendFetchSnapshot: FetchSnapshotOutbound | null
  /**
   * KIP-630: bytes of the snapshot being fetched, to write at `position` of its partial file
   * (position 0 starts the file anew, dropping any earlier partial one).
   */
  snapshotChunk: { readonly snapshotId: OffsetAndEpoch; readonly position: bigint; readonly bytes: Buffer } | null
  /**
   * KIP-630: the partial snapshot is complete: fsync it and make it the snapshot with this id,
   * then empty the log and restart it at snapshotId.offset (log start = end = that offset, last
   * epoch = snapshotId.epoch), durably, before sending.
   */
  installSnapshot: OffsetAndEpoch | null
}

export function emptyEffects(): Effects {
  return {
    persist: null,
    truncateToOffset: null,
    append: [],
    appendSync: false,
    send: [],
    sendFetchSnapshot: null,
    snapshotChunk: null,
    installSnapshot: null,
  }
}

/** Whether this node is one of the voters (otherwise it is an observer). */
export function isVoter(node: RaftNode): boolean {
  return node.voters.includes(node.localId)
}

export function majority(node: RaftNode): number {
  return Math.floor(node.voters.length / 2) + 1
}

export function otherVoters(node: RaftNode): NodeId[] {
  return node.voters.filter((id) => id !== node.localId)
}

export function electionState(role: Role, localId: NodeId): ElectionState {
  switch (role.kind) {
    case 'unattached':
      return { epoch: role.epoch, leaderId: null, votedId: role.votedId }
    case 'prospective':
      return { epoch: role.epoch, leaderId: role.leaderId, votedId: role.votedId }
    case 'candidate':
      return { epoch: role.epoch, leaderId: null, votedId: localId }
    case 'leader':
    case 'resigned':
      return { epoch: role.epoch, leaderId: localId, votedId: null }
    case 'follower':
      return { epoch: role.epoch, leaderId: role.leaderId, votedId: null }
    default:
      return assertNever(role)
  }
}

/** The leader this node knows for its current epoch, or null. */
export function knownLeader(node: RaftNode): NodeId | null {
  return electionState(node.role, node.localId).leaderId
}

/** Kafka's randomized election timeout: electionTimeoutMs plus up to electionTimeoutMs more. */
export function randomElectionTimeoutMs(node: RaftNode): number {
  return node.config.electionTimeoutMs + Math.floor(node.random() * node.config.electionTimeoutMs)
}

export function nextCorrelationId(node: RaftNode): number {
  node.nextCorrelationId += 1
  return node.nextCorrelationId
}

function setRole(node: RaftNode, role: Role, fx: Effects): void {
  assert(role.epoch >= node.role.epoch, `raft ${node.localId}: epoch ${node.role.epoch} -> ${role.epoch} goes back`)
  const previous = electionState(node.role, node.localId)
  const next = electionState(role, node.localId)
  if (next.epoch === previous.epoch && previous.leaderId !== null) {
    assert(next.leaderId === previous.leaderId, `raft ${node.localId}: second leader in epoch ${next.epoch}`)
  }
  if (next.epoch === previous.epoch && previous.votedId !== null && next.leaderId === null) {
    assert(next.votedId === previous.votedId, `raft ${node.localId}: second vote in epoch ${next.epoch}`)
  }
  node.role = role
  if (!sameElectionState(next, node.persisted)) {
    node.persisted = next
    fx.persist = next
  }
}

export function becomeUnattached(
  node: RaftNode,
  opts: { epoch: number; votedId: NodeId | null; nowMs: number },
  fx: Effects,
): void {
  setRole(
    node,
    {
      kind: 'unattached',
      epoch: opts.epoch,
      votedId: opts.votedId,
      electionDeadlineMs: opts.nowMs + randomElectionTimeoutMs(node),
    },
    fx,
  )
}

export function becomeProspective(node: RaftNode, nowMs: number, fx: Effects): void {
  const from = node.role
  assert(from.kind !== 'leader', `raft ${node.localId}: leader -> prospective`)
  assert(isVoter(node), `raft ${node.localId}: an observer never stands for election`)
  const state = electionState(from, node.localId)
  const role: ProspectiveRole = {
    kind: 'prospective',
    epoch: from.epoch,
    votedId: from.kind === 'resigned' ? null : state.votedId,
    leaderId: from.kind === 'resigned' ? node.localId : state.leaderId,
    electionDeadlineMs: nowMs + randomElectionTimeoutMs(node),
    granted: new Set([node.localId]),
    rejected: new Set(),
    pending: new Map(),
  }
  setRole(node, role, fx)
  if (role.granted.size >= majority(node)) {
    becomeCandidate(node, nowMs, fx)
    return
  }
  for (const to of otherVoters(node)) sendVoteRequest(node, role, to, nowMs, fx)
}

export function becomeCandidate(node: RaftNode, nowMs: number, fx: Effects): void {
  assert(node.role.kind === 'prospective', `raft ${node.localId}: ${node.role.kind} -> candidate`)
  const role: CandidateRole = {
    kind: 'candidate',
    epoch: node.role.epoch + 1,
    electionDeadlineMs: nowMs + randomElectionTimeoutMs(node),
    backoffUntilMs: null,
    granted: new Set([node.localId]),
    rejected: new Set(),
    pending: new Map(),
  }
  setRole(node, role, fx)
  if (role.granted.size >= majority(node)) {
    becomeLeader(node, nowMs, fx)
    return
  }
  for (const to of otherVoters(node)) sendVoteRequest(node, role, to, nowMs, fx)
}

export function sendVoteRequest(
  node: RaftNode,
  role: ProspectiveRole | CandidateRole,
  to: NodeId,
  nowMs: number,
  fx: Effects,
): void {
  const correlationId = nextCorrelationId(node)
  role.pending.set(to, { correlationId, sentAtMs: nowMs })
  fx.send.push({
    to,
    message: {
      kind: 'VoteRequest',
      correlationId,
      candidateEpoch: role.epoch,
      candidateId: node.localId,
      lastOffsetEpoch: node.log.lastEpoch(),
      lastOffset: node.log.endOffset(),
      preVote: role.kind === 'prospective',
    },
  })
}

export function becomeLeader(node: RaftNode, nowMs: number, fx: Effects): void {
  assert(node.role.kind === 'candidate', `raft ${node.localId}: ${node.role.kind} -> leader`)
  const epochStartOffset = node.log.endOffset()
  const role: LeaderRole = {
    kind: 'leader',
    epoch: node.role.epoch,
    epochStartOffset,
    replicas: new Map(
      node.voters.map((id) => {
        const state = newReplicaState()
        if (id === node.localId) {
          state.endOffset = node.flushedEndOffset
          state.endOffsetKnown = true
        }
        return [id, state]
      }),
    ),
    observers: new Map(),
    unacknowledged: new Map(),
    parked: new Map(),
    fetchedSinceCheck: new Set(),
    checkQuorumDeadlineMs: nowMs + checkQuorumTimeoutMs(node),
    highWatermarkKnown: false,
  }
  setRole(node, role, fx)
  fx.append.push({ offset: epochStartOffset, epoch: role.epoch, kind: 'leader-change', value: Buffer.alloc(0) })
  for (const to of otherVoters(node)) sendBeginQuorumEpoch(node, role, to, nowMs, fx)
}

export function checkQuorumTimeoutMs(node: RaftNode): number {
  return Math.floor(node.config.fetchTimeoutMs * CHECK_QUORUM_TIMEOUT_FACTOR)
}

export function sendBeginQuorumEpoch(node: RaftNode, role: LeaderRole, to: NodeId, nowMs: number, fx: Effects): void {
  const correlationId = nextCorrelationId(node)
  role.unacknowledged.set(to, { correlationId, sentAtMs: nowMs })
  fx.send.push({
    to,
    message: { kind: 'BeginQuorumEpochRequest', correlationId, leaderId: node.localId, leaderEpoch: role.epoch },
  })
}

export function becomeFollower(
  node: RaftNode,
  opts: { epoch: number; leaderId: NodeId; nowMs: number },
  fx: Effects,
): void {
  assert(opts.leaderId !== node.localId, `raft ${node.localId}: cannot follow itself`)
  setRole(
    node,
    {
      kind: 'follower',
      epoch: opts.epoch,
      leaderId: opts.leaderId,
      fetchDeadlineMs: opts.nowMs + node.config.fetchTimeoutMs,
      lastFetchSuccessMs: null,
      inflight: null,
      nextFetchAtMs: opts.nowMs,
      snapshot: null,
    },
    fx,
  )
}

/** Leader steps down in its epoch (check-quorum failure or shutdown) and tells the others. */
export function becomeResigned(node: RaftNode, nowMs: number, fx: Effects): void {
  const from = node.role
  assert(from.kind === 'leader', `raft ${node.localId}: ${from.kind} -> resigned`)
  // Preferred successors: the voters with the longest logs first, as Kafka orders them.
  const successors = otherVoters(node).sort((a, b) => {
    const ea = from.replicas.get(a)?.endOffset ?? 0n
    const eb = from.replicas.get(b)?.endOffset ?? 0n
    return ea === eb ? a - b : ea > eb ? -1 : 1
  })
  setRole(node, { kind: 'resigned', epoch: from.epoch, electionDeadlineMs: nowMs + randomElectionTimeoutMs(node) }, fx)
  for (const to of successors) {
    fx.send.push({
      to,
      message: {
        kind: 'EndQuorumEpochRequest',
        correlationId: nextCorrelationId(node),
        leaderId: node.localId,
        leaderEpoch: from.epoch,
        preferredSuccessors: successors,
      },
    })
  }
}

/** A pre-vote lost by a resigned leader's node: it stays resigned in its epoch and waits again. */
export function becomeResignedAgain(node: RaftNode, nowMs: number, fx: Effects): void {
  const from = node.role
  assert(
    from.kind === 'prospective' && from.leaderId === node.localId,
    `raft ${node.localId}: ${from.kind} -> resigned`,
  )
  setRole(node, { kind: 'resigned', epoch: from.epoch, electionDeadlineMs: nowMs + randomElectionTimeoutMs(node) }, fx)
}

/**
 * What any message teaches about (epoch, leader): a higher epoch moves this node there, as
 * Follower when the leader is named and Unattached otherwise; a leader named for the current
 * epoch ends an election. Returns true when the role changed.
 */
export function learnEpoch(
  node: RaftNode,
  opts: { epoch: number; leaderId: NodeId | null; nowMs: number },
  fx: Effects,
): boolean {
  const role = node.role
  const leaderId = opts.leaderId === node.localId ? null : opts.leaderId
  if (opts.epoch > role.epoch) {
    if (leaderId !== null) becomeFollower(node, { epoch: opts.epoch, leaderId, nowMs: opts.nowMs }, fx)
    else becomeUnattached(node, { epoch: opts.epoch, votedId: null, nowMs: opts.nowMs }, fx)
    return true
  }
  if (opts.epoch < role.epoch || leaderId === null) return false
  switch (role.kind) {
    case 'leader':
    case 'resigned':
      assert(false, `raft ${node.localId}: node ${leaderId} claims epoch ${role.epoch}, which this node leads`)
      return false
    case 'follower':
      assert(role.leaderId === leaderId, `raft ${node.localId}: two leaders in epoch ${role.epoch}`)
      return false
    case 'prospective':
      // A prospective that already knew this leader gave up on it; hearing its name again from
      // a peer is no news (the peer may be the resigned leader itself).
      if (role.leaderId === leaderId) return false
      becomeFollower(node, { epoch: opts.epoch, leaderId, nowMs: opts.nowMs }, fx)
      return true
    case 'unattached':
    case 'candidate':
      becomeFollower(node, { epoch: opts.epoch, leaderId, nowMs: opts.nowMs }, fx)
      return true
    default:
      return assertNever(role)
  }
}

/** A node starting from what it persisted, as Kafka's `QuorumState.initialize`. */
export function initialRole(
  localId: NodeId,
  persisted: ElectionState,
  nowMs: number,
  electionTimeoutMs: number,
  fetchTimeoutMs: number,
): Role {
  // A leader that restarts cannot resume: its uncommitted state is gone. It resigns in its epoch.
  if (persisted.leaderId === localId) {
    return { kind: 'resigned', epoch: persisted.epoch, electionDeadlineMs: nowMs + electionTimeoutMs }
  }
  if (persisted.leaderId !== null) {
    return {
      kind: 'follower',
      epoch: persisted.epoch,
      leaderId: persisted.leaderId,
      fetchDeadlineMs: nowMs + fetchTimeoutMs,
      lastFetchSuccessMs: null,
      inflight: null,
      nextFetchAtMs: nowMs,
      snapshot: null,
    }
  }
  // Voted (for itself or another): stay bound to that vote for the epoch.
  return {
    kind: 'unattached',
    epoch: persisted.epoch,
    votedId: persisted.votedId,
    electionDeadlineMs: nowMs + electionTimeoutMs,
  }
}

export type { RaftMessage }
