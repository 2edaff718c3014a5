// Goal: the controller's AlterPartition decision follows Kafka's ReplicationControlManager: the
// broker epoch check, each per-partition validation in Kafka's order with its error code by
// version, the PartitionChangeRecord for a changed ISR (and none for the same ISR), and the
// answer's partition epoch matching what replay makes of the record.
// Method: a hand-built image (topic "t", partition 0 on [1, 2, 3], leader 1, leader epoch 4,
// partition epoch 7), one request per case, exact records and responses; the record is replayed.
import { describe, expect, it } from 'vitest'
import { alterPartition } from '../../../src/metadata/controller/alter-partition.js'
import type { BrokerImage, MetadataImage, PartitionImage, TopicImage } from '../../../src/metadata/image.js'
import { replay } from '../../../src/metadata/replay.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import type { AlterPartitionRequest } from '../../../src/protocol/generated/message/alter-partition-request.js'

const TOPIC_ID = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex')
const EPOCHS = new Map([
  [1, 101n],
  [2, 102n],
  [3, 103n],
])

function image(
  partition: Partial<PartitionImage> = {},
  fenced: number[] = [],
  shuttingDown: number[] = [],
): MetadataImage {
  const p: PartitionImage = {
    partition: 0,
    replicas: [1, 2, 3],
    isr: [1, 2],
    leader: 1,
    leaderEpoch: 4,
    partitionEpoch: 7,
    ...partition,
  }
  const topic: TopicImage = { name: 't', topicId: TOPIC_ID, partitions: [p] }
  const broker = (nodeId: number): BrokerImage => ({
    nodeId,
    endpoints: [],
    rack: null,
    fenced: fenced.includes(nodeId),
    brokerEpoch: EPOCHS.get(nodeId)!,
    inControlledShutdown: shuttingDown.includes(nodeId),
  })
  return {
    offset: 10,
    topicsByName: new Map([['t', topic]]),
    topicsById: new Map([[TOPIC_ID.toString('hex'), topic]]),
    brokers: new Map([1, 2, 3].map((id) => [id, broker(id)])),
    configs: new Map(),
    features: new Map(),
  }
}

function request(
  partition: Partial<AlterPartitionRequest['topics'][number]['partitions'][number]> = {},
  fields: Partial<AlterPartitionRequest> = {},
): AlterPartitionRequest {
  const newIsr = partition.newIsr ?? [1, 2, 3]
  return {
    brokerId: 1,
    brokerEpoch: 101n,
    topics: [
      {
        topicName: 't',
        topicId: TOPIC_ID,
        partitions: [
          {
            partitionIndex: 0,
            leaderEpoch: 4,
            partitionEpoch: 7,
            leaderRecoveryState: 0,
            newIsr,
            newIsrWithEpochs: newIsr.map((brokerId) => ({ brokerId, brokerEpoch: EPOCHS.get(brokerId) ?? -1n })),
            ...partition,
          },
        ],
      },
    ],
    ...fields,
  }
}

function errorOf(img: MetadataImage, req: AlterPartitionRequest, version = 3) {
  const { records, response } = alterPartition(img, req, { version })
  expect(response.errorCode).toBe(0)
  const p = response.topics[0]!.partitions[0]!
  if (p.errorCode !== 0) expect(records).toEqual([])
  return p.errorCode
}

