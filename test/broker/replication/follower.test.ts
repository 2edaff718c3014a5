// Goal: followers copy their leader's log exactly (issue 9): with three in-process nodes and a
// replication-factor-3 topic, every batch produced to the leader with acks=1 ends up in both
// followers' logs at the same offsets with the same bytes, the same leader epochs, the same
// idempotent-producer state and the leader's high watermark, fetched over TCP by the replica
// fetchers (Fetch v16 as replica).
// Method: startNode three times with one cluster id, as test/broker/cluster/three-nodes.test.ts;
// the followers are told to follow the partition's leader at its epoch (what the replica manager
// does on become-follower; telling them twice is harmless); raw Produce frames to the leader;
// then every node's PartitionLog is read whole and compared byte for byte.
import { expect, it } from 'vitest'
import { epochEntries } from '../../../src/broker/log-summary.js'
import { replicaFetchers } from '../../../src/broker/replica-fetchers.js'
import type { RunningNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { RawClient } from '../../support/raw-client.js'
import { produceToPartition0 } from '../../support/raw-produce.js'
import { createPlacedTopic } from '../../support/raw-topics.js'
import { allBytes, logOn } from '../../support/replica-state.js'

const TOPIC = 'replicated'
const cluster = InProcessCluster.forSuite({
  name: 'follower',
  properties: { 'replica.fetch.backoff.ms': '100' },
  waitMs: 15_000,
})
const nodes = cluster.nodes

function partitionOf(n: RunningNode) {
  const topic = n.broker.image.topicsByName.get(TOPIC)
  const partition = topic?.partitions[0]
  if (topic === undefined || partition === undefined) throw new Error(`${TOPIC} unknown on node ${n.nodeId}`)
  return { topicId: topic.topicId, ...partition }
}

/** The followers follow the current leader at its epoch, as the replica manager tells them on become-follower. */
function followLeader(): void {
  for (const n of nodes.values()) {
    const p = partitionOf(n)
    if (p.leader === n.nodeId || p.leader < 0) continue
    replicaFetchers(n.broker).follow([
      { topic: TOPIC, topicId: p.topicId, partition: 0, leaderId: p.leader, leaderEpoch: p.leaderEpoch },
    ])
  }
}

it('followers end with the leader’s bytes at the same offsets, epochs and producer state', async () => {
  const created = await createPlacedTopic(cluster.node(1).port, TOPIC, 1, 3)
  expect(created.topics.map((t) => t.errorCode)).toEqual([ErrorCode.NONE])
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      expect(partitionOf(n).replicas.length).toBe(3)
      logOn(n, TOPIC, 0)
    }
  })
  const leader = cluster.node(partitionOf(cluster.node(1)).leader)
  followLeader()

  const initClient = await RawClient.connect(leader.port)
  const init = await initClient.requestWith(apis.INIT_PRODUCER_ID, 4, {
    transactionalId: null,
    transactionTimeoutMs: 60_000,
    producerId: -1n,
    producerEpoch: -1,
  })
  initClient.close()
  expect(init.errorCode).toBe(ErrorCode.NONE)
  const producer = { producerId: init.producerId, producerEpoch: init.producerEpoch }

  let sequence = 0
  const answers = []
  for (let i = 0; i < 5; i++) {
    const values = Array.from({ length: i + 1 }, (_, j) => `v${i}-${j}`)
    answers.push(await produceToPartition0(leader, TOPIC, values, { ...producer, baseSequence: sequence }))
    sequence += values.length
  }
  answers.push(await produceToPartition0(leader, TOPIC, ['plain']))
  expect(answers.map((a) => [a.errorCode, Number(a.baseOffset)])).toEqual([
    [ErrorCode.NONE, 0],
    [ErrorCode.NONE, 1],
    [ErrorCode.NONE, 3],
    [ErrorCode.NONE, 6],
    [ErrorCode.NONE, 10],
    [ErrorCode.NONE, 15],
  ])

  const leaderLog = logOn(leader, TOPIC, 0)
  expect(leaderLog.logEndOffset).toBe(16)
  const followers = [...nodes.values()].filter((n) => n !== leader)
  expect(followers.length).toBe(2)
  await cluster.eventually(() => {
    for (const f of followers) expect(logOn(f, TOPIC, 0).logEndOffset).toBe(16)
  })
  // Both followers are at the log end: the leader's HW reaches it, and each follower's next fetch carries it.
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect(logOn(n, TOPIC, 0).highWatermark).toBe(16)
  })
  const expected = allBytes(leaderLog)
  const leaderEpoch = partitionOf(leader).leaderEpoch
  for (const f of followers) {
    const log = logOn(f, TOPIC, 0)
    expect(allBytes(log).equals(expected)).toBe(true)
    expect(epochEntries(log, -1)).toEqual([{ epoch: leaderEpoch, startOffset: 0 }])
    const state = log.producerStateOf(Number(producer.producerId))
    expect(state).toEqual(leaderLog.producerStateOf(Number(producer.producerId)))
    expect(state).toBeDefined()
  }
}, 60_000)

it('partitions led by every node are copied by one fetch loop per leader, and acks=all completes', async () => {
  const created = await createPlacedTopic(cluster.node(2).port, 'spread', 6, 3)
  expect(created.topics.map((t) => t.errorCode)).toEqual([ErrorCode.NONE])
  const logs = (n: RunningNode) =>
    [0, 1, 2, 3, 4, 5].map((partition) => n.broker.logs.getLog({ topic: 'spread', partition }))
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect(logs(n).every((l) => l !== undefined)).toBe(true)
  })
  const partitions = cluster.node(1).broker.image.topicsByName.get('spread')!.partitions
  expect(new Set(partitions.map((p) => p.leader)).size).toBe(3)

  for (const p of partitions) {
    const leader = cluster.node(p.leader)
    for (let i = 0; i < 2; i++) {
      const batch = await encodeBatch({
        records: [{ timestamp: 1_700_000_000_000n, key: null, value: Buffer.from(`p${p.partition}-${i}`) }],
      })
      const c = await RawClient.connect(leader.port)
      const answer = await c.requestWith(apis.PRODUCE, 9, {
        acks: -1,
        timeoutMs: 10_000,
        topicData: [{ name: 'spread', partitionData: [{ index: p.partition, records: batch }] }],
      })
      c.close()
      const r = answer.responses[0]!.partitionResponses[0]!
      expect([r.errorCode, Number(r.baseOffset)]).toEqual([ErrorCode.NONE, i])
    }
  }
  // acks=all answered: every replica holds both batches already.
  for (const n of nodes.values()) {
    const own = logs(n)
    for (const p of partitions) {
      const leaderLog = logs(cluster.node(p.leader))[p.partition]!
      expect(own[p.partition]!.logEndOffset).toBe(2)
      expect(allBytes(own[p.partition]!).equals(allBytes(leaderLog))).toBe(true)
    }
    // One loop per other broker: this node follows partitions from both of them.
    expect(replicaFetchers(n.broker).fetcherCount).toBe(2)
  }
}, 60_000)
