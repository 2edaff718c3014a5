// Goal: what acks=all acknowledges survives the loss of a leader (issue 9): a stock client
// (KafkaJS, acks=-1) writes to a replication-factor-3 topic on three nodes; once the node leading
// partition 0 stops, leadership moves to a follower, the ISR drops the stopped node, acks=all
// writes continue on the two left, and consumers bootstrapped from each remaining node read every
// acknowledged message, in order per partition, exactly once.
// Method: three in-process nodes (as test/broker/cluster/three-nodes.test.ts) with their replica
// fetchers running; replica.lag.time.max.ms is 2000 so the ISR shrinks within seconds; the leader
// of partition 0 is closed (a controlled shutdown); KafkaJS producer and consumers.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTopics } from '../../../src/broker/topic-creation.js'
import { formatNodeDir } from '../../../src/cli/dev.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { freePorts } from '../../integration/cluster.js'

const TOPIC = 'durable'
const PARTITIONS = 3
const root = mkdtempSync(join(tmpdir(), 'oxbow-acks-all-'))
const nodes = new Map<number, RunningNode>()
let ports: number[] = []

async function start(nodeId: number): Promise<RunningNode> {
  const port = ports[2 * (nodeId - 1)] as number
  const controllerPort = ports[2 * (nodeId - 1) + 1] as number
  const voters = [1, 2, 3].map((id) => `${id}@127.0.0.1:${ports[2 * (id - 1) + 1]}`).join(',')
  const dataDir = join(root, `node-${nodeId}`)
  formatNodeDir(dataDir, nodeId, 'acks-all-cluster')
  const node = await startNode({
    dataDir,
    port,
    controllerPort,
    properties: {
      'node.id': String(nodeId),
      'controller.quorum.voters': voters,
      'controller.quorum.election.timeout.ms': '300',
      'controller.quorum.fetch.timeout.ms': '600',
      'broker.session.timeout.ms': '2000',
      'broker.heartbeat.interval.ms': '200',
      'replica.lag.time.max.ms': '2000',
      'replica.fetch.wait.max.ms': '100',
      'replica.fetch.backoff.ms': '100',
      'offsets.topic.replication.factor': '3',
      'offsets.topic.num.partitions': '3',
    },
  })
  nodes.set(nodeId, node)
  return node
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

function anyNode(): RunningNode {
  const n = nodes.values().next().value
  if (n === undefined) throw new Error('no node running')
  return n
}

function kafkaAt(n: RunningNode, clientId: string): Kafka {
  return new Kafka({ clientId, brokers: [n.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 20 } })
}

async function produce(n: RunningNode, from: number, count: number): Promise<void> {
  const producer = kafkaAt(n, 'acks-all-producer').producer({ allowAutoTopicCreation: false })
  await producer.connect()
  try {
    for (let i = from; i < from + count; i++) {
      await producer.send({
        topic: TOPIC,
        acks: -1,
        timeout: 20_000,
        messages: [{ partition: i % PARTITIONS, value: `m${i}` }],
      })
    }
  } finally {
    await producer.disconnect()
  }
}

/** Every message of the topic, by partition, read through a consumer bootstrapped from `n`. */
async function consumeAll(n: RunningNode, expected: number): Promise<string[][]> {
  const consumer = kafkaAt(n, `reader-${n.nodeId}`).consumer({ groupId: `reader-${n.nodeId}` })
  const byPartition: string[][] = Array.from({ length: PARTITIONS }, () => [])
  let seen = 0
  await consumer.connect()
  try {
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true })
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${seen} of ${expected} through node ${n.nodeId}`)), 30_000)
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            byPartition[partition]?.push(message.value?.toString() ?? '')
            seen++
            if (seen >= expected) {
              clearTimeout(timer)
              resolve()
            }
          },
        })
        .catch(reject)
    })
  } finally {
    await consumer.disconnect()
  }
  return byPartition
}

function expectedPartitions(total: number): string[][] {
  const out: string[][] = Array.from({ length: PARTITIONS }, () => [])
  for (let i = 0; i < total; i++) out[i % PARTITIONS]?.push(`m${i}`)
  return out
}

it('acks=all writes survive the loss of their leader and are read back through every remaining node', async () => {
  const [created] = await createTopics(anyNode().broker, [
    { name: TOPIC, numPartitions: PARTITIONS, replicationFactor: 3, configs: new Map([['min.insync.replicas', '2']]) },
  ])
  expect(created?.errorCode).toBe(ErrorCode.NONE)
  await eventually(() => {
    for (const n of nodes.values()) {
      for (let p = 0; p < PARTITIONS; p++) expect(n.broker.logs.getLog({ topic: TOPIC, partition: p })).toBeDefined()
    }
  })
  await produce(anyNode(), 0, 30)

  // Every replica holds what was acknowledged.
  await eventually(() => {
    for (const n of nodes.values()) {
      for (let p = 0; p < PARTITIONS; p++) {
        expect(n.broker.logs.getLog({ topic: TOPIC, partition: p })?.logEndOffset).toBe(10)
      }
    }
  })

  const leaderId = anyNode().broker.image.topicsByName.get(TOPIC)?.partitions[0]?.leader ?? -1
  const leader = nodes.get(leaderId)
  expect(leader).toBeDefined()
  nodes.delete(leaderId)
  await leader?.close()
  await eventually(() => {
    for (const n of nodes.values()) {
      const partitions = n.broker.image.topicsByName.get(TOPIC)?.partitions ?? []
      expect(partitions.map((p) => nodes.has(p.leader))).toEqual([true, true, true])
    }
  })

  // The two nodes left take acks=all writes once the ISR drops the stopped one.
  await produce(anyNode(), 30, 15)
  await eventually(() => {
    for (const n of nodes.values()) {
      for (const p of n.broker.image.topicsByName.get(TOPIC)?.partitions ?? []) {
        expect(p.isr).not.toContain(leaderId)
      }
    }
  })

  for (const n of nodes.values()) {
    const read = await consumeAll(n, 45)
    expect(read).toEqual(expectedPartitions(45))
  }
}, 120_000)
