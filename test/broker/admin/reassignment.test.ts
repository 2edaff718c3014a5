// Goal: `kafka-reassign-partitions.sh`'s requests work on a real cluster (KIP-455): a topic with
// data on nodes {1, 2} moves to {3, 4}; ListPartitionReassignments shows the move while a new
// replica is missing; once both new replicas are in the ISR the active controller completes it
// (replicas [3, 4], leader among them), nodes 3 and 4 hold the old leaders' bytes exactly, nodes 1
// and 2 delete their logs, and a KafkaJS consumer reads every message from the new leaders.
// A cancelled move reverts and the replica that was being added deletes its log. Errors come back
// with Kafka's codes, through forwarding as well as on the active controller.
// Method: four in-process combined nodes (four voters, as test/broker/cluster/three-nodes.test.ts);
// node 4 is stopped during the move so it stays in progress deterministically, then started again.
// KafkaJS (admin.alterPartitionReassignments / listPartitionReassignments, producer acks=-1,
// consumer) as the stock client; raw frames for cancellation and errors. python3-confluent-kafka
// 1.7.0 (Debian's) has no reassignment calls, so it is not used here.
import { existsSync } from 'node:fs'
import { Kafka, logLevel } from 'kafkajs'
import { expect, it } from 'vitest'
import type { RunningNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { RawClient } from '../../support/raw-client.js'
import { createAssignedTopic } from '../../support/raw-topics.js'
import { allBytes, logOn, partitionOn } from '../../support/replica-state.js'

const IDS = [1, 2, 3, 4]
const MOVED = 'moved'
const PARTIAL = 'partial'
const PER_PARTITION = 150
const cluster = InProcessCluster.forSuite({
  name: 'reassignment',
  ids: IDS,
  properties: { 'replica.fetch.backoff.ms': '100' },
  waitMs: 20_000,
})
const nodes = cluster.nodes

/** A node that is not the active controller: requests to it are forwarded. */
function follower(): RunningNode {
  const n = [...nodes.values()].find((candidate) => !candidate.broker.metadata.isActiveController())
  if (n === undefined) throw new Error('no node other than the active controller')
  return n
}

async function raw<T>(n: RunningNode, send: (client: RawClient) => Promise<T>): Promise<T> {
  const client = await RawClient.connect(n.port)
  try {
    return await send(client)
  } finally {
    client.close()
  }
}

function alterFrame(topics: { name: string; partitions: { partitionIndex: number; replicas: number[] | null }[] }[]) {
  return (client: RawClient) => client.requestWith(apis.ALTER_PARTITION_REASSIGNMENTS, 0, { timeoutMs: 30_000, topics })
}

function listFrame(topics: { name: string; partitionIndexes: number[] }[] | null) {
  return (client: RawClient) => client.requestWith(apis.LIST_PARTITION_REASSIGNMENTS, 0, { timeoutMs: 30_000, topics })
}

async function createTopic(name: string, assignments: number[][]): Promise<void> {
  const created = await createAssignedTopic(cluster.node(1).port, name, assignments)
  expect(created.topics.map((t) => [t.name, t.errorCode])).toEqual([[name, ErrorCode.NONE]])
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      for (const [p, replicas] of assignments.entries()) expect(partitionOn(n, name, p).isr).toEqual(replicas)
    }
  })
}

function kafka(n: RunningNode, clientId: string): Kafka {
  return new Kafka({ clientId, brokers: [n.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 20 } })
}

it('ApiVersions advertises AlterPartitionReassignments and ListPartitionReassignments v0', async () => {
  const versions = await raw(cluster.node(1), (client) => client.requestWith(apis.API_VERSIONS, 3, {}))
  const keys = versions.apiKeys.filter((k) => k.apiKey === 45 || k.apiKey === 46)
  expect(keys.map((k) => [k.apiKey, k.minVersion, k.maxVersion])).toEqual([
    [45, 0, 0],
    [46, 0, 0],
  ])
})