describe('alterPartition', () => {
  it('writes the expanded ISR and answers the partition epoch replay gives it', () => {
    const img = image()
    const { records, response } = alterPartition(img, request(), { version: 3 })
    expect(records).toEqual([
      {
        type: 'PartitionChangeRecord',
        data: {
          partitionId: 0,
          topicId: TOPIC_ID,
          isr: [1, 2, 3],
          leader: -2,
          replicas: null,
          removingReplicas: null,
          addingReplicas: null,
          leaderRecoveryState: -1,
          directories: null,
          eligibleLeaderReplicas: null,
          lastKnownElr: null,
        },
      },
    ])
    expect(response).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
      topics: [
        {
          topicName: 't',
          topicId: TOPIC_ID,
          partitions: [
            {
              partitionIndex: 0,
              errorCode: 0,
              leaderId: 1,
              leaderEpoch: 4,
              isr: [1, 2, 3],
              leaderRecoveryState: 0,
              partitionEpoch: 8,
              unknownTaggedFields: undefined,
            },
          ],
        },
      ],
    })
    const after = replay(img, records, 11).topicsByName.get('t')!.partitions[0]
    expect(after).toMatchObject({
      partition: 0,
      replicas: [1, 2, 3],
      isr: [1, 2, 3],
      leader: 1,
      leaderEpoch: 4,
      partitionEpoch: 8,
    })
  })

  it('writes nothing for the current ISR and answers the current state', () => {
    const { records, response } = alterPartition(image(), request({ newIsr: [1, 2] }), { version: 3 })
    expect(records).toEqual([])
    expect(response.topics[0]!.partitions[0]).toMatchObject({ errorCode: 0, isr: [1, 2], partitionEpoch: 7 })
  })

  it('refuses a stale or unknown requesting broker epoch at the top level', () => {
    for (const brokerEpoch of [100n, 102n]) {
      const { records, response } = alterPartition(image(), request({}, { brokerEpoch }), { version: 3 })
      expect(records).toEqual([])
      expect(response).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.STALE_BROKER_EPOCH, topics: [] })
    }
    const { response } = alterPartition(image(), request({}, { brokerId: 9 }), { version: 3 })
    expect(response.errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH)
  })

  it('checks epochs and the sender in Kafka order', () => {
    expect(errorOf(image(), request({ leaderEpoch: 5 }))).toBe(ErrorCode.NOT_CONTROLLER)
    expect(errorOf(image(), request({ partitionEpoch: 8 }))).toBe(ErrorCode.NOT_CONTROLLER)
    expect(errorOf(image(), request({ leaderEpoch: 3, partitionEpoch: 8 }))).toBe(ErrorCode.NOT_CONTROLLER)
    expect(errorOf(image(), request({ leaderEpoch: 3 }))).toBe(ErrorCode.FENCED_LEADER_EPOCH)
    expect(errorOf(image(), request({}, { brokerId: 2, brokerEpoch: 102n }))).toBe(ErrorCode.INVALID_REQUEST)
    expect(errorOf(image(), request({ partitionEpoch: 6 }))).toBe(ErrorCode.INVALID_UPDATE_VERSION)
  })

  it('refuses ISRs that are not replicas, repeat a member, or leave out the leader', () => {
    expect(errorOf(image(), request({ newIsr: [1, 4] }))).toBe(ErrorCode.INVALID_REQUEST)
    expect(errorOf(image(), request({ newIsr: [1, 2, 2] }))).toBe(ErrorCode.INVALID_REQUEST)
    expect(errorOf(image(), request({ newIsr: [2, 3] }))).toBe(ErrorCode.INVALID_REQUEST)
    expect(errorOf(image(), request({ newIsr: [] }))).toBe(ErrorCode.INVALID_REQUEST)
    expect(errorOf(image(), request({ newIsr: [1], leaderRecoveryState: 1 }))).toBe(ErrorCode.INVALID_REQUEST)
  })

  it('answers ineligible members with INELIGIBLE_REPLICA from v2, OPERATION_NOT_ATTEMPTED before (KIP-841)', () => {
    expect(errorOf(image({}, [3]), request())).toBe(ErrorCode.INELIGIBLE_REPLICA)
    expect(errorOf(image({}, [], [3]), request())).toBe(ErrorCode.INELIGIBLE_REPLICA)
    const wrongEpoch = request({ newIsrWithEpochs: [1, 2, 3].map((brokerId) => ({ brokerId, brokerEpoch: 99n })) })
    expect(errorOf(image(), wrongEpoch)).toBe(ErrorCode.INELIGIBLE_REPLICA)
    const unchecked = request({ newIsrWithEpochs: [1, 2, 3].map((brokerId) => ({ brokerId, brokerEpoch: -1n })) })
    expect(errorOf(image(), unchecked)).toBe(ErrorCode.NONE)
    expect(errorOf(image({}, [3]), request(), 2)).toBe(ErrorCode.INELIGIBLE_REPLICA)
    expect(errorOf(image({}, [3]), request(), 1)).toBe(ErrorCode.OPERATION_NOT_ATTEMPTED)
  })

  it('records the end of leader recovery, and refuses RECOVERING with more than the leader', () => {
    const recovering = image({ isr: [1], leaderRecoveryState: 1 })
    const { records, response } = alterPartition(recovering, request({ newIsr: [1, 2] }), { version: 3 })
    expect(records.map((r) => r.type === 'PartitionChangeRecord' && [r.data.isr, r.data.leaderRecoveryState])).toEqual([
      [[1, 2], 0],
    ])
    expect(response.topics[0]!.partitions[0]).toMatchObject({ isr: [1, 2], leaderRecoveryState: 0, partitionEpoch: 8 })
    expect(errorOf(recovering, request({ newIsr: [1, 2], leaderRecoveryState: 1 }))).toBe(ErrorCode.INVALID_REQUEST)
    const same = alterPartition(recovering, request({ newIsr: [1], leaderRecoveryState: 1 }), { version: 3 })
    expect(same.records).toEqual([])
    expect(same.response.topics[0]!.partitions[0]).toMatchObject({ errorCode: 0, leaderRecoveryState: 1 })
  })

  it('v0-2 take newIsr without broker epochs', () => {
    const req = request({ newIsr: [1, 2, 3], newIsrWithEpochs: [] })
    const { records } = alterPartition(image(), req, { version: 2 })
    expect(records[0]?.type === 'PartitionChangeRecord' && records[0].data.isr).toEqual([1, 2, 3])
  })

  it('answers unknown topics by id from v2 and by name before, and unknown partitions', () => {
    const byId = request({}, {})
    byId.topics[0]!.topicId = Buffer.alloc(16, 9)
    expect(errorOf(image(), byId)).toBe(ErrorCode.UNKNOWN_TOPIC_ID)
    const byName = request()
    byName.topics[0]!.topicName = 'u'
    expect(errorOf(image(), byName, 1)).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    expect(errorOf(image(), request({ partitionIndex: 3 }))).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
  })
})
