// Goal: the partition leader's state follows Kafka's Partition on the leader: the high watermark
// (maximal ISR, unknown follower ends, strict min ISR, never down), ISR shrink after
// replica.lag.time.max.ms, ISR expansion (at the HW, past the epoch start, eligible brokers only),
// one AlterPartition in flight and every kind of answer, metadata updates, and the acks=all checks.
// Method: leader 1 of replicas [1, 2, 3] with a simulated clock in plain numbers; exact offsets,
// ISRs, proposals and error codes.
import { describe, expect, it } from 'vitest'
import type { PartitionImage } from '../../../src/metadata/image.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { type AlterPartitionResult, type BrokerLiveness, LeaderState } from '../../../src/replication/leader-state.js'
import { isCaughtUp, newReplicaState, updateFetchState } from '../../../src/replication/replica-state.js'

const live = (brokerEpoch: bigint, extra: Partial<BrokerLiveness> = {}): BrokerLiveness => ({
  fenced: false,
  inControlledShutdown: false,
  brokerEpoch,
  ...extra,
})
const BROKERS = new Map([
  [1, live(11n)],
  [2, live(12n)],
  [3, live(13n)],
])

function partition(fields: Partial<PartitionImage> = {}): PartitionImage {
  return { partition: 0, replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1, leaderEpoch: 4, partitionEpoch: 7, ...fields }
}

function leader(
  fields: { isr?: number[]; leo?: number; hw?: number; minIsr?: number; brokers?: Map<number, BrokerLiveness> } = {},
) {
  return new LeaderState({
    localBrokerId: 1,
    localBrokerEpoch: 11n,
    partition: partition({ isr: fields.isr ?? [1, 2, 3] }),
    logEndOffset: fields.leo ?? 10,
    highWatermark: fields.hw ?? 5,
    nowMs: 1000,
    minInsyncReplicas: fields.minIsr ?? 1,
    brokers: fields.brokers ?? BROKERS,
  })
}

const ok = (isr: number[], partitionEpoch: number, leaderEpoch = 4): AlterPartitionResult => ({
  errorCode: 0,
  leaderId: 1,
  leaderEpoch,
  isr,
  partitionEpoch,
  leaderRecoveryState: 0,
})
const failed = (errorCode: number): AlterPartitionResult => ({ ...ok([], -1), errorCode })

const fetch = (fetchOffset: number, fetchTimeMs: number, leaderEndOffsetAtFetch: number, brokerEpoch?: bigint) => ({
  fetchOffset,
  logStartOffset: 0,
  fetchTimeMs,
  leaderEndOffsetAtFetch,
  ...(brokerEpoch === undefined ? {} : { brokerEpoch }),
})

describe('replica state', () => {
  it('is caught up as of this fetch when it reaches the leader end, or as of the last one when it reaches that end', () => {
    let s = newReplicaState(2)
    s = (updateFetchState(s, fetch(10, 100, 10)) as { state: typeof s }).state
    expect(s.lastCaughtUpTimeMs).toBe(100)
    s = (updateFetchState(s, fetch(10, 200, 15)) as { state: typeof s }).state
    expect(s.lastCaughtUpTimeMs).toBe(100)
    s = (updateFetchState(s, fetch(15, 300, 20)) as { state: typeof s }).state
    expect(s.lastCaughtUpTimeMs).toBe(200)
    expect(s.lastFetchLeaderLogEndOffset).toBe(20)
    expect(isCaughtUp(s, 20, 30_200, 30_000)).toBe(true)
    expect(isCaughtUp(s, 20, 30_201, 30_000)).toBe(false)
    expect(isCaughtUp(s, 15, 99_999, 30_000)).toBe(true)
  })

  it('refuses a fetch from an older broker epoch', () => {
    const s = (
      updateFetchState(newReplicaState(2), fetch(10, 100, 10, 5n)) as { state: ReturnType<typeof newReplicaState> }
    ).state
    expect(updateFetchState(s, fetch(10, 100, 10, 4n))).toEqual({
      ok: false,
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
    })
    expect(updateFetchState(s, fetch(10, 100, 10, -1n)).ok).toBe(true)
  })
})

