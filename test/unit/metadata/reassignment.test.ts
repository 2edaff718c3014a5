// Goal: partition reassignment decisions follow Kafka's controller (ReplicationControlManager,
// PartitionReassignmentReplicas, PartitionReassignmentRevert, PartitionChangeBuilder): the exact
// PartitionChangeRecord that starts, completes or cancels a reassignment (only changed fields set,
// the leader epoch bumped when a replica goes), the per-partition error codes and messages, and
// what ListPartitionReassignments lists. Replay and snapshots keep adding and removing replicas.
// Method: hand-built images (brokers 1-4 registered, broker 4 fenced where said; topic "t"),
// one request per case, exact records and responses; records are replayed to check the image.
import { describe, expect, it } from 'vitest'
import type { ControllerRecord } from '../../../src/metadata/controller/configs.js'
import {
  alterPartitionReassignments,
  completeReassignments,
  listPartitionReassignments,
  reassignmentReplicas,
} from '../../../src/metadata/controller/reassignment.js'
import type { BrokerImage, MetadataImage, PartitionImage, TopicImage } from '../../../src/metadata/image.js'
import { replay } from '../../../src/metadata/replay.js'
import { imageFromSnapshot, imageToRecords } from '../../../src/metadata/snapshot.js'
import { ErrorCode } from '../../../src/protocol/errors.js'

const TOPIC_ID = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex')
const OTHER_ID = Buffer.from('1112131415161718191a1b1c1d1e1f20', 'hex')

function partition(fields: Partial<PartitionImage> & Pick<PartitionImage, 'replicas' | 'isr' | 'leader'>) {
  return { partition: 0, leaderEpoch: 4, partitionEpoch: 7, ...fields } as PartitionImage
}

function image(
  partitions: PartitionImage[],
  options: { fenced?: number[]; configs?: Record<string, string>; other?: PartitionImage[] } = {},
): MetadataImage {
  const topic: TopicImage = { name: 't', topicId: TOPIC_ID, partitions }
  const topics: TopicImage[] = [topic]
  if (options.other !== undefined) topics.push({ name: 'a', topicId: OTHER_ID, partitions: options.other })
  const broker = (nodeId: number): BrokerImage => ({
    nodeId,
    endpoints: [],
    rack: null,
    fenced: options.fenced?.includes(nodeId) ?? false,
    brokerEpoch: BigInt(100 + nodeId),
    inControlledShutdown: false,
  })
  const configs = new Map<string, ReadonlyMap<string, string>>()
  if (options.configs !== undefined) configs.set('2:t', new Map(Object.entries(options.configs)))
  return {
    offset: 10,
    topicsByName: new Map(topics.map((t) => [t.name, t])),
    topicsById: new Map(topics.map((t) => [t.topicId.toString('hex'), t])),
    brokers: new Map([1, 2, 3, 4].map((id) => [id, broker(id)])),
    configs,
    features: new Map(),
  }
}

/** A PartitionChangeRecord for t-0 with only the given fields set. */
function changeRecord(fields: {
  isr?: number[]
  leader?: number
  replicas?: number[]
  removingReplicas?: number[]
  addingReplicas?: number[]
  leaderRecoveryState?: number
}): ControllerRecord {
  return {
    type: 'PartitionChangeRecord',
    data: {
      partitionId: 0,
      topicId: TOPIC_ID,
      isr: fields.isr ?? null,
      leader: fields.leader ?? -2,
      replicas: fields.replicas ?? null,
      removingReplicas: fields.removingReplicas ?? null,
      addingReplicas: fields.addingReplicas ?? null,
      leaderRecoveryState: fields.leaderRecoveryState ?? -1,
      directories: null,
      eligibleLeaderReplicas: null,
      lastKnownElr: null,
    },
  }
}

function alter(img: MetadataImage, partitions: { partitionIndex: number; replicas: number[] | null }[], name = 't') {
  return alterPartitionReassignments(img, { timeoutMs: 60_000, topics: [{ name, partitions }] })
}

function ok(partitionIndex = 0) {
  return { partitionIndex, errorCode: ErrorCode.NONE, errorMessage: null }
}

function t0(img: MetadataImage): PartitionImage {
  return img.topicsByName.get('t')?.partitions[0] as PartitionImage
}

