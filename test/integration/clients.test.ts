// Stock Kafka clients against a real `oxbow start` process: kcat (librdkafka),
// confluent-kafka (librdkafka, Python), kafka-python, KafkaJS and
// @platformatic/kafka. Each client sees the same cluster (id, controller,
// broker address) and the same topics with the same ids, whoever created them;
// topics made by auto-creation survive a clean restart and a `kill -9`.
import { Admin } from '@platformatic/kafka'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apis } from '../../src/protocol/generated/index.js'
import { BrokerProcess, ensureBuilt, kcat, pyClient, RawClient, uniqueTopic, uuidText } from './harness.js'

interface KcatMetadata {
  controllerid: number
  brokers: { id: number; name: string }[]
  topics: { topic: string; error?: string; partitions: { partition: number; leader: number }[] }[]
}

interface CkMetadata {
  clusterId: string
  controllerId: number
  brokers: Record<string, [string, number]>
  topics: Record<string, { error: number | null; partitions: [number, number, number[], number[]][] }>
}

let broker: BrokerProcess

beforeAll(async () => {
  ensureBuilt()
  broker = await BrokerProcess.start()
}, 120_000)

afterAll(async () => {
  await broker?.cleanup()
})

async function kcatMetadata(bootstrap: string, topic?: string): Promise<KcatMetadata> {
  const args = ['-b', bootstrap, '-L', '-J', '-m', '10']
  if (topic !== undefined) args.push('-t', topic)
  return JSON.parse((await kcat(args)).stdout.toString()) as KcatMetadata
}

/** Topic name -> [id, partition count], from a raw Metadata v12 request for all topics. */
async function rawTopics(port: number): Promise<{ clusterId: string | null; topics: Map<string, [string, number]> }> {
  const client = await RawClient.connect(port)
  try {
    const { body } = await client.request(apis.METADATA, 12, { ...apis.METADATA.request.create(), topics: null })
    return {
      clusterId: body.clusterId,
      topics: new Map(
        body.topics.map((t) => [t.name!, [uuidText(t.topicId), t.partitions.length] as [string, number]]),
      ),
    }
  } finally {
    client.close()
  }
}

