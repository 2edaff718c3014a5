// Goal: committed offsets and group metadata survive a node restart, and a consumer of the group
// resumes exactly after the last commit. Method: an in-process node on a temp dir; a KafkaJS
// consumer reads part of a topic and commits an offset by hand, the node is closed while another
// member's JoinGroup is parked (close must answer it, never hang), a new node is started on the
// same dir, and a new KafkaJS consumer of the group must start at the committed offset.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { RawClient } from '../../support/raw-client.js'
import { createTopic } from '../../support/topics.js'

const PROPERTIES = { 'group.initial.rebalance.delay.ms': '0', 'offsets.topic.num.partitions': '5' }

let dir: string
let node: RunningNode | undefined

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-groups-restart-'))
})

afterAll(async () => {
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

function client(n: RunningNode): Kafka {
  return new Kafka({ clientId: 'restart-test', brokers: [n.bootstrap], logLevel: logLevel.NOTHING })
}

async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('restart', () => {
  it('committed offsets survive a restart and a new consumer resumes exactly after the last commit', async () => {
    node = await startNode({ dataDir: dir, port: 0, properties: PROPERTIES })
    await createTopic(node, 'resume', 1)
    const kafka = client(node)
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic: 'resume', messages: Array.from({ length: 10 }, (_, i) => ({ value: `m${i}` })) })
    await producer.disconnect()

    const first = kafka.consumer({ groupId: 'resume-group', maxWaitTimeInMs: 100, heartbeatInterval: 300 })
    const seen: string[] = []
    await first.connect()
    await first.subscribe({ topic: 'resume', fromBeginning: true })
    await first.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        seen.push(message.offset)
      },
    })
    await until('10 messages', () => seen.length === 10)
    await first.commitOffsets([{ topic: 'resume', partition: 0, offset: '6', metadata: 'up-to-6' }])
    await first.disconnect()

    // A JoinGroup parked at close gets an answer (the new member waits for the join phase).
    const raw = await RawClient.connect(node.port)
    const stable = await raw.request(apis.JOIN_GROUP, 3, {
      groupId: 'parked-group',
      sessionTimeoutMs: 10_000,
      rebalanceTimeoutMs: 30_000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
      reason: null,
    })
    expect(stable.errorCode).toBe(ErrorCode.NONE)
    const other = await RawClient.connect(node.port)
    const parked = other.request(apis.JOIN_GROUP, 3, {
      groupId: 'parked-group',
      sessionTimeoutMs: 10_000,
      rebalanceTimeoutMs: 30_000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
      reason: null,
    })
    await until('the join to park', () => node!.broker.groupCoordinator.parkedCount === 1)
    const closing = Date.now()
    await node.close()
    expect(Date.now() - closing).toBeLessThan(5_000)
    expect([ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE]).toContain((await parked).errorCode)
    raw.close()
    other.close()

    node = await startNode({ dataDir: dir, port: 0, properties: PROPERTIES })
    const fetch = await RawClient.connect(node.port)
    const offsets = await fetch.request(apis.OFFSET_FETCH, 7, {
      groupId: 'resume-group',
      topics: [{ name: 'resume', partitionIndexes: [0] }],
      groups: [],
      requireStable: false,
    })
    fetch.close()
    expect(offsets.topics[0]?.partitions[0]).toMatchObject({ committedOffset: 6n, metadata: 'up-to-6', errorCode: 0 })

    const second = client(node).consumer({ groupId: 'resume-group', maxWaitTimeInMs: 100, heartbeatInterval: 300 })
    const resumed: string[] = []
    await second.connect()
    await second.subscribe({ topic: 'resume', fromBeginning: true })
    await second.run({
      eachMessage: async ({ message }) => {
        resumed.push(message.offset)
      },
    })
    await until('4 messages', () => resumed.length >= 4)
    await second.disconnect()
    expect(resumed).toEqual(['6', '7', '8', '9'])
  })
})
