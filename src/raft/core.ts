// The pure raft step: inputs in, effects out, as etcd raft's `rawnode.go` and Kafka's
// `KafkaRaftClient.java` behind its NetworkChannel and ReplicatedLog. No I/O, no clock reads, no
// randomness of its own (time comes in every input; randomness is the injected `random`).
//
// Driver contract, per step (apply all of it before the next step):
//  (1) write and fsync `persist` (ElectionState; observers too) before anything below.
//  (2) `snapshotChunk` {snapshotId, position, bytes}: write bytes at position of the partial
//      snapshot file for snapshotId (position 0 starts that file anew, dropping any partial one).
//  (3) `installSnapshot` (OffsetAndEpoch): fsync the partial file and make it the snapshot with
//      that id; then empty the log and restart it at id.offset, durably: afterwards the log view
//      reports logStartOffset() = endOffset() = id.offset, lastEpoch() = id.epoch,
//      latestSnapshot() = id, epochAt(id.offset - 1) = id.epoch. (Never with truncate/append.)
//  (4) truncate the log to `truncateToOffset`.
//  (5) append `append`, and fsync it before sending when `appendSync`. When `appendSync` is false
//      (the leader's own appends) the driver fsyncs later and reports `{ kind: 'appended',
//      flushedEndOffset }`; only then does the leader count its own copy toward the high watermark.
//  (6) send `send` and `sendFetchSnapshot` (a FetchSnapshot request; its response comes back as
//      a `receive` input like any response, with the request's correlation id).
//  (7) call `step` with a tick at `wakeAtMs` (or earlier when a message arrives).
// Right after `createRaft` the driver ticks once at the same time: a node that is the only voter
// becomes leader in that tick (persist + its leader-change entry in `append`).
//
// Outside `step`: the driver answers a FetchSnapshot request itself. `validateFetchSnapshot(node,
// from, request, nowMs)` gives the error code (NONE: read the snapshot file at position, answer
// POSITION_OUT_OF_RANGE if position >= size, else up to its max bytes); `fetchSnapshotResponse`
// builds the response. `describeQuorum(node, nowMs)` is DescribeQuorum's partition data. Snapshots
// of the local state machine are the driver's: it writes one at a committed offset, then makes
// the log drop the prefix (MemoryRaftLog.snapshotAt); the core reads the result through
// `logStartOffset()` and `latestSnapshot()`.
//
// Replication is pull-based, as in KRaft: followers and observers send Fetch to the leader with
// their end offset and last epoch; the leader answers with entries, with a diverging epoch that
// makes the follower truncate, with its snapshot id when the position is below its log start
// (KIP-630), or parks the fetch until there is something new. The leader's high watermark is the
// largest offset that a majority of voters has on disk, and it only moves once this epoch's
// leader-change entry is committed (Raft's commit rule as Kafka's LeaderState applies it).
// Observers (ids not in `voters`) are served the same way but never counted.

import { ErrorCode } from '../protocol/errors.js'
import { assert, assertNever } from '../util/assert.js'
import type { RaftConfig } from './config.js'
import type { ElectionState, NodeId } from './election-state.js'
import {
  type LogEntry,
  latestSnapshotOf,
  type OffsetAndEpoch,
  type RaftLogView,
  sameOffsetAndEpoch,
  startOffsetOf,
} from './log.js'
import type {
  BeginQuorumEpochRequest,
  EndQuorumEpochRequest,
  FetchRequest,
  FetchResponse,
  FetchSnapshotRequest,
  FetchSnapshotResponse,
  InboundMessage,
  VoteRequest,
  VoteResponse,
} from './messages.js'
import {
  becomeCandidate,
  becomeFollower,
  becomeLeader,
  becomeProspective,
  becomeResigned,
  becomeResignedAgain,
  becomeUnattached,
  checkQuorumTimeoutMs,
  type Effects,
  emptyEffects,
  type FollowerRole,
  initialRole,
  isVoter,
  knownLeader,
  type LeaderRole,
  learnEpoch,
  majority,
  newReplicaState,
  nextCorrelationId,
  type Pending,
  type ProspectiveRole,
  type RaftNode,
  type ReplicaState,
  type SnapshotFetch,
  sendBeginQuorumEpoch,
  sendVoteRequest,
} from './quorum-state.js'

