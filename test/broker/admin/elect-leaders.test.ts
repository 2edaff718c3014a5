// Goal: ElectLeaders (43) on a three-node cluster answers as Kafka's controller does: a preferred
// election moves a partition's leadership back to its preferred replica once that replica is in
// the ISR again (NONE), partitions already led by it answer ELECTION_NOT_NEEDED, unknown ones
// UNKNOWN_TOPIC_OR_PARTITION, a partition whose only replica is gone PREFERRED_LEADER_NOT_AVAILABLE
// or (unclean) ELIGIBLE_LEADERS_NOT_AVAILABLE; v0, v1 and v2 all work, also forwarded from a node
// that is not the active controller. With auto.leader.rebalance.enable, the active controller
// moves the leadership back by itself within leader.imbalance.check.interval.seconds.
// Method: three in-process nodes (as test/broker/cluster/three-nodes.test.ts), topics with fixed
// assignments; a broker is stopped (controlled shutdown moves its leaderships) and restarted, and
// rejoins the ISR of its (empty) partitions; raw ElectLeaders frames with exact codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { RawClient } from '../../support/raw-client.js'
import { createAssignedTopic } from '../../support/raw-topics.js'

const NOT_NEEDED = {
  errorCode: ErrorCode.ELECTION_NOT_NEEDED,
  errorMessage: 'Leader election not needed for topic partition.',
}
const OK = { errorCode: ErrorCode.NONE, errorMessage: null }

/** InProcessCluster with this file's fixed-assignment topics and the (leader, ISR) view they are checked by. */
class TestCluster extends InProcessCluster {
  constructor(name: string, properties: Record<string, string>) {
    super({ name, properties: { 'replica.fetch.backoff.ms': '100', ...properties }, waitMs: 20_000 })
  }

  async createTopic(name: string, assignments: number[][]): Promise<void> {
    const created = await createAssignedTopic(this.node([...this.nodes.keys()][0] as number).port, name, assignments)
    expect(created.topics.map((t) => t.errorCode)).toEqual([ErrorCode.NONE])
  }

  /** [leader, isr] per partition, as every running node sees it once they agree. */
  async partitionsOf(topic: string): Promise<[number, number[]][]> {
    const views = [...this.nodes.values()].map((n) =>
      n.broker.image.topicsByName
        .get(topic)
        ?.partitions.map((p) => [p.leader, [...p.isr].sort()] as [number, number[]]),
    )
    expect(new Set(views.map((v) => JSON.stringify(v))).size).toBe(1)
    return views[0] ?? []
  }
}

async function electLeaders(
  node: RunningNode,
  version: number,
  electionType: number,
  topicPartitions: { topic: string; partitions: number[] }[] | null,
) {
  const client = await RawClient.connect(node.port)
  try {
    return await client.request(apis.ELECT_LEADERS, version, { electionType, topicPartitions, timeoutMs: 10_000 })
  } finally {
    client.close()
  }
}

/** Stops broker 2 (its leaderships move away), restarts it and waits until it is back in every ISR. */
async function bounceBroker2(cluster: TestCluster, topic: string): Promise<void> {
  await cluster.stop(2)
  await cluster.eventually(async () => {
    expect((await cluster.partitionsOf(topic)).map(([leader]) => leader)).toEqual([1, 3, 3])
  })
  await cluster.start(2)
  await cluster.eventually(async () => {
    expect((await cluster.partitionsOf(topic)).map(([, isr]) => isr)).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ])
  })
}

