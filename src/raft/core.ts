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
// Observers (ids not in `voters`) are served the same way but never counted. The leader's side
// of Fetch and FetchSnapshot lives in fetch-leader.ts, the fetching side in fetch-follower.ts;
// this file dispatches inputs, runs elections and timers.

import { ErrorCode } from '../protocol/errors.js'
import { assert, assertNever } from '../util/assert.js'
import type { RaftConfig } from './config.js'
import { type ElectionState, type NodeId, nullableId } from './election-state.js'
import {
  expireLeaderRequest,
  fetchFromLeader,
  leaderRequest,
  observerTimers,
  observerWakeAt,
  onFetchResponse,
  onFetchSnapshotResponse,
} from './fetch-follower.js'
import { answerFetch, onFetchRequest, releaseParked, updateHighWatermark } from './fetch-leader.js'
import { latestSnapshotOf, maxOffset, minOffset, type RaftLogView, startOffsetOf } from './log.js'
import type {
  BeginQuorumEpochRequest,
  EndQuorumEpochRequest,
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
  type Effects,
  emptyEffects,
  initialRole,
  isVoter,
  knownLeader,
  type LeaderRole,
  learnEpoch,
  majority,
  type ProspectiveRole,
  type RaftNode,
  sendBeginQuorumEpoch,
  sendVoteRequest,
} from './quorum-state.js'

export {
  type DescribedReplica,
  type DescribeQuorumPartition,
  describeQuorum,
  OBSERVER_SESSION_TIMEOUT_MS,
} from './describe-quorum.js'
export { fetchSnapshotResponse, validateFetchSnapshot } from './fetch-leader.js'

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

/** Effects with their wake time, filled in place: step runs for every event, so no copying. */
type StepEffects = Effects & { wakeAtMs: number }

function stepEffects(): StepEffects {
  const fx: StepEffects = {
    persist: null,
    truncateToOffset: null,
    append: [],
    appendSync: false,
    send: [],
    sendFetchSnapshot: null,
    snapshotChunk: null,
    installSnapshot: null,
    wakeAtMs: 0,
  }
  return fx
}

export function step(node: RaftNode, input: RaftInput): RaftEffects {
  const fx = stepEffects()
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
  fx.wakeAtMs = wakeAt(node, input.nowMs)
  return fx
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
