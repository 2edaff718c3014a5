// Goal: an observer (a node not among the voters) follows the leader like a follower but never
// votes or stands; it finds the leader by asking voters in turn; the leader serves it without
// counting it toward the high watermark or check-quorum. Method: the raft-context builder with
// localId 4 and voters [1, 2, 3] (or a voter facing observer 4), exact effects per input.

import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { defaultRaftConfig } from '../../../src/raft/config.js'
import { createRaft } from '../../../src/raft/core.js'
import { MemoryRaftLog } from '../../../src/raft/log.js'
import type { FetchRequest, FetchResponse } from '../../../src/raft/messages.js'
import { entry, raftContext } from './raft-context.js'

const observer = () => raftContext({ localId: 4, voters: [1, 2, 3] })

function fetchRequest(fields: Partial<FetchRequest> & { replicaId: number; currentLeaderEpoch: number }): FetchRequest {
  return { kind: 'FetchRequest', correlationId: 9, fetchOffset: 0n, lastFetchedEpoch: 0, maxWaitMs: 500, ...fields }
}

function fetchResponse(fields: Partial<FetchResponse> & { correlationId: number }): FetchResponse {
  return {
    kind: 'FetchResponse',
    errorCode: ErrorCode.NONE,
    highWatermark: -1n,
    currentLeader: { leaderId: -1, leaderEpoch: 0 },
    divergingEpoch: null,
    records: [],
    snapshotId: null,
    ...fields,
  }
}

describe('observer', () => {
  it('asks the first voter at once and follows the leader that voter names', () => {
    const ctx = observer().build()
    expect(ctx.node.role.kind).toBe('unattached')
    const first = ctx.tick(0)
    expect(first.send).toEqual([
      { to: 1, message: fetchRequest({ correlationId: 1, replicaId: 4, currentLeaderEpoch: 0, maxWaitMs: 0 }) },
    ])
    expect(first.wakeAtMs).toBe(2000)
    const fx = ctx.receive(
      5,
      1,
      fetchResponse({
        correlationId: 1,
        errorCode: ErrorCode.FENCED_LEADER_EPOCH,
        currentLeader: { leaderId: 2, leaderEpoch: 3 },
      }),
    )
    expect(ctx.node.role).toMatchObject({ kind: 'follower', epoch: 3, leaderId: 2 })
    expect(fx.persist).toEqual({ epoch: 3, leaderId: 2, votedId: null })
    expect(fx.send).toEqual([
      { to: 2, message: fetchRequest({ correlationId: 2, replicaId: 4, currentLeaderEpoch: 3 }) },
    ])
  })

  it('tries the next voter after a backoff when the answer names no leader, and after a timeout when none comes', () => {
    const ctx = observer().build()
    ctx.tick(0)
    const fx = ctx.receive(
      5,
      1,
      fetchResponse({
        correlationId: 1,
        errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH,
        currentLeader: { leaderId: -1, leaderEpoch: 2 },
      }),
    )
    expect(ctx.node.role).toMatchObject({ kind: 'unattached', epoch: 2, votedId: null })
    expect(fx.persist).toEqual({ epoch: 2, leaderId: null, votedId: null })
    expect(fx.send).toEqual([])
    expect(fx.wakeAtMs).toBe(25)
    expect(ctx.tick(25).send.map((o) => [o.to, o.message.kind])).toEqual([[2, 'FetchRequest']])
    // Voter 2 never answers: after the request timeout, voter 3, then voter 1 again.
    expect(ctx.tick(2024).send).toEqual([])
    expect(ctx.tick(2025).send.map((o) => o.to)).toEqual([3])
    expect(ctx.tick(4025).send.map((o) => o.to)).toEqual([1])
  })

  it('never stands for election and asks the voters in turn once its leader is silent', () => {
    const ctx = observer().withElectedLeader(3, 2).build()
    const first = ctx.tick(0)
    expect(first.send.map((o) => [o.to, o.message.kind])).toEqual([[2, 'FetchRequest']])
    // The fetch to the leader times out at 2000 (request timeout), which is also the fetch timeout.
    const fx = ctx.tick(2000)
    expect(ctx.node.role).toMatchObject({ kind: 'follower', epoch: 3, leaderId: 2 })
    expect(fx.send).toEqual([
      { to: 1, message: fetchRequest({ correlationId: 2, replicaId: 4, currentLeaderEpoch: 3, maxWaitMs: 0 }) },
    ])
    // Voter 1 names the same leader: no news; the next turn goes to the leader itself.
    const same = ctx.receive(
      2010,
      1,
      fetchResponse({
        correlationId: 2,
        errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
        currentLeader: { leaderId: 2, leaderEpoch: 3 },
      }),
    )
    expect(same.send).toEqual([])
    expect(ctx.tick(2030).send).toEqual([
      { to: 2, message: fetchRequest({ correlationId: 3, replicaId: 4, currentLeaderEpoch: 3 }) },
    ])
    // The leader answers: back to fetching from it alone.
    ctx.receive(2040, 2, fetchResponse({ correlationId: 3, currentLeader: { leaderId: 2, leaderEpoch: 3 } }))
    expect(ctx.node.role).toMatchObject({ kind: 'follower', fetchDeadlineMs: 4040 })
    expect(ctx.tick(100_000).send.every((o) => o.message.kind === 'FetchRequest')).toBe(true)
    expect(ctx.node.role.kind).toBe('follower')
  })

  it('appends fetched entries and learns the high watermark like a follower', () => {
    const ctx = observer().withElectedLeader(1, 2).build()
    ctx.tick(0)
    const records = [entry(0, 1), entry(1, 1)]
    const fx = ctx.receive(
      5,
      2,
      fetchResponse({ correlationId: 1, highWatermark: 1n, currentLeader: { leaderId: 2, leaderEpoch: 1 }, records }),
    )
    expect(fx.append).toEqual(records)
    expect(fx.appendSync).toBe(true)
    expect(ctx.node.highWatermark).toBe(1n)
    expect(fx.send[0]?.message).toMatchObject({ kind: 'FetchRequest', fetchOffset: 2n, lastFetchedEpoch: 1 })
  })

  it('refuses votes without moving its epoch or persisting', () => {
    const ctx = observer().withUnattached(1).build()
    const fx = ctx.receive(5, 2, {
      kind: 'VoteRequest',
      correlationId: 7,
      candidateEpoch: 2,
      candidateId: 2,
      lastOffsetEpoch: 0,
      lastOffset: 0n,
      preVote: false,
    })
    expect(fx.persist).toBeNull()
    expect(ctx.node.role).toMatchObject({ kind: 'unattached', epoch: 1 })
    expect(fx.send[0]?.message).toMatchObject({ kind: 'VoteResponse', voteGranted: false, errorCode: 0 })
  })

  it('restarts without a leader when it had persisted itself as leader', () => {
    const node = createRaft({
      localId: 4,
      voters: [1, 2, 3],
      config: defaultRaftConfig,
      random: () => 0,
      log: new MemoryRaftLog(),
      persisted: { epoch: 5, leaderId: 4, votedId: null },
      nowMs: 0,
    })
    expect(node.role).toMatchObject({ kind: 'unattached', epoch: 5, votedId: null })
  })
})

