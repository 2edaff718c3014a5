// Goal: a follower whose log ends below its leader's log start starts over there (issue 9: Kafka's
// handleOutOfRangeError): its Fetch is answered OFFSET_OUT_OF_RANGE, it asks the leader for its
// log end and log start with ListOffsets as replica, empties its log at the leader's start, copies
// from there on, ends with the leader's bytes and log start, and rejoins the ISR.
// Method: three in-process nodes (as test/broker/cluster/three-nodes.test.ts), an RF=3 topic,
// replica.lag.time.max.ms=1000. One follower is told to stop fetching (unfollow, as a broker that
// lost its connection) and drops out of the ISR; the leader takes more batches, its high watermark
// moves with the other follower, and DeleteRecords moves its log start past the silent follower's
// log end, into the middle of a batch. Then the follower is told to follow again.
import { expect, it } from 'vitest'
import { replicaFetchers } from '../../../src/broker/replica-fetchers.js'
import type { RunningNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { RawClient } from '../../support/raw-client.js'
import { produceTagged } from '../../support/raw-produce.js'
import { createPlacedTopic } from '../../support/raw-topics.js'
import { allBytes, logOn, partitionOn } from '../../support/replica-state.js'

const TOPIC = 'behind'
const cluster = InProcessCluster.forSuite({
  name: 'follower-oor',
  properties: {
    'replica.fetch.backoff.ms': '100',
    'replica.lag.time.max.ms': '1000',
  },
  waitMs: 20_000,
})
const nodes = cluster.nodes

it('a follower behind the leader’s log start starts over there and converges', async () => {
  const created = await createPlacedTopic(nodes.get(1)!.port, TOPIC, 1, 3)
  expect(created.topics.map((t) => t.errorCode)).toEqual([ErrorCode.NONE])
  await cluster.eventually(() => {
    for (const n of nodes.values()) logOn(n, TOPIC, 0)
  })
  const leader = nodes.get(partitionOn(nodes.get(1)!, TOPIC, 0).leader)!
  const [silent, other] = [...nodes.values()].filter((n) => n !== leader) as [RunningNode, RunningNode]

  expect(await produceTagged(leader, TOPIC, 'A', 3)).toEqual([ErrorCode.NONE, 0])
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect(logOn(n, TOPIC, 0).highWatermark).toBe(3)
  })
  await replicaFetchers(silent.broker).unfollow([{ topic: TOPIC, partition: 0 }])
  expect(await produceTagged(leader, TOPIC, 'B', 5)).toEqual([ErrorCode.NONE, 3])
  expect(await produceTagged(leader, TOPIC, 'C', 5)).toEqual([ErrorCode.NONE, 8])
  await cluster.eventually(() => {
    expect([...partitionOn(leader, TOPIC, 0).isr].sort()).toEqual([leader.nodeId, other.nodeId].sort())
    expect(logOn(leader, TOPIC, 0).highWatermark).toBe(13)
  })

  const deleting = await RawClient.connect(leader.port)
  const deleted = await deleting.requestWith(apis.DELETE_RECORDS, 2, {
    topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0, offset: 10n }] }],
    timeoutMs: 5_000,
  })
  deleting.close()
  const result = deleted.topics[0]!.partitions[0]!
  expect([result.errorCode, Number(result.lowWatermark)]).toEqual([ErrorCode.NONE, 10])
  expect(logOn(silent, TOPIC, 0).logEndOffset).toBe(3)

  const p = partitionOn(silent, TOPIC, 0)
  const topicId = silent.broker.image.topicsByName.get(TOPIC)!.topicId
  replicaFetchers(silent.broker).follow([
    { topic: TOPIC, topicId, partition: 0, leaderId: p.leader, leaderEpoch: p.leaderEpoch },
  ])
  await cluster.eventually(() => {
    const log = logOn(silent, TOPIC, 0)
    expect([log.logStartOffset, log.logEndOffset, log.highWatermark]).toEqual([10, 13, 13])
  })
  // Batch C (8-12) holds the leader's log start: the follower started over at 10, then at the
  // base of the batch the leader sent whole (8), then moved its log start up to the leader's.
  expect(logOn(silent, TOPIC, 0).segmentBaseOffsets()).toEqual([8])
  const leaderLog = logOn(leader, TOPIC, 0)
  expect(leaderLog.logStartOffset).toBe(10)
  expect(allBytes(logOn(silent, TOPIC, 0)).equals(allBytes(leaderLog))).toBe(true)
  await cluster.eventually(() => expect([...partitionOn(leader, TOPIC, 0).isr].sort()).toEqual([1, 2, 3]))
}, 90_000)