export {
  type DescribedReplica,
  type DescribeQuorumPartition,
  describeQuorum,
  OBSERVER_SESSION_TIMEOUT_MS,
} from './describe-quorum.js'

export type RaftInput =
  | { readonly kind: 'tick'; readonly nowMs: number }
  | { readonly kind: 'receive'; readonly nowMs: number; readonly from: NodeId; readonly message: InboundMessage }
  | { readonly kind: 'appended'; readonly nowMs: number; readonly flushedEndOffset: bigint }

export interface RaftEffects extends Effects {
  /** The next time the driver must tick this node. */
  readonly wakeAtMs: number
}

export interface CreateRaftOptions {
  readonly localId: NodeId
  readonly voters: readonly NodeId[]
  readonly config: RaftConfig
  readonly random: () => number
  /** The log as on disk at start: everything in it is flushed. */
  readonly log: RaftLogView
  readonly persisted: ElectionState
  readonly nowMs: number
}

export function createRaft(options: CreateRaftOptions): RaftNode {
  assert(new Set(options.voters).size === options.voters.length, 'createRaft: duplicate voter ids')
  assert(options.voters.length > 0, 'createRaft: no voters')
  const voter = options.voters.includes(options.localId)
  const timeout = options.config.electionTimeoutMs + Math.floor(options.random() * options.config.electionTimeoutMs)
  // The only voter needs nobody's vote: as Kafka's KafkaRaftClient.initialize, it stands at once
  // (whatever it persisted: resigned leader, vote for itself, or nothing), so the first tick makes
  // it leader and a one-node cluster starts without waiting out an election timeout.
  const onlyVoter = options.voters.length === 1 && options.voters[0] === options.localId
  // An observer that once led (it was a voter then) starts without a leader rather than resigned.
  const persisted =
    voter || options.persisted.leaderId !== options.localId
      ? options.persisted
      : { ...options.persisted, leaderId: null }
  return {
    localId: options.localId,
    voters: [...options.voters],
    config: options.config,
    random: options.random,
    log: options.log,
    role: initialRole(
      options.localId,
      persisted,
      options.nowMs,
      onlyVoter || !voter ? 0 : timeout,
      onlyVoter ? 0 : options.config.fetchTimeoutMs,
    ),
    // A snapshot holds only committed entries, so what it covers is committed at start.
    highWatermark: minOffset(
      options.log.endOffset(),
      maxOffset(startOffsetOf(options.log), latestSnapshotOf(options.log)?.offset ?? 0n),
    ),
    flushedEndOffset: options.log.endOffset(),
    persisted: options.persisted,
    nextCorrelationId: 0,
    // Observers start asking at a random voter, so that many brokers do not all ask the first.
    voterProbe: {
      next: voter ? 0 : Math.floor(options.random() * options.voters.length),
      inflight: null,
      nextAtMs: options.nowMs,
    },
  }
}

export function step(node: RaftNode, input: RaftInput): RaftEffects {
  const fx = emptyEffects()
  switch (input.kind) {
    case 'tick':
      break
    case 'receive':
      receive(node, input.from, input.message, input.nowMs, fx)
      break
    case 'appended':
      onAppended(node, input.flushedEndOffset, input.nowMs)
      break
    default:
      assertNever(input)
  }
  // Timers run after every input, so a message that arrives late still sees expired deadlines.
  onTimers(node, input.nowMs, fx)
  return { ...fx, wakeAtMs: wakeAt(node, input.nowMs) }
}

export type ProposeResult =
  | { readonly ok: true; readonly epoch: number; readonly baseOffset: bigint; readonly effects: RaftEffects }
  | { readonly ok: false; readonly errorCode: ErrorCode; readonly effects: RaftEffects }

/** Appends client records on the leader; they are committed once the high watermark passes them. */
export function propose(node: RaftNode, opts: { records: readonly Buffer[]; nowMs: number }): ProposeResult {
  const fx = emptyEffects()
  const role = node.role
  if (role.kind !== 'leader') {
    return {
      ok: false,
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
      effects: { ...fx, wakeAtMs: wakeAt(node, opts.nowMs) },
    }
  }
  const baseOffset = node.log.endOffset()
  opts.records.forEach((value, i) => {
    fx.append.push({ offset: baseOffset + BigInt(i), epoch: role.epoch, kind: 'data', value })
  })
  // Parked fetches are answered on the next tick, when the driver has applied the append.
  for (const parked of role.parked.values()) parked.deadlineMs = opts.nowMs
  return { ok: true, epoch: role.epoch, baseOffset, effects: { ...fx, wakeAtMs: opts.nowMs } }
}