it("errors carry Kafka's codes and messages, forwarded or not", async () => {
  await createTopic('errors', [[1, 2]])
  for (const n of [follower(), [...nodes.values()].find((c) => c.broker.metadata.isActiveController())!]) {
    const answer = await raw(
      n,
      alterFrame([
        { name: 'missing', partitions: [{ partitionIndex: 0, replicas: [1] }] },
        {
          name: 'errors',
          partitions: [
            { partitionIndex: 3, replicas: [1, 2] },
            { partitionIndex: 0, replicas: [] },
            { partitionIndex: 0, replicas: [2, 2] },
            { partitionIndex: 0, replicas: [1, 9] },
            { partitionIndex: 0, replicas: null },
          ],
        },
      ]),
    )
    expect(answer.errorCode).toBe(ErrorCode.NONE)
    expect(answer.errorMessage).toBeNull()
    expect(answer.responses.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.errorCode])])).toEqual([
      ['missing', [[0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]],
      [
        'errors',
        [
          [3, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
          [0, ErrorCode.INVALID_REPLICA_ASSIGNMENT],
          [0, ErrorCode.INVALID_REPLICA_ASSIGNMENT],
          [0, ErrorCode.INVALID_REPLICA_ASSIGNMENT],
          [0, ErrorCode.NO_REASSIGNMENT_IN_PROGRESS],
        ],
      ],
    ])
    expect(answer.responses[1]?.partitions.map((p) => p.errorMessage)).toEqual([
      'Unable to find partition errors:3.',
      'The manual partition assignment includes an empty replica list.',
      'The manual partition assignment includes the broker 2 more than once.',
      'The manual partition assignment includes broker 9, but no such broker is registered.',
      'No partition reassignment is in progress.',
    ])
    const listed = await raw(
      n,
      listFrame([
        { name: 'missing', partitionIndexes: [0] },
        { name: 'errors', partitionIndexes: [0, 5] },
      ]),
    )
    expect(listed).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics: [] })
  }
  expect(partitionOn(cluster.node(1), 'errors', 0).replicas).toEqual([1, 2])
})

it("a non-active controller's controller listener answers NOT_CONTROLLER, at the top and per partition", async () => {
  const idle = follower()
  const client = await RawClient.connect(cluster.controllerPortOf(idle.nodeId))
  try {
    const altered = await alterFrame([{ name: 'errors', partitions: [{ partitionIndex: 0, replicas: [2, 1] }] }])(
      client,
    )
    const message = 'This is not the correct controller for this cluster.'
    expect(altered).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NOT_CONTROLLER,
      errorMessage: message,
      responses: [
        {
          name: 'errors',
          partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: message }],
        },
      ],
    })
    const listed = await listFrame(null)(client)
    expect([listed.errorCode, listed.errorMessage, listed.topics]).toEqual([ErrorCode.NOT_CONTROLLER, message, []])
  } finally {
    client.close()
  }
})

let before: { p0: Buffer; p1: Buffer; dirs: string[] }

it('a move from {1, 2} to {3, 4} is listed while node 4 is down; a move that needs only node 3 completes', async () => {
  await createTopic(MOVED, [
    [1, 2],
    [2, 1],
  ])
  await createTopic(PARTIAL, [[1, 2]])
  const producer = kafka(cluster.node(1), 'reassign-producer').producer()
  await producer.connect()
  for (let batch = 0; batch < 3; batch++) {
    const messages = Array.from({ length: PER_PARTITION / 3 }, (_, i) => i + (batch * PER_PARTITION) / 3).flatMap((i) =>
      [0, 1].map((partition) => ({ partition, key: `k${i}`, value: `p${partition}-${i}` })),
    )
    await producer.send({ topic: MOVED, acks: -1, messages })
  }
  await producer.send({ topic: PARTIAL, acks: -1, messages: [{ partition: 0, value: 'stays' }] })
  await producer.disconnect()
  // Both replicas hold everything: the leader's log is what the new replicas must end with.
  await cluster.eventually(() => {
    for (const p of [0, 1]) {
      const [a, b] = [1, 2].map((id) => allBytes(logOn(cluster.node(id), MOVED, p)))
      expect(a?.equals(b as Buffer)).toBe(true)
      expect(logOn(cluster.node(1), MOVED, p).logEndOffset).toBe(PER_PARTITION)
    }
  })
  before = {
    p0: allBytes(logOn(cluster.node(1), MOVED, 0)),
    p1: allBytes(logOn(cluster.node(2), MOVED, 1)),
    dirs: [1, 2].flatMap((id) => [0, 1].map((p) => logOn(cluster.node(id), MOVED, p).dir)),
  }

  await cluster.stop(4)
  const admin = kafka(cluster.node(1), 'reassign-admin').admin()
  await admin.connect()
  await admin.alterPartitionReassignments({
    topics: [
      {
        topic: MOVED,
        partitionAssignment: [
          { partition: 0, replicas: [3, 4] },
          { partition: 1, replicas: [4, 3] },
        ],
      },
      { topic: PARTIAL, partitionAssignment: [{ partition: 0, replicas: [1, 3] }] },
    ],
  })
  // Node 3 catches up and joins the ISRs; node 4 cannot, so the moves stay in progress.
  await cluster.eventually(() => {
    expect(partitionOn(cluster.node(1), MOVED, 0).isr).toContain(3)
    expect(partitionOn(cluster.node(1), MOVED, 1).isr).toContain(3)
    expect(partitionOn(cluster.node(1), PARTIAL, 0).isr).toContain(3)
  })
  const listed = await admin.listPartitionReassignments({ topics: [{ topic: MOVED, partitions: [0, 1] }] })
  expect(listed.topics).toEqual([
    {
      name: MOVED,
      partitions: [
        { partition: 0, replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] },
        { partition: 1, replicas: [4, 3, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] },
      ],
    },
  ])
  await admin.disconnect()
  // The partial move needs only node 3: it completes meanwhile, and node 2 drops its replica.
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      const p = partitionOn(n, PARTIAL, 0)
      expect([p.replicas, [...p.isr].sort(), p.leader, p.addingReplicas]).toEqual([[1, 3], [1, 3], 1, undefined])
    }
    expect(cluster.node(2).broker.logs.getLog({ topic: PARTIAL, partition: 0 })).toBeUndefined()
  })
  expect(allBytes(logOn(cluster.node(3), PARTIAL, 0)).equals(allBytes(logOn(cluster.node(1), PARTIAL, 0)))).toBe(true)
})

