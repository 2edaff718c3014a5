// Goal: three in-process combined nodes form one cluster: one metadata quorum, every broker
// registered and unfenced, admin writes sent to any node land on every node, and the quorum
// survives the loss of its active controller.
// Method: InProcessCluster (startNode three times with one cluster id, as `oxbow dev`), fixed free
// ports named in controller.quorum.voters; raw Kafka requests to each node's Kafka listener.
import { expect, it } from 'vitest'
import { formatNodeDir } from '../../../src/cli/dev.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { freePorts } from '../../integration/cluster.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { RawClient } from '../../support/raw-client.js'
import { createPlacedTopic } from '../../support/raw-topics.js'

const cluster = InProcessCluster.forSuite({ name: 'three-nodes' })
const nodes = cluster.nodes

async function metadataOf(node: RunningNode) {
  const client = await RawClient.connect(node.port)
  try {
    return await client.requestWith(apis.METADATA, 12, {
      topics: null,
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    })
  } finally {
    client.close()
  }
}

it('every node lists the three brokers and the same controller', async () => {
  await cluster.eventually(async () => {
    const answers = await Promise.all([...nodes.values()].map(metadataOf))
    for (const answer of answers) {
      expect(answer.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2, 3])
    }
    const controllers = new Set(answers.map((a) => a.controllerId))
    expect(controllers.size).toBe(1)
  })
})

it('CreateTopics sent to a node that is not the controller creates the topic on every node', async () => {
  const follower = [...nodes.values()].find((n) => !n.broker.metadata.isActiveController()) as RunningNode
  const created = await createPlacedTopic(follower.port, 'spread', 6, 3)
  expect(created.topics.map((t) => [t.name, t.errorCode, t.numPartitions, t.replicationFactor])).toEqual([
    ['spread', ErrorCode.NONE, 6, 3],
  ])
  await cluster.eventually(() => {
    for (const node of nodes.values()) {
      const topic = node.broker.image.topicsByName.get('spread')
      expect(topic?.partitions.length).toBe(6)
      expect(topic?.partitions.every((p) => p.replicas.length === 3)).toBe(true)
    }
  })
  const leaders = new Set(
    cluster
      .node(1)
      .broker.image.topicsByName.get('spread')
      ?.partitions.map((p) => p.leader),
  )
  expect([...leaders].sort()).toEqual([1, 2, 3])
})

it('after the active controller stops, another is elected and admin writes continue', async () => {
  const active = [...nodes.entries()].find(([, n]) => n.broker.metadata.isActiveController())
  expect(active).toBeDefined()
  const [activeId, activeNode] = active as [number, RunningNode]
  await activeNode.close()
  nodes.delete(activeId)
  await cluster.eventually(() => {
    const now = [...nodes.values()].filter((n) => n.broker.metadata.isActiveController())
    expect(now.length).toBe(1)
  })
  const survivor = [...nodes.values()][0] as RunningNode
  const created = await createPlacedTopic(survivor.port, 'after-failover', 2, 2)
  expect(created.topics.map((t) => [t.name, t.errorCode])).toEqual([['after-failover', ErrorCode.NONE]])
  await cluster.eventually(() => {
    for (const n of nodes.values()) expect(n.broker.image.topicsByName.has('after-failover')).toBe(true)
  })
  // The stopped node comes back and catches up with what it missed.
  const back = await cluster.start(activeId)
  expect(back.broker.image.topicsByName.has('after-failover')).toBe(true)
}, 30_000)

it('a broker-only node given controller.quorum.bootstrap.servers finds the voters and joins', async () => {
  const [port] = await freePorts(1)
  const dataDir = cluster.dataDirOf(4)
  formatNodeDir(dataDir, 4, 'three-nodes-cluster')
  const bootstrapServers = cluster.bootstrapServers()
  const joined = await startNode({
    dataDir,
    port,
    properties: {
      'node.id': '4',
      'process.roles': 'broker',
      listeners: `PLAINTEXT://127.0.0.1:${port}`,
      'controller.quorum.bootstrap.servers': bootstrapServers,
      'broker.heartbeat.interval.ms': '200',
    },
  })
  nodes.set(4, joined)
  expect(joined.broker.image.brokers.get(4)?.fenced).toBe(false)
  expect([...joined.broker.image.topicsByName.keys()].sort()).toEqual(['after-failover', 'spread'])
  const answer = await metadataOf(joined)
  expect(answer.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2, 3, 4])
})