describe('ElectLeaders requests', () => {
  const cluster = new TestCluster('elect-leaders', { 'auto.leader.rebalance.enable': 'false' })
  beforeAll(() => cluster.startAll(), 60_000)
  afterAll(() => cluster.close())

  it('a preferred election moves the leadership back to the preferred replica once it is in the ISR', async () => {
    await cluster.createTopic('elect', [
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
    ])
    await cluster.eventually(async () => {
      expect(await cluster.partitionsOf('elect')).toEqual([
        [1, [1, 2, 3]],
        [2, [1, 2, 3]],
        [3, [1, 2, 3]],
      ])
    })
    await bounceBroker2(cluster, 'elect')
    expect((await cluster.partitionsOf('elect')).map(([leader]) => leader)).toEqual([1, 3, 3])

    const answer = await electLeaders(cluster.notController(), 2, 0, [
      { topic: 'elect', partitions: [0, 1, 2, 7] },
      { topic: 'nope', partitions: [0] },
    ])
    expect(answer).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      replicaElectionResults: [
        {
          topic: 'elect',
          partitionResult: [
            { partitionId: 0, ...NOT_NEEDED },
            { partitionId: 1, ...OK },
            { partitionId: 2, ...NOT_NEEDED },
            {
              partitionId: 7,
              errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
              errorMessage: 'No such partition as elect-7',
            },
          ],
        },
        {
          topic: 'nope',
          partitionResult: [
            { partitionId: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: 'No such topic as nope' },
          ],
        },
      ],
    })
    // Committed before the answer: the controller's image has it; every node follows.
    const controller = [...cluster.nodes.values()].find((n) => n.broker.metadata.isActiveController())
    expect(controller?.broker.image.topicsByName.get('elect')?.partitions[1]?.leader).toBe(2)
    await cluster.eventually(async () => {
      expect((await cluster.partitionsOf('elect')).map(([leader]) => leader)).toEqual([1, 2, 3])
    })
  }, 90_000)

  it('v0 (no election type) and v1 with a null topic list: every partition, none needing an election', async () => {
    const v0 = await electLeaders(cluster.notController(), 0, 0, null)
    expect(v0.replicaElectionResults.find((r) => r.topic === 'elect')).toEqual({ topic: 'elect', partitionResult: [] })
    const v1 = await electLeaders(cluster.notController(), 1, 0, [{ topic: 'elect', partitions: [1] }])
    expect(v1).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      replicaElectionResults: [{ topic: 'elect', partitionResult: [{ partitionId: 1, ...NOT_NEEDED }] }],
    })
    const empty = await electLeaders(cluster.notController(), 2, 0, [])
    expect(empty).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: [] })
  })

  it('on the controller listener of a node that is not the active controller: NOT_CONTROLLER', async () => {
    const other = cluster.notController()
    const client = await RawClient.connect(cluster.controllerPortOf(other.nodeId))
    try {
      const answer = await client.request(apis.ELECT_LEADERS, 2, {
        electionType: 0,
        topicPartitions: [{ topic: 'elect', partitions: [0, 1] }],
        timeoutMs: 10_000,
      })
      const failed = {
        errorCode: ErrorCode.NOT_CONTROLLER,
        errorMessage: 'This is not the correct controller for this cluster.',
      }
      expect(answer).toEqual({
        throttleTimeMs: 0,
        errorCode: ErrorCode.NOT_CONTROLLER,
        replicaElectionResults: [
          {
            topic: 'elect',
            partitionResult: [
              { partitionId: 0, ...failed },
              { partitionId: 1, ...failed },
            ],
          },
        ],
      })
    } finally {
      client.close()
    }
  })

  it('a partition whose only replica is gone: no preferred leader, no eligible leader; one with a leader needs no unclean election', async () => {
    await cluster.createTopic('solo', [[3]])
    await cluster.eventually(async () => {
      expect(await cluster.partitionsOf('solo')).toEqual([[3, [3]]])
    })
    await cluster.stop(3)
    await cluster.eventually(async () => {
      expect(await cluster.partitionsOf('solo')).toEqual([[-1, [3]]])
    })
    const preferred = await electLeaders(cluster.notController(), 2, 0, [{ topic: 'solo', partitions: [0] }])
    expect(preferred.replicaElectionResults).toEqual([
      {
        topic: 'solo',
        partitionResult: [
          {
            partitionId: 0,
            errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE,
            errorMessage: 'The preferred leader was not available.',
          },
        ],
      },
    ])
    const unclean = await electLeaders(cluster.notController(), 2, 1, [
      { topic: 'solo', partitions: [0] },
      { topic: 'elect', partitions: [0] },
    ])
    expect(unclean.replicaElectionResults).toEqual([
      {
        topic: 'solo',
        partitionResult: [
          {
            partitionId: 0,
            errorCode: ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE,
            errorMessage: 'Eligible topic partition leaders are not available.',
          },
        ],
      },
      { topic: 'elect', partitionResult: [{ partitionId: 0, ...NOT_NEEDED }] },
    ])
  }, 60_000)
})

describe('auto leader rebalance', () => {
  const cluster = new TestCluster('auto-rebalance', { 'leader.imbalance.check.interval.seconds': '1' })
  beforeAll(() => cluster.startAll(), 60_000)
  afterAll(() => cluster.close())

  it('the active controller moves leadership back to the preferred replica once it rejoins the ISR', async () => {
    await cluster.createTopic('balance', [
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
    ])
    await cluster.eventually(async () => {
      expect(await cluster.partitionsOf('balance')).toEqual([
        [1, [1, 2, 3]],
        [2, [1, 2, 3]],
        [3, [1, 2, 3]],
      ])
    })
    await bounceBroker2(cluster, 'balance')
    // No ElectLeaders: within a check interval or two, partition 1 is led by broker 2 again.
    await cluster.eventually(async () => {
      expect((await cluster.partitionsOf('balance')).map(([leader]) => leader)).toEqual([1, 2, 3])
    }, 5_000)
  }, 90_000)
})
