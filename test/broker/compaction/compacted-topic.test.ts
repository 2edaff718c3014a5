// Goal: a compacted topic behaves as in Kafka for stock clients: after the cleaner runs, a
// fresh consumer from the beginning sees one record per live key with its latest value, and
// keys deleted with tombstones vanish once delete.retention.ms has passed. Keyless records
// are refused (INVALID_RECORD). Method: one in-process node with a 200 ms cleaner backoff;
// KafkaJS produces 20k updates over 1k keys (uncompressed), kcat (librdkafka) consumes.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { createTopic } from '../../support/topics.js'

const KCAT = '/usr/bin/kcat'
let node: RunningNode
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-compact-'))
  node = await startNode({
    dataDir: dir,
    port: 0,
    properties: { 'log.cleaner.backoff.ms': '200', 'log.cleaner.dedupe.buffer.size': String(4 << 20) },
  })
})

afterAll(async () => {
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Every record from the beginning as [key, value | null]. */
function consumeAll(topic: string): Promise<[string, string | null][]> {
  return new Promise((resolve, reject) => {
    const child = spawn(KCAT, [
      '-b',
      node.bootstrap,
      '-C',
      '-t',
      topic,
      '-o',
      'beginning',
      '-e',
      '-Z',
      '-q',
      '-f',
      '%k\t%s\n',
    ])
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    child.on('error', reject)
    child.on('close', () =>
      resolve(
        out
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => {
            const [k, v] = l.split('\t') as [string, string]
            return [k, v === 'NULL' ? null : v]
          }),
      ),
    )
  })
}

it.skipIf(!existsSync(KCAT))(
  'stock clients see one record per live key with its latest value, and deleted keys vanish',
  async () => {
    const topic = 'compacted'
    await createTopic(node, topic, 1, {
      'cleanup.policy': 'compact',
      'segment.bytes': '65536',
      'min.cleanable.dirty.ratio': '0.01',
      'delete.retention.ms': '1000',
    })
    const kafka = new Kafka({ brokers: [node.bootstrap], clientId: 'compaction', logLevel: logLevel.NOTHING })
    const producer = kafka.producer()
    await producer.connect()
    const latest = new Map<string, string | null>()
    // 100k updates over 1k keys (the stock-client check).
    for (let round = 0; round < 100; round++) {
      const messages = Array.from({ length: 1000 }, (_, k) => ({ key: `key-${k}`, value: `r${round}-k${k}` }))
      for (const m of messages) latest.set(m.key, m.value)
      await producer.send({ topic, messages })
    }
    // Delete 100 keys with tombstones.
    const deleted = Array.from({ length: 100 }, (_, i) => ({ key: `key-${i * 10}`, value: null }))
    await producer.send({ topic, messages: deleted })
    for (const m of deleted) latest.set(m.key, null)
    // Keyless records are refused on a compacted topic.
    await expect(producer.send({ topic, messages: [{ value: 'no key' }], acks: -1 })).rejects.toThrow()
    // Past delete.retention.ms, more updates (rolling segments) give the cleaner a second round
    // that removes the tombstones it stamped on the first.
    await new Promise((r) => setTimeout(r, 1_500))
    const update = async (from: number, to: number) => {
      for (let round = from; round < to; round++) {
        const messages = Array.from({ length: 1000 }, (_, k) => ({ key: `key-${k}`, value: `r${round}-k${k}` }))
        const alive = messages.filter((m) => latest.get(m.key) !== null)
        for (const m of alive) latest.set(m.key, m.value)
        await producer.send({ topic, messages: alive })
      }
    }
    await update(100, 104)
    // A round after these (stamping the tombstones' horizon), the horizon passed, then more dirty data.
    const rounds = node.broker.logs.cleaner.metrics.rounds
    while (node.broker.logs.cleaner.metrics.rounds === rounds) await new Promise((r) => setTimeout(r, 100))
    await new Promise((r) => setTimeout(r, 1_200))
    await update(104, 108)
    await producer.disconnect()
    const live = new Map([...latest].filter(([, v]) => v !== null))

    // The cleaner has rounds to make; poll until the cleaned part holds one record per key.
    let records: [string, string | null][] = []
    const deadline = Date.now() + 20_000
    for (;;) {
      records = await consumeAll(topic)
      const cleaned = records.length <= live.size + 1500 && !records.some(([, v]) => v === null)
      if (cleaned || Date.now() > deadline) break
      await new Promise((r) => setTimeout(r, 500))
    }
    // Replaying the log gives the latest map exactly.
    const replayed = new Map<string, string>()
    for (const [k, v] of records) {
      if (v === null) replayed.delete(k)
      else replayed.set(k, v)
    }
    expect(replayed).toEqual(live)
    expect(records.some(([, v]) => v === null)).toBe(false)
    // The uncleanable tail (the active segment) may still repeat keys; the rest has one record per key.
    expect(records.length).toBeLessThan(108_100 / 20)
    expect(node.broker.logs.cleaner.metrics.rounds).toBeGreaterThan(0)
  },
  90_000,
)
