// Goal: a node that is not the active controller forwards admin requests to
// the one that is, as Kafka's ForwardingManager does: CreateTopics sent to B
// is decided by A (A's image gets the topic, B's answer is A's, a repeat is
// TOPIC_ALREADY_EXISTS), the other forwardable APIs we serve follow the same
// path, a controller that answers NOT_CONTROLLER is retried, and an
// unreachable controller ends in REQUEST_TIMED_OUT per topic after the
// channel's retry timeout. Internal topic creation (createTopics) takes the
// same way. A stock client (KafkaJS admin) creates topics through B.
// Method: two independent in-process nodes. A serves Envelope on a
// controller listener this test starts (the node's wiring does not yet);
// B believes A (node 1) is the active controller: its metadata log's
// isActiveController/activeControllerId are stubbed and its controller
// channel is a NodeClientPool to A's controller listener.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'
import { ControllerChannel, parseQuorumVoters } from '../../../src/broker/controller-channel.js'
import { createDispatcher } from '../../../src/broker/dispatch.js'
import { defineHandler, type Handler } from '../../../src/broker/handler.js'
import { envelopeHandler } from '../../../src/broker/handlers/58-envelope.js'
import { brokerHandlers } from '../../../src/broker/handlers/index.js'
import { producerIdManager } from '../../../src/broker/producer-ids.js'
import { createTopics } from '../../../src/broker/topic-creation.js'
import { allocateProducerIdBlock } from '../../../src/metadata/controller/producer-ids.js'
import { NodeClientPool } from '../../../src/network/client.js'
import { type Listener, startListener } from '../../../src/network/server.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { RawClient } from '../../support/raw-client.js'

/**
 * A stand-in for the controller's AllocateProducerIds handler (another file's
 * work): takes the next block without the broker epoch check, since B is not
 * registered in A's independent metadata.
 */
const allocateProducerIdsStub = defineHandler(apis.ALLOCATE_PRODUCER_IDS, {
  async handle(request, _context, broker) {
    const block = await broker.metadata.write((image) => allocateProducerIdBlock(image, request.brokerId))
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      producerIdStart: BigInt(block.firstProducerId),
      producerIdLen: block.size,
    }
  },
})

let dirs: string[] = []
let a: RunningNode
let b: RunningNode
let aController: Listener
let client: RawClient

beforeAll(async () => {
  dirs = [mkdtempSync(join(tmpdir(), 'oxbow-fwd-a-')), mkdtempSync(join(tmpdir(), 'oxbow-fwd-b-'))]
  a = await startNode({ dataDir: dirs[0], port: 0, properties: { 'node.id': '1' } })
  const controllerHandlers = new Map<number, Handler>([
    ...brokerHandlers,
    [58, envelopeHandler as Handler],
    [67, allocateProducerIdsStub as Handler],
  ])
  const dispatch = createDispatcher(a.broker, controllerHandlers)
  aController = await startListener({ name: 'CONTROLLER', host: '127.0.0.1', port: 0, handler: dispatch })
  // B runs its own single-voter quorum; the test points its controller channel at A (makeBFollow).
  b = await startNode({ dataDir: dirs[1], port: 0, properties: { 'node.id': '2' } })
  client = await RawClient.connect(b.port)
})

