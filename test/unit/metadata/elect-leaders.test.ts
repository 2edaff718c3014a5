// Goal: ElectLeaders decisions are Kafka's ReplicationControlManager.electLeaders: per-partition
// codes and messages (ELECTION_NOT_NEEDED, PREFERRED_LEADER_NOT_AVAILABLE,
// ELIGIBLE_LEADERS_NOT_AVAILABLE, UNKNOWN_TOPIC_OR_PARTITION), PREFERRED and UNCLEAN records as
// PartitionChangeBuilder writes them, a null topic list covering every partition (not-needed ones
// left out); the auto leader rebalance moves leaders back to preferred replicas in the ISR for
// brokers above the imbalance percentage, capped per pass.
// Method: images replayed from controller records (lifecycle-fixtures.ts); exact records and
// responses; the records replayed to check the partitions they produce.
import { describe, expect, it } from 'vitest'
import {
  arePartitionLeadersImbalanced,
  ElectionType,
  electLeaders,
  electLeadersErrorResponse,
  leaderImbalance,
  rebalanceLeaders,
} from '../../../src/metadata/controller/elect-leaders.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apply, change, cluster, partitionOf, topicId, withTopic } from './lifecycle-fixtures.js'

const A = topicId(1)
const U = topicId(2)
const NOT_NEEDED = {
  errorCode: ErrorCode.ELECTION_NOT_NEEDED,
  errorMessage: 'Leader election not needed for topic partition.',
}
const PREFERRED_NA = {
  errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE,
  errorMessage: 'The preferred leader was not available.',
}
const ELIGIBLE_NA = {
  errorCode: ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE,
  errorMessage: 'Eligible topic partition leaders are not available.',
}
const OK = { errorCode: ErrorCode.NONE, errorMessage: null }

// Brokers 1 and 3 active, 2 fenced.
const base = cluster([1, 2, 3], { fenced: [2] })
const image = withTopic(
  withTopic(base, 'a', A, [
    { replicas: [1, 2, 3], isr: [1, 3], leader: 1 }, // preferred leads
    { replicas: [1, 2, 3], isr: [1, 3], leader: 3 }, // preferred in the ISR and active: moves
    { replicas: [3, 1, 2], isr: [1], leader: 1 }, // preferred out of the ISR, leader valid
    { replicas: [2, 3, 1], isr: [2, 3], leader: 3 }, // preferred fenced
  ]),
  'u',
  U,
  [
    { replicas: [2, 3], isr: [2], leader: -1 }, // only a fenced ISR member: unclean picks 3
    { replicas: [3, 1], isr: [3, 1], leader: 3 }, // has a leader
    { replicas: [2], isr: [2], leader: -1 }, // nobody can lead
    { replicas: [2, 1], isr: [2, 1], leader: -1 }, // an active ISR member without the lead
  ],
)

function request(electionType: number, topicPartitions: { topic: string; partitions: number[] }[] | null) {
  return { electionType, topicPartitions, timeoutMs: 60_000 }
}