describe('high watermark', () => {
  it('waits for every ISR member to fetch after becoming leader, then is the minimum of their ends', () => {
    const l = leader()
    expect(l.highWatermark).toBe(5)
    expect(l.followerFetch(2, fetch(10, 1100, 10, 12n))).toEqual({ errorCode: 0 })
    expect(l.followerFetch(3, fetch(8, 1100, 10, 13n))).toEqual({ errorCode: 0, highWatermark: 8 })
    expect(l.followerFetch(3, fetch(10, 1200, 10, 13n))).toEqual({ errorCode: 0, highWatermark: 10 })
    expect(l.localAppend(12, 1300)).toEqual({})
    expect(l.followerFetch(2, fetch(12, 1300, 12, 12n))).toEqual({ errorCode: 0 })
    expect(l.followerFetch(3, fetch(12, 1300, 12, 13n))).toEqual({ errorCode: 0, highWatermark: 12 })
  })

  it('never decreases', () => {
    const l = leader()
    l.followerFetch(2, fetch(10, 1100, 10, 12n))
    l.followerFetch(3, fetch(10, 1100, 10, 13n))
    expect(l.highWatermark).toBe(10)
    expect(l.followerFetch(3, fetch(7, 1200, 10, 13n))).toEqual({ errorCode: 0 })
    expect(l.highWatermark).toBe(10)
  })

  it('moves with the leader alone when the ISR is only the leader', () => {
    const l = leader({ isr: [1] })
    expect(l.highWatermark).toBe(10)
    expect(l.localAppend(15, 1100)).toEqual({ highWatermark: 15 })
  })

  it('does not advance while the ISR is below min.insync.replicas (strict min ISR)', () => {
    const l = leader({ isr: [1], minIsr: 2 })
    expect(l.highWatermark).toBe(5)
    expect(l.underMinIsr).toBe(true)
    expect(l.localAppend(15, 1100)).toEqual({})
    expect(l.updateMinInsyncReplicas(1, 1100)).toEqual({ highWatermark: 15 })
  })

  it('caps min.insync.replicas at the replication factor', () => {
    const l = leader({ minIsr: 5 })
    expect(l.effectiveMinIsr).toBe(3)
    expect(l.underMinIsr).toBe(false)
  })

  it('is held back by a caught-up, eligible follower outside the ISR, until it is no longer eligible', () => {
    const l = leader({ isr: [1], leo: 10, hw: 10 })
    expect(l.followerFetch(2, fetch(10, 1100, 10, 12n)).alterPartition?.newIsr).toEqual([1, 2])
    // 3 is caught up, but cannot be proposed while 2's proposal is in flight.
    expect(l.followerFetch(3, fetch(10, 1100, 10, 13n))).toEqual({ errorCode: 0 })
    l.localAppend(14, 1200)
    expect(l.followerFetch(2, fetch(14, 1200, 14, 12n))).toEqual({ errorCode: 0 })
    expect(l.highWatermark).toBe(10)
    const fenced = new Map([...BROKERS, [3, live(13n, { fenced: true })]])
    expect(l.updateBrokers(fenced, 1200)).toEqual({ highWatermark: 14 })
  })
})

