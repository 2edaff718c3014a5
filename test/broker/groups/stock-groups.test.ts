// Goal: stock consumer groups rebalance, consume and commit against the group coordinator as
// they do against Kafka. Method: one in-process node (5 offsets partitions, no initial rebalance
// delay). A KafkaJS group of 3 on a 6-partition topic must get disjoint, complete assignments
// and consume every message produced while it is stable exactly once; when one member leaves its
// partitions move and nothing is lost. DescribeGroups/ListGroups (KafkaJS admin) show the members,
// assignments and committed offsets (lag = end - committed). Then an @platformatic/kafka group
// (the newest API versions), a librdkafka group on cooperative-sticky and a kafka-python group
// (both in test/broker/groups/py) consume everything and commit.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MessagesStreamModes, Consumer as PlatformaticConsumer, stringDeserializers } from '@platformatic/kafka'
import { type Consumer, Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { runJson } from '../../support/process.js'
import { RawClient } from '../../support/raw-client.js'
import { createTopic } from '../../support/topics.js'

const PYTHON = '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('./py/group_clients.py', import.meta.url))
const havePython = existsSync(PYTHON)

let dir: string
let node: RunningNode
let kafka: Kafka

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-groups-stock-'))
  node = await startNode({
    dataDir: dir,
    port: 0,
    properties: { 'group.initial.rebalance.delay.ms': '0', 'offsets.topic.num.partitions': '5' },
  })
  kafka = new Kafka({ clientId: 'groups-test', brokers: [node.bootstrap], logLevel: logLevel.NOTHING })
})

