// Topic administration through stock admin clients against a real
// `oxbow start` process: confluent-kafka's AdminClient (librdkafka),
// kafka-python's KafkaAdminClient, @platformatic/kafka's Admin and kcat.
// Invariants: creating, describing, altering, growing and deleting topics
// gives Kafka's results and error codes; config changes take effect live
// (max.message.bytes refuses a record at once); and topics, partition counts,
// configs and deletions survive a clean restart and `kill -9` (the metadata
// log).
import { Admin } from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BrokerProcess, ensureBuilt, kcat, pyClient, uniqueTopic } from './harness.js'
import { consume, hex, produce, type Rec } from './stock-clients.js'

let broker: BrokerProcess

beforeAll(async () => {
  ensureBuilt()
  broker = await BrokerProcess.start()
}, 120_000)

afterAll(async () => {
  await broker?.cleanup()
})

const ErrorCode = {
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  INVALID_TOPIC_EXCEPTION: 17,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  INVALID_CONFIG: 40,
}
/** DescribeConfigs config sources. */
const DYNAMIC_TOPIC_CONFIG = 1
const DEFAULT_CONFIG = 5

type ConfigEntry = [string | null, number, boolean, boolean, boolean]
type AdminOp = Record<string, unknown>

const ckAdmin = (bootstrap: string, ops: AdminOp[]) =>
  pyClient<unknown[]>('ck-admin', [bootstrap], { input: JSON.stringify(ops) })
const kpAdmin = (bootstrap: string, ops: AdminOp[]) =>
  pyClient<unknown[]>('kp-admin', [bootstrap], { input: JSON.stringify(ops) })

async function partitionCounts(bootstrap: string): Promise<Map<string, number>> {
  const md = JSON.parse((await kcat(['-b', bootstrap, '-L', '-J', '-m', '10'])).stdout.toString()) as {
    topics: { topic: string; partitions: unknown[] }[]
  }
  return new Map(md.topics.map((t) => [t.topic, t.partitions.length]))
}

describe('confluent-kafka AdminClient', () => {
  it('creates, refuses bad and duplicate names, validates only, describes, alters, grows and deletes', async () => {
    const topic = uniqueTopic('ck-admin')
    const dry = uniqueTopic('ck-dry')
    const [created, again, validated, described] = (await ckAdmin(broker.bootstrap, [
      {
        op: 'create',
        topics: [
          { name: topic, partitions: 3, config: { 'retention.ms': '123456', 'cleanup.policy': 'compact' } },
          { name: 'bad/name' },
          { name: `${topic}-bad-config`, config: { 'retention.ms': 'soon' } },
        ],
      },
      { op: 'create', topics: [{ name: topic }] },
      { op: 'create', topics: [{ name: dry, partitions: 2 }], validate: true },
      { op: 'describe', topic },
    ])) as [
      Record<string, number | null>,
      Record<string, number | null>,
      Record<string, number | null>,
      Record<string, ConfigEntry>,
    ]
    expect(created).toEqual({
      [topic]: null,
      'bad/name': ErrorCode.INVALID_TOPIC_EXCEPTION,
      [`${topic}-bad-config`]: ErrorCode.INVALID_CONFIG,
    })
    expect(again).toEqual({ [topic]: ErrorCode.TOPIC_ALREADY_EXISTS })
    expect(validated).toEqual({ [dry]: null })
    expect(described['retention.ms']).toEqual(['123456', DYNAMIC_TOPIC_CONFIG, false, false, false])
    expect(described['cleanup.policy']).toEqual(['compact', DYNAMIC_TOPIC_CONFIG, false, false, false])
    expect(described['max.message.bytes']).toEqual(['1048588', DEFAULT_CONFIG, false, true, false])
    let counts = await partitionCounts(broker.bootstrap)
    expect(counts.get(topic)).toBe(3)
    expect(counts.has(dry)).toBe(false)
    expect(counts.has(`${topic}-bad-config`)).toBe(false)

    // AlterConfigs (not incremental) replaces the topic's whole dynamic config.
    const [altered, afterAlter, grown, shrunk, deleted] = (await ckAdmin(broker.bootstrap, [
      { op: 'alter', topic, config: { 'retention.ms': '999' } },
      { op: 'describe', topic },
      { op: 'partitions', topic, count: 5 },
      { op: 'partitions', topic, count: 2 },
      { op: 'delete', topics: [topic, uniqueTopic('never-made')] },
    ])) as [number | null, Record<string, ConfigEntry>, number | null, number | null, Record<string, number | null>]
    expect(altered).toBeNull()
    expect(afterAlter['retention.ms']).toEqual(['999', DYNAMIC_TOPIC_CONFIG, false, false, false])
    expect(afterAlter['cleanup.policy']).toEqual(['delete', DEFAULT_CONFIG, false, true, false])
    expect(grown).toBeNull()
    expect(shrunk).toBe(ErrorCode.INVALID_PARTITIONS)
    expect(Object.values(deleted)).toEqual([null, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION])
    counts = await partitionCounts(broker.bootstrap)
    expect(counts.has(topic)).toBe(false)
  })

  it('config changes apply live: max.message.bytes refuses a larger record at once, and allows it again', async () => {
    const topic = uniqueTopic('live-config')
    await ckAdmin(broker.bootstrap, [
      { op: 'create', topics: [{ name: topic, config: { 'max.message.bytes': '200' } }] },
    ])
    const big: Rec = { k: null, v: hex(Buffer.alloc(500, 0x61)), h: [], p: 0 }
    const retryless = { 'message.send.max.retries': 0 }
    await expect(produce('confluent-kafka', broker.bootstrap, topic, [big], { config: retryless })).rejects.toThrow(
      /MSG_SIZE_TOO_LARGE|too large/i,
    )
    expect(
      await ckAdmin(broker.bootstrap, [{ op: 'alter', topic, config: { 'max.message.bytes': '100000' } }]),
    ).toEqual([null])
    expect(await produce('confluent-kafka', broker.bootstrap, topic, [big], { config: retryless })).toEqual([[0, 0]])
    const got = await consume('kafka-python', broker.bootstrap, topic, { count: 1 })
    expect(got.map((r) => [r.o, r.v])).toEqual([[0, big.v]])
  })
})

