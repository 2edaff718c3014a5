// Goal: metadata snapshots in a running cluster (KIP-630). A voter stopped while the others
// snapshot past its position comes back and catches up by FetchSnapshot, then the log: its image
// equals the leader's, without the topic deleted while it was away. A
// broker-only fourth node (an observer of the quorum, no controller listener) started after the
// snapshots exist gets all metadata by snapshot and log, registers, and is listed in Metadata.
// Method: three in-process combined nodes (startNode, fixed free ports in controller.quorum.voters,
// as three-nodes.test.ts) with metadata.log.max.record.bytes.between.snapshots=2000, every node
// running startMetadataSnapshots; topics created with raw CreateTopics requests. Images are
// compared whole, except brokers' registration and controlled-shutdown offsets, which a loaded
// snapshot sets to its own offset (as Kafka's controller replays one).
import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { MAX_BYTES_BETWEEN_SNAPSHOTS, startMetadataSnapshots } from '../../../src/broker/metadata-snapshots.js'
import type { BrokerImage, MetadataImage } from '../../../src/metadata/image.js'
import type { RunningNode } from '../../../src/node/start-node.js'
import { timerScheduler } from '../../../src/node/timer-scheduler.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import type { RaftDriver } from '../../../src/raft/driver.js'
import { systemClock } from '../../../src/util/clock.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { RawClient } from '../../support/raw-client.js'

const stopSnapshots = new Map<number, () => void>()

/** Every node runs startMetadataSnapshots from its start to its stop. */
class SnapshottingCluster extends InProcessCluster {
  override async start(nodeId: number): Promise<RunningNode> {
    const node = await super.start(nodeId)
    // Shared with start-node's own generator once it starts one (one per metadata log).
    stopSnapshots.set(
      nodeId,
      startMetadataSnapshots({
        metadata: node.broker.metadata,
        quorum: quorumOf(node),
        properties: node.broker.config.properties,
        scheduler: timerScheduler,
        clock: systemClock,
        logger: node.broker.logger,
      }),
    )
    return node
  }

  override async stop(nodeId: number): Promise<void> {
    stopSnapshots.get(nodeId)?.()
    stopSnapshots.delete(nodeId)
    await super.stop(nodeId)
  }
}

const cluster = new SnapshottingCluster({
  name: 'snapshots',
  clusterId: 'snapshot-test-cluster-0',
  ids: [1, 2, 3, 4],
  voters: [1, 2, 3],
  initial: [1, 2, 3],
  properties: { [MAX_BYTES_BETWEEN_SNAPSHOTS]: '2000' },
  // Node 4 is broker-only: an observer of the quorum, no controller listener.
  nodeProperties: (nodeId, port): Record<string, string> =>
    nodeId > 3 ? { 'process.roles': 'broker', listeners: `PLAINTEXT://127.0.0.1:${port}` } : {},
  waitMs: 15_000,
})
const nodes = cluster.nodes

beforeAll(() => cluster.startAll(), 60_000)

afterAll(async () => {
  for (const id of [...nodes.keys()]) await cluster.stop(id)
  await cluster.close()
})

function quorumOf(n: RunningNode): RaftDriver {
  const quorum = n.broker.raft
  if (quorum === null) throw new Error(`node ${n.nodeId} has no quorum driver`)
  return quorum
}

/** The image as any node holds it, whatever the snapshots it loaded (see the header). */
function comparable(image: MetadataImage) {
  const brokers = [...image.brokers.values()].map(
    ({ registrationOffset: _r, controlledShutdownOffset: _c, ...rest }: BrokerImage) => rest,
  )
  return { ...image, brokers }
}

async function createTopics(via: RunningNode, names: string[], retentionMs: string): Promise<void> {
  const client = await RawClient.connect(via.port)
  try {
    const created = await client.requestWith(apis.CREATE_TOPICS, 7, {
      topics: names.map((name) => ({
        name,
        numPartitions: 3,
        replicationFactor: 2,
        assignments: [],
        configs: [{ name: 'retention.ms', value: retentionMs }],
      })),
      timeoutMs: 10_000,
      validateOnly: false,
    })
    expect(created.topics.map((t) => t.errorCode)).toEqual(names.map(() => ErrorCode.NONE))
  } finally {
    client.close()
  }
}

