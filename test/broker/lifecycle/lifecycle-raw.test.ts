// Goal: on a running node, the controller's broker lifecycle works end to
// end over the wire: a second (fake) broker registers fenced, unfences once
// its heartbeat reports the metadata offset of its registration, then shows
// in Metadata; CreateTopics with replication factor 2 places replicas on both
// brokers; when its heartbeats stop, it is fenced after
// broker.session.timeout.ms and the partitions it led move to node 1;
// AllocateProducerIds and duplicate registrations answer as Kafka's.
//
// Method: one in-process node (port 0, temp dir, broker.session.timeout.ms
// 600). Until the node serves lifecycleHandlers on its controller listener
// (the integrator's wiring), the test starts a listener of its own named
// CONTROLLER with a dispatcher over the broker's handlers plus
// lifecycleHandlers, and starts the controller's session timer
// (startControllerHeartbeats). Node 1 keeps its own session alive through
// startBrokerLifecycle over a RawClient to that listener (its incarnation is
// the one start-up registered, so its registration is kept, epoch and all).
// Broker 2 is raw frames. Waiting for the fence polls the image with a
// deadline (real timers: the session timer runs on the node's scheduler).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrokerLifecycle, startBrokerLifecycle } from '../../../src/broker/broker-lifecycle.js'
import { startControllerHeartbeats } from '../../../src/broker/controller-heartbeats.js'
import { createDispatcher } from '../../../src/broker/dispatch.js'
import { brokerHandlers } from '../../../src/broker/handlers/index.js'
import { lifecycleHandlers } from '../../../src/broker/handlers/lifecycle-handlers.js'
import { type Listener, startListener } from '../../../src/network/server.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { timerScheduler } from '../../../src/node/timer-scheduler.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { systemClock } from '../../../src/util/clock.js'
import { RawClient } from '../../support/raw-client.js'

const SESSION_TIMEOUT_MS = 600
const FEATURES = [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 21 }]
const INCARNATION_2 = Buffer.alloc(16, 0x22)

let dir: string
let node: RunningNode
let controller: Listener
let client: RawClient
let nodeOneClient: RawClient
let nodeOne: BrokerLifecycle
let stopSessions: () => void
let epoch2: bigint

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-lifecycle-'))
  node = await startNode({
    dataDir: dir,
    port: 0,
    properties: { 'broker.session.timeout.ms': String(SESSION_TIMEOUT_MS) },
  })
  const handlers = new Map([...brokerHandlers, ...lifecycleHandlers.map((h) => [h.api.apiKey, h] as const)])
  controller = await startListener({
    name: 'CONTROLLER',
    host: '127.0.0.1',
    port: 0,
    handler: createDispatcher(node.broker, handlers),
  })
  stopSessions = startControllerHeartbeats(node.broker, timerScheduler)
  client = await RawClient.connect(controller.port)
  nodeOneClient = await RawClient.connect(controller.port)
  const one = node.broker.image.brokers.get(1)!
  nodeOne = startBrokerLifecycle({
    nodeId: 1,
    clusterId: node.clusterId,
    incarnationId: one.incarnationId!,
    listeners: one.endpoints,
    rack: one.rack,
    features: one.supportedFeatures!,
    send: (api, version, body) => nodeOneClient.request(api, version, body),
    currentMetadataOffset: () => node.broker.image.offset,
    clock: systemClock,
    scheduler: timerScheduler,
    heartbeatIntervalMs: 100,
  })
})

afterAll(async () => {
  nodeOne.close()
  stopSessions()
  client.close()
  nodeOneClient.close()
  await controller.close()
  await node.close()
  rmSync(dir, { recursive: true, force: true })
})

async function metadata() {
  const kafka = await RawClient.connect(node.port)
  try {
    return await kafka.requestWith(apis.METADATA, 12, { topics: null })
  } finally {
    kafka.close()
  }
}

function heartbeat2(currentMetadataOffset: number) {
  return client.requestWith(apis.BROKER_HEARTBEAT, 1, {
    brokerId: 2,
    brokerEpoch: epoch2,
    currentMetadataOffset: BigInt(currentMetadataOffset),
  })
}