describe('electLeaders PREFERRED', () => {
  it('answers per partition and writes a record only where the leader changes', () => {
    const decision = electLeaders(
      image,
      request(ElectionType.PREFERRED, [
        { topic: 'a', partitions: [0, 1, 2, 3, 9] },
        { topic: 'u', partitions: [0, 3] },
        { topic: 'missing', partitions: [0] },
      ]),
    )
    expect(decision.response).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      replicaElectionResults: [
        {
          topic: 'a',
          partitionResult: [
            { partitionId: 0, ...NOT_NEEDED },
            { partitionId: 1, ...OK },
            { partitionId: 2, ...PREFERRED_NA },
            { partitionId: 3, ...PREFERRED_NA },
            {
              partitionId: 9,
              errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
              errorMessage: 'No such partition as a-9',
            },
          ],
        },
        {
          topic: 'u',
          partitionResult: [
            { partitionId: 0, ...PREFERRED_NA },
            // The preferred replica is fenced and nobody leads: the first valid ISR member does (Kafka's electPreferredLeader).
            { partitionId: 3, ...OK },
          ],
        },
        {
          topic: 'missing',
          partitionResult: [
            {
              partitionId: 0,
              errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
              errorMessage: 'No such topic as missing',
            },
          ],
        },
      ],
    })
    expect(decision.records).toEqual([change(A, 1, { leader: 1 }), change(U, 3, { leader: 1 })])
    const after = apply(image, decision.records)
    expect(partitionOf(after, 'a', 1)).toMatchObject({ leader: 1, isr: [1, 3], leaderEpoch: 1, partitionEpoch: 1 })
    expect(partitionOf(after, 'u', 3)).toMatchObject({ leader: 1, isr: [2, 1], leaderEpoch: 1 })
  })

  it('a null topic list elects everywhere and leaves out partitions that need no election', () => {
    const decision = electLeaders(image, request(ElectionType.PREFERRED, null))
    expect(decision.response.replicaElectionResults).toEqual([
      {
        topic: 'a',
        partitionResult: [
          { partitionId: 1, ...OK },
          { partitionId: 2, ...PREFERRED_NA },
          { partitionId: 3, ...PREFERRED_NA },
        ],
      },
      {
        topic: 'u',
        partitionResult: [
          { partitionId: 0, ...PREFERRED_NA },
          { partitionId: 2, ...PREFERRED_NA },
          { partitionId: 3, ...OK },
        ],
      },
    ])
    expect(decision.records).toEqual([change(A, 1, { leader: 1 }), change(U, 3, { leader: 1 })])
  })

  it('a topic whose partitions all lead from their preferred replica is still listed, empty', () => {
    const balanced = withTopic(cluster([1, 2]), 'b', topicId(3), [{ replicas: [1, 2] }, { replicas: [2, 1] }])
    expect(electLeaders(balanced, request(ElectionType.PREFERRED, null))).toEqual({
      records: [],
      response: { throttleTimeMs: 0, errorCode: 0, replicaElectionResults: [{ topic: 'b', partitionResult: [] }] },
    })
  })
})

describe('electLeaders UNCLEAN', () => {
  it('clean first, then an acceptable replica outside the ISR (ISR = it, RECOVERING)', () => {
    const decision = electLeaders(image, request(ElectionType.UNCLEAN, [{ topic: 'u', partitions: [0, 1, 2, 3] }]))
    expect(decision.response.replicaElectionResults).toEqual([
      {
        topic: 'u',
        partitionResult: [
          { partitionId: 0, ...OK },
          { partitionId: 1, ...NOT_NEEDED },
          { partitionId: 2, ...ELIGIBLE_NA },
          { partitionId: 3, ...OK },
        ],
      },
    ])
    expect(decision.records).toEqual([
      change(U, 0, { leader: 3, isr: [3], leaderRecoveryState: 1 }),
      change(U, 3, { leader: 1 }),
    ])
    const after = apply(image, decision.records)
    expect(partitionOf(after, 'u', 0)).toMatchObject({ leader: 3, isr: [3], leaderRecoveryState: 1, leaderEpoch: 1 })
  })

  it('a partition with a leader needs no unclean election', () => {
    const decision = electLeaders(image, request(ElectionType.UNCLEAN, [{ topic: 'a', partitions: [1] }]))
    expect(decision.records).toEqual([])
    expect(decision.response.replicaElectionResults[0]?.partitionResult).toEqual([{ partitionId: 1, ...NOT_NEEDED }])
  })
})

