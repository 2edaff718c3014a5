// Goal: metadata records survive their log encoding, and replaying them
// builds the image Kafka's would: topics by name and id, partitions with
// leader epochs bumped on leader change, configs set and deleted, topics
// removed with their configs. Method: records built by the controller's own
// createTopics, encoded, decoded, replayed; exact values asserted.
import { describe, expect, it } from 'vitest'
import { createTopics } from '../../../src/metadata/controller/create-topics.js'
import { topicNameProblem } from '../../../src/metadata/controller/topics.js'
import { EMPTY_IMAGE, type MetadataImage, topicConfigs } from '../../../src/metadata/image.js'
import { decodeMetadataRecord, encodeMetadataRecord, type MetadataRecord } from '../../../src/metadata/records.js'
import { replay } from '../../../src/metadata/replay.js'
import { ErrorCode } from '../../../src/protocol/errors.js'

const ID_A = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex')
const ID_B = Buffer.from('1112131415161718191a1b1c1d1e1f20', 'hex')

function withBrokers(ids: number[]): MetadataImage {
  const records: MetadataRecord[] = ids.map((brokerId) => ({
    type: 'RegisterBrokerRecord',
    data: {
      brokerId,
      isMigratingZkBroker: false,
      incarnationId: Buffer.alloc(16, brokerId),
      brokerEpoch: 0n,
      endPoints: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9000 + brokerId, securityProtocol: 0 }],
      features: [],
      rack: null,
      fenced: false,
      inControlledShutdown: false,
      logDirs: [],
    },
  }))
  return replay(EMPTY_IMAGE, roundTrip(records), ids.length - 1)
}

/** One topic through the controller's CreateTopics decision. */
function createTopic(
  image: MetadataImage,
  topic: {
    name: string
    topicId: Buffer
    numPartitions: number
    replicationFactor: number
    configs?: Map<string, string>
  },
) {
  const decision = createTopics(
    image,
    [
      {
        name: topic.name,
        numPartitions: topic.numPartitions,
        replicationFactor: topic.replicationFactor,
        assignments: [],
        configs: [...(topic.configs ?? [])].map(([name, value]) => ({ name, value })),
      },
    ],
    false,
    {
      nodeId: 1,
      staticProperties: new Map(),
      logConfigProblem: () => null,
      defaultNumPartitions: 1,
      defaultReplicationFactor: 1,
      newTopicId: () => topic.topicId,
    },
  )
  const result = decision.results[0]!
  return result.errorCode === ErrorCode.NONE
    ? { ok: true as const, records: decision.records as MetadataRecord[] }
    : { ok: false as const, errorCode: result.errorCode, message: result.errorMessage ?? '' }
}

function roundTrip(records: MetadataRecord[]): MetadataRecord[] {
  return records.map((r) => decodeMetadataRecord(encodeMetadataRecord(r as Exclude<MetadataRecord, { type: 'other' }>)))
}

describe('records', () => {
  it('frame: version 1, record type, record version, then the record', () => {
    const bytes = encodeMetadataRecord({ type: 'TopicRecord', data: { name: 't', topicId: ID_A } })
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([1, 2, 0]))
    expect(decodeMetadataRecord(bytes)).toEqual({
      type: 'TopicRecord',
      data: { name: 't', topicId: ID_A, unknownTaggedFields: undefined },
    })
  })

  it('an unknown record type decodes as other, so replay can skip it', () => {
    expect(decodeMetadataRecord(Buffer.from([1, 99, 0]))).toEqual({ type: 'other', apiKey: 99, version: 0 })
  })
})