describe('voters facing an observer', () => {
  it('a voter that is not the leader answers NOT_LEADER_OR_FOLLOWER naming the leader', () => {
    const ctx = raftContext().withElectedLeader(3, 2).build()
    const fx = ctx.receive(5, 4, fetchRequest({ replicaId: 4, currentLeaderEpoch: 3 }))
    expect(fx.send.filter((o) => o.to === 4)).toEqual([
      {
        to: 4,
        message: fetchResponse({
          correlationId: 9,
          errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
          currentLeader: { leaderId: 2, leaderEpoch: 3 },
        }),
      },
    ])
  })

  it('refuses a vote request from an observer with INCONSISTENT_VOTER_SET', () => {
    const ctx = raftContext().withUnattached(1).build()
    const fx = ctx.receive(5, 4, {
      kind: 'VoteRequest',
      correlationId: 7,
      candidateEpoch: 2,
      candidateId: 4,
      lastOffsetEpoch: 0,
      lastOffset: 0n,
      preVote: false,
    })
    expect(fx.persist).toBeNull()
    expect(fx.send[0]?.message).toMatchObject({ voteGranted: false, errorCode: ErrorCode.INCONSISTENT_VOTER_SET })
  })

  it('the leader serves an observer but counts neither its offset nor its fetches', () => {
    const ctx = raftContext().withElectedLeader(1, 1).build()
    const served = ctx.receive(4, 4, fetchRequest({ replicaId: 4, currentLeaderEpoch: 1 }))
    expect(served.send[0]?.message).toMatchObject({
      errorCode: 0,
      highWatermark: -1n,
      records: [{ offset: 0n, epoch: 1, kind: 'leader-change' }],
    })
    const parked = ctx.receive(
      5,
      4,
      fetchRequest({ replicaId: 4, currentLeaderEpoch: 1, fetchOffset: 1n, lastFetchedEpoch: 1 }),
    )
    expect(parked.send).toEqual([])
    expect(ctx.node.highWatermark).toBe(0n)
    const role = ctx.node.role
    expect(role.kind === 'leader' && role.observers.get(4)).toEqual({
      endOffset: 1n,
      endOffsetKnown: true,
      lastFetchTimestamp: 5,
      lastCaughtUpTimestamp: 5,
      lastFetchLeaderEndOffset: 1n,
    })
    // A voter's fetch commits the leader-change entry and releases the parked observer fetch.
    const released = ctx.receive(
      6,
      2,
      fetchRequest({ replicaId: 2, currentLeaderEpoch: 1, fetchOffset: 1n, lastFetchedEpoch: 1 }),
    )
    expect(ctx.node.highWatermark).toBe(1n)
    expect(released.send.map((o) => [o.to, o.message.kind === 'FetchResponse' && o.message.highWatermark])).toEqual([
      [2, 1n],
      [4, 1n],
    ])
    // Observer fetches alone do not keep the leader in office.
    for (let t = 100; t < 3000; t += 100) {
      ctx.receive(
        t,
        4,
        fetchRequest({ replicaId: 4, currentLeaderEpoch: 1, fetchOffset: 1n, lastFetchedEpoch: 1, maxWaitMs: 0 }),
      )
    }
    ctx.tick(3006)
    expect(ctx.node.role.kind).toBe('resigned')
  })
})
