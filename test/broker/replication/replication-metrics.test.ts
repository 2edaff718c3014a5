// Goal: each broker's replication counts (replication-metrics.ts) follow the cluster: with a broker
// stopped, the leaders of an RF=3 topic count their partitions under-replicated (and at
// min.insync.replicas=2); once the broker is back in every ISR, all counts are 0 again; each change
// is logged at info. A partition with no live replica counts as offline on every node.
// Method: three in-process nodes (as test/broker/cluster/three-nodes.test.ts), fixed assignments;
// node 3 stops (controlled shutdown takes it out of the ISRs and moves its leadership) and
// restarts; node 1's log lines are captured.
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { expect, it } from 'vitest'
import { replicationMetrics } from '../../../src/broker/replication-metrics.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { createAssignedTopic } from '../../support/raw-topics.js'

const TOPIC = 'urp'
const node1Lines: Record<string, unknown>[] = []

/** Node 1's log lines, parsed, into node1Lines (a new stream per start, one array). */
function captureNode1(): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim() !== '') node1Lines.push(JSON.parse(line))
      done()
    },
  })
}

const cluster = InProcessCluster.forSuite({
  name: 'replication-metrics',
  properties: {
    'replica.fetch.backoff.ms': '100',
    'auto.leader.rebalance.enable': 'false',
  },
  logger: (nodeId) => (nodeId === 1 ? pino({ level: 'info' }, captureNode1()) : undefined),
  waitMs: 20_000,
})
const nodes = cluster.nodes

async function createTopic(name: string, assignments: number[][], configs: { name: string; value: string }[]) {
  const created = await createAssignedTopic(cluster.node(1).port, name, assignments, configs)
  expect(created.topics.map((t) => t.errorCode)).toEqual([ErrorCode.NONE])
}

const ZERO = { underReplicatedPartitions: 0, underMinIsrPartitions: 0, atMinIsrPartitions: 0, offlinePartitions: 0 }

it('leaders count under-replicated partitions while a broker is away, and 0 once it is back in the ISR', async () => {
  await createTopic(
    TOPIC,
    [
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
    ],
    [{ name: 'min.insync.replicas', value: '2' }],
  )
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      expect(n.broker.image.topicsByName.get(TOPIC)?.partitions.map((p) => p.isr.length)).toEqual([3, 3, 3])
      expect(replicationMetrics(n.broker)).toEqual(ZERO)
    }
  })

  await cluster.stop(3)
  // Partition 2's leadership moved to broker 1 (next in its replica order); broker 3 left every ISR.
  await cluster.eventually(() => {
    expect(replicationMetrics(cluster.node(1).broker)).toEqual({
      ...ZERO,
      underReplicatedPartitions: 2,
      atMinIsrPartitions: 2,
    })
    expect(replicationMetrics(cluster.node(2).broker)).toEqual({
      ...ZERO,
      underReplicatedPartitions: 1,
      atMinIsrPartitions: 1,
    })
  })
  await cluster.eventually(() => {
    expect(node1Lines.filter((l) => l.msg === 'replication: partition counts changed').at(-1)).toMatchObject({
      level: 30,
      underReplicatedPartitions: 2,
      atMinIsrPartitions: 2,
    })
  })

  await cluster.start(3)
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect(replicationMetrics(n.broker)).toEqual(ZERO)
  })
  await cluster.eventually(() => {
    expect(node1Lines.filter((l) => l.msg === 'replication: partition counts changed').at(-1)).toMatchObject({
      underReplicatedPartitions: 0,
      underMinIsrPartitions: 0,
      atMinIsrPartitions: 0,
      offlinePartitions: 0,
    })
  })
}, 90_000)

it('a partition whose only replica is stopped is offline on every node', async () => {
  await createTopic('lonely', [[3]], [])
  await cluster.eventually(() => {
    expect(cluster.node(1).broker.image.topicsByName.get('lonely')?.partitions[0]?.leader).toBe(3)
  })
  await cluster.stop(3)
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect(replicationMetrics(n.broker).offlinePartitions).toBe(1)
  })
  // Broker 3's partitions of the RF=3 topic are under-replicated again, at their new leaders.
  await cluster.eventually(() => {
    expect(replicationMetrics(cluster.node(1).broker)).toEqual({
      underReplicatedPartitions: 2,
      underMinIsrPartitions: 0,
      atMinIsrPartitions: 2,
      offlinePartitions: 1,
    })
  })
}, 60_000)
