// Goal: KIP-630 in the core. The leader answers a fetch below its log start with its snapshot
// id and validates FetchSnapshot requests; a follower then loads the snapshot chunk by chunk
// (snapshotChunk effects), installs it (installSnapshot), takes its end as committed and fetches
// on from there. Method: the raft-context builder with logs that start at a snapshot, exact
// effects per input.

import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { defaultRaftConfig } from '../../../src/raft/config.js'
import { createRaft, fetchSnapshotResponse, validateFetchSnapshot } from '../../../src/raft/core.js'
import { initialElectionState } from '../../../src/raft/election-state.js'
import { MemoryRaftLog } from '../../../src/raft/log.js'
import type { FetchRequest, FetchResponse, FetchSnapshotRequest } from '../../../src/raft/messages.js'
import { entry, raftContext } from './raft-context.js'

function fetchRequest(fetchOffset: bigint, lastFetchedEpoch: number): FetchRequest {
  return {
    kind: 'FetchRequest',
    correlationId: 9,
    replicaId: 2,
    currentLeaderEpoch: 3,
    fetchOffset,
    lastFetchedEpoch,
    maxWaitMs: 0,
  }
}

function snapshotRequest(fields: Partial<FetchSnapshotRequest> = {}): FetchSnapshotRequest {
  return {
    kind: 'FetchSnapshotRequest',
    correlationId: 5,
    replicaId: 2,
    currentLeaderEpoch: 3,
    snapshotId: { offset: 3n, epoch: 1 },
    position: 0n,
    ...fields,
  }
}

describe('leader with a snapshot', () => {
  // Log epochs [1, 1, 1, 2, 2], snapshot ending at 3 (epoch 1); leader of epoch 3 from offset 5.
  const leader = () => raftContext().withLogEpochs([1, 1, 1, 2, 2]).withSnapshot(3).withElectedLeader(3, 1).build()

  it('answers fetches it cannot validate from its log with the snapshot id', () => {
    const ctx = leader()
    expect(ctx.node.highWatermark).toBe(3n)
    for (const [offset, epoch] of [
      [0n, 0],
      [2n, 1],
      [3n, 2], // at the start, but not with the snapshot's epoch
      [4n, 0], // a last epoch older than the snapshot's
    ] as const) {
      const fx = ctx.receive(5, 2, fetchRequest(offset, epoch))
      expect(fx.send[0]?.message).toEqual({
        kind: 'FetchResponse',
        correlationId: 9,
        errorCode: ErrorCode.NONE,
        highWatermark: -1n,
        currentLeader: { leaderId: 1, leaderEpoch: 3 },
        divergingEpoch: null,
        records: [],
        snapshotId: { offset: 3n, epoch: 1 },
      })
    }
    // The snapshot answers do not count as fetches: the voter's position is still unknown.
    const role = ctx.node.role
    expect(role.kind === 'leader' && role.replicas.get(2)?.endOffsetKnown).toBe(false)
    // At the start with the snapshot's epoch: valid, entries from the start.
    const valid = ctx.receive(6, 2, fetchRequest(3n, 1))
    expect(valid.send[0]?.message).toMatchObject({
      snapshotId: null,
      records: [{ offset: 3n }, { offset: 4n }, { offset: 5n }],
    })
    // A diverging epoch above the snapshot still gets a diverging answer.
    const diverging = ctx.receive(7, 2, fetchRequest(6n, 2))
    expect(diverging.send[0]?.message).toMatchObject({ divergingEpoch: { epoch: 2, endOffset: 5n }, snapshotId: null })
  })

  it('validates FetchSnapshot requests for the driver', () => {
    const ctx = leader()
    expect(validateFetchSnapshot(ctx.node, 2, snapshotRequest())).toBe(ErrorCode.NONE)
    expect(validateFetchSnapshot(ctx.node, 2, snapshotRequest({ snapshotId: { offset: 3n, epoch: 2 } }))).toBe(
      ErrorCode.SNAPSHOT_NOT_FOUND,
    )
    expect(validateFetchSnapshot(ctx.node, 2, snapshotRequest({ snapshotId: { offset: 4n, epoch: 2 } }))).toBe(
      ErrorCode.SNAPSHOT_NOT_FOUND,
    )
    // An older snapshot may still be on the driver's disk: the driver decides.
    expect(validateFetchSnapshot(ctx.node, 2, snapshotRequest({ snapshotId: { offset: 2n, epoch: 1 } }))).toBe(
      ErrorCode.NONE,
    )
    expect(validateFetchSnapshot(ctx.node, 2, snapshotRequest({ position: -1n }))).toBe(ErrorCode.POSITION_OUT_OF_RANGE)
    expect(validateFetchSnapshot(ctx.node, 2, snapshotRequest({ currentLeaderEpoch: 2 }))).toBe(
      ErrorCode.FENCED_LEADER_EPOCH,
    )
    expect(validateFetchSnapshot(ctx.node, 2, snapshotRequest({ currentLeaderEpoch: 4 }))).toBe(
      ErrorCode.UNKNOWN_LEADER_EPOCH,
    )
    expect(
      fetchSnapshotResponse(ctx.node, snapshotRequest({ position: 4n }), {
        errorCode: ErrorCode.NONE,
        size: 10n,
        bytes: Buffer.from('abc'),
      }),
    ).toEqual({
      kind: 'FetchSnapshotResponse',
      correlationId: 5,
      errorCode: ErrorCode.NONE,
      currentLeader: { leaderId: 1, leaderEpoch: 3 },
      snapshotId: { offset: 3n, epoch: 1 },
      size: 10n,
      position: 4n,
      bytes: Buffer.from('abc'),
    })
    const follower = raftContext().withElectedLeader(3, 2).build()
    expect(validateFetchSnapshot(follower.node, 3, snapshotRequest())).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER)
  })

  it('counts a voter loading its snapshot toward check-quorum when given the time', () => {
    const ctx = leader()
    for (let t = 500; t <= 5000; t += 500) {
      expect(validateFetchSnapshot(ctx.node, 2, snapshotRequest(), t)).toBe(ErrorCode.NONE)
      ctx.tick(t)
    }
    expect(ctx.node.role.kind).toBe('leader')
  })
})

