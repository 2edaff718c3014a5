// Offsets and durability through stock clients against a real `oxbow start`
// process. Invariants: ListOffsets by timestamp returns the first offset whose
// timestamp is >= the target (KAFKA-TRAPS 7), across compressed batches and
// out-of-order timestamps, as kafka-python, confluent-kafka and KafkaJS ask
// for it; DeleteRecords (KafkaJS, @platformatic/kafka) moves the log start
// offset that every consumer then starts from; and every acknowledged record
// is still there, at the same offset, after a clean restart, with new
// records continuing the offsets.
import { Admin } from '@platformatic/kafka'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BrokerProcess, ensureBuilt, pyClient, uniqueTopic } from './harness.js'
import { consume, hex, produce, type Rec } from './stock-clients.js'

let broker: BrokerProcess

beforeAll(async () => {
  ensureBuilt()
  broker = await BrokerProcess.start()
}, 120_000)

afterAll(async () => {
  await broker?.cleanup()
})

const T = 1_700_000_000_000

type Offsets = Record<string, { low: number; high: number; times: unknown[] }>

function kafkajsAdmin(bootstrap: string) {
  return new Kafka({ brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin()
}

const records = (n: number, tag: string, extra: Partial<Rec> = {}): Rec[] =>
  Array.from({ length: n }, (_, i) => ({ k: hex(`${tag}-key-${i}`), v: hex(`${tag} value ${i}`), h: [], ...extra }))

describe('ListOffsets', () => {
  it('by timestamp: the first offset at or after the target, across compressed batches and out-of-order times', async () => {
    const topic = uniqueTopic('by-time')
    // Offsets 0-4 in one gzip batch, then 5-6 uncompressed with an earlier timestamp at 5.
    const first = [0, 1000, 1000, 3000, 5000].map((d, i) => ({ k: null, v: hex(`a${i}`), h: [], p: 0, ts: T + d }))
    const second = [2000, 7000].map((d, i) => ({ k: null, v: hex(`b${i}`), h: [], p: 0, ts: T + d }))
    expect(await produce('confluent-kafka', broker.bootstrap, topic, first, { codec: 'gzip' })).toEqual(
      first.map((_, i) => [0, i]),
    )
    expect(await produce('confluent-kafka', broker.bootstrap, topic, second)).toEqual([
      [0, 5],
      [0, 6],
    ])
    const targets = [-1, 0, 1, 1000, 1001, 1500, 3000, 3001, 5000, 5001, 7000, 7001].map((d) => T + d)
    const want = [0, 0, 1, 1, 3, 3, 3, 4, 4, 6, 6, null]
    const timestampOf = [0, 1000, 1000, 3000, 5000, 2000, 7000].map((d) => T + d)

    const kp = await pyClient<Offsets>('kp-offsets', [broker.bootstrap, topic, ...targets])
    expect(kp['0']).toEqual({
      low: 0,
      high: 7,
      times: want.map((o) => (o === null ? null : [o, timestampOf[o]])),
    })
    const ck = await pyClient<Offsets>('ck-offsets', [broker.bootstrap, topic, ...targets])
    expect(ck['0']).toEqual({ low: 0, high: 7, times: want.map((o) => o ?? -1) })

    const admin = kafkajsAdmin(broker.bootstrap)
    await admin.connect()
    try {
      expect(await admin.fetchTopicOffsets(topic)).toEqual([{ partition: 0, offset: '7', high: '7', low: '0' }])
      expect(await admin.fetchTopicOffsetsByTimestamp(topic, T + 1001)).toEqual([{ partition: 0, offset: '3' }])
      expect(await admin.fetchTopicOffsetsByTimestamp(topic, T - 5)).toEqual([{ partition: 0, offset: '0' }])
    } finally {
      await admin.disconnect()
    }
  })
})

describe('DeleteRecords', () => {
  it('KafkaJS then @platformatic/kafka move the log start; consumers start there; a clean restart keeps it', async () => {
    const node = await BrokerProcess.start()
    let current = node
    try {
      const topic = uniqueTopic('delete-records')
      const written = records(10, 'dr', { p: 0 })
      expect(await produce('confluent-kafka', current.bootstrap, topic, written)).toEqual(written.map((_, i) => [0, i]))

      const admin = kafkajsAdmin(current.bootstrap)
      await admin.connect()
      try {
        // KafkaJS needs the topic's metadata loaded first, which fetchTopicOffsets does.
        expect(await admin.fetchTopicOffsets(topic)).toEqual([{ partition: 0, offset: '10', high: '10', low: '0' }])
        await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '4' }] })
        expect(await admin.fetchTopicOffsets(topic)).toEqual([{ partition: 0, offset: '10', high: '10', low: '4' }])
        // Past the high watermark: OFFSET_OUT_OF_RANGE, and nothing moves.
        await expect(
          admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '11' }] }),
        ).rejects.toThrow()
        expect(await admin.fetchTopicOffsets(topic)).toEqual([{ partition: 0, offset: '10', high: '10', low: '4' }])
      } finally {
        await admin.disconnect()
      }
      const tail = (from: number) => written.slice(from).map((r, i) => [from + i, r.k, r.v])
      for (const consumer of ['confluent-kafka', 'kafka-python', 'kcat'] as const) {
        const got = await consume(consumer, current.bootstrap, topic, { count: 6 })
        expect(
          got.map((r) => [r.o, r.k, r.v]),
          consumer,
        ).toEqual(tail(4))
      }
      // kafka-python asked for a deleted offset resets to the log start (auto_offset_reset=earliest).
      const reset = await consume('kafka-python', current.bootstrap, topic, { count: 6, offset: 1 })
      expect(reset.map((r) => r.o)).toEqual([4, 5, 6, 7, 8, 9])

      const plt = new Admin({ clientId: 'oxbow-it', bootstrapBrokers: [current.bootstrap] })
      try {
        const result = await plt.deleteRecords({
          topics: [{ name: topic, partitions: [{ partition: 0, offset: 6n }] }],
        })
        expect(result).toEqual([{ name: topic, partitions: [{ partition: 0, lowWatermark: 6n }] }])
      } finally {
        await plt.close()
      }
      expect((await pyClient<Offsets>('ck-offsets', [current.bootstrap, topic]))['0']).toMatchObject({
        low: 6,
        high: 10,
      })

      expect(await current.stop()).toBe(0)
      current = await current.restart()
      expect((await pyClient<Offsets>('kp-offsets', [current.bootstrap, topic]))['0']).toMatchObject({
        low: 6,
        high: 10,
      })
      const after = await consume('confluent-kafka', current.bootstrap, topic, { count: 4 })
      expect(after.map((r) => [r.o, r.k, r.v])).toEqual(tail(6))
    } finally {
      await current.cleanup()
    }
  })
})