describe('PartitionReassignmentReplicas', () => {
  it('merges the target first, then the removed replicas; adding and removing sorted', () => {
    expect(reassignmentReplicas([1, 2], [4, 3])).toEqual({ replicas: [4, 3, 1, 2], adding: [3, 4], removing: [1, 2] })
    expect(reassignmentReplicas([3, 2, 1], [1, 2, 3])).toEqual({ replicas: [1, 2, 3], adding: [], removing: [] })
    expect(reassignmentReplicas([1, 2, 3], [2, 4])).toEqual({ replicas: [2, 4, 1, 3], adding: [4], removing: [1, 3] })
  })
})

describe('a move from [1, 2] to [3, 4]', () => {
  const start = image([partition({ replicas: [1, 2], isr: [1, 2], leader: 1 })])

  it('starts with the union as replicas, the ISR and leader as they are', () => {
    const decision = alter(start, [{ partitionIndex: 0, replicas: [3, 4] }])
    expect(decision.records).toEqual([
      changeRecord({ replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] }),
    ])
    expect(decision.response).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      responses: [{ name: 't', partitions: [ok()] }],
    })
    const after = replay(start, decision.records, 11)
    expect(t0(after)).toEqual({
      partition: 0,
      replicas: [3, 4, 1, 2],
      isr: [1, 2],
      leader: 1,
      leaderEpoch: 4,
      partitionEpoch: 8,
      leaderRecoveryState: 0,
      addingReplicas: [3, 4],
      removingReplicas: [1, 2],
    })
  })

  it('completes once both new replicas are in the ISR: replicas [3, 4], ISR [3, 4], leader 3', () => {
    const started = replay(start, alter(start, [{ partitionIndex: 0, replicas: [3, 4] }]).records, 11)
    const isr = (members: number[]) => replay(started, [changeRecord({ isr: members })], 12)
    expect(completeReassignments(started)).toEqual([])
    expect(completeReassignments(isr([1, 2, 3]))).toEqual([])
    const caughtUp = isr([1, 2, 3, 4])
    const completion = completeReassignments(caughtUp)
    expect(completion).toEqual([
      changeRecord({ isr: [3, 4], leader: 3, replicas: [3, 4], removingReplicas: [], addingReplicas: [] }),
    ])
    const done = replay(caughtUp, completion, 13)
    expect(t0(done)).toEqual({
      partition: 0,
      replicas: [3, 4],
      isr: [3, 4],
      leader: 3,
      leaderEpoch: 5,
      partitionEpoch: 10,
      leaderRecoveryState: 0,
    })
    expect(completeReassignments(done)).toEqual([])
    expect(listPartitionReassignments(done, { timeoutMs: 0, topics: null }).topics).toEqual([])
  })

  it('is listed while in progress, and cancelling it puts [1, 2] back with a leader epoch bump', () => {
    const started = replay(start, alter(start, [{ partitionIndex: 0, replicas: [3, 4] }]).records, 11)
    const withThree = replay(started, [changeRecord({ isr: [1, 2, 3] })], 12)
    expect(listPartitionReassignments(withThree, { timeoutMs: 0, topics: null })).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      topics: [
        {
          name: 't',
          partitions: [{ partitionIndex: 0, replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] }],
        },
      ],
    })
    const cancelled = alter(withThree, [{ partitionIndex: 0, replicas: null }])
    expect(cancelled.response.responses).toEqual([{ name: 't', partitions: [ok()] }])
    expect(cancelled.records).toEqual([
      changeRecord({ isr: [1, 2], leader: 1, replicas: [1, 2], removingReplicas: [], addingReplicas: [] }),
    ])
    const reverted = replay(withThree, cancelled.records, 13)
    expect(t0(reverted)).toEqual({
      partition: 0,
      replicas: [1, 2],
      isr: [1, 2],
      leader: 1,
      leaderEpoch: 5,
      partitionEpoch: 10,
      leaderRecoveryState: 0,
    })
    const again = alter(reverted, [{ partitionIndex: 0, replicas: null }])
    expect(again.records).toEqual([])
    expect(again.response.responses).toEqual([
      {
        name: 't',
        partitions: [
          {
            partitionIndex: 0,
            errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS,
            errorMessage: 'No partition reassignment is in progress.',
          },
        ],
      },
    ])
  })

  it('a new target during the move starts from the merged replicas and keeps the old adding list (Kafka)', () => {
    const started = replay(start, alter(start, [{ partitionIndex: 0, replicas: [3, 4] }]).records, 11)
    const withThree = replay(started, [changeRecord({ isr: [1, 2, 3] })], 12)
    const back = alter(withThree, [{ partitionIndex: 0, replicas: [1, 2] }])
    // removing [3, 4], adding kept at [3, 4]: the ISR without 3 and 4 holds [1, 2], so it completes.
    expect(back.records).toEqual([
      changeRecord({ isr: [1, 2], leader: 1, replicas: [1, 2], removingReplicas: [], addingReplicas: [] }),
    ])
  })
})

