// Goal: the partition leader's side of replication (issue 9), as Kafka's: a follower's Fetch
// moves the high watermark exactly to the minimum log end of the ISR; consumers never read past
// the high watermark; acks=all produces wait until every ISR member fetched past them (or time
// out); a follower that stops fetching leaves the ISR after replica.lag.time.max.ms through
// AlterPartition and the controller's image shows it, acks=all then meets min.insync.replicas
// with NOT_ENOUGH_REPLICAS, and the follower rejoins the ISR once it fetches at the log end.
// Method: three in-process nodes (one cluster, as test/broker/cluster/three-nodes.test.ts) with
// their replica fetchers stopped, topics placed on [1, 2, 3] so node 1 leads; the tests play
// followers 2 and 3 with raw Fetch v12 frames (replicaId 2 / 3) to node 1, and produce and
// consume with raw frames. replica.lag.time.max.ms is 3000 so the ISR changes within seconds.
// The group coordinator writes to an RF=3 __consumer_offsets as with acks=all: an OffsetCommit
// answers once both followers fetched the commit's record.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { delayedProduces } from '../../../src/broker/delayed-produce.js'
import { replicaFetchers } from '../../../src/broker/replica-fetchers.js'
import { replicaManager } from '../../../src/broker/replica-manager.js'
import { createTopics } from '../../../src/broker/topic-creation.js'
import type { PartitionLog } from '../../../src/log/partition-log.js'
import type { RunningNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { RawClient } from '../../support/raw-client.js'

const LAG_MS = 3000
const ZERO_UUID = Buffer.alloc(16)
const cluster = new InProcessCluster({
  name: 'leader',
  properties: {
    'replica.lag.time.max.ms': String(LAG_MS),
    'offsets.topic.replication.factor': '3',
    'offsets.topic.num.partitions': '1',
  },
  waitMs: 15_000,
})
const nodes = cluster.nodes
const clients: RawClient[] = []

beforeAll(async () => {
  await cluster.startAll()
  // The tests are the followers.
  for (const n of nodes.values()) await replicaFetchers(n.broker).close()
}, 60_000)

afterAll(async () => {
  for (const c of clients) c.close()
  await cluster.close()
})

async function connect(id: number): Promise<RawClient> {
  const client = await RawClient.connect(cluster.node(id).port)
  clients.push(client)
  return client
}

/** A topic of one partition on [1, 2, 3], led by node 1 once every node has its log. */
async function createLedByNode1(name: string, configs: Record<string, string> = {}): Promise<void> {
  const [created] = await createTopics(cluster.node(1).broker, [
    {
      name,
      numPartitions: 1,
      replicationFactor: 3,
      assignments: [[1, 2, 3]],
      configs: new Map(Object.entries(configs)),
    },
  ])
  expect(created?.errorCode).toBe(ErrorCode.NONE)
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect(n.broker.logs.getLog({ topic: name, partition: 0 })).toBeDefined()
    expect(replicaManager(cluster.node(1).broker).ledPartitions().has(`${name}:0`)).toBe(true)
  })
}

function leaderLog(topic: string): PartitionLog {
  const log = cluster.node(1).broker.logs.getLog({ topic, partition: 0 })
  if (log === undefined) throw new Error(`no log for ${topic}`)
  return log
}

function isrOf(n: RunningNode, topic: string): readonly number[] | undefined {
  return n.broker.image.topicsByName.get(topic)?.partitions[0]?.isr
}

async function produce(client: RawClient, topic: string, acks: number, count: number, timeoutMs = 10_000) {
  const batch = await encodeBatch({
    records: Array.from({ length: count }, (_, i) => ({
      timestamp: BigInt(1_700_000_000_000 + i),
      key: null,
      value: Buffer.from(`v${i}`),
    })),
  })
  const response = await client.requestWith(apis.PRODUCE, 9, {
    acks,
    timeoutMs,
    topicData: [{ name: topic, partitionData: [{ index: 0, records: batch }] }],
  })
  const p = response.responses[0]?.partitionResponses[0]
  return { errorCode: p?.errorCode, baseOffset: Number(p?.baseOffset) }
}

