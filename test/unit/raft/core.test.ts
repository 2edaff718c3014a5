// Goal: each raft transition and handler does exactly what KRaft does for the named state.
// Method: start from a named state with the builder in raft-context.ts (random fixed at 0, so the
// election timeout is exactly 1000 ms), feed one input, and compare the exact effects and role.

import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { defaultRaftConfig } from '../../../src/raft/config.js'
import { createRaft, propose, resign } from '../../../src/raft/core.js'
import { MemoryRaftLog } from '../../../src/raft/log.js'
import type { FetchRequest, VoteRequest } from '../../../src/raft/messages.js'
import { entry, raftContext } from './raft-context.js'

function voteRequest(fields: Partial<VoteRequest> & { candidateId: number; candidateEpoch: number }): VoteRequest {
  return { kind: 'VoteRequest', correlationId: 7, lastOffsetEpoch: 0, lastOffset: 0n, preVote: false, ...fields }
}

function fetchRequest(fields: Partial<FetchRequest> & { replicaId: number; currentLeaderEpoch: number }): FetchRequest {
  return { kind: 'FetchRequest', correlationId: 9, fetchOffset: 0n, lastFetchedEpoch: 0, maxWaitMs: 500, ...fields }
}

describe('unattached', () => {
  it('starts at epoch 0 and wakes at the election timeout', () => {
    const ctx = raftContext().build()
    expect(ctx.node.role).toEqual({ kind: 'unattached', epoch: 0, votedId: null, electionDeadlineMs: 1000 })
    expect(ctx.tick(999).send).toEqual([])
  })

  it('becomes prospective at the election timeout and asks for pre-votes without bumping the epoch', () => {
    const ctx = raftContext().withLogEpochs([1, 1]).withUnattached(1).build()
    const fx = ctx.tick(1000)
    expect(ctx.node.role.kind).toBe('prospective')
    expect(fx.persist).toBeNull()
    expect(fx.send).toEqual([
      {
        to: 2,
        message: voteRequest({
          correlationId: 1,
          candidateId: 1,
          candidateEpoch: 1,
          lastOffsetEpoch: 1,
          lastOffset: 2n,
          preVote: true,
        }),
      },
      {
        to: 3,
        message: voteRequest({
          correlationId: 2,
          candidateId: 1,
          candidateEpoch: 1,
          lastOffsetEpoch: 1,
          lastOffset: 2n,
          preVote: true,
        }),
      },
    ])
    expect(fx.wakeAtMs).toBe(2000)
  })

  it('grants one vote per epoch and persists it before answering', () => {
    const ctx = raftContext().withUnattached(1).build()
    const fx = ctx.receive(5, 2, voteRequest({ candidateId: 2, candidateEpoch: 1 }))
    expect(fx.persist).toEqual({ epoch: 1, leaderId: null, votedId: 2 })
    expect(fx.send).toEqual([
      {
        to: 2,
        message: {
          kind: 'VoteResponse',
          correlationId: 7,
          errorCode: 0,
          leaderId: -1,
          leaderEpoch: 1,
          voteGranted: true,
        },
      },
    ])
    const again = ctx.receive(6, 3, voteRequest({ candidateId: 3, candidateEpoch: 1 }))
    expect(again.persist).toBeNull()
    expect(again.send[0]?.message).toMatchObject({ voteGranted: false, leaderEpoch: 1 })
  })

  it('moves to a higher epoch but refuses a candidate whose log is behind', () => {
    const ctx = raftContext().withLogEpochs([1, 2]).withUnattached(2).build()
    const fx = ctx.receive(5, 2, voteRequest({ candidateId: 2, candidateEpoch: 3, lastOffsetEpoch: 1, lastOffset: 5n }))
    expect(fx.persist).toEqual({ epoch: 3, leaderId: null, votedId: null })
    expect(fx.send[0]?.message).toMatchObject({ voteGranted: false, leaderEpoch: 3 })
  })

  it('answers a pre-vote without changing epoch or vote', () => {
    const ctx = raftContext().withUnattached(1).build()
    const fx = ctx.receive(5, 2, voteRequest({ candidateId: 2, candidateEpoch: 4, preVote: true }))
    expect(fx.persist).toBeNull()
    expect(ctx.node.role).toMatchObject({ kind: 'unattached', epoch: 1, votedId: null })
    expect(fx.send[0]?.message).toMatchObject({ voteGranted: true, leaderEpoch: 1 })
  })

  it('follows the leader named by BeginQuorumEpoch and starts fetching', () => {
    const ctx = raftContext().withLogEpochs([1]).withUnattached(1).build()
    const fx = ctx.receive(5, 3, { kind: 'BeginQuorumEpochRequest', correlationId: 4, leaderId: 3, leaderEpoch: 2 })
    expect(fx.persist).toEqual({ epoch: 2, leaderId: 3, votedId: null })
    expect(fx.send).toEqual([
      {
        to: 3,
        message: { kind: 'BeginQuorumEpochResponse', correlationId: 4, errorCode: 0, leaderId: 3, leaderEpoch: 2 },
      },
      {
        to: 3,
        message: fetchRequest({
          correlationId: 1,
          replicaId: 1,
          currentLeaderEpoch: 2,
          fetchOffset: 1n,
          lastFetchedEpoch: 1,
        }),
      },
    ])
  })
})