describe('kafka-python KafkaAdminClient and @platformatic/kafka Admin', () => {
  it('kafka-python: create with configs, describe, delete', async () => {
    const topic = uniqueTopic('kp-admin')
    const [created, described, duplicate, deleted] = (await kpAdmin(broker.bootstrap, [
      { op: 'create', topics: [{ name: topic, partitions: 2, config: { 'retention.ms': '5000' } }] },
      { op: 'describe', topic },
      { op: 'create', topics: [{ name: topic }] },
      { op: 'delete', topics: [topic] },
    ])) as [
      Record<string, number | null>,
      Record<string, ConfigEntry>,
      Record<string, number | null>,
      Record<string, number | null>,
    ]
    expect(created).toEqual({ [topic]: null })
    expect(described['retention.ms']).toEqual(['5000', DYNAMIC_TOPIC_CONFIG, false, false, false])
    expect(described['segment.bytes']).toEqual(['1073741824', DEFAULT_CONFIG, false, true, false])
    expect(duplicate).toEqual({ [topic]: ErrorCode.TOPIC_ALREADY_EXISTS })
    expect(deleted).toEqual({ [topic]: null })
    expect((await partitionCounts(broker.bootstrap)).has(topic)).toBe(false)
  })

  it('@platformatic/kafka: createTopics, listTopics, createPartitions, produce to every partition, deleteTopics', async () => {
    const topic = uniqueTopic('plt-admin')
    const admin = new Admin({ clientId: 'oxbow-it', bootstrapBrokers: [broker.bootstrap] })
    try {
      const created = await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1 })
      expect(created.map((t) => [t.name, t.partitions, t.replicas])).toEqual([[topic, 2, 1]])
      expect(await admin.listTopics()).toContain(topic)
      await admin.createPartitions({ topics: [{ name: topic, count: 4 }] })
      expect((await partitionCounts(broker.bootstrap)).get(topic)).toBe(4)
      const written: Rec[] = [0, 1, 2, 3].map((p) => ({ k: null, v: hex(`to ${p}`), h: [], p }))
      expect(await produce('platformatic', broker.bootstrap, topic, written)).toEqual([
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 0],
      ])
      const got = await consume('confluent-kafka', broker.bootstrap, topic, { count: 4 })
      expect(got.map((r) => [r.p, r.o, r.v])).toEqual(written.map((r) => [r.p, 0, r.v]))
      await admin.deleteTopics({ topics: [topic] })
      expect(await admin.listTopics()).not.toContain(topic)
    } finally {
      await admin.close()
    }
  })
})

describe('admin state survives restarts', () => {
  it('created topics, partition counts, configs and deletions after SIGTERM and kill -9', async () => {
    let current = await BrokerProcess.start()
    try {
      const kept = uniqueTopic('kept')
      const gone = uniqueTopic('gone')
      await ckAdmin(current.bootstrap, [
        { op: 'create', topics: [{ name: kept, partitions: 2, config: { 'retention.ms': '777' } }, { name: gone }] },
        { op: 'partitions', topic: kept, count: 3 },
        { op: 'alter', topic: kept, config: { 'retention.ms': '888', 'segment.ms': '3600000' } },
        { op: 'delete', topics: [gone] },
      ])
      const check = async () => {
        const counts = await partitionCounts(current.bootstrap)
        expect(counts.get(kept)).toBe(3)
        expect(counts.has(gone)).toBe(false)
        const [described] = (await ckAdmin(current.bootstrap, [{ op: 'describe', topic: kept }])) as [
          Record<string, ConfigEntry>,
        ]
        expect(described['retention.ms']?.[0]).toBe('888')
        expect(described['segment.ms']?.[0]).toBe('3600000')
      }
      await check()
      expect(await current.stop()).toBe(0)
      current = await current.restart()
      await check()
      await current.kill()
      current = await current.restart()
      await check()
      // The deleted name can be used again.
      expect(await ckAdmin(current.bootstrap, [{ op: 'create', topics: [{ name: gone }] }])).toEqual([{ [gone]: null }])
    } finally {
      await current.cleanup()
    }
  })
})
