// Goal: stock transactional producers work against Oxbow as against Kafka: librdkafka
// (python3-confluent-kafka, `transactional.id`, init/begin/produce/commit and abort) and KafkaJS
// (`transactionalId`, `idempotent: true`) commit and abort without errors, every partition they
// wrote ends with the COMMIT or ABORT marker, and a read_uncommitted consumer sees every data
// record of both transactions (read_committed filtering is tested with the read side).
// Method: one in-process node; the Python script runs the producer and then a confluent-kafka
// read_uncommitted consumer; KafkaJS runs in-process; the partition logs are read back.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { decodeBatch, decodeEndTxnMarker } from '../../../src/protocol/records/index.js'
import { runJson } from '../../support/process.js'
import { createTopic } from '../../support/topics.js'

const PYTHON = '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('./py/transactional_producer.py', import.meta.url))
const havePython = existsSync(PYTHON)

let dir: string
let node: RunningNode

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-txn-stock-'))
  node = await startNode({ dataDir: dir, port: 0, properties: { 'transaction.state.log.num.partitions': '5' } })
})

afterAll(async () => {
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The partition's batches: data values, or the marker type. */
async function stored(topic: string, partition: number): Promise<{ values: string[]; markers: string[] }> {
  const log = node.broker.logs.getLog({ topic, partition })!
  const read = log.read({ fetchOffset: 0, maxBytes: 64 << 20, maxOffset: log.logEndOffset, minOneBatch: true })
  if (!read.ok) throw new Error('read failed')
  const values: string[] = []
  const markers: string[] = []
  for (let position = 0; position < read.records.length; ) {
    const batch = await decodeBatch(read.records, { position })
    if (batch.header.isControl) markers.push(decodeEndTxnMarker(batch.records[0]!).type)
    else for (const r of batch.records) values.push(r.value?.toString() ?? '')
    position += batch.header.sizeInBytes
  }
  return { values, markers }
}

/** Markers are written after EndTxn answers: wait until the partitions hold them. */
async function waitForMarkers(topic: string, partitions: number, count: number) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const all = await Promise.all(Array.from({ length: partitions }, (_, p) => stored(topic, p)))
    if (all.every((s) => s.markers.length >= count)) return all
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('markers missing')
}

describe('stock transactional producers', () => {
  it('KafkaJS: a committed and an aborted transaction', async () => {
    await createTopic(node, 'txn-kafkajs', 2)
    const kafka = new Kafka({
      clientId: 'txn-test',
      brokers: [node.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 50, retries: 10 },
    })
    const producer = kafka.producer({ transactionalId: 'kafkajs-txn', idempotent: true, maxInFlightRequests: 1 })
    await producer.connect()
    const committed = await producer.transaction()
    await committed.send({
      topic: 'txn-kafkajs',
      messages: Array.from({ length: 10 }, (_, i) => ({ value: `commit-${i}`, partition: i % 2 })),
    })
    await committed.commit()
    const aborted = await producer.transaction()
    await aborted.send({
      topic: 'txn-kafkajs',
      messages: Array.from({ length: 10 }, (_, i) => ({ value: `abort-${i}`, partition: i % 2 })),
    })
    await aborted.abort()
    await producer.disconnect()
    const partitions = await waitForMarkers('txn-kafkajs', 2, 2)
    for (const [p, s] of partitions.entries()) {
      expect(s.markers).toEqual(['COMMIT', 'ABORT'])
      const expected = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((i) => i % 2 === p)
      expect(s.values).toEqual([...expected.map((i) => `commit-${i}`), ...expected.map((i) => `abort-${i}`)])
    }
  })

  it('KafkaJS: a second producer with the same transactional id fences the first', async () => {
    await createTopic(node, 'txn-fence')
    const kafka = new Kafka({
      clientId: 'txn-fence',
      brokers: [node.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 50, retries: 10 },
    })
    const options = { transactionalId: 'fenced-txn', idempotent: true, maxInFlightRequests: 1 }
    const zombie = kafka.producer(options)
    await zombie.connect()
    const open = await zombie.transaction()
    await open.send({ topic: 'txn-fence', messages: [{ value: 'zombie-1' }] })
    const fresh = kafka.producer(options)
    await fresh.connect()
    // KafkaJS takes its producer id (InitProducerId, which fences the zombie) in transaction().
    const txn = await fresh.transaction()
    await expect(open.send({ topic: 'txn-fence', messages: [{ value: 'zombie-2' }] })).rejects.toThrow(/epoch|fenced/i)
    await txn.send({ topic: 'txn-fence', messages: [{ value: 'fresh-1' }] })
    await txn.commit()
    await Promise.all([zombie.disconnect(), fresh.disconnect()])
    const [s] = await waitForMarkers('txn-fence', 1, 2)
    expect(s!.values).toEqual(['zombie-1', 'fresh-1'])
    expect(s!.markers).toEqual(['ABORT', 'COMMIT'])
  })

  it.skipIf(!havePython)(
    'librdkafka (confluent-kafka): commit and abort; a read_uncommitted consumer sees every record',
    async () => {
      await createTopic(node, 'txn-rdkafka', 3)
      const count = 30
      const report = await runJson<{ errors: string[]; values: string[] }>(PYTHON, [
        SCRIPT,
        node.bootstrap,
        'txn-rdkafka',
        '3',
        String(count),
        'rdkafka-txn',
      ])
      expect(report.errors).toEqual([])
      const expected = ['commit', 'abort'].flatMap((r) => Array.from({ length: count }, (_, i) => `${r}-${i}`))
      expect([...report.values].sort()).toEqual([...expected].sort())
      const partitions = await waitForMarkers('txn-rdkafka', 3, 2)
      for (const s of partitions) expect(s.markers).toEqual(['COMMIT', 'ABORT'])
    },
    40_000,
  )
})
