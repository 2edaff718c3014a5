// Goal: KafkaJS's admin client works against a real node exactly as against
// Kafka: topics created with configs (and validate-only), metadata, topic
// and broker configs with synonyms, AlterConfigs, CreatePartitions,
// DeleteTopics and DescribeCluster. Method: one in-process node on a temp
// dir and KafkaJS 2.2.4 (its own API versions: CreateTopics v3,
// DescribeConfigs v2, AlterConfigs v1, ...), asserting exact values.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Admin, ConfigResourceTypes, Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'

let dir: string
let node: RunningNode
let admin: Admin

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-kafkajs-admin-'))
  node = await startNode({ dataDir: dir, port: 0, properties: { 'num.partitions': '2' } })
  admin = new Kafka({ clientId: 'admin-test', brokers: [node.bootstrap], logLevel: logLevel.NOTHING }).admin()
  await admin.connect()
})

afterAll(async () => {
  await admin.disconnect()
  await node.close()
  rmSync(dir, { recursive: true, force: true })
})

it('creates topics (validate-only, configs) and reads their metadata', async () => {
  expect(
    await admin.createTopics({
      validateOnly: true,
      waitForLeaders: false,
      topics: [{ topic: 'kjs-checked', numPartitions: 2 }],
    }),
  ).toBe(true)
  expect(await admin.listTopics()).not.toContain('kjs-checked')
  const created = await admin.createTopics({
    topics: [
      { topic: 'kjs-a', numPartitions: 3, configEntries: [{ name: 'retention.ms', value: '3600000' }] },
      { topic: 'kjs-b' },
    ],
  })
  expect(created).toBe(true)
  expect(await admin.createTopics({ topics: [{ topic: 'kjs-a' }] })).toBe(false)
  const { topics } = await admin.fetchTopicMetadata({ topics: ['kjs-a', 'kjs-b'] })
  topics.sort((a, b) => a.name.localeCompare(b.name))
  expect(topics.map((t) => [t.name, t.partitions.length])).toEqual([
    ['kjs-a', 3],
    ['kjs-b', 2],
  ])
  expect(topics[0]!.partitions.map((p) => [p.partitionId, p.leader, p.replicas, p.isr]).sort()).toEqual([
    [0, node.nodeId, [node.nodeId], [node.nodeId]],
    [1, node.nodeId, [node.nodeId], [node.nodeId]],
    [2, node.nodeId, [node.nodeId], [node.nodeId]],
  ])
  await expect(
    admin.createTopics({ topics: [{ topic: 'kjs-bad', configEntries: [{ name: 'retention.ms', value: 'x' }] }] }),
  ).rejects.toMatchObject({ errors: [expect.objectContaining({ type: 'INVALID_CONFIG' })] })
})

it('describes topic and broker configs with synonyms', async () => {
  const topic = await admin.describeConfigs({
    resources: [{ type: ConfigResourceTypes.TOPIC, name: 'kjs-a', configNames: ['retention.ms', 'segment.bytes'] }],
    includeSynonyms: true,
  })
  const entries = topic.resources[0]!.configEntries.sort((a, b) => a.configName.localeCompare(b.configName))
  expect(entries).toEqual([
    {
      configName: 'retention.ms',
      configValue: '3600000',
      readOnly: false,
      isDefault: false,
      configSource: 1,
      isSensitive: false,
      configSynonyms: [{ configName: 'retention.ms', configValue: '3600000', configSource: 1 }],
    },
    {
      configName: 'segment.bytes',
      configValue: '1073741824',
      readOnly: false,
      isDefault: true,
      configSource: 5,
      isSensitive: false,
      configSynonyms: [{ configName: 'log.segment.bytes', configValue: '1073741824', configSource: 5 }],
    },
  ])
  const broker = await admin.describeConfigs({
    resources: [{ type: ConfigResourceTypes.BROKER, name: String(node.nodeId), configNames: ['num.partitions'] }],
    includeSynonyms: true,
  })
  expect(broker.resources[0]!.configEntries).toEqual([
    {
      configName: 'num.partitions',
      configValue: '2',
      readOnly: true,
      isDefault: false,
      configSource: 4,
      isSensitive: false,
      configSynonyms: [
        { configName: 'num.partitions', configValue: '2', configSource: 4 },
        { configName: 'num.partitions', configValue: '1', configSource: 5 },
      ],
    },
  ])
})

it('alters configs live, creates partitions, deletes topics, describes the cluster', async () => {
  await admin.alterConfigs({
    validateOnly: false,
    resources: [
      { type: ConfigResourceTypes.TOPIC, name: 'kjs-b', configEntries: [{ name: 'retention.ms', value: '60000' }] },
    ],
  })
  expect(node.broker.logs.getLog({ topic: 'kjs-b', partition: 1 })?.logConfig.retentionMs).toBe(60_000)
  const described = await admin.describeConfigs({
    resources: [{ type: ConfigResourceTypes.TOPIC, name: 'kjs-b', configNames: ['retention.ms'] }],
    includeSynonyms: false,
  })
  expect(described.resources[0]!.configEntries[0]).toMatchObject({ configValue: '60000', configSource: 1 })

  await admin.createPartitions({ topicPartitions: [{ topic: 'kjs-b', count: 4 }] })
  expect((await admin.fetchTopicMetadata({ topics: ['kjs-b'] })).topics[0]!.partitions).toHaveLength(4)
  // KafkaJS reports its own text for the code; the broker's message is checked in admin-raw.test.ts.
  await expect(admin.createPartitions({ topicPartitions: [{ topic: 'kjs-b', count: 2 }] })).rejects.toMatchObject({
    type: 'INVALID_PARTITIONS',
  })

  await admin.deleteTopics({ topics: ['kjs-a'] })
  expect(await admin.listTopics()).not.toContain('kjs-a')
  expect(node.broker.logs.getLog({ topic: 'kjs-a', partition: 0 })).toBeUndefined()

  const cluster = await admin.describeCluster()
  expect(cluster).toEqual({
    brokers: [{ nodeId: node.nodeId, host: '127.0.0.1', port: node.port }],
    controller: node.nodeId,
    clusterId: node.clusterId,
  })
})