/** The leader steps down gracefully (shutdown), telling followers to elect a successor now. */
export function resign(node: RaftNode, nowMs: number): RaftEffects {
  const fx = emptyEffects()
  if (node.role.kind === 'leader') becomeResigned(node, nowMs, fx)
  return { ...fx, wakeAtMs: wakeAt(node, nowMs) }
}

// --- inputs -------------------------------------------------------------------------------------

function receive(node: RaftNode, from: NodeId, message: InboundMessage, nowMs: number, fx: Effects): void {
  switch (message.kind) {
    case 'VoteRequest':
      onVoteRequest(node, from, message, nowMs, fx)
      return
    case 'VoteResponse':
      onVoteResponse(node, from, message, nowMs, fx)
      return
    case 'BeginQuorumEpochRequest':
      onBeginQuorumEpoch(node, from, message, nowMs, fx)
      return
    case 'BeginQuorumEpochResponse': {
      if (learnEpoch(node, { epoch: message.leaderEpoch, leaderId: nullableId(message.leaderId), nowMs }, fx)) return
      const role = node.role
      if (role.kind !== 'leader' || message.errorCode !== ErrorCode.NONE) return
      if (role.unacknowledged.get(from)?.correlationId === message.correlationId) role.unacknowledged.delete(from)
      return
    }
    case 'EndQuorumEpochRequest':
      onEndQuorumEpoch(node, from, message, nowMs, fx)
      return
    case 'EndQuorumEpochResponse':
      learnEpoch(node, { epoch: message.leaderEpoch, leaderId: nullableId(message.leaderId), nowMs }, fx)
      return
    case 'FetchRequest':
      onFetchRequest(node, from, message, nowMs, fx)
      return
    case 'FetchResponse':
      onFetchResponse(node, from, message, nowMs, fx)
      return
    case 'FetchSnapshotResponse':
      onFetchSnapshotResponse(node, from, message, nowMs, fx)
      return
    default:
      assertNever(message)
  }
}

function onAppended(node: RaftNode, flushedEndOffset: bigint, nowMs: number): void {
  assert(flushedEndOffset <= node.log.endOffset(), 'raft: flushed beyond the log end')
  if (flushedEndOffset <= node.flushedEndOffset) return
  node.flushedEndOffset = flushedEndOffset
  const role = node.role
  if (role.kind !== 'leader') return
  const self = role.replicas.get(node.localId)
  assert(self !== undefined, 'raft: leader tracks itself')
  self.endOffset = flushedEndOffset
  if (updateHighWatermark(node, role)) releaseParked(role, nowMs)
}

// --- votes --------------------------------------------------------------------------------------

function onVoteRequest(node: RaftNode, from: NodeId, request: VoteRequest, nowMs: number, fx: Effects): void {
  const respond = (voteGranted: boolean, errorCode: ErrorCode = ErrorCode.NONE): void => {
    fx.send.push({
      to: from,
      message: {
        kind: 'VoteResponse',
        correlationId: request.correlationId,
        errorCode,
        leaderId: knownLeader(node) ?? -1,
        leaderEpoch: node.role.epoch,
        voteGranted,
      },
    })
  }
  if (!node.voters.includes(request.candidateId)) {
    respond(false, ErrorCode.INCONSISTENT_VOTER_SET)
    return
  }
  // An observer's vote counts for nothing; it neither grants nor lets a candidate move its epoch.
  if (!isVoter(node)) {
    respond(false)
    return
  }
  if (request.candidateEpoch < node.role.epoch) {
    respond(false)
    return
  }
  const upToDate = logUpToDate(node.log, request)
  if (request.preVote) {
    respond(upToDate && grantsPreVote(node, nowMs))
    return
  }
  if (request.candidateEpoch > node.role.epoch) {
    becomeUnattached(node, { epoch: request.candidateEpoch, votedId: null, nowMs }, fx)
  }
  const role = node.role
  if (role.kind !== 'unattached' && role.kind !== 'prospective') {
    respond(false)
    return
  }
  if (!upToDate || knownLeader(node) !== null) {
    respond(false)
    return
  }
  if (role.votedId !== null) {
    respond(role.votedId === request.candidateId)
    return
  }
  // Granting: persisted with the role change before the response leaves (driver contract).
  becomeUnattached(node, { epoch: role.epoch, votedId: request.candidateId, nowMs }, fx)
  respond(true)
}