describe("Kafka's BAR partition: replicas [1, 2, 3, 4], ISR [1, 2, 3], removing [1], adding [4], leader 1", () => {
  const bar = image([
    partition({ replicas: [1, 2, 3, 4], isr: [1, 2, 3], leader: 1, removingReplicas: [1], addingReplicas: [4] }),
  ])

  it('an ISR with 4 completes it: replicas and ISR [2, 3, 4], leader 2 (testIsrEnlargementCompletesReassignment)', () => {
    const enlarged = replay(bar, [changeRecord({ isr: [1, 2, 3, 4] })], 11)
    expect(completeReassignments(enlarged)).toEqual([
      changeRecord({ isr: [2, 3, 4], leader: 2, replicas: [2, 3, 4], removingReplicas: [], addingReplicas: [] }),
    ])
  })

  it('cancelling reverts to [1, 2, 3] with the leader epoch bumped (testRevertReassignment)', () => {
    const decision = alter(bar, [{ partitionIndex: 0, replicas: null }])
    expect(decision.records).toEqual([
      changeRecord({ leader: 1, replicas: [1, 2, 3], removingReplicas: [], addingReplicas: [] }),
    ])
  })
})

describe('reassignments that complete in their first record', () => {
  const full = image([partition({ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1 })])

  it('a reorder only sets the replicas (no epoch bump)', () => {
    expect(alter(full, [{ partitionIndex: 0, replicas: [3, 2, 1] }]).records).toEqual([
      changeRecord({ replicas: [3, 2, 1] }),
    ])
  })

  it('removing a follower shrinks replicas and ISR and bumps the leader epoch', () => {
    expect(alter(full, [{ partitionIndex: 0, replicas: [1, 2] }]).records).toEqual([
      changeRecord({ isr: [1, 2], leader: 1, replicas: [1, 2] }),
    ])
  })

  it('removing the leader elects the first target replica in the ISR', () => {
    expect(alter(full, [{ partitionIndex: 0, replicas: [3, 2] }]).records).toEqual([
      changeRecord({ isr: [2, 3], leader: 3, replicas: [3, 2] }),
    ])
  })

  it('the same replicas in the same order write nothing', () => {
    const decision = alter(full, [{ partitionIndex: 0, replicas: [1, 2, 3] }])
    expect(decision.records).toEqual([])
    expect(decision.response.responses).toEqual([{ name: 't', partitions: [ok()] }])
  })

  it('a removal that would leave no ISR waits: only the removing list is written', () => {
    const img = image([partition({ replicas: [1, 2, 3], isr: [2, 3], leader: 2 })])
    const decision = alter(img, [{ partitionIndex: 0, replicas: [1] }])
    expect(decision.records).toEqual([changeRecord({ removingReplicas: [2, 3] })])
    const waiting = replay(img, decision.records, 11)
    expect(completeReassignments(waiting)).toEqual([])
    const rejoined = replay(waiting, [changeRecord({ isr: [2, 3, 1] })], 12)
    expect(completeReassignments(rejoined)).toEqual([
      changeRecord({ isr: [1], leader: 1, replicas: [1], removingReplicas: [] }),
    ])
  })
})

