// Goal: the data-path handlers answer exactly what Kafka answers, byte for
// byte where bytes are returned. Method: one in-process node on a temp dir,
// driven over a real socket with raw frames from our codecs (raw-client.ts);
// assertions on offsets, error codes and the stored record bytes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis, type FetchRequest, type ProduceRequest } from '../../../src/protocol/generated/index.js'
import {
  assignOffsetAndEpoch,
  type BatchInput,
  encodeBatch,
  readBatchHeader,
  writeCrc,
} from '../../../src/protocol/records/index.js'
import { RawClient } from '../../support/raw-client.js'
import { createTopic } from '../../support/topics.js'

let node: RunningNode
let client: RawClient
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-data-'))
  node = await startNode({
    dataDir: dir,
    port: 0,
    properties: { 'max.incremental.fetch.session.cache.slots': '2' },
  })
  client = await RawClient.connect(node.port)
})

afterAll(async () => {
  client?.close()
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

function records(count: number, prefix: string, timestamp = Date.now()): BatchInput {
  return {
    records: Array.from({ length: count }, (_, i) => ({
      timestamp: BigInt(timestamp + i),
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`${prefix}-${i}`),
      headers: [{ key: 'h', value: Buffer.from(String(i)) }],
    })),
  }
}

function produce(topic: string, partition: number, batch: Buffer | null, acks = 1): ProduceRequest {
  const request = apis.PRODUCE.request.create()
  request.acks = acks
  request.timeoutMs = 5000
  request.topicData = [{ name: topic, partitionData: [{ index: partition, records: batch }] }]
  return request
}

function fetch(
  parts: { topic: string; topicId?: Buffer; partition: number; offset: number; maxBytes?: number }[],
  options: Partial<FetchRequest> = {},
): FetchRequest {
  const request = apis.FETCH.request.create()
  request.maxWaitMs = 0
  request.minBytes = 0
  request.maxBytes = 50 * 1024 * 1024
  request.sessionEpoch = -1
  request.topics = parts.map((p) => ({
    topic: p.topic,
    topicId: p.topicId ?? Buffer.alloc(16),
    partitions: [
      {
        partition: p.partition,
        currentLeaderEpoch: -1,
        fetchOffset: BigInt(p.offset),
        lastFetchedEpoch: -1,
        logStartOffset: -1n,
        partitionMaxBytes: p.maxBytes ?? 1024 * 1024,
        replicaDirectoryId: Buffer.alloc(16),
      },
    ],
  }))
  return Object.assign(request, options)
}

/** The bytes the log must hold for a sent batch: offsets and leader epoch stamped. */
function stored(batch: Buffer, baseOffset: number, leaderEpoch = 0): Buffer {
  const copy = Buffer.from(batch)
  assignOffsetAndEpoch(copy, 0, { baseOffset: BigInt(baseOffset), partitionLeaderEpoch: leaderEpoch })
  return copy
}

describe('Produce', () => {
  it('appends at v3, v7 and v11 and returns base offsets and the log start offset', async () => {
    await createTopic(node, 'p1')
    const b1 = await encodeBatch(records(3, 'a'))
    const b2 = await encodeBatch({ ...records(2, 'b'), compression: 'gzip' })
    const b3 = await encodeBatch({ ...records(1, 'c'), compression: 'zstd' })
    const r1 = await client.request(apis.PRODUCE, 3, produce('p1', 0, b1))
    const r2 = await client.request(apis.PRODUCE, 7, produce('p1', 0, b2, -1))
    const r3 = await client.request(apis.PRODUCE, 11, produce('p1', 0, b3))
    expect(r1.responses[0]?.partitionResponses[0]).toMatchObject({ index: 0, errorCode: 0, baseOffset: 0n })
    expect(r2.responses[0]?.partitionResponses[0]).toMatchObject({
      errorCode: 0,
      baseOffset: 3n,
      logAppendTimeMs: -1n,
      logStartOffset: 0n,
    })
    expect(r3.responses[0]?.partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 5n, logStartOffset: 0n })
    const f = await client.request(apis.FETCH, 4, fetch([{ topic: 'p1', partition: 0, offset: 0 }]))
    const p = f.responses[0]?.partitions[0]
    expect(p).toMatchObject({ errorCode: 0, highWatermark: 6n, lastStableOffset: 6n })
    expect(p?.records).toEqual(Buffer.concat([stored(b1, 0), stored(b2, 3), stored(b3, 5)]))
  })

  it('answers per-partition errors with the shape of the request', async () => {
    await createTopic(node, 'p2', 2)
    const good = await encodeBatch(records(1, 'x'))
    const corrupt = Buffer.from(good)
    corrupt[corrupt.length - 1] = (corrupt[corrupt.length - 1] ?? 0) ^ 0xff
    const twoBatches = Buffer.concat([good, good])
    const legacy = Buffer.from(good)
    legacy[16] = 1
    const request = produce('p2', 0, good)
    request.topicData = [
      {
        name: 'p2',
        partitionData: [
          { index: 0, records: corrupt },
          { index: 1, records: twoBatches },
          { index: 7, records: good },
        ],
      },
      { name: 'no-such-topic', partitionData: [{ index: 0, records: good }] },
      { name: 'p2', partitionData: [{ index: 1, records: legacy }] },
    ]
    const response = await client.request(apis.PRODUCE, 9, request)
    const codes = response.responses.map((t) => [t.name, t.partitionResponses.map((p) => [p.index, p.errorCode])])
    expect(codes).toEqual([
      [
        'p2',
        [
          [0, ErrorCode.CORRUPT_MESSAGE],
          [1, ErrorCode.INVALID_RECORD],
          [7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
        ],
      ],
      ['no-such-topic', [[0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]],
      ['p2', [[1, ErrorCode.INVALID_RECORD]]],
    ])
    expect(response.responses[0]?.partitionResponses[0]).toMatchObject({ baseOffset: -1n, logStartOffset: -1n })
    const acks = await client.request(apis.PRODUCE, 9, produce('p2', 0, good, 2))
    expect(acks.responses[0]?.partitionResponses[0]?.errorCode).toBe(ErrorCode.INVALID_REQUIRED_ACKS)
    expect(node.broker.logs.getLog({ topic: 'p2', partition: 0 })?.logEndOffset).toBe(0)
  })

  it('refuses batches above max.message.bytes and timestamps outside the topic bounds', async () => {
    await createTopic(node, 'p3', 1, { 'max.message.bytes': '200', 'message.timestamp.after.max.ms': '60000' })
    const big = await encodeBatch({ records: [{ timestamp: BigInt(Date.now()), value: Buffer.alloc(300) }] })
    const future = await encodeBatch(records(2, 'f', Date.now() + 3_600_000))
    const r = await client.request(apis.PRODUCE, 8, produce('p3', 0, big))
    expect(r.responses[0]?.partitionResponses[0]?.errorCode).toBe(ErrorCode.MESSAGE_TOO_LARGE)
    const t = await client.request(apis.PRODUCE, 8, produce('p3', 0, future))
    const p = t.responses[0]?.partitionResponses[0]
    expect(p?.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP)
    expect(p?.recordErrors.map((e) => e.batchIndex)).toEqual([0])
    expect(p?.errorMessage).toMatch(/out of range/)
  })

  it('stamps LogAppendTime batches and returns logAppendTimeMs', async () => {
    await createTopic(node, 'p4', 1, { 'message.timestamp.type': 'LogAppendTime' })
    const batch = await encodeBatch(records(2, 'l', 1000))
    const before = Date.now()
    const r = await client.request(apis.PRODUCE, 11, produce('p4', 0, batch))
    const appendTime = r.responses[0]?.partitionResponses[0]?.logAppendTimeMs ?? -1n
    expect(Number(appendTime)).toBeGreaterThanOrEqual(before)
    expect(Number(appendTime)).toBeLessThanOrEqual(Date.now())
    const f = await client.request(apis.FETCH, 12, fetch([{ topic: 'p4', partition: 0, offset: 0 }]))
    const header = readBatchHeader(f.responses[0]?.partitions[0]?.records ?? Buffer.alloc(0))
    expect(header.timestampType).toBe('LogAppendTime')
    expect(header.maxTimestamp).toBe(appendTime)
    const expected = stored(batch, 0)
    expected.writeInt16BE(expected.readInt16BE(21) | 0x08, 21)
    expected.writeBigInt64BE(appendTime, 35)
    writeCrc(expected, 0, expected.length)
    expect(f.responses[0]?.partitions[0]?.records).toEqual(expected)
  })

  it('sends nothing for acks=0, and closes the connection when an acks=0 partition fails', async () => {
    await createTopic(node, 'p5')
    const c = await RawClient.connect(node.port)
    c.send(apis.PRODUCE, 9, produce('p5', 0, await encodeBatch(records(1, 'z')), 0))
    const m = await c.request(apis.LIST_OFFSETS, 1, listOffsets('p5', 0, -1n))
    expect(m.topics[0]?.partitions[0]?.offset).toBe(1n)
    c.send(apis.PRODUCE, 9, produce('no-such-topic', 0, await encodeBatch(records(1, 'z')), 0))
    await c.closed
  })

  it('closes the connection on Produce v0-v2 (advertised from v0 for KAFKA-18659, refused as Kafka 4)', async () => {
    const versions = await client.request(apis.API_VERSIONS, 3, {
      ...apis.API_VERSIONS.request.create(),
      clientSoftwareName: 'test',
      clientSoftwareVersion: '1',
    })
    expect(versions.apiKeys.find((k) => k.apiKey === 0)).toMatchObject({ minVersion: 0, maxVersion: 11 })
    const c = await RawClient.connect(node.port)
    c.send(apis.PRODUCE, 2, produce('p5', 0, await encodeBatch(records(1, 'z'))))
    await c.closed
  })
})

function listOffsets(topic: string, partition: number, timestamp: bigint, currentLeaderEpoch = -1, maxNumOffsets = 1) {
  const request = apis.LIST_OFFSETS.request.create()
  request.replicaId = -1
  request.topics = [
    { name: topic, partitions: [{ partitionIndex: partition, currentLeaderEpoch, timestamp, maxNumOffsets }] },
  ]
  return request
}

describe('Fetch', () => {
  it('returns the whole batch holding a middle offset, by name and by topic id', async () => {
    const topicId = await createTopic(node, 'f1')
    const b = await encodeBatch(records(5, 'm'))
    await client.request(apis.PRODUCE, 9, produce('f1', 0, b))
    const byName = await client.request(apis.FETCH, 12, fetch([{ topic: 'f1', partition: 0, offset: 3 }]))
    expect(byName.responses[0]?.partitions[0]?.records).toEqual(stored(b, 0))
    const byId = await client.request(apis.FETCH, 17, fetch([{ topic: '', topicId, partition: 0, offset: 2 }]))
    expect(byId.responses[0]?.topicId).toEqual(topicId)
    expect(byId.responses[0]?.partitions[0]).toMatchObject({ errorCode: 0, highWatermark: 5n, logStartOffset: 0n })
    expect(byId.responses[0]?.partitions[0]?.records).toEqual(stored(b, 0))
    const atEnd = await client.request(apis.FETCH, 17, fetch([{ topic: '', topicId, partition: 0, offset: 5 }]))
    expect(atEnd.responses[0]?.partitions[0]?.records?.length).toBe(0)
  })

  it('answers OFFSET_OUT_OF_RANGE, UNKNOWN_TOPIC_OR_PARTITION and UNKNOWN_TOPIC_ID', async () => {
    const f = await client.request(
      apis.FETCH,
      11,
      fetch([
        { topic: 'f1', partition: 0, offset: 6 },
        { topic: 'f1', partition: 3, offset: 0 },
        { topic: 'nope', partition: 0, offset: 0 },
      ]),
    )
    expect(f.responses.map((t) => t.partitions.map((p) => p.errorCode))).toEqual([
      [ErrorCode.OFFSET_OUT_OF_RANGE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    ])
    expect(f.responses[0]?.partitions[0]).toMatchObject({ highWatermark: 5n, logStartOffset: 0n })
    const unknownId = Buffer.alloc(16, 7)
    const g = await client.request(apis.FETCH, 13, fetch([{ topic: '', topicId: unknownId, partition: 0, offset: 0 }]))
    expect(g.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID)
    expect(g.responses[0]?.topicId).toEqual(unknownId)
  })

  it('gives only the first partition with data a batch above the limits (KIP-74)', async () => {
    await createTopic(node, 'f2', 2)
    const b0 = await encodeBatch(records(20, 'x'.repeat(50)))
    const b1 = await encodeBatch(records(20, 'y'.repeat(50)))
    await client.request(apis.PRODUCE, 9, produce('f2', 0, b0))
    await client.request(apis.PRODUCE, 9, produce('f2', 1, b1))
    const request = fetch([
      { topic: 'f2', partition: 0, offset: 0, maxBytes: 100 },
      { topic: 'f2', partition: 1, offset: 0, maxBytes: 100 },
    ])
    const f = await client.request(apis.FETCH, 12, request)
    expect(f.responses.flatMap((t) => t.partitions.map((p) => p.records?.length))).toEqual([b0.length, 0])
    const small = await client.request(apis.FETCH, 12, { ...request, maxBytes: 10 })
    expect(small.responses.flatMap((t) => t.partitions.map((p) => p.records?.length))).toEqual([b0.length, 0])
  })

  it('keeps fetch sessions: full, incremental, forgotten, errors (KIP-227)', async () => {
    await createTopic(node, 's1', 2)
    const full = await client.request(
      apis.FETCH,
      12,
      fetch(
        [
          { topic: 's1', partition: 0, offset: 0 },
          { topic: 's1', partition: 1, offset: 0 },
        ],
        { sessionEpoch: 0 },
      ),
    )
    const sessionId = full.sessionId
    expect(sessionId).toBeGreaterThan(0)
    expect(full.responses.flatMap((t) => t.partitions.map((p) => p.partitionIndex))).toEqual([0, 1])
    const quiet = await client.request(apis.FETCH, 12, fetch([], { sessionId, sessionEpoch: 1 }))
    expect(quiet).toMatchObject({ errorCode: 0, sessionId, responses: [] })
    const b = await encodeBatch(records(2, 's'))
    await client.request(apis.PRODUCE, 9, produce('s1', 1, b))
    const changed = await client.request(apis.FETCH, 12, fetch([], { sessionId, sessionEpoch: 2 }))
    expect(changed.responses.map((t) => t.partitions.map((p) => [p.partitionIndex, p.highWatermark]))).toEqual([
      [[1, 2n]],
    ])
    expect(changed.responses[0]?.partitions[0]?.records).toEqual(stored(b, 0))
    // The session still fetches partition 1 from offset 0 until the client says otherwise.
    const moved = await client.request(
      apis.FETCH,
      12,
      fetch([{ topic: 's1', partition: 1, offset: 2 }], { sessionId, sessionEpoch: 3 }),
    )
    expect(moved.responses).toEqual([])
    const forget = fetch([], { sessionId, sessionEpoch: 4 })
    forget.forgottenTopicsData = [{ topic: 's1', topicId: Buffer.alloc(16), partitions: [0, 1] }]
    expect((await client.request(apis.FETCH, 12, forget)).responses).toEqual([])
    await client.request(apis.PRODUCE, 9, produce('s1', 0, b))
    expect((await client.request(apis.FETCH, 12, fetch([], { sessionId, sessionEpoch: 5 }))).responses).toEqual([])
    const badEpoch = await client.request(apis.FETCH, 12, fetch([], { sessionId, sessionEpoch: 9 }))
    expect(badEpoch).toMatchObject({ errorCode: ErrorCode.INVALID_FETCH_SESSION_EPOCH, sessionId: 0, responses: [] })
    const unknown = await client.request(apis.FETCH, 12, fetch([], { sessionId: sessionId + 1, sessionEpoch: 1 }))
    expect(unknown.errorCode).toBe(ErrorCode.FETCH_SESSION_ID_NOT_FOUND)
    const topicIds = await client.request(apis.FETCH, 13, fetch([], { sessionId, sessionEpoch: 6 }))
    expect(topicIds.errorCode).toBe(ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR)
    const closing = await client.request(apis.FETCH, 12, fetch([], { sessionId, sessionEpoch: -1 }))
    expect(closing.sessionId).toBe(0)
    const gone = await client.request(apis.FETCH, 12, fetch([], { sessionId, sessionEpoch: 7 }))
    expect(gone.errorCode).toBe(ErrorCode.FETCH_SESSION_ID_NOT_FOUND)
  })

  it('bounds the session cache (max.incremental.fetch.session.cache.slots=2)', async () => {
    const one = fetch([{ topic: 's1', partition: 0, offset: 0 }], { sessionEpoch: 0 })
    const ids = []
    for (let i = 0; i < 3; i++) ids.push((await client.request(apis.FETCH, 12, one)).sessionId)
    expect(ids.filter((id) => id > 0)).toHaveLength(2)
    expect(ids[2]).toBe(0)
    // A larger session may evict a smaller one.
    const two = fetch(
      [
        { topic: 's1', partition: 0, offset: 0 },
        { topic: 's1', partition: 1, offset: 0 },
      ],
      {
        sessionEpoch: 0,
      },
    )
    expect((await client.request(apis.FETCH, 12, two)).sessionId).toBeGreaterThan(0)
    for (const id of ids)
      if (id > 0) await client.request(apis.FETCH, 12, fetch([], { sessionId: id, sessionEpoch: -1 }))
  })

  it('wakes a long poll promptly on append', async () => {
    await createTopic(node, 'lp')
    const waiter = await RawClient.connect(node.port)
    const started = Date.now()
    const parked = waiter.request(
      apis.FETCH,
      12,
      fetch([{ topic: 'lp', partition: 0, offset: 0 }], { maxWaitMs: 10_000, minBytes: 1 }),
    )
    await new Promise((r) => setTimeout(r, 100))
    const b = await encodeBatch(records(1, 'w'))
    const acked = await client.request(apis.PRODUCE, 9, produce('lp', 0, b))
    const ackedAt = Date.now()
    const response = await parked
    const latencyMs = Date.now() - ackedAt
    expect(acked.responses[0]?.partitionResponses[0]?.errorCode).toBe(0)
    expect(response.responses[0]?.partitions[0]?.records).toEqual(stored(b, 0))
    expect(Date.now() - started).toBeGreaterThanOrEqual(100)
    expect(latencyMs).toBeLessThan(200)
    waiter.close()
  })

  it('answers after maxWaitMs when nothing arrives', async () => {
    const started = Date.now()
    const r = await client.request(
      apis.FETCH,
      12,
      fetch([{ topic: 'lp', partition: 0, offset: 1 }], { maxWaitMs: 150, minBytes: 1 }),
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(r.responses[0]?.partitions[0]).toMatchObject({ errorCode: 0, highWatermark: 1n })
  })
})

describe('ListOffsets', () => {
  it('answers earliest, latest, max timestamp and by timestamp at every version shape', async () => {
    await createTopic(node, 'lo')
    const t0 = 1_700_000_000_000
    await client.request(apis.PRODUCE, 9, produce('lo', 0, await encodeBatch(records(3, 'a', t0)))) // 0..2 at t0..t0+2
    await client.request(apis.PRODUCE, 9, produce('lo', 0, await encodeBatch(records(2, 'b', t0 + 100)))) // 3..4
    await client.request(apis.PRODUCE, 9, produce('lo', 0, await encodeBatch(records(1, 'c', t0 + 50)))) // 5
    const one = async (version: number, ts: bigint, epoch = -1) =>
      (await client.request(apis.LIST_OFFSETS, version, listOffsets('lo', 0, ts, epoch, version === 0 ? 10 : 1)))
        .topics[0]?.partitions[0]
    expect(await one(1, -2n)).toMatchObject({ errorCode: 0, offset: 0n, timestamp: -1n })
    expect(await one(4, -1n)).toMatchObject({ offset: 6n, timestamp: -1n, leaderEpoch: 0 })
    expect(await one(7, -3n)).toMatchObject({ offset: 4n, timestamp: BigInt(t0 + 101), leaderEpoch: 0 })
    expect(await one(9, BigInt(t0 + 1))).toMatchObject({ offset: 1n, timestamp: BigInt(t0 + 1) })
    expect(await one(9, BigInt(t0 + 50))).toMatchObject({ offset: 3n, timestamp: BigInt(t0 + 100) })
    expect(await one(9, BigInt(t0 + 101))).toMatchObject({ offset: 4n, timestamp: BigInt(t0 + 101) })
    expect(await one(9, BigInt(t0 + 102))).toMatchObject({ offset: -1n, timestamp: -1n, leaderEpoch: -1 })
    expect(await one(8, -4n)).toMatchObject({ offset: 0n, leaderEpoch: 0 })
    expect(await one(0, -1n)).toMatchObject({ errorCode: 0, oldStyleOffsets: [6n, 0n] })
    expect(await one(0, -2n)).toMatchObject({ oldStyleOffsets: [0n] })
    expect(await one(4, -1n, 1)).toMatchObject({ errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH, offset: -1n })
    const unknown = await client.request(apis.LIST_OFFSETS, 5, listOffsets('lo', 4, -1n))
    expect(unknown.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
  })
})

describe('DeleteRecords and OffsetForLeaderEpoch', () => {
  it('moves the log start offset, refuses offsets past the high watermark', async () => {
    const request = (offset: bigint) => ({
      ...apis.DELETE_RECORDS.request.create(),
      timeoutMs: 1000,
      topics: [{ name: 'lo', partitions: [{ partitionIndex: 0, offset }] }],
    })
    const past = await client.request(apis.DELETE_RECORDS, 2, request(7n))
    expect(past.topics[0]?.partitions[0]).toMatchObject({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, lowWatermark: -1n })
    const moved = await client.request(apis.DELETE_RECORDS, 0, request(2n))
    expect(moved.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, lowWatermark: 2n })
    const earliest = await client.request(apis.LIST_OFFSETS, 9, listOffsets('lo', 0, -2n))
    expect(earliest.topics[0]?.partitions[0]?.offset).toBe(2n)
    const below = await client.request(apis.FETCH, 12, fetch([{ topic: 'lo', partition: 0, offset: 1 }]))
    expect(below.responses[0]?.partitions[0]).toMatchObject({
      errorCode: ErrorCode.OFFSET_OUT_OF_RANGE,
      logStartOffset: 2n,
      highWatermark: 6n,
    })
    const all = await client.request(apis.DELETE_RECORDS, 1, request(-1n))
    expect(all.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, lowWatermark: 6n })
  })

  it('answers the end offset of an epoch', async () => {
    const request = (leaderEpoch: number, currentLeaderEpoch = -1) => ({
      ...apis.OFFSET_FOR_LEADER_EPOCH.request.create(),
      replicaId: -1,
      topics: [{ topic: 'f1', partitions: [{ partition: 0, currentLeaderEpoch, leaderEpoch }] }],
    })
    const current = await client.request(apis.OFFSET_FOR_LEADER_EPOCH, 4, request(0))
    expect(current.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, leaderEpoch: 0, endOffset: 5n })
    const newer = await client.request(apis.OFFSET_FOR_LEADER_EPOCH, 3, request(1))
    expect(newer.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, leaderEpoch: -1, endOffset: -1n })
    const fenced = await client.request(apis.OFFSET_FOR_LEADER_EPOCH, 2, request(0, 3))
    expect(fenced.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH)
    const v0 = await client.request(apis.OFFSET_FOR_LEADER_EPOCH, 0, request(0))
    expect(v0.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, endOffset: 5n })
  })
})

describe('close', () => {
  it('completes parked fetches when the node closes', async () => {
    const d = mkdtempSync(join(tmpdir(), 'oxbow-close-'))
    const n = await startNode({ dataDir: d, port: 0 })
    await createTopic(n, 'c')
    const c = await RawClient.connect(n.port)
    const parked = c.request(
      apis.FETCH,
      12,
      fetch([{ topic: 'c', partition: 0, offset: 0 }], { maxWaitMs: 60_000, minBytes: 1 }),
    )
    await new Promise((r) => setTimeout(r, 50))
    const started = Date.now()
    await n.close()
    expect(Date.now() - started).toBeLessThan(1000)
    expect((await parked).responses[0]?.partitions[0]?.errorCode).toBe(0)
    c.close()
    rmSync(d, { recursive: true, force: true })
  })
})