/** One partition's answer to a Fetch v12 from `replicaId` (-1: a consumer). */
async function fetchAs(
  client: RawClient,
  replicaId: number,
  topic: string,
  offset: number,
  currentLeaderEpoch = -1,
  lastFetchedEpoch = -1,
) {
  const response = await client.requestWith(apis.FETCH, 12, {
    replicaId,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 1 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic,
        topicId: ZERO_UUID,
        partitions: [
          {
            partition: 0,
            currentLeaderEpoch,
            fetchOffset: BigInt(offset),
            lastFetchedEpoch,
            logStartOffset: 0n,
            partitionMaxBytes: 1 << 20,
            replicaDirectoryId: ZERO_UUID,
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  })
  expect(response.errorCode).toBe(ErrorCode.NONE)
  const p = response.responses[0]?.partitions[0]
  if (p === undefined) throw new Error('no partition in the fetch response')
  const diverging =
    p.divergingEpoch.epoch >= 0 ? { divergingEpoch: [p.divergingEpoch.epoch, Number(p.divergingEpoch.endOffset)] } : {}
  return { errorCode: p.errorCode, highWatermark: Number(p.highWatermark), bytes: p.records?.length ?? 0, ...diverging }
}

it('a follower fetch moves the high watermark to the minimum log end of the ISR; consumers stop there', async () => {
  await createLedByNode1('hw')
  const producer = await connect(1)
  const consumer = await connect(1)
  const follower2 = await connect(1)
  const follower3 = await connect(1)
  expect(await produce(producer, 'hw', 1, 3)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 })
  const log = leaderLog('hw')
  expect([log.logEndOffset, log.highWatermark]).toEqual([3, 0])
  // Nothing is committed: a consumer reads nothing, a follower reads the log end.
  expect(await fetchAs(consumer, -1, 'hw', 0)).toEqual({ errorCode: ErrorCode.NONE, highWatermark: 0, bytes: 0 })
  const first = await fetchAs(follower2, 2, 'hw', 0)
  expect(first.errorCode).toBe(ErrorCode.NONE)
  expect(first.bytes).toBeGreaterThan(0)
  expect(first.highWatermark).toBe(0)
  // Follower 2 has everything; follower 3's log end is unknown and holds the high watermark.
  expect(await fetchAs(follower2, 2, 'hw', 3)).toEqual({ errorCode: ErrorCode.NONE, highWatermark: 0, bytes: 0 })
  expect(log.highWatermark).toBe(0)
  // Follower 3 fetching at 1 has offset 0 only: the high watermark is 1, the minimum.
  const third = await fetchAs(follower3, 3, 'hw', 1)
  expect([third.errorCode, third.highWatermark]).toEqual([ErrorCode.NONE, 1])
  expect(log.highWatermark).toBe(1)
  expect((await fetchAs(consumer, -1, 'hw', 1)).bytes).toBe(0)
  expect((await fetchAs(follower3, 3, 'hw', 3)).highWatermark).toBe(3)
  expect(log.highWatermark).toBe(3)
  const consumed = await fetchAs(consumer, -1, 'hw', 0)
  expect([consumed.highWatermark, consumed.bytes]).toEqual([3, first.bytes])
  // A broker that is not a replica is refused, as Kafka does.
  expect((await fetchAs(follower2, 4, 'hw', 0)).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER)
  expect((await fetchAs(follower2, 4, 'hw', 0, 0)).errorCode).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH)
  // A follower's fetch from a broker that does not lead the partition.
  const elsewhere = await connect(2)
  expect((await fetchAs(elsewhere, 3, 'hw', 0)).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER)
  expect((await fetchAs(follower2, 2, 'hw', 4)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE)
  // A follower whose log claims more of epoch 0 than the leader's has truncates to the leader's end.
  expect(await fetchAs(follower2, 2, 'hw', 4, 0, 0)).toEqual({
    errorCode: ErrorCode.NONE,
    highWatermark: 3,
    bytes: 0,
    divergingEpoch: [0, 3],
  })
  // OffsetForLeaderEpoch answers from the same leader-epoch cache.
  const epochs = await follower2.requestWith(apis.OFFSET_FOR_LEADER_EPOCH, 4, {
    replicaId: 2,
    topics: [{ topic: 'hw', partitions: [{ partition: 0, currentLeaderEpoch: 0, leaderEpoch: 0 }] }],
  })
  const answer = epochs.topics[0]?.partitions[0]
  expect([answer?.errorCode, answer?.leaderEpoch, answer?.endOffset]).toEqual([ErrorCode.NONE, 0, 3n])
})

it('acks=all waits until every ISR member fetched past the batch, or times out', async () => {
  await createLedByNode1('acks')
  const producer = await connect(1)
  const follower2 = await connect(1)
  const follower3 = await connect(1)
  await fetchAs(follower2, 2, 'acks', 0)
  await fetchAs(follower3, 3, 'acks', 0)
  let settled = false
  const pending = produce(producer, 'acks', -1, 2).finally(() => {
    settled = true
  })
  const purgatory = delayedProduces(cluster.node(1).broker)
  await cluster.eventually(() => expect(leaderLog('acks').logEndOffset).toBe(2))
  expect(purgatory.size).toBe(1)
  expect((await fetchAs(follower2, 2, 'acks', 0)).bytes).toBeGreaterThan(0)
  expect((await fetchAs(follower2, 2, 'acks', 2)).highWatermark).toBe(0)
  expect(settled).toBe(false)
  expect(purgatory.size).toBe(1)
  expect((await fetchAs(follower3, 3, 'acks', 2)).highWatermark).toBe(2)
  expect(await pending).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 })
  expect(purgatory.size).toBe(0)
  // Nobody fetches the next batch: the request's timeout answers.
  expect(await produce(producer, 'acks', -1, 1, 300)).toEqual({ errorCode: ErrorCode.REQUEST_TIMED_OUT, baseOffset: 2 })
  expect(leaderLog('acks').logEndOffset).toBe(3)
  // acks=1 answers at the leader's append.
  expect(await produce(producer, 'acks', 1, 1)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 3 })
})