describe('follower loading a snapshot', () => {
  const snapshotId = { offset: 10n, epoch: 2 }

  function answer(fields: Partial<FetchResponse> & { correlationId: number }): FetchResponse {
    return {
      kind: 'FetchResponse',
      errorCode: ErrorCode.NONE,
      highWatermark: 12n,
      currentLeader: { leaderId: 2, leaderEpoch: 3 },
      divergingEpoch: null,
      records: [],
      snapshotId: null,
      ...fields,
    }
  }

  function chunk(correlationId: number, position: bigint, bytes: string, fields: { errorCode?: ErrorCode } = {}) {
    return {
      kind: 'FetchSnapshotResponse' as const,
      correlationId,
      errorCode: fields.errorCode ?? ErrorCode.NONE,
      currentLeader: { leaderId: 2, leaderEpoch: 3 },
      snapshotId,
      size: 6n,
      position,
      bytes: Buffer.from(bytes),
    }
  }

  it('fetches the snapshot in chunks, installs it, and fetches on from its end', () => {
    const ctx = raftContext().withLogEpochs([1, 1]).withElectedLeader(3, 2).build()
    ctx.tick(0)
    const start = ctx.receive(5, 2, answer({ correlationId: 1, snapshotId }))
    expect(start.send).toEqual([])
    expect(start.sendFetchSnapshot).toEqual({
      to: 2,
      message: {
        kind: 'FetchSnapshotRequest',
        correlationId: 2,
        replicaId: 1,
        currentLeaderEpoch: 3,
        snapshotId,
        position: 0n,
      },
    })
    expect(ctx.node.highWatermark).toBe(0n)
    const first = ctx.receive(6, 2, chunk(2, 0n, 'abcd'))
    expect(first.snapshotChunk).toEqual({ snapshotId, position: 0n, bytes: Buffer.from('abcd') })
    expect(first.installSnapshot).toBeNull()
    expect(first.sendFetchSnapshot?.message).toMatchObject({ correlationId: 3, position: 4n })
    const last = ctx.receive(7, 2, chunk(3, 4n, 'ef'))
    expect(last.snapshotChunk).toEqual({ snapshotId, position: 4n, bytes: Buffer.from('ef') })
    expect(last.installSnapshot).toEqual(snapshotId)
    expect(last.sendFetchSnapshot).toBeNull()
    expect(last.send).toEqual([
      {
        to: 2,
        message: {
          kind: 'FetchRequest',
          correlationId: 4,
          replicaId: 1,
          currentLeaderEpoch: 3,
          fetchOffset: 10n,
          lastFetchedEpoch: 2,
          maxWaitMs: 500,
        },
      },
    ])
    expect(ctx.node.highWatermark).toBe(10n)
    expect(ctx.node.flushedEndOffset).toBe(10n)
    expect(ctx.log.logStartOffset()).toBe(10n)
    // The next answer appends after the snapshot and moves the high watermark on.
    const next = ctx.receive(8, 2, answer({ correlationId: 4, records: [entry(10, 3), entry(11, 3)] }))
    expect(next.append.map((e) => e.offset)).toEqual([10n, 11n])
    expect(ctx.node.highWatermark).toBe(12n)
  })

  it('asks again at the same position after the request timeout', () => {
    const ctx = raftContext({ config: { requestTimeoutMs: 1000 } })
      .withElectedLeader(3, 2)
      .build()
    ctx.tick(0)
    ctx.receive(5, 2, answer({ correlationId: 1, snapshotId }))
    ctx.receive(6, 2, chunk(2, 0n, 'abcd'))
    expect(ctx.tick(1005).sendFetchSnapshot).toBeNull()
    const fx = ctx.tick(1006)
    expect(fx.sendFetchSnapshot?.message).toMatchObject({ correlationId: 4, position: 4n })
  })

  it('goes back to Fetch when the leader no longer has the snapshot', () => {
    const ctx = raftContext().withElectedLeader(3, 2).build()
    ctx.tick(0)
    ctx.receive(5, 2, answer({ correlationId: 1, snapshotId }))
    const fx = ctx.receive(6, 2, chunk(2, 0n, '', { errorCode: ErrorCode.SNAPSHOT_NOT_FOUND }))
    expect(fx.snapshotChunk).toBeNull()
    expect(fx.wakeAtMs).toBe(26)
    const again = ctx.tick(26)
    expect(again.sendFetchSnapshot).toBeNull()
    expect(again.send[0]?.message).toMatchObject({ kind: 'FetchRequest', fetchOffset: 0n })
  })

  it('an observer whose leader falls silent mid-snapshot asks the voters, and goes on at its position when the leader turn comes', () => {
    const ctx = raftContext({ localId: 4 }).withElectedLeader(3, 2).build()
    ctx.tick(0)
    ctx.receive(5, 2, answer({ correlationId: 1, snapshotId }))
    ctx.receive(6, 2, chunk(2, 0n, 'abcd'))
    // No answer to the request for position 4: at the fetch timeout the observer asks voter 1.
    const probe = ctx.tick(2006)
    expect(probe.sendFetchSnapshot).toBeNull()
    expect(probe.send.map((o) => [o.to, o.message.kind, o.message.correlationId])).toEqual([[1, 'FetchRequest', 4]])
    ctx.receive(2010, 1, {
      kind: 'FetchResponse',
      correlationId: 4,
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
      highWatermark: -1n,
      currentLeader: { leaderId: 2, leaderEpoch: 3 },
      divergingEpoch: null,
      records: [],
      snapshotId: null,
    })
    const leaderTurn = ctx.tick(2030)
    expect(leaderTurn.sendFetchSnapshot).toEqual({
      to: 2,
      message: {
        kind: 'FetchSnapshotRequest',
        correlationId: 5,
        replicaId: 4,
        currentLeaderEpoch: 3,
        snapshotId,
        position: 4n,
      },
    })
    const last = ctx.receive(2040, 2, chunk(5, 4n, 'ef'))
    expect(last.installSnapshot).toEqual(snapshotId)
    expect(ctx.node.role).toMatchObject({ kind: 'follower', leaderId: 2, fetchDeadlineMs: 4040 })
  })

  it('an observer loads a snapshot the same way', () => {
    const ctx = raftContext({ localId: 4 }).withElectedLeader(3, 2).build()
    ctx.tick(0)
    const fx = ctx.receive(5, 2, answer({ correlationId: 1, snapshotId }))
    expect(fx.sendFetchSnapshot?.message).toMatchObject({ replicaId: 4, position: 0n })
    ctx.receive(6, 2, chunk(2, 0n, 'abcdef'))
    expect(ctx.node.highWatermark).toBe(10n)
    expect(ctx.log.endOffset()).toBe(10n)
  })
})

describe('restart with a snapshot', () => {
  it('takes what the snapshot covers as committed', () => {
    const log = new MemoryRaftLog()
    log.append([entry(0, 1), entry(1, 1), entry(2, 2)])
    log.snapshotAt(2n, 1)
    const node = createRaft({
      localId: 1,
      voters: [1, 2, 3],
      config: defaultRaftConfig,
      random: () => 0,
      log,
      persisted: initialElectionState,
      nowMs: 0,
    })
    expect(node.highWatermark).toBe(2n)
    expect(node.flushedEndOffset).toBe(3n)
  })
})
