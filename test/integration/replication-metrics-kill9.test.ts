// Goal: a broker that dies without a controlled shutdown shows up in the other brokers'
// replication counts (replication-metrics.ts) once its session expires: the controller fences it
// and takes it out of every ISR, and the leaders log their partitions as under-replicated; once it
// is restarted and back in every ISR, they log all counts at 0 again.
// Method: a real 3-process cluster (Cluster, test/integration/cluster.ts) with
// broker.session.timeout.ms=2000 and an RF=3 topic with fixed assignments and min.insync.replicas
// 2; `kill -9` of node 3, then a restart; each process's info log lines are read for the
// "replication: partition counts changed" entries.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ErrorCode } from '../../src/protocol/errors.js'
import { apis } from '../../src/protocol/generated/index.js'
import { eventually } from '../support/eventually.js'
import { RawClient } from '../support/raw-client.js'
import { Cluster } from './cluster.js'
import { withClient } from './cluster-clients.js'
import { ensureBuilt, type LogLine } from './harness.js'

const TOPIC = 'urp'
let cluster: Cluster

beforeAll(async () => {
  ensureBuilt()
  cluster = await Cluster.start({
    voters: 3,
    overrides: {
      'controller.quorum.election.timeout.ms': '500',
      'controller.quorum.fetch.timeout.ms': '1000',
      'broker.session.timeout.ms': '2000',
      'broker.heartbeat.interval.ms': '250',
      'auto.leader.rebalance.enable': 'false',
    },
  })
}, 120_000)

afterAll(async () => {
  await cluster?.cleanup()
})

/** The counts a node logged last. */
function lastCounts(nodeId: number): Record<string, unknown> | undefined {
  const lines = cluster.node(nodeId).logs.filter((l: LogLine) => l.msg === 'replication: partition counts changed')
  const last = lines.at(-1)
  if (last === undefined) return undefined
  return {
    underReplicatedPartitions: last['underReplicatedPartitions'],
    underMinIsrPartitions: last['underMinIsrPartitions'],
    atMinIsrPartitions: last['atMinIsrPartitions'],
    offlinePartitions: last['offlinePartitions'],
  }
}

async function isrSizes(): Promise<number[]> {
  const metadata = await withClient(cluster.node(1).port, (c) =>
    c.requestWith(apis.METADATA, 12, {
      topics: [{ name: TOPIC, topicId: Buffer.alloc(16) }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    }),
  )
  return (metadata.topics[0]?.partitions ?? []).map((p) => p.isrNodes.length)
}

it('kill -9 of a broker: leaders count under-replicated partitions after its session expires, and 0 once it rejoins', async () => {
  const client = await RawClient.connect(cluster.node(1).port)
  const created = await client.requestWith(apis.CREATE_TOPICS, 7, {
    topics: [
      {
        name: TOPIC,
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [
          { partitionIndex: 0, brokerIds: [1, 2, 3] },
          { partitionIndex: 1, brokerIds: [2, 3, 1] },
          { partitionIndex: 2, brokerIds: [3, 1, 2] },
        ],
        configs: [{ name: 'min.insync.replicas', value: '2' }],
      },
    ],
    timeoutMs: 10_000,
    validateOnly: false,
  })
  client.close()
  expect(created.topics.map((t) => t.errorCode)).toEqual([ErrorCode.NONE])
  await eventually(async () => expect(await isrSizes()).toEqual([3, 3, 3]), 20_000, 100)

  await cluster.kill(3)
  const killedAt = Date.now()
  // Fenced after broker.session.timeout.ms: partition 2's leadership moves to broker 1, and broker 3
  // leaves every ISR.
  await eventually(
    () => {
      expect(lastCounts(1)).toEqual({
        underReplicatedPartitions: 2,
        underMinIsrPartitions: 0,
        atMinIsrPartitions: 2,
        offlinePartitions: 0,
      })
      expect(lastCounts(2)).toEqual({
        underReplicatedPartitions: 1,
        underMinIsrPartitions: 0,
        atMinIsrPartitions: 1,
        offlinePartitions: 0,
      })
    },
    20_000,
    100,
  )
  expect(Date.now() - killedAt).toBeGreaterThanOrEqual(1_500)

  await cluster.startNode(3)
  await eventually(async () => expect(await isrSizes()).toEqual([3, 3, 3]), 30_000, 100)
  const zero = { underReplicatedPartitions: 0, underMinIsrPartitions: 0, atMinIsrPartitions: 0, offlinePartitions: 0 }
  await eventually(
    () => {
      expect(lastCounts(1)).toEqual(zero)
      expect(lastCounts(2)).toEqual(zero)
    },
    10_000,
    100,
  )
}, 120_000)
