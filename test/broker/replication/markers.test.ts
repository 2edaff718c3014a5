// Goal: transactions whose partitions are led by other brokers end everywhere: the coordinator's
// markers reach each partition's leader (WriteTxnMarkers over the inter-broker listener,
// txn-marker-sender.ts), a read_committed consumer sees exactly the committed records, and every
// replica of every partition holds the COMMIT and ABORT control batches at the right offsets.
// Method: three in-process nodes (as test/broker/cluster/three-nodes.test.ts), an RF=3 topic with
// six partitions whose leaders are all three brokers; a KafkaJS transactional producer writes one
// record per partition and commits, one more and aborts, one more and commits. A KafkaJS
// read_committed consumer reads until it has the last transaction's records: an aborted record, had
// it been delivered, would have come before them in its partition. The logs are read back on each node.
import { Kafka, logLevel } from 'kafkajs'
import { expect, it } from 'vitest'
import { txnMarkerSender } from '../../../src/broker/txn-marker-sender.js'
import type { RunningNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { decodeBatch, decodeEndTxnMarker } from '../../../src/protocol/records/index.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { createPlacedTopic } from '../../support/raw-topics.js'

const TOPIC = 'txn-spread'
const PARTITIONS = 6
const cluster = InProcessCluster.forSuite({
  name: 'markers',
  properties: {
    'replica.fetch.backoff.ms': '100',
    'transaction.state.log.num.partitions': '3',
  },
  waitMs: 15_000,
})
const nodes = cluster.nodes

/** A partition's batches on one node: [offset, value or marker type]. */
async function batchesOn(n: RunningNode, partition: number): Promise<[number, string][]> {
  const log = n.broker.logs.getLog({ topic: TOPIC, partition })
  if (log === undefined) return []
  const read = log.read({ fetchOffset: 0, maxBytes: 1 << 20, maxOffset: log.logEndOffset, minOneBatch: true })
  if (!read.ok) throw new Error(`read failed: ${read.error}`)
  const out: [number, string][] = []
  for (let position = 0; position < read.records.length; ) {
    const batch = await decodeBatch(read.records, { position })
    const offset = Number(batch.header.baseOffset)
    if (batch.header.isControl) out.push([offset, decodeEndTxnMarker(batch.records[0]!).type])
    else for (const r of batch.records) out.push([offset + r.offsetDelta, r.value?.toString() ?? ''])
    position += batch.header.sizeInBytes
  }
  return out
}

it('markers reach partitions led by every broker; read_committed sees exactly the committed records', async () => {
  const created = await createPlacedTopic(cluster.node(1).port, TOPIC, PARTITIONS, 3)
  expect(created.topics.map((t) => t.errorCode)).toEqual([ErrorCode.NONE])
  await cluster.eventually(() => {
    for (const n of nodes.values()) {
      const topic = n.broker.image.topicsByName.get(TOPIC)
      expect(topic?.partitions.length).toBe(PARTITIONS)
      expect(topic?.partitions.every((p) => p.isr.length === 3)).toBe(true)
    }
  })
  const leaders = cluster
    .node(1)
    .broker.image.topicsByName.get(TOPIC)!
    .partitions.map((p) => p.leader)
  expect([...new Set(leaders)].sort()).toEqual([1, 2, 3])

  const kafka = new Kafka({
    clientId: 'markers-test',
    brokers: [...nodes.values()].map((n) => n.bootstrap),
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 100, retries: 20 },
  })
  const producer = kafka.producer({ transactionalId: 'spread-txn', idempotent: true, maxInFlightRequests: 1 })
  await producer.connect()
  const perPartition = (prefix: string) =>
    Array.from({ length: PARTITIONS }, (_, partition) => ({ value: `${prefix}-${partition}`, partition }))
  for (const [prefix, end] of [
    ['commit', 'commit'],
    ['abort', 'abort'],
    ['last', 'commit'],
  ] as const) {
    const txn = await producer.transaction()
    await txn.send({ topic: TOPIC, messages: perPartition(prefix) })
    if (end === 'commit') await txn.commit()
    else await txn.abort()
  }
  await producer.disconnect()

  // The coordinator went to other brokers for at least the partitions it does not lead.
  const sent = [...nodes.values()].reduce((sum, n) => sum + txnMarkerSender(n.broker).requestsSent, 0)
  expect(sent).toBeGreaterThanOrEqual(3)

  // Every replica of every partition: data, COMMIT, data, ABORT, data, COMMIT, at offsets 0-5.
  await cluster.eventually(async () => {
    for (const n of nodes.values()) {
      for (let partition = 0; partition < PARTITIONS; partition++) {
        expect(await batchesOn(n, partition)).toEqual([
          [0, `commit-${partition}`],
          [1, 'COMMIT'],
          [2, `abort-${partition}`],
          [3, 'ABORT'],
          [4, `last-${partition}`],
          [5, 'COMMIT'],
        ])
      }
    }
  })

  const consumer = kafka.consumer({ groupId: 'markers-reader', readUncommitted: false, maxWaitTimeInMs: 200 })
  await consumer.connect()
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true })
  const seen: string[] = []
  const lastSeen = new Set<number>()
  let done: () => void = () => undefined
  const finished = new Promise<void>((resolve) => {
    done = resolve
  })
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const value = message.value?.toString() ?? ''
      seen.push(value)
      if (value.startsWith('last-')) lastSeen.add(partition)
      if (lastSeen.size === PARTITIONS) done()
    },
  })
  await finished
  await consumer.disconnect()
  expect(seen.sort()).toEqual([...perPartition('commit'), ...perPartition('last')].map((m) => m.value).sort())
}, 90_000)