describe('errors', () => {
  const img = image([partition({ replicas: [1, 2], isr: [1, 2], leader: 1 })], { fenced: [4] })

  it('unknown topic, unknown partition, empty, unregistered and repeated brokers; fenced brokers pass', () => {
    const decision = alterPartitionReassignments(img, {
      timeoutMs: 60_000,
      topics: [
        { name: 'nope', partitions: [{ partitionIndex: 0, replicas: [1] }] },
        {
          name: 't',
          partitions: [
            { partitionIndex: 5, replicas: [1] },
            { partitionIndex: -1, replicas: null },
            { partitionIndex: 0, replicas: [] },
            { partitionIndex: 0, replicas: [1, 9] },
            { partitionIndex: 0, replicas: [3, 1, 3] },
            { partitionIndex: 0, replicas: [1, 4] },
          ],
        },
      ],
    })
    const INVALID = ErrorCode.INVALID_REPLICA_ASSIGNMENT
    expect(decision.response.responses).toEqual([
      {
        name: 'nope',
        partitions: [
          {
            partitionIndex: 0,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            errorMessage: 'Unable to find a topic named nope.',
          },
        ],
      },
      {
        name: 't',
        partitions: [
          {
            partitionIndex: 5,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            errorMessage: 'Unable to find partition t:5.',
          },
          {
            partitionIndex: -1,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            errorMessage: 'Unable to find partition t:-1.',
          },
          {
            partitionIndex: 0,
            errorCode: INVALID,
            errorMessage: 'The manual partition assignment includes an empty replica list.',
          },
          {
            partitionIndex: 0,
            errorCode: INVALID,
            errorMessage: 'The manual partition assignment includes broker 9, but no such broker is registered.',
          },
          {
            partitionIndex: 0,
            errorCode: INVALID,
            errorMessage: 'The manual partition assignment includes the broker 3 more than once.',
          },
          ok(),
        ],
      },
    ])
    // Only the valid one writes: [1, 4] adds the fenced broker 4.
    expect(decision.records).toEqual([
      changeRecord({ replicas: [1, 4, 2], addingReplicas: [4], removingReplicas: [2] }),
    ])
    expect(decision.response.errorCode).toBe(ErrorCode.NONE)
  })

  it('a cancel that needs an unclean election is refused unless the topic allows one', () => {
    const stuck = [
      partition({
        replicas: [3, 4, 1, 2],
        isr: [3, 4],
        leader: 3,
        addingReplicas: [3, 4],
        removingReplicas: [1, 2],
      }),
    ]
    const refused = alter(image(stuck), [{ partitionIndex: 0, replicas: null }])
    expect(refused.records).toEqual([])
    expect(refused.response.responses[0]?.partitions).toEqual([
      {
        partitionIndex: 0,
        errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        errorMessage:
          'Unable to revert partition assignment for t:0 because it would require an unclean leader election.',
      },
    ])
    const allowed = alter(image(stuck, { configs: { 'unclean.leader.election.enable': 'true' } }), [
      { partitionIndex: 0, replicas: null },
    ])
    expect(allowed.response.responses[0]?.partitions).toEqual([ok()])
    // The revert's ISR is the first remaining replica, which then leads.
    expect(allowed.records).toEqual([
      changeRecord({ isr: [1], leader: 1, replicas: [1, 2], removingReplicas: [], addingReplicas: [] }),
    ])
  })
})

describe('ListPartitionReassignments', () => {
  const moving = (p: number) =>
    partition({ partition: p, replicas: [2, 1], isr: [1], leader: 1, addingReplicas: [2], removingReplicas: [] })
  const still = (p: number) => partition({ partition: p, replicas: [1], isr: [1], leader: 1 })
  const img = image([still(0), moving(1), moving(2)], { other: [moving(0)] })

  it('null lists every partition in progress, topics by name', () => {
    const listed = listPartitionReassignments(img, { timeoutMs: 0, topics: null })
    expect(listed.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)])).toEqual([
      ['a', [0]],
      ['t', [1, 2]],
    ])
    expect(listed.topics[0]?.partitions[0]).toEqual({
      partitionIndex: 0,
      replicas: [2, 1],
      addingReplicas: [2],
      removingReplicas: [],
    })
  })

  it('asked partitions in the order asked; unknown and idle ones left out', () => {
    const listed = listPartitionReassignments(img, {
      timeoutMs: 0,
      topics: [
        { name: 't', partitionIndexes: [2, 0, 7, 1] },
        { name: 'nope', partitionIndexes: [0] },
        { name: 'a', partitionIndexes: [] },
      ],
    })
    expect(listed.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)])).toEqual([['t', [2, 1]]])
  })
})

describe('replay and snapshots', () => {
  it('a PartitionRecord and a snapshot keep adding and removing replicas; a change without them keeps them', () => {
    const start = image([partition({ replicas: [1, 2], isr: [1, 2], leader: 1 })])
    const started = replay(start, alter(start, [{ partitionIndex: 0, replicas: [3, 4] }]).records, 11)
    const isrChange = replay(started, [changeRecord({ isr: [1, 2, 3] })], 12)
    expect(t0(isrChange).addingReplicas).toEqual([3, 4])
    expect(t0(isrChange).removingReplicas).toEqual([1, 2])
    const restored = imageFromSnapshot(imageToRecords(isrChange), 12)
    expect(t0(restored)).toEqual(t0(isrChange))
    const records = imageToRecords(isrChange).filter((r) => r.type === 'PartitionRecord')
    expect(records.map((r) => [r.data.addingReplicas, r.data.removingReplicas])).toEqual([
      [
        [3, 4],
        [1, 2],
      ],
    ])
  })
})