describe('createTopic + replay', () => {
  it('assigns replicas round-robin over live brokers, leader = first replica', () => {
    const image = withBrokers([1, 2, 3])
    const created = createTopic(image, { name: 'orders', topicId: ID_A, numPartitions: 4, replicationFactor: 2 })
    if (!created.ok) throw new Error(created.message)
    const next = replay(image, roundTrip(created.records), 10)
    const topic = next.topicsByName.get('orders')
    expect(topic?.topicId).toEqual(ID_A)
    expect(next.topicsById.get(ID_A.toString('hex'))?.name).toBe('orders')
    expect(topic?.partitions.map((p) => [p.partition, p.replicas, p.leader, p.leaderEpoch])).toEqual([
      [0, [1, 2], 1, 0],
      [1, [2, 3], 2, 0],
      [2, [3, 1], 3, 0],
      [3, [1, 2], 1, 0],
    ])
    expect(next.offset).toBe(10)
  })

  it('refuses what Kafka refuses, with its error codes', () => {
    const image = withBrokers([1])
    const existing = createTopic(image, { name: 'a.b', topicId: ID_A, numPartitions: 1, replicationFactor: 1 })
    if (!existing.ok) throw new Error(existing.message)
    const next = replay(image, existing.records, 1)
    const attempt = (name: string, numPartitions = 1, replicationFactor = 1) =>
      createTopic(next, { name, topicId: ID_B, numPartitions, replicationFactor })
    expect(attempt('a.b')).toMatchObject({ ok: false, errorCode: ErrorCode.TOPIC_ALREADY_EXISTS })
    expect(attempt('a_b')).toMatchObject({
      ok: false,
      errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION,
      message: "Topic 'a_b' collides with existing topic: a.b",
    })
    expect(attempt('bad name')).toMatchObject({ ok: false, errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION })
    expect(attempt('x', 0)).toMatchObject({ ok: false, errorCode: ErrorCode.INVALID_PARTITIONS })
    expect(attempt('x', 1, 2)).toMatchObject({ ok: false, errorCode: ErrorCode.INVALID_REPLICATION_FACTOR })
    expect(topicNameProblem('a'.repeat(249))).toBeNull()
    expect(topicNameProblem('a'.repeat(250))).not.toBeNull()
    expect(topicNameProblem('..')).not.toBeNull()
  })

  it('configs set and delete; a partition change naming a leader bumps the leader epoch; topics go with their configs', () => {
    const image = withBrokers([1, 2])
    const created = createTopic(image, {
      name: 't',
      topicId: ID_A,
      numPartitions: 1,
      replicationFactor: 2,
      configs: new Map([['retention.ms', '1000']]),
    })
    if (!created.ok) throw new Error(created.message)
    let next = replay(image, created.records, 5)
    expect(topicConfigs(next, 't')).toEqual(new Map([['retention.ms', '1000']]))
    next = replay(
      next,
      roundTrip([
        { type: 'ConfigRecord', data: { resourceType: 2, resourceName: 't', name: 'retention.ms', value: null } },
        { type: 'ConfigRecord', data: { resourceType: 2, resourceName: 't', name: 'segment.ms', value: '60000' } },
        {
          type: 'PartitionChangeRecord',
          data: {
            partitionId: 0,
            topicId: ID_A,
            isr: [2],
            leader: 2,
            replicas: null,
            removingReplicas: null,
            addingReplicas: null,
            leaderRecoveryState: -1,
            directories: null,
            eligibleLeaderReplicas: null,
            lastKnownElr: null,
          },
        },
      ]),
      8,
    )
    expect(topicConfigs(next, 't')).toEqual(new Map([['segment.ms', '60000']]))
    expect(next.topicsByName.get('t')?.partitions[0]).toEqual({
      partition: 0,
      replicas: [1, 2],
      isr: [2],
      leader: 2,
      leaderEpoch: 1,
      partitionEpoch: 1,
      leaderRecoveryState: 0,
    })
    next = replay(next, roundTrip([{ type: 'RemoveTopicRecord', data: { topicId: ID_A } }]), 9)
    expect(next.topicsByName.size).toBe(0)
    expect(next.topicsById.size).toBe(0)
    expect(topicConfigs(next, 't').size).toBe(0)
  })
})
