// Goal: the leader answers a follower's fetch position as Kafka's Partition.fetchRecords does:
// epoch fencing, unknown replicas, diverging epochs and out-of-range offsets, in Kafka's order.
// Method: one leader log view (epochs 1@0, 3@10, 5@20, log 5..30, leader epoch 5), one request
// per case, exact decisions.
import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { LeaderEpochCache } from '../../../src/replication/leader-epoch-cache.js'
import { checkFollowerFetch, type LeaderLogView } from '../../../src/replication/leader-read.js'

const log: LeaderLogView = {
  leaderEpoch: 5,
  replicas: [1, 2, 3],
  logStartOffset: 5,
  logEndOffset: 30,
  epochs: new LeaderEpochCache([
    { epoch: 1, startOffset: 0 },
    { epoch: 3, startOffset: 10 },
    { epoch: 5, startOffset: 20 },
  ]),
}
const request = { replicaId: 2, currentLeaderEpoch: 5, fetchOffset: 25, lastFetchedEpoch: 5 }

describe('checkFollowerFetch', () => {
  it('reads when the follower is on the leader history', () => {
    expect(checkFollowerFetch(log, request)).toEqual({ kind: 'read' })
    expect(checkFollowerFetch(log, { ...request, fetchOffset: 20, lastFetchedEpoch: 3 })).toEqual({ kind: 'read' })
    expect(checkFollowerFetch(log, { ...request, fetchOffset: 30 })).toEqual({ kind: 'read' })
  })

  it('fences an old epoch and does not know a newer one', () => {
    expect(checkFollowerFetch(log, { ...request, currentLeaderEpoch: 4 })).toEqual({
      kind: 'error',
      errorCode: ErrorCode.FENCED_LEADER_EPOCH,
    })
    expect(checkFollowerFetch(log, { ...request, currentLeaderEpoch: 6 })).toEqual({
      kind: 'error',
      errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH,
    })
    expect(checkFollowerFetch({ ...log, leaderEpoch: undefined }, request)).toEqual({
      kind: 'error',
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
    })
  })

  it('answers a non-replica with UNKNOWN_LEADER_EPOCH, or NOT_LEADER_OR_FOLLOWER without an epoch', () => {
    expect(checkFollowerFetch(log, { ...request, replicaId: 4 })).toEqual({
      kind: 'error',
      errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH,
    })
    expect(checkFollowerFetch(log, { ...request, replicaId: 4, currentLeaderEpoch: -1 })).toEqual({
      kind: 'error',
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
    })
  })

  it('reports the diverging epoch when the follower wrote past the end of an epoch', () => {
    // Follower has epoch 3 up to 22, but the leader's epoch 3 ended at 20.
    expect(checkFollowerFetch(log, { ...request, fetchOffset: 22, lastFetchedEpoch: 3 })).toEqual({
      kind: 'diverging',
      divergingEpoch: { epoch: 3, endOffset: 20 },
    })
    // Follower has epoch 4, which the leader never had: its epoch 3 is the answer.
    expect(checkFollowerFetch(log, { ...request, fetchOffset: 18, lastFetchedEpoch: 4 })).toEqual({
      kind: 'diverging',
      divergingEpoch: { epoch: 3, endOffset: 20 },
    })
  })

  it('answers OFFSET_OUT_OF_RANGE below the log start, past the end without an epoch, or for an unknown later epoch', () => {
    const oor = { kind: 'error', errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }
    expect(checkFollowerFetch(log, { ...request, fetchOffset: 4, lastFetchedEpoch: 1 })).toEqual(oor)
    // With the latest epoch the same position is a divergence: the follower has more of epoch 5.
    expect(checkFollowerFetch(log, { ...request, fetchOffset: 31 })).toEqual({
      kind: 'diverging',
      divergingEpoch: { epoch: 5, endOffset: 30 },
    })
    expect(checkFollowerFetch(log, { ...request, fetchOffset: 31, lastFetchedEpoch: -1 })).toEqual(oor)
    expect(checkFollowerFetch(log, { ...request, lastFetchedEpoch: 7 })).toEqual(oor)
  })
})