describe('ISR shrink', () => {
  it('proposes dropping followers not caught up within replica.lag.time.max.ms', () => {
    const l = leader()
    l.followerFetch(2, fetch(10, 20_000, 10, 12n))
    expect(l.tick(31_000)).toEqual({})
    const fx = l.tick(31_001)
    expect(fx.alterPartition).toEqual({
      id: 1,
      kind: 'shrink',
      leaderId: 1,
      leaderEpoch: 4,
      partitionEpoch: 7,
      newIsr: [1, 2],
      newIsrWithEpochs: [
        { brokerId: 1, brokerEpoch: 11n },
        { brokerId: 2, brokerEpoch: 12n },
      ],
      leaderRecoveryState: 0,
    })
    expect(l.isrState.kind).toBe('pendingShrink')
    // Until the controller confirms, 3 still holds the HW (maximal ISR = old ISR).
    expect(l.maximalIsr).toEqual([1, 2, 3])
    expect(l.highWatermark).toBe(5)
    expect(l.tick(40_000)).toEqual({})
    const done = l.onAlterPartitionResponse(1, ok([1, 2], 8), 40_000)
    expect(done).toEqual({ highWatermark: 10 })
    expect(l.isr).toEqual([1, 2])
    expect(l.partitionEpoch).toBe(8)
    expect(l.pendingAlterPartition).toBeUndefined()
    expect(l.underReplicated).toBe(true)
  })

  it('never drops the leader', () => {
    const l = leader({ isr: [1, 2] })
    expect(l.tick(100_000).alterPartition?.newIsr).toEqual([1])
  })
})

describe('ISR expansion', () => {
  it('proposes a follower that reached the HW and the epoch start; the maximal ISR then holds the HW', () => {
    const l = leader({ isr: [1, 2], leo: 10, hw: 10 })
    expect(l.followerFetch(3, fetch(9, 1100, 10, 13n))).toEqual({ errorCode: 0 })
    const fx = l.followerFetch(3, fetch(10, 1200, 10, 13n))
    expect(fx.alterPartition).toMatchObject({ id: 1, kind: 'expand', newIsr: [1, 2, 3], partitionEpoch: 7 })
    expect(fx.alterPartition?.newIsrWithEpochs).toEqual([
      { brokerId: 1, brokerEpoch: 11n },
      { brokerId: 2, brokerEpoch: -1n },
      { brokerId: 3, brokerEpoch: 13n },
    ])
    expect(l.maximalIsr).toEqual([1, 2, 3])
    expect(l.isr).toEqual([1, 2])
    l.localAppend(12, 1300)
    l.followerFetch(2, fetch(12, 1300, 12, 12n))
    expect(l.highWatermark).toBe(10)
    expect(l.followerFetch(3, fetch(12, 1300, 12, 13n))).toEqual({ errorCode: 0, highWatermark: 12 })
  })

  it('requires the follower to reach the start of the leader epoch', () => {
    const l = leader({ isr: [1, 2], leo: 10, hw: 4 })
    expect(l.epochStartOffset).toBe(10)
    expect(l.followerFetch(3, fetch(6, 1100, 10, 13n)).alterPartition).toBeUndefined()
    expect(l.followerFetch(3, fetch(10, 1200, 10, 13n)).alterPartition?.newIsr).toEqual([1, 2, 3])
  })

  it.each([
    ['fenced', live(13n, { fenced: true })],
    ['in controlled shutdown', live(13n, { inControlledShutdown: true })],
    ['of another broker epoch', live(14n)],
  ])('does not propose a broker that is %s (KIP-841)', (_name, broker) => {
    const l = leader({ isr: [1, 2], leo: 10, hw: 10, brokers: new Map([...BROKERS, [3, broker]]) })
    expect(l.followerFetch(3, fetch(10, 1100, 10, 13n)).alterPartition).toBeUndefined()
    expect(l.isReplicaIsrEligible(3)).toBe(false)
  })

  it('ends leader recovery with the first expansion; a shrink keeps the state it has', () => {
    const l = new LeaderState({
      localBrokerId: 1,
      localBrokerEpoch: 11n,
      partition: partition({ isr: [1, 2], leaderRecoveryState: 1 }),
      logEndOffset: 10,
      highWatermark: 10,
      nowMs: 1000,
      minInsyncReplicas: 1,
      brokers: BROKERS,
    })
    expect(l.leaderRecoveryState).toBe(1)
    expect(l.tick(100_000).alterPartition).toMatchObject({ kind: 'shrink', leaderRecoveryState: 1 })
    l.onAlterPartitionResponse(1, { ...ok([1], 8), leaderRecoveryState: 1 }, 100_000)
    expect(l.followerFetch(3, fetch(10, 100_000, 10, 13n)).alterPartition).toMatchObject({
      kind: 'expand',
      newIsr: [1, 3],
      leaderRecoveryState: 0,
    })
    l.onAlterPartitionResponse(2, ok([1, 3], 9), 100_000)
    expect(l.leaderRecoveryState).toBe(0)
  })

  it('keeps one proposal in flight', () => {
    const l = leader({ isr: [1], leo: 10, hw: 10 })
    expect(l.followerFetch(2, fetch(10, 1100, 10, 12n)).alterPartition?.id).toBe(1)
    expect(l.followerFetch(3, fetch(10, 1100, 10, 13n)).alterPartition).toBeUndefined()
    expect(l.tick(100_000).alterPartition).toBeUndefined()
  })
})