it('a silent follower leaves the ISR through the controller, min.insync.replicas refuses acks=all, and it rejoins', async () => {
  await createLedByNode1('isr', { 'min.insync.replicas': '3' })
  const producer = await connect(1)
  const follower2 = await connect(1)
  const follower3 = await connect(1)
  await fetchAs(follower2, 2, 'isr', 0)
  await fetchAs(follower3, 3, 'isr', 0)
  const acked = produce(producer, 'isr', -1, 1)
  await cluster.eventually(() => expect(leaderLog('isr').logEndOffset).toBe(1))
  await fetchAs(follower2, 2, 'isr', 1)
  await fetchAs(follower3, 3, 'isr', 1)
  expect(await acked).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 })

  // Follower 2 keeps fetching at the log end; follower 3 goes quiet and falls behind the next
  // batch (a follower at the log end stays in sync however long it is silent, as in Kafka).
  let fetching = true
  const keepFetching = async (client: RawClient, replicaId: number) => {
    while (fetching) {
      await fetchAs(client, replicaId, 'isr', leaderLog('isr').logEndOffset)
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  const loop2 = keepFetching(follower2, 2)
  try {
    expect(await produce(producer, 'isr', 1, 1)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 1 })
    await cluster.eventually(() => {
      for (const n of nodes.values()) expect(isrOf(n, 'isr')).toEqual([1, 2])
    }, 4 * LAG_MS)
    const state = replicaManager(cluster.node(1).broker).ledPartitions().get('isr:0')?.state
    expect(state?.isr).toEqual([1, 2])
    expect(state?.isrState.kind).toBe('committed')
    expect(await produce(producer, 'isr', -1, 1)).toEqual({ errorCode: ErrorCode.NOT_ENOUGH_REPLICAS, baseOffset: -1 })
    expect(leaderLog('isr').logEndOffset).toBe(2)
    expect(await produce(producer, 'isr', 1, 1)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 2 })

    // Follower 3 catches up: it is proposed back and the controller takes it.
    await fetchAs(follower3, 3, 'isr', 1)
    await fetchAs(follower3, 3, 'isr', leaderLog('isr').logEndOffset)
    await cluster.eventually(() => {
      for (const n of nodes.values()) expect(isrOf(n, 'isr')).toEqual([1, 2, 3])
    })
    const loop3 = keepFetching(follower3, 3)
    expect(await produce(producer, 'isr', -1, 1)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 3 })
    fetching = false
    await loop3
  } finally {
    fetching = false
    await loop2
  }
}, 30_000)

it('an OffsetCommit answers once the followers have the record in __consumer_offsets', async () => {
  await createLedByNode1('offsets')
  const finder = await connect(1)
  const found = await finder.requestWith(apis.FIND_COORDINATOR, 3, { key: 'g', keyType: 0 })
  expect([ErrorCode.NONE, ErrorCode.COORDINATOR_NOT_AVAILABLE]).toContain(found.errorCode)
  const TOPIC = '__consumer_offsets'
  let coordinator: RunningNode | undefined
  await cluster.eventually(() => {
    const leaderId = cluster.node(1).broker.image.topicsByName.get(TOPIC)?.partitions[0]?.leader ?? -1
    coordinator = nodes.get(leaderId)
    expect(coordinator?.broker.groupCoordinator.partitionStates().get(0)).toBe('active')
  })
  if (coordinator === undefined) throw new Error('no coordinator')
  const leaderId = coordinator.nodeId
  const followers = [1, 2, 3].filter((id) => id !== leaderId)
  const fetchers = await Promise.all(followers.map(() => connect(leaderId)))
  const log = coordinator.broker.logs.getLog({ topic: TOPIC, partition: 0 })
  if (log === undefined) throw new Error('no __consumer_offsets log')
  const start = log.logEndOffset
  for (const [i, id] of followers.entries()) await fetchAs(fetchers[i] as RawClient, id, TOPIC, start)

  const committer = await connect(leaderId)
  let settled = false
  const commit = committer
    .requestWith(apis.OFFSET_COMMIT, 8, {
      groupId: 'g',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      topics: [
        {
          name: 'offsets',
          partitions: [
            {
              partitionIndex: 0,
              committedOffset: 7n,
              committedLeaderEpoch: -1,
              commitTimestamp: -1n,
              committedMetadata: null,
            },
          ],
        },
      ],
    })
    .finally(() => {
      settled = true
    })
  await cluster.eventually(() => expect(log.logEndOffset).toBeGreaterThan(start))
  const end = log.logEndOffset
  await fetchAs(fetchers[0] as RawClient, followers[0] as number, TOPIC, end)
  expect(log.highWatermark).toBe(start)
  expect(settled).toBe(false)
  await fetchAs(fetchers[1] as RawClient, followers[1] as number, TOPIC, end)
  expect(log.highWatermark).toBe(end)
  const answer = await commit
  expect(answer.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE)
})