it('the error response lists every requested partition with the error, and the top level too', () => {
  const response = electLeadersErrorResponse(
    request(ElectionType.PREFERRED, [{ topic: 'a', partitions: [0, 2] }]),
    ErrorCode.NOT_CONTROLLER,
    'This is not the correct controller for this cluster.',
  )
  const failed = {
    errorCode: ErrorCode.NOT_CONTROLLER,
    errorMessage: 'This is not the correct controller for this cluster.',
  }
  expect(response).toEqual({
    throttleTimeMs: 0,
    errorCode: ErrorCode.NOT_CONTROLLER,
    replicaElectionResults: [
      {
        topic: 'a',
        partitionResult: [
          { partitionId: 0, ...failed },
          { partitionId: 2, ...failed },
        ],
      },
    ],
  })
  expect(electLeadersErrorResponse(request(0, null), ErrorCode.NOT_CONTROLLER, null).replicaElectionResults).toEqual([])
})

describe('auto leader rebalance', () => {
  // Brokers 1, 2, 3 active. Broker 1 is preferred for four partitions and leads one; broker 2 is
  // preferred for four and leads three; broker 3 preferred for none.
  const three = cluster([1, 2, 3])
  const skewed = withTopic(three, 'r', A, [
    { replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1 },
    { replicas: [1, 2, 3], isr: [1, 2, 3], leader: 2 },
    { replicas: [1, 3, 2], isr: [1, 2, 3], leader: 3 },
    { replicas: [1, 2, 3], isr: [2, 3], leader: 2 }, // preferred out of the ISR: stays
    { replicas: [2, 1, 3], isr: [1, 2, 3], leader: 2 },
    { replicas: [2, 1, 3], isr: [1, 2, 3], leader: 2 },
    { replicas: [2, 1, 3], isr: [1, 2, 3], leader: 2 },
    { replicas: [2, 3, 1], isr: [1, 2, 3], leader: 3 },
  ])

  it('imbalance ratios per preferred broker', () => {
    expect(leaderImbalance(skewed)).toEqual(
      new Map([
        [1, 3 / 4],
        [2, 1 / 4],
      ]),
    )
    expect(arePartitionLeadersImbalanced(skewed)).toBe(true)
    expect(arePartitionLeadersImbalanced(three)).toBe(false)
  })

  it('moves leaders of brokers above the percentage back to preferred replicas in the ISR', () => {
    expect(rebalanceLeaders(skewed, { imbalancePerBrokerPercentage: 10 })).toEqual({
      records: [change(A, 1, { leader: 1 }), change(A, 2, { leader: 1 }), change(A, 7, { leader: 2 })],
      more: false,
    })
    // 25% for broker 2 is not above 25: only broker 1's partitions move.
    expect(rebalanceLeaders(skewed, { imbalancePerBrokerPercentage: 25 }).records).toEqual([
      change(A, 1, { leader: 1 }),
      change(A, 2, { leader: 1 }),
    ])
    expect(rebalanceLeaders(skewed, { imbalancePerBrokerPercentage: 75 }).records).toEqual([])
    const after = apply(skewed, rebalanceLeaders(skewed, { imbalancePerBrokerPercentage: 10 }).records)
    expect(after.topicsByName.get('r')?.partitions.map((p) => p.leader)).toEqual([1, 1, 1, 2, 2, 2, 2, 2])
    // Only partition 3 (preferred out of the ISR) is left imbalanced, and nothing more moves.
    expect(rebalanceLeaders(after, { imbalancePerBrokerPercentage: 0 })).toEqual({ records: [], more: false })
  })

  it('a preferred replica that is fenced or shutting down does not take the lead; a pass stops at its cap', () => {
    const fenced = withTopic(cluster([1, 2], { fenced: [1] }), 'f', A, [{ replicas: [1, 2], isr: [1, 2], leader: 2 }])
    expect(rebalanceLeaders(fenced, { imbalancePerBrokerPercentage: 0 }).records).toEqual([])
    expect(rebalanceLeaders(skewed, { imbalancePerBrokerPercentage: 10, maxElections: 2 })).toEqual({
      records: [change(A, 1, { leader: 1 }), change(A, 2, { leader: 1 })],
      more: true,
    })
  })
})
