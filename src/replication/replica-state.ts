// What a partition leader knows about one follower: the follower's log end and start offsets as
// its last fetch reported them, when it last fetched, and when it was last caught up with the
// leader. Kafka's Replica and ReplicaState (core/.../cluster/Replica.scala). leader-state.ts keeps
// one per remote replica and derives the high watermark and ISR changes from them.
//
// "Caught up" is Kafka's rule, built so that a follower fetching steadily under steady produce
// never looks lagging: a fetch at offset >= the leader's log end at that fetch makes the follower
// caught up as of that fetch; a fetch at offset >= the leader's log end at the *previous* fetch
// makes it caught up as of the previous fetch. A follower is in sync while
// now - lastCaughtUpTimeMs <= replica.lag.time.max.ms (or its log end is the leader's).
//
// Values, not objects: every function returns a new state. -1 means unknown, as Kafka's
// UnifiedLog.UnknownOffset.
import { ErrorCode } from '../protocol/errors.js'

export const UNKNOWN_OFFSET = -1

export interface ReplicaState {
  readonly brokerId: number
  readonly logStartOffset: number
  readonly logEndOffset: number
  /** The leader's log end offset at the follower's last fetch (max over fetches, as Kafka). */
  readonly lastFetchLeaderLogEndOffset: number
  readonly lastFetchTimeMs: number
  readonly lastCaughtUpTimeMs: number
  /** The broker epoch the follower's fetches carry (ReplicaState.ReplicaEpoch, Fetch v15+); undefined until one arrives. */
  readonly brokerEpoch: bigint | undefined
}

export interface FollowerFetch {
  /** The fetch offset: everything below it is in the follower's log. */
  readonly fetchOffset: number
  /** The follower's log start offset (Fetch's LogStartOffset). */
  readonly logStartOffset: number
  readonly fetchTimeMs: number
  /** The leader's log end offset read *before* serving this fetch, so later appends do not count against it. */
  readonly leaderEndOffsetAtFetch: number
  /** -1n when the fetch carries none (before Fetch v15): no epoch check. */
  readonly brokerEpoch?: bigint
}

export function newReplicaState(brokerId: number): ReplicaState {
  return {
    brokerId,
    logStartOffset: UNKNOWN_OFFSET,
    logEndOffset: UNKNOWN_OFFSET,
    lastFetchLeaderLogEndOffset: UNKNOWN_OFFSET,
    lastFetchTimeMs: 0,
    lastCaughtUpTimeMs: 0,
    brokerEpoch: undefined,
  }
}

/**
 * Kafka's Replica.updateFetchStateOrThrow. A fetch carrying an older broker epoch than one seen
 * before comes from a previous incarnation of the follower (it restarted and re-registered):
 * NOT_LEADER_OR_FOLLOWER, and nothing changes.
 */
export function updateFetchState(
  state: ReplicaState,
  fetch: FollowerFetch,
): { ok: true; state: ReplicaState } | { ok: false; errorCode: number } {
  const epoch = fetch.brokerEpoch ?? -1n
  if (epoch !== -1n && state.brokerEpoch !== undefined && epoch < state.brokerEpoch) {
    return { ok: false, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }
  }
  let lastCaughtUpTimeMs = state.lastCaughtUpTimeMs
  if (fetch.fetchOffset >= fetch.leaderEndOffsetAtFetch) {
    lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, fetch.fetchTimeMs)
  } else if (fetch.fetchOffset >= state.lastFetchLeaderLogEndOffset) {
    lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, state.lastFetchTimeMs)
  }
  return {
    ok: true,
    state: {
      brokerId: state.brokerId,
      logStartOffset: fetch.logStartOffset,
      logEndOffset: fetch.fetchOffset,
      lastFetchLeaderLogEndOffset: Math.max(fetch.leaderEndOffsetAtFetch, state.lastFetchLeaderLogEndOffset),
      lastFetchTimeMs: fetch.fetchTimeMs,
      lastCaughtUpTimeMs,
      brokerEpoch: epoch,
    },
  }
}

/**
 * Kafka's Replica.resetReplicaState, on become-leader or a new leader epoch. An ISR member counts
 * as caught up now (it gets replica.lag.time.max.ms to fetch before it is shrunk out); anyone else
 * as never, so it cannot hold the high watermark back. A new leader forgets what it knew of the
 * follower's log (it may have been truncated since): the follower's next fetch tells it.
 */
export function resetReplicaState(
  state: ReplicaState,
  nowMs: number,
  leaderEndOffset: number,
  isNewLeader: boolean,
  isFollowerInSync: boolean,
): ReplicaState {
  const lastCaughtUpTimeMs = isFollowerInSync ? nowMs : 0
  if (isNewLeader) {
    return { ...newReplicaState(state.brokerId), lastCaughtUpTimeMs }
  }
  return {
    ...state,
    lastFetchLeaderLogEndOffset: leaderEndOffset,
    lastFetchTimeMs: isFollowerInSync ? nowMs : 0,
    lastCaughtUpTimeMs,
  }
}

/** Kafka's ReplicaState.isCaughtUp. */
export function isCaughtUp(state: ReplicaState, leaderEndOffset: number, nowMs: number, maxLagMs: number): boolean {
  return leaderEndOffset === state.logEndOffset || nowMs - state.lastCaughtUpTimeMs <= maxLagMs
}
