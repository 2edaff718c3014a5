// Goal: each broker's replication counts (replication-metrics.ts) follow the cluster: with a broker
// stopped, the leaders of an RF=3 topic count their partitions under-replicated (and at
// min.insync.replicas=2); once the broker is back in every ISR, all counts are 0 again; each change
// is logged at info. A partition with no live replica counts as offline on every node.
// Method: three in-process nodes (as test/broker/cluster/three-nodes.test.ts), fixed assignments;
// node 3 stops (controlled shutdown takes it out of the ISRs and moves its leadership) and
// restarts; node 1's log lines are captured.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { replicationMetrics } from '../../../src/broker/replication-metrics.js'
import { formatNodeDir } from '../../../src/cli/dev.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { freePorts } from '../../integration/cluster.js'
import { RawClient } from '../../support/raw-client.js'

const TOPIC = 'urp'
const root = mkdtempSync(join(tmpdir(), 'oxbow-replication-metrics-'))
const nodes = new Map<number, RunningNode>()
const node1Lines: Record<string, unknown>[] = []
let ports: number[] = []

async function start(nodeId: number): Promise<RunningNode> {
  const voters = [1, 2, 3].map((id) => `${id}@127.0.0.1:${ports[2 * (id - 1) + 1]}`).join(',')
  const dataDir = join(root, `node-${nodeId}`)
  formatNodeDir(dataDir, nodeId, 'replication-metrics-cluster')
  const capture = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim() !== '') node1Lines.push(JSON.parse(line))
      done()
    },
  })
  const node = await startNode({
    dataDir,
    port: ports[2 * (nodeId - 1)] as number,
    controllerPort: ports[2 * (nodeId - 1) + 1] as number,
    ...(nodeId === 1 ? { logger: pino({ level: 'info' }, capture) } : {}),
    properties: {
      'node.id': String(nodeId),
      'controller.quorum.voters': voters,
      'controller.quorum.election.timeout.ms': '300',
      'controller.quorum.fetch.timeout.ms': '600',
      'broker.session.timeout.ms': '2000',
      'broker.heartbeat.interval.ms': '200',
      'replica.fetch.backoff.ms': '100',
      'auto.leader.rebalance.enable': 'false',
    },
  })
  nodes.set(nodeId, node)
  return node
}

function node(id: number): RunningNode {
  const n = nodes.get(id)
  if (n === undefined) throw new Error(`node ${id} is not running`)
  return n
}

beforeAll(async () => {
  ports = await freePorts(6)
  await Promise.all([1, 2, 3].map(start))
}, 60_000)

afterAll(async () => {
  await Promise.all([...nodes.values()].map((n) => n.close()))
  rmSync(root, { recursive: true, force: true })
})

async function eventually(check: () => Promise<void> | void, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await check()
      return
    } catch (err) {
      if (Date.now() > deadline) throw err
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

async function createTopic(name: string, assignments: number[][], configs: { name: string; value: string }[]) {
  const client = await RawClient.connect(node(1).port)
  const created = await client.requestWith(apis.CREATE_TOPICS, 7, {
    topics: [
      {
        name,
        numPartitions: -1,
        replicationFactor: -1,
        assignments: assignments.map((brokerIds, partitionIndex) => ({ partitionIndex, brokerIds })),
        configs,
      },
    ],
    timeoutMs: 10_000,
    validateOnly: false,
  })
  client.close()
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
  await eventually(() => {
    for (const n of nodes.values()) {
      expect(n.broker.image.topicsByName.get(TOPIC)?.partitions.map((p) => p.isr.length)).toEqual([3, 3, 3])
      expect(replicationMetrics(n.broker)).toEqual(ZERO)
    }
  })

  await node(3).close()
  nodes.delete(3)
  // Partition 2's leadership moved to broker 1 (next in its replica order); broker 3 left every ISR.
  await eventually(() => {
    expect(replicationMetrics(node(1).broker)).toEqual({ ...ZERO, underReplicatedPartitions: 2, atMinIsrPartitions: 2 })
    expect(replicationMetrics(node(2).broker)).toEqual({ ...ZERO, underReplicatedPartitions: 1, atMinIsrPartitions: 1 })
  })
  await eventually(() => {
    expect(node1Lines.filter((l) => l.msg === 'replication: partition counts changed').at(-1)).toMatchObject({
      level: 30,
      underReplicatedPartitions: 2,
      atMinIsrPartitions: 2,
    })
  })

  await start(3)
  await eventually(() => {
    for (const n of nodes.values()) expect(replicationMetrics(n.broker)).toEqual(ZERO)
  })
  await eventually(() => {
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
  await eventually(() => {
    expect(node(1).broker.image.topicsByName.get('lonely')?.partitions[0]?.leader).toBe(3)
  })
  await node(3).close()
  nodes.delete(3)
  await eventually(() => {
    for (const n of nodes.values()) expect(replicationMetrics(n.broker).offlinePartitions).toBe(1)
  })
  // Broker 3's partitions of the RF=3 topic are under-replicated again, at their new leaders.
  await eventually(() => {
    expect(replicationMetrics(node(1).broker)).toEqual({
      underReplicatedPartitions: 2,
      underMinIsrPartitions: 0,
      atMinIsrPartitions: 2,
      offlinePartitions: 1,
    })
  })
}, 60_000)