/** Raft's up-to-date check: (last epoch, end offset) compared in that order. */
function logUpToDate(log: RaftLogView, request: VoteRequest): boolean {
  const lastEpoch = log.lastEpoch()
  if (request.lastOffsetEpoch !== lastEpoch) return request.lastOffsetEpoch > lastEpoch
  return request.lastOffset >= log.endOffset()
}

/** KIP-996: refuse a pre-vote while a leader is known to be alive. */
function grantsPreVote(node: RaftNode, nowMs: number): boolean {
  const role = node.role
  switch (role.kind) {
    case 'leader':
    case 'resigned':
      return role.kind === 'resigned'
    case 'follower':
      return role.lastFetchSuccessMs === null || nowMs - role.lastFetchSuccessMs >= node.config.fetchTimeoutMs
    case 'unattached':
    case 'prospective':
    case 'candidate':
      return true
    default:
      return assertNever(role)
  }
}

function onVoteResponse(node: RaftNode, from: NodeId, response: VoteResponse, nowMs: number, fx: Effects): void {
  if (learnEpoch(node, { epoch: response.leaderEpoch, leaderId: nullableId(response.leaderId), nowMs }, fx)) return
  const role = node.role
  if (role.kind !== 'prospective' && role.kind !== 'candidate') return
  if (role.pending.get(from)?.correlationId !== response.correlationId) return
  // A grant is for one epoch: a late answer to an earlier candidacy does not count.
  if (role.kind === 'candidate' && response.leaderEpoch !== role.epoch) return
  role.pending.delete(from)
  if (response.errorCode !== ErrorCode.NONE) return
  if (response.voteGranted) role.granted.add(from)
  else role.rejected.add(from)
  const lost = role.rejected.size >= node.voters.length - majority(node) + 1
  if (role.kind === 'prospective') {
    if (role.granted.size >= majority(node)) becomeCandidate(node, nowMs, fx)
    else if (lost) prospectiveLost(node, role, nowMs, fx)
    return
  }
  if (role.granted.size >= majority(node)) becomeLeader(node, nowMs, fx)
  else if (lost && role.backoffUntilMs === null) role.backoffUntilMs = nowMs + electionBackoffMs(node)
}

/** A lost pre-vote: back to the leader we knew, or wait out another election timeout. */
function prospectiveLost(node: RaftNode, role: ProspectiveRole, nowMs: number, fx: Effects): void {
  if (role.leaderId === node.localId) {
    becomeResignedAgain(node, nowMs, fx)
  } else if (role.leaderId !== null) {
    becomeFollower(node, { epoch: role.epoch, leaderId: role.leaderId, nowMs }, fx)
  } else {
    becomeUnattached(node, { epoch: role.epoch, votedId: role.votedId, nowMs }, fx)
  }
}

function electionBackoffMs(node: RaftNode): number {
  return Math.floor(node.random() * node.config.electionBackoffMaxMs)
}

// --- leader announcements -------------------------------------------------------------------------

function onBeginQuorumEpoch(
  node: RaftNode,
  from: NodeId,
  request: BeginQuorumEpochRequest,
  nowMs: number,
  fx: Effects,
): void {
  let errorCode: ErrorCode = ErrorCode.NONE
  if (request.leaderEpoch < node.role.epoch) errorCode = ErrorCode.FENCED_LEADER_EPOCH
  else learnEpoch(node, { epoch: request.leaderEpoch, leaderId: request.leaderId, nowMs }, fx)
  fx.send.push({
    to: from,
    message: {
      kind: 'BeginQuorumEpochResponse',
      correlationId: request.correlationId,
      errorCode,
      leaderId: knownLeader(node) ?? -1,
      leaderEpoch: node.role.epoch,
    },
  })
}