describe('metadata, as each client sees it', () => {
  it('kcat -L: one broker that is also the controller; -t auto-creates the topic', async () => {
    const topic = uniqueTopic('kcat-meta')
    const md = await kcatMetadata(broker.bootstrap, topic)
    expect(md.controllerid).toBe(1)
    expect(md.brokers).toEqual([{ id: 1, name: broker.bootstrap }])
    expect(md.topics).toEqual([
      { topic, partitions: [{ partition: 0, leader: 1, replicas: [{ id: 1 }], isrs: [{ id: 1 }] }] },
    ])
    const all = await kcatMetadata(broker.bootstrap)
    expect(all.topics.map((t) => t.topic)).toContain(topic)
  })

  it('confluent-kafka list_topics: cluster id, broker, auto-created topic', async () => {
    const topic = uniqueTopic('ck-meta')
    const md = await pyClient<CkMetadata>('ck-metadata', [broker.bootstrap, topic])
    const raw = await rawTopics(broker.port)
    expect(md.clusterId).toBe(raw.clusterId)
    expect(md.controllerId).toBe(1)
    expect(md.brokers).toEqual({ '1': [broker.host, broker.port] })
    expect(md.topics).toEqual({ [topic]: { error: null, partitions: [[0, 1, [1], [1]]] } })
    expect(raw.topics.get(topic)?.[1]).toBe(1)
  })

  it('kafka-python KafkaConsumer.topics() lists topics created by other clients', async () => {
    const topic = uniqueTopic('kp-meta')
    await kcatMetadata(broker.bootstrap, topic)
    const md = await pyClient<{ topics: string[]; partitions: Record<string, number[]> }>('kp-topics', [
      broker.bootstrap,
    ])
    expect(md.topics).toContain(topic)
    expect(md.partitions[topic]).toEqual([0])
  })

  it('KafkaJS admin: fetchTopicMetadata, listTopics, describeCluster; no auto-creation from the admin client', async () => {
    const topic = uniqueTopic('kafkajs-meta')
    await kcatMetadata(broker.bootstrap, topic)
    const kafka = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 1 } })
    const admin = kafka.admin()
    await admin.connect()
    try {
      expect(await admin.fetchTopicMetadata({ topics: [topic] })).toEqual({
        topics: [
          {
            name: topic,
            partitions: [
              { partitionErrorCode: 0, partitionId: 0, leader: 1, replicas: [1], isr: [1], offlineReplicas: [] },
            ],
          },
        ],
      })
      expect(await admin.listTopics()).toContain(topic)
      const raw = await rawTopics(broker.port)
      expect(await admin.describeCluster()).toEqual({
        brokers: [{ nodeId: 1, host: broker.host, port: broker.port }],
        controller: 1,
        clusterId: raw.clusterId,
      })
      // The admin client asks with allowAutoTopicCreation=false (Metadata v6).
      const missing = uniqueTopic('kafkajs-missing')
      await expect(admin.fetchTopicMetadata({ topics: [missing] })).rejects.toThrow(
        /does not host this topic-partition/,
      )
      expect(await admin.listTopics()).not.toContain(missing)
    } finally {
      await admin.disconnect()
    }
  })

  it('@platformatic/kafka admin.metadata with autocreateTopics: the topic id matches Metadata v12', async () => {
    const topic = uniqueTopic('plt-meta')
    const admin = new Admin({ clientId: 'oxbow-it', bootstrapBrokers: [broker.bootstrap] })
    try {
      const md = await admin.metadata({ topics: [topic], autocreateTopics: true })
      const raw = await rawTopics(broker.port)
      expect(md.id).toBe(raw.clusterId)
      expect(md.controllerId).toBe(1)
      expect([...md.brokers.entries()]).toEqual([[1, { host: broker.host, port: broker.port, rack: null }]])
      const info = md.topics.get(topic)
      expect(info?.id).toBe(raw.topics.get(topic)?.[0])
      expect(info?.partitionsCount).toBe(1)
      expect(info?.partitions.map((p) => [p.leader, p.replicas, p.isr])).toEqual([[1, [1], [1]]])
    } finally {
      await admin.close()
    }
  })
})

describe('restarts', () => {
  it('topics, their ids and the cluster id survive SIGTERM and kill -9; restart is quick', async () => {
    const node = await BrokerProcess.start({ overrides: { 'num.partitions': '3' } })
    let current = node
    try {
      const first = uniqueTopic('restart-a')
      const second = uniqueTopic('restart-b')
      await kcatMetadata(current.bootstrap, first)
      await pyClient('ck-metadata', [current.bootstrap, second])
      const before = await rawTopics(current.port)
      expect(before.topics.get(first)?.[1]).toBe(3)
      expect(before.topics.get(second)?.[1]).toBe(3)

      const stopStarted = performance.now()
      expect(await current.stop()).toBe(0)
      const stopMs = performance.now() - stopStarted
      const restartStarted = performance.now()
      current = await current.restart()
      const restartMs = performance.now() - restartStarted
      expect(current.port).toBe(node.port)
      expect(await rawTopics(current.port)).toEqual(before)

      // kill -9, then a third topic, then kill -9 again right after it was created.
      await current.kill()
      current = await current.restart()
      expect(await rawTopics(current.port)).toEqual(before)
      const third = uniqueTopic('restart-c')
      await kcatMetadata(current.bootstrap, third)
      const withThird = await rawTopics(current.port)
      expect(withThird.topics.get(third)?.[1]).toBe(3)
      await current.kill()
      current = await current.restart()
      expect(await rawTopics(current.port)).toEqual(withThird)
      const md = await kcatMetadata(current.bootstrap)
      expect(md.topics.map((t) => [t.topic, t.partitions.length]).sort()).toEqual(
        [...withThird.topics.entries()].map(([name, [, n]]) => [name, n]).sort(),
      )
      console.log(`clean shutdown ${stopMs.toFixed(0)} ms; restart to ready ${restartMs.toFixed(0)} ms`)
      expect(stopMs).toBeLessThan(5_000)
      expect(restartMs).toBeLessThan(3_000)
    } finally {
      await current.cleanup()
    }
  })
})