async function deleteTopic(via: RunningNode, name: string): Promise<void> {
  const client = await RawClient.connect(via.port)
  try {
    const deleted = await client.requestWith(apis.DELETE_TOPICS, 6, {
      topicNames: [],
      topics: [{ name, topicId: Buffer.alloc(16) }],
      timeoutMs: 10_000,
    })
    expect(deleted.responses.map((r) => r.errorCode)).toEqual([ErrorCode.NONE])
  } finally {
    client.close()
  }
}

function checkpoints(n: RunningNode): bigint[] {
  const dir = quorumOf(n).log.partition.dir
  return readdirSync(dir)
    .filter((f) => f.endsWith('.checkpoint'))
    .map((f) => BigInt(f.slice(0, 20)))
}

it('a voter back after the others snapshotted past its position catches up by FetchSnapshot', async () => {
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect([...n.broker.image.brokers.keys()].sort()).toEqual([1, 2, 3])
  })
  const leader = cluster.activeController()
  await createTopics(leader, ['early-a', 'early-b'], '1000')
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect(n.broker.image.topicsByName.has('early-b')).toBe(true)
  })
  const behindId = ([1, 2, 3].find((id) => id !== leader.nodeId) as number) ?? 0
  const behind = cluster.node(behindId)
  await cluster.stop(behindId)
  // Where its next Fetch would start.
  const leftAt = quorumOf(behind).log.endOffset()

  // Enough metadata for several snapshots, and a deletion the stopped node has not seen.
  for (let round = 0; round < 4; round++) {
    await createTopics(
      cluster.activeController(),
      Array.from({ length: 5 }, (_, i) => `later-${round}-${i}`),
      String(2000 + round),
    )
  }
  await deleteTopic(cluster.activeController(), 'early-a')
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      expect(quorumOf(n).log.logStartOffset()).toBeGreaterThan(leftAt)
      expect(n.broker.image.topicsByName.has('early-a')).toBe(false)
    }
  })

  const back = await cluster.start(behindId)
  const quorum = quorumOf(back)
  await cluster.eventually(() => {
    const lead = cluster.activeController()
    expect(quorum.deliveredOffset()).toBe(quorumOf(lead).deliveredOffset())
    expect(comparable(back.broker.image)).toStrictEqual(comparable(lead.broker.image))
  })
  // It could only have got there by a snapshot: the leader's log no longer holds its next entry.
  expect(quorum.log.logStartOffset()).toBeGreaterThan(leftAt)
  expect(checkpoints(back).length).toBe(1)
  expect(back.broker.image.topicsByName.get('later-3-4')?.partitions.length).toBe(3)
  expect(back.broker.image.configs.get('2:later-2-0')).toEqual(new Map([['retention.ms', '2002']]))
  expect(back.broker.image.topicsByName.has('early-a')).toBe(false)
}, 60_000)

it('a broker-only node joining after the snapshots gets all metadata, registers and is listed', async () => {
  const leader = cluster.activeController()
  expect(quorumOf(leader).log.logStartOffset()).toBeGreaterThan(0n)
  const observer = await cluster.start(4)
  expect(observer.broker.metadata.isActiveController()).toBe(false)
  await cluster.eventually(() => {
    const lead = cluster.activeController()
    expect(comparable(observer.broker.image)).toStrictEqual(comparable(lead.broker.image))
    expect(observer.broker.image.brokers.get(4)?.fenced).toBe(false)
  })
  expect(quorumOf(observer).log.logStartOffset()).toBeGreaterThan(0n)
  expect(observer.broker.image.topicsByName.has('later-0-0')).toBe(true)
  expect(observer.broker.image.topicsByName.has('early-a')).toBe(false)

  for (const n of [observer, leader]) {
    const client = await RawClient.connect(n.port)
    try {
      const metadata = await client.requestWith(apis.METADATA, 12, {
        topics: null,
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      })
      expect(metadata.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2, 3, 4])
      expect(metadata.topics.some((t) => t.name === 'later-1-1')).toBe(true)
    } finally {
      client.close()
    }
  }
}, 60_000)
