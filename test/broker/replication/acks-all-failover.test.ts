// Goal: what acks=all acknowledges survives the loss of a leader (issue 9): a stock client
// (KafkaJS, acks=-1) writes to a replication-factor-3 topic on three nodes; once the node leading
// partition 0 stops, leadership moves to a follower, the ISR drops the stopped node, acks=all
// writes continue on the two left, and consumers bootstrapped from each remaining node read every
// acknowledged message, in order per partition, exactly once.
// Method: three in-process nodes (as test/broker/cluster/three-nodes.test.ts) with their replica
// fetchers running; replica.lag.time.max.ms is 2000 so the ISR shrinks within seconds; the leader
// of partition 0 is closed (a controlled shutdown); KafkaJS producer and consumers.
import { Kafka, logLevel } from 'kafkajs'
import { expect, it } from 'vitest'
import { createTopics } from '../../../src/broker/topic-creation.js'
import type { RunningNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'

const TOPIC = 'durable'
const PARTITIONS = 3
const cluster = InProcessCluster.forSuite({
  name: 'acks-all',
  properties: {
    'replica.lag.time.max.ms': '2000',
    'replica.fetch.wait.max.ms': '100',
    'replica.fetch.backoff.ms': '100',
    'offsets.topic.replication.factor': '3',
    'offsets.topic.num.partitions': '3',
  },
  waitMs: 20_000,
})
const nodes = cluster.nodes

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
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      for (let p = 0; p < PARTITIONS; p++) expect(n.broker.logs.getLog({ topic: TOPIC, partition: p })).toBeDefined()
    }
  })
  await produce(anyNode(), 0, 30)

  // Every replica holds what was acknowledged.
  await cluster.eventually(() => {
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
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      const partitions = n.broker.image.topicsByName.get(TOPIC)?.partitions ?? []
      expect(partitions.map((p) => nodes.has(p.leader))).toEqual([true, true, true])
    }
  })

  // The two nodes left take acks=all writes once the ISR drops the stopped one.
  await produce(anyNode(), 30, 15)
  await cluster.eventually(() => {
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
