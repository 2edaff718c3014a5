// Goal: startNode is a library a test suite can use: free ports, a working
// Kafka listener, topics that survive a restart on the same data dir, two
// nodes in one process, and a close() that releases the port.
// Method: real nodes in-process on port 0, driven by the raw test client.
import { connect } from 'node:net'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { RawClient } from '../../support/raw-client.js'
import { tempDir } from '../log/log-kit.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

it('serves ApiVersions and Metadata with auto-creation, and keeps topics across a restart', async () => {
  const node = await startNode({ dataDir: dir, port: 0 })
  expect(node.bootstrap).toBe(`127.0.0.1:${node.port}`)
  const client = await RawClient.connect(node.port)
  const versions = await client.requestWith(apis.API_VERSIONS, 3, {
    clientSoftwareName: 'test',
    clientSoftwareVersion: '1',
  })
  expect(versions.errorCode).toBe(ErrorCode.NONE)
  expect(versions.apiKeys.find((k) => k.apiKey === 18)).toEqual({
    apiKey: 18,
    minVersion: 0,
    maxVersion: 4,
    unknownTaggedFields: undefined,
  })
  const metadata = await client.requestWith(apis.METADATA, 12, {
    topics: [{ name: 'auto-made', topicId: Buffer.alloc(16) }],
    allowAutoTopicCreation: true,
  })
  expect(metadata.clusterId).toBe(node.clusterId)
  expect(metadata.brokers).toEqual([
    { nodeId: 1, host: '127.0.0.1', port: node.port, rack: null, unknownTaggedFields: undefined },
  ])
  const topic = metadata.topics[0]
  expect(topic?.errorCode).toBe(ErrorCode.NONE)
  expect(topic?.partitions.map((p) => [p.partitionIndex, p.leaderId, p.replicaNodes])).toEqual([[0, 1, [1]]])
  client.close()
  await node.close()

  const again = await startNode({ dataDir: dir, port: 0 })
  expect(again.clusterId).toBe(node.clusterId)
  const client2 = await RawClient.connect(again.port)
  const all = await client2.requestWith(apis.METADATA, 1, { topics: null })
  expect(all.topics.map((t) => t.name)).toEqual(['auto-made'])
  const byId = await client2.requestWith(apis.METADATA, 12, { topics: [{ name: null, topicId: topic!.topicId }] })
  expect(byId.topics[0]?.name).toBe('auto-made')
  client2.close()
  await again.close()
})

it('auto-creation can be turned off, and unknown topics are UNKNOWN_TOPIC_OR_PARTITION', async () => {
  const node = await startNode({ dataDir: dir, port: 0, properties: { 'auto.create.topics.enable': 'false' } })
  const client = await RawClient.connect(node.port)
  const metadata = await client.requestWith(apis.METADATA, 9, {
    topics: [
      { name: 'missing', topicId: Buffer.alloc(16) },
      { name: 'bad name!', topicId: Buffer.alloc(16) },
    ],
    allowAutoTopicCreation: true,
  })
  expect(metadata.topics.map((t) => [t.name, t.errorCode])).toEqual([
    ['missing', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    ['bad name!', ErrorCode.INVALID_TOPIC_EXCEPTION],
  ])
  client.close()
  await node.close()
})

it('two nodes live in one process, and close() releases the port', async () => {
  const { dir: other, cleanup: cleanupOther } = tempDir()
  const a = await startNode({ dataDir: dir, port: 0 })
  const b = await startNode({ dataDir: other, port: 0 })
  expect(a.port).not.toBe(b.port)
  await a.close()
  await b.close()
  const refused = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: a.port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
  expect(refused).toBe(true)
  cleanupOther()
})