describe('restarts keep every acknowledged record', () => {
  it('after SIGTERM, at the same offsets, and new records continue the offsets', async () => {
    const node = await BrokerProcess.start({ overrides: { 'num.partitions': '2' } })
    let current = node
    try {
      const topic = uniqueTopic('durable')
      const expected: Rec[] = []
      const add = (written: Rec[], offsets: [number, number][]) => {
        written.forEach((r, i) => {
          const [p, o] = offsets[i]!
          expected.push({ ...r, p, o })
        })
      }
      const snapshot = () =>
        expected
          .map((r) => [r.p, r.o, r.k, r.v])
          .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number))
      const readAll = async () => {
        const got = await consume('confluent-kafka', current.bootstrap, topic, { count: expected.length })
        return got.map((r) => [r.p, r.o, r.k, r.v])
      }

      // Keys spread over both partitions (librdkafka's partitioner), then a gzip batch from KafkaJS.
      const a = records(100, 'a')
      add(a, await produce('confluent-kafka', current.bootstrap, topic, a))
      expect(new Set(expected.map((r) => r.p))).toEqual(new Set([0, 1]))
      const b = records(20, 'b', { p: 1 })
      add(b, await produce('kafkajs', current.bootstrap, topic, b, { codec: 'gzip' }))
      expect(await readAll()).toEqual(snapshot())

      expect(await current.stop()).toBe(0)
      current = await current.restart()
      expect(await readAll()).toEqual(snapshot())
      const c = records(10, 'c', { p: 1 })
      const cOffsets = await produce('kafka-python', current.bootstrap, topic, c)
      const high1 = Math.max(...expected.filter((r) => r.p === 1).map((r) => r.o!))
      expect(cOffsets).toEqual(c.map((_, i) => [1, high1 + 1 + i]))
      add(c, cOffsets)

      // Acknowledged with acks=1, then killed (-9): every acknowledged record is still readable.
      const d = records(30, 'd', { p: 0 })
      add(d, await produce('confluent-kafka', current.bootstrap, topic, d, { acks: 1 }))
      await current.kill()
      current = await current.restart()
      expect(await readAll()).toEqual(snapshot())
      const e = records(5, 'e', { p: 0 })
      const eOffsets = await produce('platformatic', current.bootstrap, topic, e)
      const high0 = Math.max(...expected.filter((r) => r.p === 0).map((r) => r.o!))
      expect(eOffsets).toEqual(e.map((_, i) => [0, high0 + 1 + i]))
      add(e, eOffsets)
      expect(await readAll()).toEqual(snapshot())
      expect(current.logs.filter((l) => l.level >= 50)).toEqual([])
    } finally {
      await current.cleanup()
    }
  })
})