async function until(what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('broker lifecycle over the controller listener', () => {
  it('node 1 keeps its start-up registration (same incarnation: same epoch, no new record)', async () => {
    const epoch = node.broker.image.brokers.get(1)!.brokerEpoch!
    expect(await nodeOne.registered).toBe(epoch)
    await nodeOne.unfenced
  })

  it('a second broker registers fenced, is unfenced by a caught-up heartbeat, then listed by Metadata', async () => {
    const registration = await client.requestWith(apis.BROKER_REGISTRATION, 4, {
      brokerId: 2,
      clusterId: node.clusterId,
      incarnationId: INCARNATION_2,
      listeners: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 19092, securityProtocol: 0 }],
      features: FEATURES,
      rack: null,
    })
    const image = node.broker.image
    expect(registration).toMatchObject({ errorCode: ErrorCode.NONE, brokerEpoch: BigInt(image.offset) })
    epoch2 = registration.brokerEpoch
    expect(image.brokers.get(2)).toMatchObject({ fenced: true, brokerEpoch: epoch2, registrationOffset: image.offset })
    expect((await metadata()).brokers.map((b) => b.nodeId)).toEqual([1])

    expect(await heartbeat2(image.offset - 1)).toMatchObject({
      errorCode: ErrorCode.NONE,
      isCaughtUp: false,
      isFenced: true,
      shouldShutDown: false,
    })
    expect(await heartbeat2(image.offset)).toMatchObject({
      errorCode: ErrorCode.NONE,
      isCaughtUp: true,
      isFenced: false,
      shouldShutDown: false,
    })
    expect(node.broker.image.brokers.get(2)?.fenced).toBe(false)
    expect((await metadata()).brokers).toEqual([
      expect.objectContaining({ nodeId: 1, host: '127.0.0.1', port: node.port }),
      expect.objectContaining({ nodeId: 2, host: '127.0.0.1', port: 19092 }),
    ])
  })

  it('another incarnation of a live broker is DUPLICATE_BROKER_REGISTRATION; a stale epoch is STALE_BROKER_EPOCH', async () => {
    const duplicate = await client.requestWith(apis.BROKER_REGISTRATION, 4, {
      brokerId: 2,
      clusterId: node.clusterId,
      incarnationId: Buffer.alloc(16, 0x23),
      listeners: [],
      features: FEATURES,
      rack: null,
    })
    expect(duplicate).toMatchObject({ errorCode: ErrorCode.DUPLICATE_BROKER_REGISTRATION, brokerEpoch: -1n })
    const stale = await client.requestWith(apis.BROKER_HEARTBEAT, 1, { brokerId: 2, brokerEpoch: epoch2 - 1n })
    expect(stale).toMatchObject({ errorCode: ErrorCode.STALE_BROKER_EPOCH, isFenced: true })
    const wrongCluster = await client.requestWith(apis.BROKER_REGISTRATION, 4, {
      brokerId: 3,
      clusterId: 'not-this-one',
      incarnationId: Buffer.alloc(16, 0x33),
      features: FEATURES,
    })
    expect(wrongCluster.errorCode).toBe(ErrorCode.INCONSISTENT_CLUSTER_ID)
  })

  it('AllocateProducerIds: a block for a broker at its epoch, STALE_BROKER_EPOCH otherwise', async () => {
    const before = node.broker.image.nextProducerId ?? 0
    const block = await client.requestWith(apis.ALLOCATE_PRODUCER_IDS, 0, { brokerId: 2, brokerEpoch: epoch2 })
    expect(block).toMatchObject({ errorCode: ErrorCode.NONE, producerIdStart: BigInt(before), producerIdLen: 1000 })
    expect(node.broker.image.nextProducerId).toBe(before + 1000)
    const stale = await client.requestWith(apis.ALLOCATE_PRODUCER_IDS, 0, { brokerId: 2, brokerEpoch: 1n })
    expect(stale).toMatchObject({ errorCode: ErrorCode.STALE_BROKER_EPOCH, producerIdLen: 0 })
  })

  it('CreateTopics with replication factor 2 places on both; when broker 2 stops, it is fenced and its leaderships move', async () => {
    // Broker 2 heartbeats while the topic is created.
    const beating = setInterval(() => void heartbeat2(node.broker.image.offset).catch(() => {}), 100)
    try {
      const kafka = await RawClient.connect(node.port)
      const created = await kafka.requestWith(apis.CREATE_TOPICS, 7, {
        topics: [{ name: 'replicated', numPartitions: 4, replicationFactor: 2, assignments: [], configs: [] }],
        timeoutMs: 5000,
      })
      kafka.close()
      expect(created.topics[0]).toMatchObject({ errorCode: ErrorCode.NONE, numPartitions: 4, replicationFactor: 2 })
    } finally {
      clearInterval(beating)
    }
    const topic = () => node.broker.image.topicsByName.get('replicated')!
    expect(topic().partitions.map((p) => [[...p.replicas].sort(), [...p.isr].sort()])).toEqual(
      Array.from({ length: 4 }, () => [
        [1, 2],
        [1, 2],
      ]),
    )
    const ledBy2 = topic()
      .partitions.filter((p) => p.leader === 2)
      .map((p) => p.partition)
    expect(ledBy2.length).toBe(2)

    await until('broker 2 fenced', () => node.broker.image.brokers.get(2)?.fenced === true, 5 * SESSION_TIMEOUT_MS)
    expect(node.broker.image.brokers.get(1)?.fenced).toBe(false)
    for (const p of topic().partitions) {
      expect({ partition: p.partition, leader: p.leader, isr: p.isr }).toEqual({
        partition: p.partition,
        leader: 1,
        isr: [1],
      })
      if (ledBy2.includes(p.partition)) expect(p.leaderEpoch).toBe(1)
      else expect(p.leaderEpoch).toBe(0)
    }
    const after = await metadata()
    expect(after.brokers.map((b) => b.nodeId)).toEqual([1])
    expect(after.topics.find((t) => t.name === 'replicated')?.partitions.map((p) => p.leaderId)).toEqual([1, 1, 1, 1])
  })
})
