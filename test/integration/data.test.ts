// Producing and consuming through a real `oxbow start` process with stock
// clients, one client writing and the others reading. Invariants: every
// consumer sees exactly the records produced (key, value, headers, null and
// empty keys and values, timestamps), at the offsets the producer was told,
// whatever the compression codec; batches are stored as the producer
// compressed them (checked with a raw Fetch); large and many records arrive
// whole and complete; and all of it survives a clean restart and `kill -9`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apis, type FetchRequest } from '../../src/protocol/generated/index.js'
import { readBatchHeader } from '../../src/protocol/records/batch.js'
import { BrokerProcess, ensureBuilt, kcat, RawClient, uniqueTopic } from './harness.js'
import { type Codec, type ConsumerName, consume, hex, type ProducerName, produce, type Rec } from './stock-clients.js'

let broker: BrokerProcess

beforeAll(async () => {
  ensureBuilt()
  broker = await BrokerProcess.start()
}, 120_000)

afterAll(async () => {
  await broker?.cleanup()
})

const BASE_TS = 1_700_000_000_000
const CONSUMERS: ConsumerName[] = ['confluent-kafka', 'kafka-python', 'kcat']

/** Every byte value, for binary keys. */
const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i))

/** Records that exercise the edges of the record format, trimmed to what `client` can send. */
function sampleRecords(client: ProducerName): Rec[] {
  const records: Rec[] = [
    {
      k: hex('k1'),
      v: hex('v1'),
      h: [
        ['h1', hex('x')],
        ['h2', hex('')],
      ],
    },
    { k: null, v: hex('no key'), h: [] },
    { k: hex('tombstone'), v: null, h: [] },
    { k: hex(''), v: hex(''), h: [] },
    {
      k: hex(ALL_BYTES),
      v: hex(Buffer.alloc(5000, ALL_BYTES)),
      h: [
        ['dup', hex('a')],
        ['dup', hex('b')],
      ],
    },
    { k: hex('k6'), v: hex('null header'), h: [['n', null]] },
    { k: hex('k7'), v: hex('utf-8 ✓ ünïcödé'), h: [['émoji', hex('🙂')]] },
  ]
  const fit = records.filter((r) => {
    const nullHeader = r.h.some(([, v]) => v === null)
    const dupHeader = new Set(r.h.map(([n]) => n)).size !== r.h.length
    if (client === 'kafkajs' || client === 'kafka-python') return !nullHeader
    if (client === 'platformatic') return !nullHeader && !dupHeader
    return true
  })
  return fit.map((r, i) => ({ ...r, ts: BASE_TS + i * 1000 }))
}

/** What a consumer should return for `records` written at offsets 0.. of partition 0. */
function expected(records: readonly Rec[], forKcat = false): Rec[] {
  return records.map((r, i) => ({
    p: 0,
    o: i,
    ts: r.ts!,
    k: r.k,
    v: r.v,
    // kcat prints a null header value as NULL.
    h: forKcat ? r.h.map(([n, v]) => [n, v ?? hex('NULL')] as [string, string]) : r.h,
  }))
}

/** Codec ids of the batches stored in partition 0, read with a raw Fetch v4 (no fetch session). */
async function storedCodecs(topic: string): Promise<number[]> {
  const client = await RawClient.connect(broker.port)
  try {
    const request: FetchRequest = {
      ...apis.FETCH.request.create(),
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 64 * 1024 * 1024,
      topics: [
        {
          topic,
          topicId: Buffer.alloc(16),
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: 0n,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 64 * 1024 * 1024,
              replicaDirectoryId: Buffer.alloc(16),
            },
          ],
        },
      ],
    }
    const { body } = await client.request(apis.FETCH, 4, request)
    const partition = body.responses[0]?.partitions[0]
    expect(partition?.errorCode).toBe(0)
    const records = partition?.records ?? null
    if (records === null) return []
    const codecs: number[] = []
    for (let at = 0; at < records.length; ) {
      const header = readBatchHeader(records, at)
      codecs.push(header.compression)
      at += header.sizeInBytes
    }
    return codecs
  } finally {
    client.close()
  }
}

describe('each producer, read back by every consumer', () => {
  const producers: ProducerName[] = ['confluent-kafka', 'kafka-python', 'kafkajs', 'platformatic']
  for (const producer of producers) {
    it(`${producer}: keys, values, headers, null and empty fields, timestamps`, async () => {
      const topic = uniqueTopic(`rt-${producer}`)
      const records = sampleRecords(producer)
      const offsets = await produce(producer, broker.bootstrap, topic, records)
      expect(offsets).toEqual(records.map((_, i) => [0, i]))
      for (const consumer of CONSUMERS) {
        const got = await consume(consumer, broker.bootstrap, topic, { count: records.length })
        expect(got, consumer).toEqual(expected(records, consumer === 'kcat'))
      }
    })
  }

  it('kcat: text records with keys, read by confluent-kafka and kafka-python', async () => {
    const topic = uniqueTopic('rt-kcat')
    const records: Rec[] = Array.from({ length: 20 }, (_, i) => ({ k: hex(`key-${i}`), v: hex(`value ${i}`), h: [] }))
    await produce('kcat', broker.bootstrap, topic, records)
    for (const consumer of ['confluent-kafka', 'kafka-python'] as const) {
      const got = await consume(consumer, broker.bootstrap, topic, { count: records.length })
      expect(
        got.map((r) => [r.p, r.o, r.k, r.v, r.h]),
        consumer,
      ).toEqual(records.map((r, i) => [0, i, r.k, r.v, []]))
    }
  })
})

