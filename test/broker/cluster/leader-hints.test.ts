// Goal: KIP-951 leader hints. A Produce (v11) or Fetch (v16) sent to a broker that does not lead
// the partition is answered NOT_LEADER_OR_FOLLOWER with the current leader and epoch, and the
// response lists that leader's endpoint, so clients re-route without a metadata round trip;
// older versions carry no hints.
// Method: two in-process nodes, a 2-partition RF=1 topic with one partition on each, raw frames.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { formatNodeDir } from '../../../src/cli/dev.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { freePorts } from '../../integration/cluster.js'
import { RawClient } from '../../support/raw-client.js'

const root = mkdtempSync(join(tmpdir(), 'oxbow-hints-'))
const nodes: RunningNode[] = []

beforeAll(async () => {
  const ports = await freePorts(4)
  const voters = `1@127.0.0.1:${ports[1]},2@127.0.0.1:${ports[3]}`
  for (const id of [1, 2]) formatNodeDir(join(root, `n${id}`), id, 'hints-cluster')
  nodes.push(
    ...(await Promise.all(
      [1, 2].map((id) =>
        startNode({
          dataDir: join(root, `n${id}`),
          port: ports[2 * (id - 1)] as number,
          controllerPort: ports[2 * (id - 1) + 1] as number,
          properties: { 'node.id': String(id), 'controller.quorum.voters': voters },
        }),
      ),
    )),
  )
  const client = await RawClient.connect((nodes[0] as RunningNode).port)
  const created = await client.requestWith(apis.CREATE_TOPICS, 7, {
    topics: [
      {
        name: 'hinted',
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [
          { partitionIndex: 0, brokerIds: [1] },
          { partitionIndex: 1, brokerIds: [2] },
        ],
        configs: [],
      },
    ],
    timeoutMs: 5000,
    validateOnly: false,
  })
  client.close()
  expect(created.topics[0]?.errorCode).toBe(ErrorCode.NONE)
  const deadline = Date.now() + 5000
  while (nodes.some((n) => n.broker.image.topicsByName.get('hinted') === undefined)) {
    if (Date.now() > deadline) throw new Error('topic did not reach both nodes')
    await new Promise((r) => setTimeout(r, 20))
  }
}, 60_000)

afterAll(async () => {
  await Promise.all(nodes.map((n) => n.close()))
  rmSync(root, { recursive: true, force: true })
})

it('Produce v11 to the wrong broker names the leader and its endpoint; v9 does not', async () => {
  const [one, two] = nodes as [RunningNode, RunningNode]
  const records = await encodeBatch({ records: [{ timestamp: 1n, key: null, value: Buffer.from('x') }] })
  const client = await RawClient.connect(one.port)
  const produce = (version: number) =>
    client.requestWith(apis.PRODUCE, version, {
      transactionalId: null,
      acks: 1,
      timeoutMs: 5000,
      topicData: [{ name: 'hinted', partitionData: [{ index: 1, records }] }],
    })
  const answer = await produce(11)
  const partition = answer.responses[0]?.partitionResponses[0]
  const epoch = two.broker.image.topicsByName.get('hinted')?.partitions[1]?.leaderEpoch
  expect([partition?.errorCode, partition?.currentLeader]).toEqual([
    ErrorCode.NOT_LEADER_OR_FOLLOWER,
    { leaderId: 2, leaderEpoch: epoch },
  ])
  expect(answer.nodeEndpoints.map((e) => [e.nodeId, e.host, e.port])).toEqual([[2, '127.0.0.1', two.port]])
  const old = await produce(9)
  expect(old.responses[0]?.partitionResponses[0]?.currentLeader).toEqual({ leaderId: -1, leaderEpoch: -1 })
  expect(old.nodeEndpoints).toEqual([])
  client.close()
})

it('Fetch v16 from the wrong broker names the leader and its endpoint', async () => {
  const [one, two] = nodes as [RunningNode, RunningNode]
  const topicId = one.broker.image.topicsByName.get('hinted')?.topicId as Buffer
  const client = await RawClient.connect(two.port)
  const answer = await client.requestWith(apis.FETCH, 16, {
    clusterId: null,
    replicaId: -1,
    replicaState: { replicaId: -1, replicaEpoch: -1n },
    maxWaitMs: 0,
    minBytes: 1,
    maxBytes: 1 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic: '',
        topicId,
        partitions: [
          {
            partition: 0,
            currentLeaderEpoch: -1,
            fetchOffset: 0n,
            lastFetchedEpoch: -1,
            logStartOffset: -1n,
            partitionMaxBytes: 1 << 20,
            replicaDirectoryId: Buffer.alloc(16),
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  })
  client.close()
  const partition = answer.responses[0]?.partitions[0]
  const epoch = one.broker.image.topicsByName.get('hinted')?.partitions[0]?.leaderEpoch
  expect([partition?.errorCode, partition?.currentLeader]).toEqual([
    ErrorCode.NOT_LEADER_OR_FOLLOWER,
    { leaderId: 1, leaderEpoch: epoch },
  ])
  expect(answer.nodeEndpoints.map((e) => [e.nodeId, e.port])).toEqual([[1, one.port]])
})