describe('prospective and candidate', () => {
  it('becomes candidate on a majority of pre-votes, bumping the epoch and voting for itself', () => {
    const ctx = raftContext().withUnattached(1).build()
    ctx.tick(1000)
    const fx = ctx.receive(1001, 2, {
      kind: 'VoteResponse',
      correlationId: 1,
      errorCode: 0,
      leaderId: -1,
      leaderEpoch: 1,
      voteGranted: true,
    })
    expect(ctx.node.role).toMatchObject({ kind: 'candidate', epoch: 2 })
    expect(fx.persist).toEqual({ epoch: 2, leaderId: null, votedId: 1 })
    expect(fx.send.map((o) => o.message)).toEqual([
      voteRequest({ correlationId: 3, candidateId: 1, candidateEpoch: 2 }),
      voteRequest({ correlationId: 4, candidateId: 1, candidateEpoch: 2 }),
    ])
  })

  it('ignores a response to an earlier request (stale correlation id)', () => {
    const ctx = raftContext().withUnattached(1).build()
    ctx.tick(1000)
    ctx.receive(1001, 2, {
      kind: 'VoteResponse',
      correlationId: 99,
      errorCode: 0,
      leaderId: -1,
      leaderEpoch: 1,
      voteGranted: true,
    })
    expect(ctx.node.role.kind).toBe('prospective')
  })

  it('goes back to unattached when a majority refuses the pre-vote', () => {
    const ctx = raftContext().withUnattached(1).build()
    ctx.tick(1000)
    ctx.receive(1001, 2, {
      kind: 'VoteResponse',
      correlationId: 1,
      errorCode: 0,
      leaderId: -1,
      leaderEpoch: 1,
      voteGranted: false,
    })
    expect(ctx.node.role.kind).toBe('prospective')
    ctx.receive(1002, 3, {
      kind: 'VoteResponse',
      correlationId: 2,
      errorCode: 0,
      leaderId: -1,
      leaderEpoch: 1,
      voteGranted: false,
    })
    expect(ctx.node.role).toEqual({ kind: 'unattached', epoch: 1, votedId: null, electionDeadlineMs: 2002 })
  })

  it('wins with a majority of votes: persists leadership, writes the leader-change entry, announces the epoch', () => {
    const ctx = raftContext().withLogEpochs([1]).withUnattached(1).build()
    ctx.tick(1000)
    ctx.receive(1001, 2, {
      kind: 'VoteResponse',
      correlationId: 1,
      errorCode: 0,
      leaderId: -1,
      leaderEpoch: 1,
      voteGranted: true,
    })
    const fx = ctx.receive(1002, 3, {
      kind: 'VoteResponse',
      correlationId: 4,
      errorCode: 0,
      leaderId: -1,
      leaderEpoch: 2,
      voteGranted: true,
    })
    expect(ctx.node.role).toMatchObject({ kind: 'leader', epoch: 2, epochStartOffset: 1n })
    expect(fx.persist).toEqual({ epoch: 2, leaderId: 1, votedId: null })
    expect(fx.append).toEqual([{ offset: 1n, epoch: 2, kind: 'leader-change', value: Buffer.alloc(0) }])
    expect(fx.appendSync).toBe(false)
    expect(fx.send.map((o) => [o.to, o.message.kind])).toEqual([
      [2, 'BeginQuorumEpochRequest'],
      [3, 'BeginQuorumEpochRequest'],
    ])
  })

  it('follows a leader learned from a vote response at the same epoch', () => {
    const ctx = raftContext().withUnattached(1).build()
    ctx.tick(1000)
    const fx = ctx.receive(1001, 2, {
      kind: 'VoteResponse',
      correlationId: 1,
      errorCode: 0,
      leaderId: 3,
      leaderEpoch: 1,
      voteGranted: false,
    })
    expect(ctx.node.role).toMatchObject({ kind: 'follower', epoch: 1, leaderId: 3 })
    expect(fx.persist).toEqual({ epoch: 1, leaderId: 3, votedId: null })
  })

  it('a single voter elects itself in one tick and commits once its leader-change entry is flushed', () => {
    const ctx = raftContext({ voters: [1] }).build()
    const fx = ctx.tick(1000)
    expect(ctx.node.role).toMatchObject({ kind: 'leader', epoch: 1 })
    expect(fx.persist).toEqual({ epoch: 1, leaderId: 1, votedId: null })
    expect(ctx.node.highWatermark).toBe(0n)
    ctx.step({ kind: 'appended', nowMs: 1001, flushedEndOffset: 1n })
    expect(ctx.node.highWatermark).toBe(1n)
  })
})