it('cancelling the move of partition 1 reverts it; node 3 deletes the log it had begun', async () => {
  const cancelled = await raw(
    follower(),
    alterFrame([{ name: MOVED, partitions: [{ partitionIndex: 1, replicas: null }] }]),
  )
  expect(cancelled.responses).toEqual([
    { name: MOVED, partitions: [{ partitionIndex: 1, errorCode: ErrorCode.NONE, errorMessage: null }] },
  ])
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      const p = partitionOn(n, MOVED, 1)
      // Kafka's revert keeps the merged order without the added replicas: [4, 3, 1, 2] -> [1, 2].
      expect([p.replicas, [...p.isr].sort(), p.leader, p.addingReplicas, p.removingReplicas]).toEqual([
        [1, 2],
        [1, 2],
        2,
        undefined,
        undefined,
      ])
    }
    expect(cluster.node(3).broker.logs.getLog({ topic: MOVED, partition: 1 })).toBeUndefined()
  })
  const again = await raw(
    follower(),
    alterFrame([{ name: MOVED, partitions: [{ partitionIndex: 1, replicas: null }] }]),
  )
  expect(again.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS)
  const listed = await raw(follower(), listFrame(null))
  expect(listed.topics).toEqual([
    {
      name: MOVED,
      partitions: [{ partitionIndex: 0, replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] }],
    },
  ])
  // Move partition 1 again, for the rest of the test.
  const moved = await raw(
    follower(),
    alterFrame([{ name: MOVED, partitions: [{ partitionIndex: 1, replicas: [4, 3] }] }]),
  )
  expect(moved.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE)
}, 30_000)

it('with node 4 back the moves complete: replicas {3, 4}, the same bytes, old logs deleted', async () => {
  await cluster.start(4)
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      const p0 = partitionOn(n, MOVED, 0)
      const p1 = partitionOn(n, MOVED, 1)
      expect([p0.replicas, [...p0.isr].sort(), p0.leader, p0.addingReplicas, p0.removingReplicas]).toEqual([
        [3, 4],
        [3, 4],
        3,
        undefined,
        undefined,
      ])
      expect([p1.replicas, [...p1.isr].sort(), p1.leader]).toEqual([[4, 3], [3, 4], 4])
    }
  }, 30_000)
  await cluster.eventually(() => {
    for (const id of [3, 4]) {
      expect(allBytes(logOn(cluster.node(id), MOVED, 0)).equals(before.p0)).toBe(true)
      expect(allBytes(logOn(cluster.node(id), MOVED, 1)).equals(before.p1)).toBe(true)
    }
    for (const id of [1, 2]) {
      for (const p of [0, 1])
        expect(cluster.node(id).broker.logs.getLog({ topic: MOVED, partition: p })).toBeUndefined()
    }
  })
  for (const dir of before.dirs) expect(existsSync(dir)).toBe(false)
  const listed = await raw(cluster.node(1), listFrame(null))
  expect(listed.topics).toEqual([])
}, 60_000)

it('a KafkaJS consumer reads every message from the new leaders', async () => {
  const consumer = kafka(cluster.node(1), 'reassign-consumer').consumer({ groupId: 'reassign-readers' })
  await consumer.connect()
  await consumer.subscribe({ topic: MOVED, fromBeginning: true })
  const seen = new Map<number, string[]>([
    [0, []],
    [1, []],
  ])
  const offsets = new Map<number, string[]>([
    [0, []],
    [1, []],
  ])
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      seen.get(partition)?.push(message.value?.toString() ?? '')
      offsets.get(partition)?.push(message.offset)
    },
  })
  await cluster.eventually(() => {
    expect(seen.get(0)?.length).toBe(PER_PARTITION)
    expect(seen.get(1)?.length).toBe(PER_PARTITION)
  }, 30_000)
  await consumer.disconnect()
  for (const p of [0, 1]) {
    expect(seen.get(p)).toEqual(Array.from({ length: PER_PARTITION }, (_, i) => `p${p}-${i}`))
    expect(offsets.get(p)).toEqual(Array.from({ length: PER_PARTITION }, (_, i) => String(i)))
  }
}, 60_000)