function onEndQuorumEpoch(
  node: RaftNode,
  from: NodeId,
  request: EndQuorumEpochRequest,
  nowMs: number,
  fx: Effects,
): void {
  let errorCode: ErrorCode = ErrorCode.NONE
  if (request.leaderEpoch < node.role.epoch) errorCode = ErrorCode.FENCED_LEADER_EPOCH
  else {
    learnEpoch(node, { epoch: request.leaderEpoch, leaderId: request.leaderId, nowMs }, fx)
    const role = node.role
    if (role.kind === 'follower' && role.leaderId === request.leaderId) {
      // The leader is leaving: stop trusting it, and time out sooner the earlier we are in its
      // list of preferred successors (Kafka's endEpochElectionBackoff).
      const position = request.preferredSuccessors.indexOf(node.localId)
      const backoffMs =
        position < 0
          ? node.config.electionBackoffMaxMs
          : Math.floor((position * node.config.electionBackoffMaxMs) / Math.max(1, node.voters.length))
      role.fetchDeadlineMs = Math.min(role.fetchDeadlineMs, nowMs + backoffMs)
      role.lastFetchSuccessMs = null
    }
  }
  fx.send.push({
    to: from,
    message: {
      kind: 'EndQuorumEpochResponse',
      correlationId: request.correlationId,
      errorCode,
      leaderId: knownLeader(node) ?? -1,
      leaderEpoch: node.role.epoch,
    },
  })
}

// --- replication: leader side -----------------------------------------------------------------------

