// Goal: the production shape works: three dedicated controllers (process.roles=controller) and
// broker-only nodes (observers of the metadata quorum). Clients see only the brokers; topics
// created through a broker are decided by the active controller; data flows through the
// brokers; the quorum survives `kill -9` of its active controller; a broker that joins later
// learns every topic from the quorum.
// Method: Cluster with dedicatedControllers; kcat (librdkafka) and KafkaJS admin as the clients.
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ErrorCode } from '../../src/protocol/errors.js'
import { apis } from '../../src/protocol/generated/index.js'
import { RawClient } from '../support/raw-client.js'
import { Cluster } from './cluster.js'
import { activeController } from './cluster-clients.js'
import { ensureBuilt, kcat } from './harness.js'

let cluster: Cluster

beforeAll(async () => {
  ensureBuilt()
  cluster = await Cluster.start({
    voters: 3,
    brokers: 3,
    dedicatedControllers: true,
    deferred: [6],
    overrides: {
      'controller.quorum.election.timeout.ms': '500',
      'controller.quorum.fetch.timeout.ms': '1000',
      'broker.heartbeat.interval.ms': '300',
    },
  })
}, 90_000)

afterAll(async () => {
  await cluster?.cleanup()
})

type Listing = { brokers: { id: number }[]; topics: { topic: string; partitions: { partition: number }[] }[] }

async function listing(bootstrap: string): Promise<Listing> {
  return JSON.parse((await kcat(['-b', bootstrap, '-L', '-J'])).stdout.toString()) as Listing
}

it('clients see the brokers only, and a topic created through KafkaJS carries data', async () => {
  const brokers = cluster.bootstrap()
  const before = await listing(brokers)
  expect(before.brokers.map((b) => b.id).sort()).toEqual([4, 5])
  const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING })
  const admin = kafka.admin()
  await admin.connect()
  expect(await admin.createTopics({ topics: [{ topic: 'dedicated', numPartitions: 4, replicationFactor: 1 }] })).toBe(
    true,
  )
  await admin.disconnect()
  const values = Array.from({ length: 50 }, (_, i) => `v${i}`)
  await kcat(['-b', brokers, '-t', 'dedicated', '-P', '-K:'], { input: values.map((v, i) => `k${i}:${v}\n`).join('') })
  const consumed = (await kcat(['-b', brokers, '-t', 'dedicated', '-C', '-e', '-o', 'beginning', '-f', '%s\n'])).stdout
    .toString()
    .trim()
    .split('\n')
  expect(consumed.sort()).toEqual([...values].sort())
})

it('kill -9 of the active controller: another takes over and topics can still be created', async () => {
  const victim = await activeController(cluster, [1, 2, 3])
  expect(victim).not.toBeNull()
  await cluster.kill(victim as number)
  const broker = cluster.node(4)
  const deadline = Date.now() + 20_000
  for (;;) {
    const client = await RawClient.connect(broker.port)
    const answer = await client.requestWith(apis.CREATE_TOPICS, 7, {
      topics: [{ name: 'after-controller-loss', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    })
    client.close()
    const code = answer.topics[0]?.errorCode
    if (code === ErrorCode.NONE || code === ErrorCode.TOPIC_ALREADY_EXISTS) break
    expect(Date.now(), `CreateTopics still failing with ${code}`).toBeLessThan(deadline)
  }
  const successor = await activeController(cluster, [1, 2, 3])
  expect(successor).not.toBeNull()
  expect(successor).not.toBe(victim)
  await cluster.startNode(victim as number)
})

it('a broker that joins later learns every topic and is listed', async () => {
  await cluster.startNode(6)
  const seen = await listing(cluster.node(6).bootstrap)
  expect(seen.brokers.map((b) => b.id).sort()).toEqual([4, 5, 6])
  expect(seen.topics.map((t) => t.topic).sort()).toEqual(['after-controller-loss', 'dedicated'])
})