describe('leader', () => {
  it('advances the high watermark to the majority offset only past its epoch start', () => {
    // Entries of epoch 1 at 0-1; this leader's epoch 2 starts at offset 2.
    const ctx = raftContext().withLogEpochs([1, 1]).withElectedLeader(2, 1).build()
    expect(ctx.node.role).toMatchObject({ kind: 'leader', epoch: 2, epochStartOffset: 2n })
    // A follower with the old entries only: a majority has offset 2, which is not past the start.
    const first = ctx.receive(
      10,
      2,
      fetchRequest({ replicaId: 2, currentLeaderEpoch: 2, fetchOffset: 2n, lastFetchedEpoch: 1 }),
    )
    expect(ctx.node.highWatermark).toBe(0n)
    expect(first.send).toEqual([
      {
        to: 2,
        message: {
          kind: 'FetchResponse',
          correlationId: 9,
          errorCode: 0,
          highWatermark: -1n,
          currentLeader: { leaderId: 1, leaderEpoch: 2 },
          divergingEpoch: null,
          records: [{ offset: 2n, epoch: 2, kind: 'leader-change', value: Buffer.alloc(0) }],
          snapshotId: null,
        },
      },
    ])
    const second = ctx.receive(
      20,
      2,
      fetchRequest({ replicaId: 2, currentLeaderEpoch: 2, fetchOffset: 3n, lastFetchedEpoch: 2 }),
    )
    expect(ctx.node.highWatermark).toBe(3n)
    expect(second.send[0]?.message).toMatchObject({ highWatermark: 3n })
  })

  it('counts its own copy only once flushed', () => {
    const ctx = raftContext().withElectedLeader(1, 1).build()
    const result = propose(ctx.node, { records: [Buffer.from('a')], nowMs: 5 })
    expect(result).toMatchObject({ ok: true, epoch: 1, baseOffset: 1n })
    if (result.ok) ctx.apply(result.effects)
    ctx.receive(6, 2, fetchRequest({ replicaId: 2, currentLeaderEpoch: 1, fetchOffset: 2n, lastFetchedEpoch: 1 }))
    expect(ctx.node.highWatermark).toBe(1n) // leader flushed 1, follower 2: majority offset 1
    ctx.step({ kind: 'appended', nowMs: 7, flushedEndOffset: 2n })
    expect(ctx.node.highWatermark).toBe(2n)
  })

  it('answers a fetch whose last epoch diverges with the epoch and where it ends', () => {
    const ctx = raftContext().withLogEpochs([1, 1, 3]).withElectedLeader(4, 1).build()
    const fx = ctx.receive(
      5,
      2,
      fetchRequest({ replicaId: 2, currentLeaderEpoch: 4, fetchOffset: 4n, lastFetchedEpoch: 2 }),
    )
    expect(fx.send[0]?.message).toMatchObject({ divergingEpoch: { epoch: 1, endOffset: 2n }, records: [] })
  })

  it('fences a fetch from an older epoch and names itself', () => {
    const ctx = raftContext().withElectedLeader(3, 1).build()
    const fx = ctx.receive(5, 2, fetchRequest({ replicaId: 2, currentLeaderEpoch: 2 }))
    expect(fx.send[0]?.message).toMatchObject({
      errorCode: ErrorCode.FENCED_LEADER_EPOCH,
      currentLeader: { leaderId: 1, leaderEpoch: 3 },
    })
  })

  it('parks a fetch with nothing new and answers it when a proposal arrives', () => {
    const ctx = raftContext().withElectedLeader(1, 1).build()
    // The first fetch at the log end commits the leader-change entry: answered at once with the new high watermark.
    const answered = ctx.receive(
      4,
      2,
      fetchRequest({ replicaId: 2, currentLeaderEpoch: 1, fetchOffset: 1n, lastFetchedEpoch: 1 }),
    )
    expect(answered.send[0]?.message).toMatchObject({ highWatermark: 1n, records: [] })
    const parked = ctx.receive(
      5,
      2,
      fetchRequest({ replicaId: 2, currentLeaderEpoch: 1, fetchOffset: 1n, lastFetchedEpoch: 1 }),
    )
    expect(parked.send).toEqual([])
    expect(parked.wakeAtMs).toBe(505)
    const result = propose(ctx.node, { records: [Buffer.from('x')], nowMs: 10 })
    expect(result.effects.wakeAtMs).toBe(10)
    if (result.ok) ctx.apply(result.effects)
    const fx = ctx.tick(10)
    expect(fx.send[0]?.message).toMatchObject({
      records: [{ offset: 1n, epoch: 1, kind: 'data', value: Buffer.from('x') }],
    })
  })

  it('resigns when a majority has not fetched within 1.5 fetch timeouts (check quorum)', () => {
    const ctx = raftContext().withElectedLeader(1, 1).build()
    // BeginQuorumEpoch is sent again after the request timeout (2000 ms) while unacknowledged.
    expect(ctx.tick(2999).send.map((o) => o.message.kind)).toEqual([
      'BeginQuorumEpochRequest',
      'BeginQuorumEpochRequest',
    ])
    expect(ctx.node.role.kind).toBe('leader')
    const fx = ctx.tick(3000)
    expect(ctx.node.role).toEqual({ kind: 'resigned', epoch: 1, electionDeadlineMs: 4000 })
    expect(fx.send.map((o) => o.message)).toEqual([
      { kind: 'EndQuorumEpochRequest', correlationId: 9, leaderId: 1, leaderEpoch: 1, preferredSuccessors: [2, 3] },
      { kind: 'EndQuorumEpochRequest', correlationId: 10, leaderId: 1, leaderEpoch: 1, preferredSuccessors: [2, 3] },
    ])
  })

  it('steps down on resign() and refuses proposals afterwards', () => {
    const ctx = raftContext().withElectedLeader(1, 1).build()
    resign(ctx.node, 5)
    expect(ctx.node.role.kind).toBe('resigned')
    expect(propose(ctx.node, { records: [Buffer.from('x')], nowMs: 6 })).toMatchObject({
      ok: false,
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
    })
  })
})