afterAll(async () => {
  client.close()
  await b.broker.controllerChannel?.close()
  await b.close()
  await aController.close()
  await a.close()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** B believes `controllerId` is the active controller; its channel retries for `retryTimeoutMs`. */
function makeBFollow(controllerId: number | null, retryTimeoutMs = 5000): void {
  vi.spyOn(b.broker.metadata, 'isActiveController').mockReturnValue(false)
  vi.spyOn(b.broker.metadata, 'activeControllerId').mockReturnValue(controllerId)
  const voters = parseQuorumVoters(`1@127.0.0.1:${aController.port}`)
  b.broker.controllerChannel = new ControllerChannel({
    transport: new NodeClientPool((id) => voters.get(id) ?? null, { clientId: 'broker-2-forwarding' }),
    activeControllerId: () => b.broker.metadata.activeControllerId(),
    retryTimeoutMs,
    retryBackoffMs: 20,
  })
}

afterEach(async () => {
  vi.restoreAllMocks()
  await b.broker.controllerChannel?.close()
  b.broker.controllerChannel = null
})

const topic = (name: string, numPartitions = 2) => ({
  name,
  numPartitions,
  replicationFactor: -1,
  assignments: [],
  configs: [{ name: 'cleanup.policy', value: 'compact' }],
})

it('CreateTopics sent to B is decided by A; a repeat is TOPIC_ALREADY_EXISTS', async () => {
  makeBFollow(1)
  const first = await client.requestWith(apis.CREATE_TOPICS, 7, { topics: [topic('fwd-one')], timeoutMs: 5000 })
  const created = a.broker.image.topicsByName.get('fwd-one')
  expect(created?.partitions.length).toBe(2)
  expect(b.broker.image.topicsByName.has('fwd-one')).toBe(false)
  expect(first.topics.map((t) => [t.name, t.errorCode, t.numPartitions, t.replicationFactor])).toEqual([
    ['fwd-one', ErrorCode.NONE, 2, 1],
  ])
  expect(first.topics[0]?.topicId.equals(created?.topicId ?? Buffer.alloc(0))).toBe(true)
  // Non-flexible v4 (request header v1, response header v0) passes through as well.
  const again = await client.requestWith(apis.CREATE_TOPICS, 4, { topics: [topic('fwd-one')], timeoutMs: 5000 })
  expect(again.topics.map((t) => [t.name, t.errorCode, t.errorMessage])).toEqual([
    ['fwd-one', ErrorCode.TOPIC_ALREADY_EXISTS, "Topic 'fwd-one' already exists."],
  ])
})

it('CreatePartitions, IncrementalAlterConfigs and DeleteTopics reach A too', async () => {
  makeBFollow(1)
  await client.requestWith(apis.CREATE_TOPICS, 7, { topics: [topic('fwd-two', 1)], timeoutMs: 5000 })
  const partitions = await client.requestWith(apis.CREATE_PARTITIONS, 3, {
    topics: [{ name: 'fwd-two', count: 3, assignments: null }],
    timeoutMs: 5000,
  })
  expect(partitions.results.map((r) => [r.name, r.errorCode])).toEqual([['fwd-two', ErrorCode.NONE]])
  expect(a.broker.image.topicsByName.get('fwd-two')?.partitions.length).toBe(3)
  const alter = await client.requestWith(apis.INCREMENTAL_ALTER_CONFIGS, 1, {
    resources: [
      {
        resourceType: 2,
        resourceName: 'fwd-two',
        configs: [{ name: 'retention.ms', configOperation: 0, value: '1000' }],
      },
    ],
  })
  expect(alter.responses.map((r) => [r.resourceName, r.errorCode])).toEqual([['fwd-two', ErrorCode.NONE]])
  expect(a.broker.topicLogConfig('fwd-two').retentionMs).toBe(1000)
  const deleted = await client.requestWith(apis.DELETE_TOPICS, 6, {
    topics: [{ name: 'fwd-two', topicId: Buffer.alloc(16) }],
    timeoutMs: 5000,
  })
  expect(deleted.responses.map((r) => [r.name, r.errorCode])).toEqual([['fwd-two', ErrorCode.NONE]])
  expect(a.broker.image.topicsByName.has('fwd-two')).toBe(false)
})

it('a controller answering NOT_CONTROLLER is asked again until it is active', async () => {
  makeBFollow(1)
  const spy = vi.spyOn(a.broker.metadata, 'isActiveController')
  spy.mockReturnValueOnce(false).mockReturnValueOnce(false)
  const response = await client.requestWith(apis.CREATE_TOPICS, 7, { topics: [topic('fwd-three')], timeoutMs: 5000 })
  expect(response.topics.map((t) => [t.name, t.errorCode])).toEqual([['fwd-three', ErrorCode.NONE]])
  // Two Envelopes refused (the mocked answers were used), then a third served. A's background
  // controller tasks ask too, so only the first answers are pinned.
  expect(spy.mock.results.slice(0, 2).map((r) => r.value)).toEqual([false, false])
  expect(spy.mock.calls.length).toBeGreaterThanOrEqual(3)
})

it('an unreachable controller: REQUEST_TIMED_OUT per topic after the retry timeout', async () => {
  makeBFollow(3, 300) // node 3 is no voter: no address
  const started = performance.now()
  const response = await client.requestWith(apis.CREATE_TOPICS, 7, {
    topics: [topic('fwd-never-a'), topic('fwd-never-b')],
    timeoutMs: 5000,
  })
  expect(performance.now() - started).toBeGreaterThanOrEqual(290)
  expect(response.topics.map((t) => [t.name, t.errorCode, t.errorMessage])).toEqual([
    ['fwd-never-a', ErrorCode.REQUEST_TIMED_OUT, 'The request timed out.'],
    ['fwd-never-b', ErrorCode.REQUEST_TIMED_OUT, 'The request timed out.'],
  ])
  // A controller listener that is down: the same, with connect failures retried.
  await b.broker.controllerChannel?.close()
  const closedPort = await freePort()
  b.broker.controllerChannel = new ControllerChannel({
    transport: new NodeClientPool(() => ({ host: '127.0.0.1', port: closedPort }), {
      clientId: 'x',
      reconnectBackoffMs: 10,
    }),
    activeControllerId: () => 1,
    retryTimeoutMs: 300,
    retryBackoffMs: 20,
  })
  const down = await client.requestWith(apis.DELETE_TOPICS, 4, { topicNames: ['fwd-one'], timeoutMs: 5000 })
  expect(down.responses.map((r) => [r.name, r.errorCode, r.errorMessage])).toEqual([
    ['fwd-one', ErrorCode.REQUEST_TIMED_OUT, null],
  ])
  expect(a.broker.image.topicsByName.has('fwd-one')).toBe(true)
})

it('without a controller channel the answer is NOT_CONTROLLER', async () => {
  vi.spyOn(b.broker.metadata, 'isActiveController').mockReturnValue(false)
  const response = await client.requestWith(apis.CREATE_PARTITIONS, 3, {
    topics: [{ name: 'whatever', count: 3, assignments: null }],
    timeoutMs: 5000,
  })
  expect(response.results.map((r) => [r.name, r.errorCode])).toEqual([['whatever', ErrorCode.NOT_CONTROLLER]])
})

it('non-forwardable APIs are served by B itself', async () => {
  makeBFollow(3, 300)
  const metadata = await client.requestWith(apis.METADATA, 12, { topics: null })
  expect(metadata.brokers.map((x) => x.nodeId)).toEqual([2])
})

it("internal topic creation on B goes to A's controller", async () => {
  makeBFollow(1)
  const [created] = await createTopics(b.broker, [{ name: 'fwd-internal', numPartitions: 4, replicationFactor: 1 }])
  expect([created?.name, created?.errorCode, created?.numPartitions]).toEqual(['fwd-internal', ErrorCode.NONE, 4])
  expect(created?.topicId.equals(a.broker.image.topicsByName.get('fwd-internal')?.topicId ?? Buffer.alloc(0))).toBe(
    true,
  )
  expect(b.broker.image.topicsByName.has('fwd-internal')).toBe(false)
  const [again] = await createTopics(b.broker, [{ name: 'fwd-internal', numPartitions: 4, replicationFactor: 1 }])
  expect(again?.errorCode).toBe(ErrorCode.TOPIC_ALREADY_EXISTS)
  makeBFollow(null, 200)
  const [timedOut] = await createTopics(b.broker, [{ name: 'fwd-internal-2', numPartitions: 1, replicationFactor: 1 }])
  expect(timedOut?.errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT)
})

it("producer id blocks on B come from A's controller (AllocateProducerIds)", async () => {
  makeBFollow(1)
  const before = a.broker.image.nextProducerId ?? 0
  const first = await producerIdManager(b.broker).generateProducerId()
  const second = await producerIdManager(b.broker).generateProducerId()
  expect([first, second]).toEqual([before, before + 1])
  expect(a.broker.image.nextProducerId).toBe(before + 1000)
  expect(b.broker.image.nextProducerId ?? 0).toBe(0)
})

it('KafkaJS admin createTopics against B succeeds, and A has the topic', async () => {
  makeBFollow(1)
  const admin = new Kafka({ clientId: 'fwd-admin', brokers: [b.bootstrap], logLevel: logLevel.NOTHING }).admin()
  await admin.connect()
  try {
    // waitForLeaders: false, as B's own image never learns of A's topics (two independent nodes here).
    const created = await admin.createTopics({
      topics: [{ topic: 'fwd-kafkajs', numPartitions: 3 }],
      waitForLeaders: false,
    })
    expect(created).toBe(true)
    expect(a.broker.image.topicsByName.get('fwd-kafkajs')?.partitions.length).toBe(3)
    const again = admin.createTopics({ topics: [{ topic: 'fwd-kafkajs', numPartitions: 3 }], waitForLeaders: false })
    await expect(again).resolves.toBe(false)
  } finally {
    await admin.disconnect()
  }
})

async function freePort(): Promise<number> {
  const listener = await startListener({ name: 'X', host: '127.0.0.1', port: 0, handler: () => ({ kind: 'none' }) })
  const port = listener.port
  await listener.close()
  return port
}