afterAll(async () => {
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function until(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function produce(topic: string, from: number, count: number): Promise<void> {
  const producer = kafka.producer()
  await producer.connect()
  const messages = Array.from({ length: count }, (_, i) => ({ key: `k${from + i}`, value: `m${from + i}` }))
  await producer.send({ topic, messages })
  await producer.disconnect()
}

interface Member {
  readonly consumer: Consumer
  /** The partitions of the latest assignment this member joined with. */
  partitions: number[]
  readonly values: string[]
}

async function startMember(topic: string, groupId: string): Promise<Member> {
  // KafkaJS heartbeats only between fetches: a short long-poll keeps rebalances quick.
  const consumer = kafka.consumer({
    groupId,
    sessionTimeout: 10_000,
    heartbeatInterval: 300,
    rebalanceTimeout: 10_000,
    maxWaitTimeInMs: 100,
  })
  const member: Member = { consumer, partitions: [], values: [] }
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    member.partitions = [...(e.payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b)
  })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  await consumer.run({
    eachMessage: async ({ message }) => {
      member.values.push(message.value?.toString() ?? '')
    },
  })
  return member
}

/** Every member holds its share (round robin) and together they hold each partition once. */
function stableAssignment(members: Member[], partitionCount: number): boolean {
  const all = members.flatMap((m) => m.partitions)
  const share = partitionCount / members.length
  return members.every((m) => m.partitions.length === share) && new Set(all).size === partitionCount
}

describe('KafkaJS group', () => {
  it('3 members get disjoint complete assignments, consume exactly once, and a leaving member hands over', async () => {
    await createTopic(node, 'kjs', 6)
    const members = [await startMember('kjs', 'kjs-group'), await startMember('kjs', 'kjs-group')]
    members.push(await startMember('kjs', 'kjs-group'))
    await until('a stable 3-member assignment', () => stableAssignment(members, 6))

    await produce('kjs', 0, 300)
    const all = () => members.flatMap((m) => m.values)
    await until('300 messages', () => all().length >= 300)
    await new Promise((r) => setTimeout(r, 300))
    expect(all().sort()).toEqual(Array.from({ length: 300 }, (_, i) => `m${i}`).sort())

    // The admin view of the stable group, as `kafka-consumer-groups --describe` shows it.
    const admin = kafka.admin()
    await admin.connect()
    const described = await admin.describeGroups(['kjs-group'])
    const group = described.groups[0]!
    expect(group).toMatchObject({
      groupId: 'kjs-group',
      state: 'Stable',
      protocolType: 'consumer',
      protocol: 'RoundRobinAssigner',
    })
    expect(group.members).toHaveLength(3)
    for (const m of group.members) expect(m).toMatchObject({ clientId: 'groups-test', clientHost: '/127.0.0.1' })
    const listed = await admin.listGroups()
    expect(listed.groups).toContainEqual({ groupId: 'kjs-group', protocolType: 'consumer' })

    // One member leaves: the other two take its partitions and nothing is lost.
    const leaving = members.pop()!
    await leaving.consumer.disconnect()
    await until('a stable 2-member assignment', () => stableAssignment(members, 6))
    await produce('kjs', 300, 300)
    const expected = Array.from({ length: 600 }, (_, i) => `m${i}`)
    const consumed = () => new Set([...all(), ...leaving.values])
    await until('600 distinct messages', () => expected.every((v) => consumed().has(v)))

    // Committed offsets reach the end of every partition (lag 0) once the members commit.
    const ends = await admin.fetchTopicOffsets('kjs')
    const lag = async () => {
      const [committed] = await admin.fetchOffsets({ groupId: 'kjs-group', topics: ['kjs'] })
      return committed!.partitions.reduce((sum, p) => {
        const end = ends.find((e) => e.partition === p.partition)!
        return sum + Number(end.high) - Number(p.offset)
      }, 0)
    }
    const deadline = Date.now() + 10_000
    while ((await lag()) !== 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    expect(await lag()).toBe(0)
    expect(ends.reduce((sum, e) => sum + Number(e.high), 0)).toBe(600)

    for (const m of members) await m.consumer.disconnect()
    const empty = await admin.describeGroups(['kjs-group'])
    expect(empty.groups[0]).toMatchObject({ state: 'Empty', members: [] })
    await admin.disconnect()
  })
})

describe('@platformatic/kafka group', () => {
  it('joins with the newest versions (JoinGroup v9, OffsetCommit v9, OffsetFetch v9), consumes and commits', async () => {
    await createTopic(node, 'plt', 3)
    await produce('plt', 0, 30)
    const consumer = new PlatformaticConsumer({
      groupId: 'plt-group',
      clientId: 'plt',
      bootstrapBrokers: [node.bootstrap],
      deserializers: stringDeserializers,
      maxWaitTime: 100,
    })
    try {
      const stream = await consumer.consume({
        autocommit: false,
        topics: ['plt'],
        mode: MessagesStreamModes.EARLIEST,
        sessionTimeout: 10_000,
        heartbeatInterval: 500,
      })
      const values: string[] = []
      for await (const message of stream) {
        values.push(String(message.value))
        await message.commit()
        if (values.length === 30) break
      }
      expect(values.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `m${i}`).sort())
      const committed = await consumer.listCommittedOffsets({ topics: [{ topic: 'plt', partitions: [0, 1, 2] }] })
      expect(committed.get('plt')).toEqual(logEnds('plt', 3))
    } finally {
      await consumer.close(true)
    }
  })
})

function runPython(args: string[]): Promise<unknown> {
  return runJson(PYTHON, [SCRIPT, ...args])
}

async function committedOffsets(groupId: string, topic: string, partitions: number): Promise<bigint[]> {
  const client = await RawClient.connect(node.port)
  const response = await client.request(apis.OFFSET_FETCH, 6, {
    groupId,
    topics: [{ name: topic, partitionIndexes: Array.from({ length: partitions }, (_, i) => i) }],
    groups: [],
    requireStable: false,
  })
  client.close()
  expect(response.errorCode).toBe(ErrorCode.NONE)
  return response.topics[0]!.partitions.map((p) => p.committedOffset)
}

function logEnds(topic: string, partitions: number): bigint[] {
  return Array.from({ length: partitions }, (_, p) =>
    BigInt(node.broker.logs.getLog({ topic, partition: p })!.logEndOffset),
  )
}

describe.skipIf(!havePython)('Python groups', () => {
  it('confluent-kafka (librdkafka) on cooperative-sticky rebalances incrementally, consumes everything and commits', async () => {
    await createTopic(node, 'ck', 4)
    await produce('ck', 0, 200)
    const result = (await runPython(['ck-cooperative', node.bootstrap, 'ck', 'ck-group', '200'])) as {
      distinct: number
      members: Array<{ name: string; events: Array<[string, number[]]>; assignment: number[]; count: number }>
    }
    expect(result.distinct).toBe(200)
    const [first, second] = result.members
    expect(first!.events[0]).toEqual(['assign', [0, 1, 2, 3]])
    // Cooperative: the first member gives up only what moves, never its whole assignment.
    const revoked = first!.events.filter(([kind]) => kind === 'revoke').flatMap(([, ps]) => ps)
    expect(revoked.length).toBeGreaterThan(0)
    expect(revoked.length).toBeLessThan(4)
    expect([...first!.assignment, ...second!.assignment].sort()).toEqual([0, 1, 2, 3])
    expect(second!.assignment).toEqual([...revoked].sort())
    expect(await committedOffsets('ck-group', 'ck', 4)).toEqual(logEnds('ck', 4))
  }, 60_000)

  it('kafka-python consumes everything in a group and commits', async () => {
    await createTopic(node, 'kp', 3)
    await produce('kp', 0, 90)
    const result = (await runPython(['kp-group', node.bootstrap, 'kp', 'kp-group', '90'])) as {
      distinct: number
      committed: Record<string, number>
      assignment: number[]
    }
    expect(result.distinct).toBe(90)
    expect(result.assignment).toEqual([0, 1, 2])
    const ends = logEnds('kp', 3)
    expect(result.committed).toEqual({ '0': Number(ends[0]), '1': Number(ends[1]), '2': Number(ends[2]) })
    expect(await committedOffsets('kp-group', 'kp', 3)).toEqual(ends)
  }, 60_000)
})