describe('AlterPartition answers', () => {
  const pendingExpand = () => {
    const l = leader({ isr: [1, 2], leo: 10, hw: 10 })
    const proposal = l.followerFetch(3, fetch(10, 1100, 10, 13n)).alterPartition!
    return { l, proposal }
  }

  it('INELIGIBLE_REPLICA and OPERATION_NOT_ATTEMPTED go back to the committed ISR', () => {
    for (const errorCode of [ErrorCode.INELIGIBLE_REPLICA, ErrorCode.OPERATION_NOT_ATTEMPTED]) {
      const { l } = pendingExpand()
      expect(l.onAlterPartitionResponse(1, failed(errorCode), 1200)).toEqual({})
      expect(l.isrState).toEqual({ kind: 'committed', isr: [1, 2] })
      // The next fetch may propose again.
      expect(l.followerFetch(3, fetch(10, 1300, 10, 13n)).alterPartition?.id).toBe(2)
    }
  })

  it('NOT_CONTROLLER and unexpected errors resend the same proposal', () => {
    const { l, proposal } = pendingExpand()
    expect(l.onAlterPartitionResponse(1, failed(ErrorCode.NOT_CONTROLLER), 1200)).toEqual({
      alterPartition: proposal,
    })
    expect(l.onAlterPartitionResponse(1, failed(ErrorCode.UNKNOWN_SERVER_ERROR), 1200)).toEqual({
      alterPartition: proposal,
    })
    expect(l.pendingAlterPartition).toBe(proposal)
  })

  it.each([
    ErrorCode.FENCED_LEADER_EPOCH,
    ErrorCode.INVALID_UPDATE_VERSION,
    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    ErrorCode.UNKNOWN_TOPIC_ID,
    ErrorCode.INVALID_REQUEST,
    ErrorCode.NEW_LEADER_ELECTED,
  ])('error %i keeps the proposal pending until metadata', (errorCode) => {
    const { l, proposal } = pendingExpand()
    expect(l.onAlterPartitionResponse(1, failed(errorCode), 1200)).toEqual({})
    expect(l.pendingAlterPartition).toBe(proposal)
    expect(l.onMetadata(partition({ isr: [1, 2], partitionEpoch: 9 }), 1300)).toEqual({ kind: 'leader' })
    expect(l.pendingAlterPartition).toBeUndefined()
    expect(l.partitionEpoch).toBe(9)
  })

  it('ignores answers to another proposal, for another leader epoch, or with an older partition epoch', () => {
    const { l, proposal } = pendingExpand()
    expect(l.onAlterPartitionResponse(2, ok([1, 2, 3], 8), 1200)).toEqual({})
    expect(l.onAlterPartitionResponse(1, ok([1, 2, 3], 8, 5), 1200)).toEqual({})
    expect(l.onAlterPartitionResponse(1, ok([1, 2, 3], 6), 1200)).toEqual({})
    expect(l.pendingAlterPartition).toBe(proposal)
    expect(l.onAlterPartitionResponse(1, ok([1, 2, 3], 8), 1200)).toEqual({})
    expect(l.isr).toEqual([1, 2, 3])
  })
})