function onFetchRequest(node: RaftNode, from: NodeId, request: FetchRequest, nowMs: number, fx: Effects): void {
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
function updateHighWatermark(node: RaftNode, role: LeaderRole): boolean {
  const offsets = [...role.replicas.values()].map((r) => r.endOffset).sort((a, b) => (a === b ? 0 : a > b ? -1 : 1))
  const candidate = offsets[majority(node) - 1]
  assert(candidate !== undefined, 'raft: majority index within voters')
  if (candidate <= role.epochStartOffset) return false
  role.highWatermarkKnown = true
  if (candidate <= node.highWatermark) return false
  node.highWatermark = candidate
  return true
}

function releaseParked(role: LeaderRole, nowMs: number): void {
  for (const parked of role.parked.values()) parked.deadlineMs = nowMs
}

function answerFetch(node: RaftNode, role: LeaderRole, request: FetchRequest): FetchResponse {
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

// --- replication: follower side -----------------------------------------------------------------------

function onFetchResponse(node: RaftNode, from: NodeId, response: FetchResponse, nowMs: number, fx: Effects): void {
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

function onFetchSnapshotResponse(
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
function fetchFromLeader(node: RaftNode, role: FollowerRole, nowMs: number, fx: Effects): void {
  if (role.snapshot !== null) sendFetchSnapshot(node, role, role.snapshot, nowMs, fx)
  else sendFetch(node, role, logPosition(node), nowMs, fx)
}

/** Expires the follower's outstanding request to its leader after the request timeout. */
function expireLeaderRequest(node: RaftNode, role: FollowerRole, nowMs: number): void {
  const retryAfterMs = node.config.requestTimeoutMs
  if (role.inflight !== null && nowMs - role.inflight.sentAtMs >= retryAfterMs) role.inflight = null
  const snapshot = role.snapshot
  if (snapshot?.inflight != null && nowMs - snapshot.inflight.sentAtMs >= retryAfterMs) snapshot.inflight = null
}

/** The follower's outstanding request to its leader, Fetch or FetchSnapshot, if any. */
function leaderRequest(role: FollowerRole): Pending | null {
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

// --- timers --------------------------------------------------------------------------------------------

function onTimers(node: RaftNode, nowMs: number, fx: Effects): void {
  const role = node.role
  const retryAfterMs = node.config.requestTimeoutMs
  if (!isVoter(node)) {
    observerTimers(node, nowMs, fx)
    return
  }
  switch (role.kind) {
    case 'unattached':
      if (nowMs >= role.electionDeadlineMs) becomeProspective(node, nowMs, fx)
      return
    case 'resigned':
      if (nowMs >= role.electionDeadlineMs) becomeProspective(node, nowMs, fx)
      return
    case 'prospective':
      if (nowMs >= role.electionDeadlineMs) {
        prospectiveLost(node, role, nowMs, fx)
        return
      }
      for (const [to, pending] of role.pending) {
        if (nowMs - pending.sentAtMs >= retryAfterMs) sendVoteRequest(node, role, to, nowMs, fx)
      }
      return
    case 'candidate':
      if (role.backoffUntilMs === null && nowMs >= role.electionDeadlineMs) {
        role.backoffUntilMs = nowMs + electionBackoffMs(node)
      }
      if (role.backoffUntilMs !== null) {
        if (nowMs >= role.backoffUntilMs) {
          // Kafka goes from a lost candidacy to Prospective: the next try starts with a pre-vote.
          becomeProspective(node, nowMs, fx)
        }
        return
      }
      for (const [to, pending] of role.pending) {
        if (nowMs - pending.sentAtMs >= retryAfterMs) sendVoteRequest(node, role, to, nowMs, fx)
      }
      return
    case 'leader':
      leaderTimers(node, role, nowMs, fx)
      return
    case 'follower':
      if (nowMs >= role.fetchDeadlineMs) {
        becomeProspective(node, nowMs, fx)
        return
      }
      expireLeaderRequest(node, role, nowMs)
      if (leaderRequest(role) === null && nowMs >= role.nextFetchAtMs) fetchFromLeader(node, role, nowMs, fx)
      return
    default:
      assertNever(role)
  }
}

/**
 * An observer follows its leader like a voter does, but where a voter would stand for election
 * (no leader known, or the leader silent for the fetch timeout) it asks the voters in turn.
 */
function observerTimers(node: RaftNode, nowMs: number, fx: Effects): void {
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

function observerWakeAt(node: RaftNode, nowMs: number): number {
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

function leaderTimers(node: RaftNode, role: LeaderRole, nowMs: number, fx: Effects): void {
  if (node.voters.length > 1 && nowMs >= role.checkQuorumDeadlineMs) {
    becomeResigned(node, nowMs, fx)
    return
  }
  for (const [to, pending] of role.unacknowledged) {
    if (nowMs - pending.sentAtMs >= node.config.requestTimeoutMs) sendBeginQuorumEpoch(node, role, to, nowMs, fx)
  }
  for (const [id, parked] of role.parked) {
    if (nowMs < parked.deadlineMs) continue
    role.parked.delete(id)
    fx.send.push({ to: id, message: answerFetch(node, role, parked.request) })
  }
}

function wakeAt(node: RaftNode, nowMs: number): number {
  if (!isVoter(node)) return observerWakeAt(node, nowMs)
  const role = node.role
  const retry = node.config.requestTimeoutMs
  const times: number[] = []
  switch (role.kind) {
    case 'unattached':
    case 'resigned':
      times.push(role.electionDeadlineMs)
      break
    case 'prospective':
      times.push(role.electionDeadlineMs)
      for (const p of role.pending.values()) times.push(p.sentAtMs + retry)
      break
    case 'candidate':
      if (role.backoffUntilMs !== null) times.push(role.backoffUntilMs)
      else {
        times.push(role.electionDeadlineMs)
        for (const p of role.pending.values()) times.push(p.sentAtMs + retry)
      }
      break
    case 'leader':
      if (node.voters.length > 1) times.push(role.checkQuorumDeadlineMs)
      for (const p of role.unacknowledged.values()) times.push(p.sentAtMs + retry)
      for (const p of role.parked.values()) times.push(p.deadlineMs)
      break
    case 'follower': {
      times.push(role.fetchDeadlineMs)
      const pending = leaderRequest(role)
      times.push(pending === null ? role.nextFetchAtMs : pending.sentAtMs + retry)
      break
    }
    default:
      assertNever(role)
  }
  return Math.max(nowMs, Math.min(...times, Number.MAX_SAFE_INTEGER))
}

function nullableId(id: NodeId): NodeId | null {
  return id >= 0 ? id : null
}

function minOffset(a: bigint, b: bigint): bigint {
  return a < b ? a : b
}

function maxOffset(a: bigint, b: bigint): bigint {
  return a > b ? a : b
}