describe('compression: produced by one client, consumed by the others', () => {
  const cases: [Codec, ProducerName][] = [
    ['gzip', 'kafkajs'],
    ['snappy', 'platformatic'],
    ['lz4', 'platformatic'],
    ['snappy', 'kcat'],
    ['zstd', 'confluent-kafka'],
    ['gzip', 'kafka-python'],
    ['snappy', 'confluent-kafka'],
    ['lz4', 'kafka-python'],
    ['zstd', 'kafkajs'],
  ]
  const CODEC_IDS: Record<Codec, number> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 }
  for (const [codec, producer] of cases) {
    it(`${codec} from ${producer}`, async () => {
      const topic = uniqueTopic(`codec-${codec}-${producer}`)
      const records: Rec[] = Array.from({ length: 200 }, (_, i) => ({
        k: hex(`key-${i % 7}`),
        v: hex(`${codec} value ${i} ${'compressible '.repeat(10)}`),
        h: [],
      }))
      const offsets = await produce(producer, broker.bootstrap, topic, records, { codec })
      if (producer !== 'kcat') expect(offsets).toEqual(records.map((_, i) => [0, i]))
      const codecs = await storedCodecs(topic)
      expect(codecs.length).toBeGreaterThan(0)
      expect(new Set(codecs)).toEqual(new Set([CODEC_IDS[codec]]))
      for (const consumer of CONSUMERS) {
        const got = await consume(consumer, broker.bootstrap, topic, { count: records.length })
        expect(
          got.map((r) => [r.p, r.o, r.k, r.v]),
          consumer,
        ).toEqual(records.map((r, i) => [0, i, r.k, r.v]))
      }
    })
  }
})

describe('sizes and counts', () => {
  it('1 MB messages (confluent-kafka in, kafka-python and kcat out); above message.max.bytes is refused', async () => {
    const topic = uniqueTopic('big')
    const values = [0x11, 0x22, 0x33].map((fill, i) => {
      const b = Buffer.alloc(1_000_000, fill)
      b.write(`message ${i}`)
      return b
    })
    const records: Rec[] = values.map((v, i) => ({ k: hex(`big-${i}`), v: hex(v), h: [] }))
    const config = { 'message.max.bytes': 2_000_000 }
    expect(await produce('confluent-kafka', broker.bootstrap, topic, records, { config })).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ])
    for (const consumer of ['kafka-python', 'kcat', 'confluent-kafka'] as const) {
      const got = await consume(consumer, broker.bootstrap, topic, { count: 3 })
      expect(
        got.map((r) => [r.o, r.k, r.v]),
        consumer,
      ).toEqual(records.map((r, i) => [i, r.k, r.v]))
    }
    // Kafka's default message.max.bytes is 1048588: a 1.2 MB record gets MESSAGE_TOO_LARGE.
    const tooBig: Rec = { k: null, v: hex(Buffer.alloc(1_200_000, 0x44)), h: [] }
    await expect(
      produce('confluent-kafka', broker.bootstrap, topic, [tooBig], {
        config: { ...config, 'message.send.max.retries': 0 },
      }),
    ).rejects.toThrow(/MSG_SIZE_TOO_LARGE|too large/i)
  })

  it('100,000 small messages over 3 partitions (kcat in, confluent-kafka out)', async () => {
    // A broker of its own, whose auto-created topics get 3 partitions.
    const node = await BrokerProcess.start({ overrides: { 'num.partitions': '3' } })
    try {
      const topic = uniqueTopic('many')
      await kcat(['-b', node.bootstrap, '-L', '-t', topic, '-m', '5'])
      const count = 100_000
      const lines = Array.from({ length: count }, (_, i) => `k${i % 1000}\tm-${String(i).padStart(6, '0')}`)
      const started = performance.now()
      await kcat(['-b', node.bootstrap, '-P', '-t', topic, '-K', '\t', '-X', 'linger.ms=20'], {
        input: `${lines.join('\n')}\n`,
        timeoutMs: 60_000,
      })
      const produced = performance.now()
      const got = await consume('confluent-kafka', node.bootstrap, topic, { count, timeoutMs: 60_000 })
      const consumed = performance.now()
      console.log(
        `100k messages: produce ${(produced - started).toFixed(0)} ms, consume ${(consumed - produced).toFixed(0)} ms`,
      )
      expect(got).toHaveLength(count)
      expect(got.map((r) => Buffer.from(r.v!, 'hex').toString()).sort()).toEqual(
        lines.map((l) => l.slice(l.indexOf('\t') + 1)),
      )
      // Offsets are dense from 0 in every partition, and one key always lands in one partition.
      const byPartition = new Map<number, number[]>()
      const partitionOfKey = new Map<string, number>()
      for (const r of got) {
        const offsets = byPartition.get(r.p!) ?? []
        offsets.push(r.o!)
        byPartition.set(r.p!, offsets)
        expect(partitionOfKey.get(r.k!) ?? r.p).toBe(r.p)
        partitionOfKey.set(r.k!, r.p!)
      }
      expect([...byPartition.keys()].sort()).toEqual([0, 1, 2])
      for (const offsets of byPartition.values()) expect(offsets).toEqual(offsets.map((_, i) => i))
    } finally {
      await node.cleanup()
    }
  }, 120_000)
})