describe('metadata', () => {
  it('a new leader epoch restarts the epoch at the log end and gives ISR members a fresh lag window', () => {
    const l = leader({ leo: 10, hw: 10 })
    l.localAppend(14, 2000)
    const fx = l.onMetadata(partition({ leaderEpoch: 5, partitionEpoch: 8 }), 50_000)
    expect(fx).toEqual({ kind: 'leader', newEpoch: { epoch: 5, startOffset: 14 } })
    expect(l.epochStartOffset).toBe(14)
    expect(l.tick(80_000)).toEqual({})
    expect(l.tick(80_001).alterPartition?.newIsr).toEqual([1])
  })

  it('ignores an image with the partition epoch it already has, keeping a pending expansion', () => {
    // Found by the simulation: re-applying the image an expansion started from dropped 3 from the
    // maximal ISR while the controller already counted it, so the HW outran 3.
    const l = leader({ isr: [1, 2], leo: 10, hw: 10 })
    const proposal = l.followerFetch(3, fetch(10, 1100, 10, 13n)).alterPartition!
    expect(l.onMetadata(partition({ isr: [1, 2] }), 1200)).toEqual({ kind: 'leader' })
    expect(l.pendingAlterPartition).toBe(proposal)
    expect(l.maximalIsr).toEqual([1, 2, 3])
  })

  it('ignores an older partition epoch and resigns when another broker leads', () => {
    const l = leader()
    expect(l.onMetadata(partition({ isr: [1], partitionEpoch: 6 }), 1100)).toEqual({ kind: 'leader' })
    expect(l.isr).toEqual([1, 2, 3])
    expect(l.onMetadata(partition({ leader: 2, leaderEpoch: 5, partitionEpoch: 8 }), 1100)).toEqual({
      kind: 'resigned',
    })
  })

  it('follows the replica set: removed replicas stop counting, new ones start unknown', () => {
    const l = leader({ isr: [1, 2], leo: 10, hw: 10 })
    l.onMetadata(partition({ replicas: [1, 2, 4], isr: [1, 2], partitionEpoch: 8 }), 1100)
    expect(l.replicaState(3)).toBeUndefined()
    expect(l.replicaState(4)?.logEndOffset).toBe(-1)
    expect(l.followerFetch(3, fetch(10, 1100, 10))).toEqual({ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER })
  })
})

describe('acks=all', () => {
  it('refuses acks=all before the append when the ISR is below min.insync.replicas', () => {
    const l = leader({ isr: [1], minIsr: 2 })
    expect(l.canAppend(-1)).toBe(ErrorCode.NOT_ENOUGH_REPLICAS)
    expect(l.canAppend(1)).toBe(ErrorCode.NONE)
    expect(leader({ isr: [1, 2], minIsr: 2 }).canAppend(-1)).toBe(ErrorCode.NONE)
  })

  it('is done once the HW reaches the required offset, NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR shrank meanwhile', () => {
    const l = leader({ isr: [1, 2], leo: 10, hw: 10, minIsr: 2 })
    l.localAppend(13, 1100)
    expect(l.isAcked(13)).toEqual({ kind: 'waiting' })
    l.followerFetch(2, fetch(13, 1200, 13, 12n))
    expect(l.isAcked(13)).toEqual({ kind: 'done', errorCode: ErrorCode.NONE })
    l.localAppend(15, 1300)
    l.tick(100_000)
    l.onAlterPartitionResponse(1, ok([1], 8), 100_000)
    expect(l.underMinIsr).toBe(true)
    expect(l.isAcked(15)).toEqual({ kind: 'waiting' })
    expect(l.isAcked(13)).toEqual({ kind: 'done', errorCode: ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND })
  })
})
