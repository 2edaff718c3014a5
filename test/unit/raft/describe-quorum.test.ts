// Goal: describeQuorum reports what Kafka's DescribeQuorum does: the leader's epoch, high
// watermark, each voter's and observer's end offset, last fetch and last caught-up times (Kafka's
// ReplicaState rules), and NOT_LEADER_OR_FOLLOWER on any other node. Method: a leader of
// voters [1, 2, 3] fed fetches at chosen times, with exact expected responses.

import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { describeQuorum, OBSERVER_SESSION_TIMEOUT_MS, propose } from '../../../src/raft/core.js'
import type { FetchRequest } from '../../../src/raft/messages.js'
import { raftContext } from './raft-context.js'

function fetch(replicaId: number, fetchOffset: bigint): FetchRequest {
  return {
    kind: 'FetchRequest',
    correlationId: 9,
    replicaId,
    currentLeaderEpoch: 1,
    fetchOffset,
    lastFetchedEpoch: fetchOffset === 0n ? 0 : 1,
    maxWaitMs: 0,
  }
}

describe('describeQuorum', () => {
  it('on the leader reports voters and observers with Kafka caught-up times', () => {
    const ctx = raftContext().withElectedLeader(1, 1).build()
    expect(describeQuorum(ctx.node, 0)).toEqual({
      errorCode: ErrorCode.NONE,
      leaderId: 1,
      leaderEpoch: 1,
      highWatermark: -1n,
      currentVoters: [
        { replicaId: 1, logEndOffset: 1n, lastFetchTimestamp: 0, lastCaughtUpTimestamp: 0 },
        { replicaId: 2, logEndOffset: -1n, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 },
        { replicaId: 3, logEndOffset: -1n, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 },
      ],
      observers: [],
    })
    ctx.receive(10, 2, fetch(2, 0n)) // behind the leader's end (1): not caught up
    ctx.receive(20, 2, fetch(2, 1n)) // at the end: caught up now; commits offset 0
    ctx.receive(30, 3, fetch(3, 1n)) // the leader has appended but not flushed: end still 1
    const proposed = propose(ctx.node, { records: [Buffer.from('a'), Buffer.from('b')], nowMs: 31 })
    if (proposed.ok) ctx.apply(proposed.effects)
    ctx.step({ kind: 'appended', nowMs: 32, flushedEndOffset: 3n })
    ctx.receive(33, 4, fetch(4, 1n)) // observer behind the end 3
    ctx.receive(40, 4, fetch(4, 2n)) // still behind 3, and behind its previous fetch's end 3
    ctx.receive(50, 4, fetch(4, 3n)) // caught up at 50
    ctx.receive(60, 2, fetch(2, 1n)) // 1 >= end at its previous fetch (1): caught up as of 20
    expect(describeQuorum(ctx.node, 70)).toEqual({
      errorCode: ErrorCode.NONE,
      leaderId: 1,
      leaderEpoch: 1,
      highWatermark: 1n,
      currentVoters: [
        { replicaId: 1, logEndOffset: 3n, lastFetchTimestamp: 70, lastCaughtUpTimestamp: 70 },
        { replicaId: 2, logEndOffset: 1n, lastFetchTimestamp: 60, lastCaughtUpTimestamp: 20 },
        { replicaId: 3, logEndOffset: 1n, lastFetchTimestamp: 30, lastCaughtUpTimestamp: 30 },
      ],
      observers: [{ replicaId: 4, logEndOffset: 3n, lastFetchTimestamp: 50, lastCaughtUpTimestamp: 50 }],
    })
    ctx.receive(80, 3, fetch(3, 3n)) // 3 >= its previous fetch's leader end (1): caught up now (80)
    const later = describeQuorum(ctx.node, 50 + OBSERVER_SESSION_TIMEOUT_MS)
    expect(later.highWatermark).toBe(3n)
    expect(later.currentVoters[2]).toEqual({
      replicaId: 3,
      logEndOffset: 3n,
      lastFetchTimestamp: 80,
      lastCaughtUpTimestamp: 80,
    })
    expect(later.observers).toEqual([]) // silent for the observer session timeout
  })

  it('elsewhere answers NOT_LEADER_OR_FOLLOWER naming the known leader', () => {
    const ctx = raftContext().withElectedLeader(3, 2).build()
    expect(describeQuorum(ctx.node, 5)).toEqual({
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
      leaderId: 2,
      leaderEpoch: 3,
      highWatermark: -1n,
      currentVoters: [],
      observers: [],
    })
    const unattached = raftContext().withUnattached(2).build()
    expect(describeQuorum(unattached.node, 5)).toMatchObject({ leaderId: -1, leaderEpoch: 2 })
  })
})