describe('follower', () => {
  it('truncates to the diverging epoch end and fetches again from there', () => {
    const ctx = raftContext().withLogEpochs([1, 1, 2, 2]).withElectedLeader(3, 2).build()
    const first = ctx.tick(0)
    expect(first.send[0]?.message).toMatchObject({ kind: 'FetchRequest', fetchOffset: 4n, lastFetchedEpoch: 2 })
    const fx = ctx.receive(5, 2, {
      kind: 'FetchResponse',
      correlationId: 1,
      errorCode: 0,
      highWatermark: 1n,
      currentLeader: { leaderId: 2, leaderEpoch: 3 },
      divergingEpoch: { epoch: 1, endOffset: 3n },
      records: [],
    })
    expect(fx.truncateToOffset).toBe(2n)
    expect(fx.send[0]?.message).toMatchObject({ kind: 'FetchRequest', fetchOffset: 2n, lastFetchedEpoch: 1 })
    expect(ctx.node.highWatermark).toBe(0n) // a diverging answer validates nothing
  })

  it('without the diverging epoch locally, truncates only to the end of its own largest epoch below it', () => {
    const ctx = raftContext().withLogEpochs([1, 1, 1, 4]).withElectedLeader(5, 2).build()
    ctx.tick(0)
    const fx = ctx.receive(5, 2, {
      kind: 'FetchResponse',
      correlationId: 1,
      errorCode: 0,
      highWatermark: 1n,
      currentLeader: { leaderId: 2, leaderEpoch: 5 },
      divergingEpoch: { epoch: 3, endOffset: 2n },
      records: [],
    })
    expect(fx.truncateToOffset).toBe(3n)
    expect(fx.send[0]?.message).toMatchObject({ kind: 'FetchRequest', fetchOffset: 3n, lastFetchedEpoch: 1 })
  })

  it('appends fetched entries synchronously and takes the high watermark up to its log end', () => {
    const ctx = raftContext().withElectedLeader(1, 2).build()
    ctx.tick(0)
    const records = [entry(0, 1), entry(1, 1)]
    const fx = ctx.receive(5, 2, {
      kind: 'FetchResponse',
      correlationId: 1,
      errorCode: 0,
      highWatermark: 5n,
      currentLeader: { leaderId: 2, leaderEpoch: 1 },
      divergingEpoch: null,
      records,
    })
    expect(fx.append).toEqual(records)
    expect(fx.appendSync).toBe(true)
    expect(ctx.node.highWatermark).toBe(2n)
    expect(fx.send[0]?.message).toMatchObject({
      kind: 'FetchRequest',
      correlationId: 2,
      fetchOffset: 2n,
      lastFetchedEpoch: 1,
    })
  })

  it('refuses pre-votes while its leader answers, grants them after the fetch timeout, then starts its own', () => {
    const ctx = raftContext().withElectedLeader(1, 2).build()
    ctx.tick(0)
    ctx.receive(5, 2, {
      kind: 'FetchResponse',
      correlationId: 1,
      errorCode: 0,
      highWatermark: -1n,
      currentLeader: { leaderId: 2, leaderEpoch: 1 },
      divergingEpoch: null,
      records: [],
    })
    const refused = ctx.receive(10, 3, voteRequest({ candidateId: 3, candidateEpoch: 1, preVote: true }))
    expect(refused.send[0]?.message).toMatchObject({ voteGranted: false, leaderId: 2, leaderEpoch: 1 })
    const fx = ctx.tick(2005)
    expect(ctx.node.role).toMatchObject({ kind: 'prospective', epoch: 1, leaderId: 2 })
    expect(fx.send.filter((o) => o.message.kind === 'VoteRequest').map((o) => o.to)).toEqual([2, 3])
  })
})

describe('restart', () => {
  it('a node that led its epoch restarts resigned in it', () => {
    const node = createRaft({
      localId: 1,
      voters: [1, 2, 3],
      config: defaultRaftConfig,
      random: () => 0.5,
      log: new MemoryRaftLog(),
      persisted: { epoch: 4, leaderId: 1, votedId: null },
      nowMs: 100,
    })
    expect(node.role).toEqual({ kind: 'resigned', epoch: 4, electionDeadlineMs: 1600 })
  })

  it('a node that voted keeps its vote for the epoch', () => {
    const ctx = raftContext().withUnattached(2, 3).build()
    const fx = ctx.receive(5, 2, voteRequest({ candidateId: 2, candidateEpoch: 2 }))
    expect(fx.send[0]?.message).toMatchObject({ voteGranted: false })
    expect(ctx.receive(6, 3, voteRequest({ candidateId: 3, candidateEpoch: 2 })).send[0]?.message).toMatchObject({
      voteGranted: true,
    })
  })
})
