// Goal: a compacted topic refuses keyless records in compressed batches too (INVALID_RECORD,
// KAFKA-TRAPS 8), while the appends to a partition keep their request order although that
// check decompresses asynchronously. Method: one in-process node, raw Produce frames (gzip
// and zstd batches, keyed and keyless), pipelined on one connection where order matters.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import type { CompressionName } from '../../../src/protocol/records/batch.js'
import { decodeBatch, encodeBatch } from '../../../src/protocol/records/codec.js'
import { RawClient } from '../../support/raw-client.js'
import { createTopic } from '../../support/topics.js'

const COMPACTED = 'ck'
const PLAIN = 'ck-plain'
let dir: string
let node: RunningNode
let client: RawClient

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-compressed-keyless-'))
  node = await startNode({ dataDir: dir, port: 0 })
  client = await RawClient.connect(node.port)
  await createTopic(node, COMPACTED, 2, { 'cleanup.policy': 'compact' })
  await createTopic(node, PLAIN, 1)
})

afterAll(async () => {
  client?.close()
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

function batch(keys: (string | null)[], compression: CompressionName, tag = 'v'): Promise<Buffer> {
  return encodeBatch({
    compression,
    records: keys.map((key, i) => ({
      timestamp: BigInt(Date.now()),
      key: key === null ? null : Buffer.from(key),
      value: Buffer.from(`${tag}-${i}`),
    })),
  })
}

function produce(topic: string, partition: number, records: Buffer, acks = -1) {
  return client
    .requestWith(apis.PRODUCE, 9, {
      acks,
      timeoutMs: 5_000,
      topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
    })
    .then((r) => r.responses[0]!.partitionResponses[0]!)
}

/** Every record of a partition as [offset, key, value]. */
async function readAll(topic: string, partition: number): Promise<[number, string | null, string][]> {
  const log = node.broker.logs.getLog({ topic, partition })!
  const out: [number, string | null, string][] = []
  const r = log.read({ fetchOffset: 0, maxBytes: 1 << 24, maxOffset: log.logEndOffset, minOneBatch: true })
  if (!r.ok) throw new Error(r.error)
  for (let p = 0; p < r.records.length; ) {
    const size = 12 + r.records.readInt32BE(p + 8)
    const { records } = await decodeBatch(r.records.subarray(p, p + size))
    for (const rec of records) out.push([Number(rec.offset), rec.key?.toString() ?? null, rec.value!.toString()])
    p += size
  }
  return out
}

it('a gzip or zstd batch with a keyless record is refused with INVALID_RECORD naming it; keyed ones are appended', async () => {
  const before = node.broker.logs.getLog({ topic: COMPACTED, partition: 0 })!.logEndOffset
  for (const compression of ['gzip', 'zstd'] as const) {
    const refused = await produce(COMPACTED, 0, await batch(['a', null, 'b'], compression))
    expect(refused.errorCode).toBe(ErrorCode.INVALID_RECORD)
    expect(refused.errorMessage).toContain('without key')
    expect(refused.recordErrors).toEqual([{ batchIndex: 1, batchIndexErrorMessage: null }])
    const accepted = await produce(COMPACTED, 0, await batch(['a', 'b'], compression, compression))
    expect(accepted.errorCode).toBe(ErrorCode.NONE)
  }
  const records = await readAll(COMPACTED, 0)
  expect(records.filter(([o]) => o >= before)).toEqual([
    [before, 'a', 'gzip-0'],
    [before + 1, 'b', 'gzip-1'],
    [before + 2, 'a', 'zstd-0'],
    [before + 3, 'b', 'zstd-1'],
  ])
  // A delete-policy topic takes keyless compressed records.
  expect((await produce(PLAIN, 0, await batch([null], 'gzip'))).errorCode).toBe(ErrorCode.NONE)
})

it('acks=0: a refused keyless compressed batch closes the connection', async () => {
  const other = await RawClient.connect(node.port)
  other.send(apis.PRODUCE, 9, {
    ...apis.PRODUCE.request.create(),
    acks: 0,
    timeoutMs: 5_000,
    topicData: [{ name: COMPACTED, partitionData: [{ index: 1, records: await batch([null], 'zstd') }] }],
  })
  await other.closed
})

it('pipelined on one connection, a compressed produce and the uncompressed ones after it land in request order', async () => {
  const log = node.broker.logs.getLog({ topic: COMPACTED, partition: 0 })!
  const start = log.logEndOffset
  const frames = [
    await batch(['k1', 'k2'], 'gzip', 'first'),
    await batch(['k1'], 'none', 'second'),
    await batch([null], 'zstd', 'refused'),
    await batch(['k2'], 'none', 'third'),
    await batch(['k3'], 'zstd', 'fourth'),
    await batch(['k3'], 'none', 'fifth'),
  ]
  // All sent before any answer; the other partition and topic are not held up by the chain.
  const answers = frames.map((records) => produce(COMPACTED, 0, records))
  const elsewhere = produce(COMPACTED, 1, await batch(['x'], 'none', 'elsewhere'))
  const results = await Promise.all(answers)
  expect(results.map((r) => r.errorCode)).toEqual([0, 0, ErrorCode.INVALID_RECORD, 0, 0, 0])
  expect(results.map((r) => Number(r.baseOffset))).toEqual([start, start + 2, -1, start + 3, start + 4, start + 5])
  expect((await elsewhere).errorCode).toBe(ErrorCode.NONE)
  expect((await readAll(COMPACTED, 0)).filter(([o]) => o >= start)).toEqual([
    [start, 'k1', 'first-0'],
    [start + 1, 'k2', 'first-1'],
    [start + 2, 'k1', 'second-0'],
    [start + 3, 'k2', 'third-0'],
    [start + 4, 'k3', 'fourth-0'],
    [start + 5, 'k3', 'fifth-0'],
  ])
})

it('many pipelined produces mixing compressed and uncompressed batches keep their order', async () => {
  const log = node.broker.logs.getLog({ topic: COMPACTED, partition: 0 })!
  const start = log.logEndOffset
  const compressions: CompressionName[] = ['none', 'gzip', 'zstd', 'lz4', 'snappy']
  const frames = await Promise.all(
    Array.from({ length: 60 }, (_, i) => batch([`k${i % 7}`], compressions[(i * 7) % 5]!, `m${i}`)),
  )
  const results = await Promise.all(frames.map((records) => produce(COMPACTED, 0, records)))
  expect(results.map((r) => Number(r.baseOffset))).toEqual(frames.map((_, i) => start + i))
  const values = (await readAll(COMPACTED, 0)).filter(([o]) => o >= start).map(([, , v]) => v)
  expect(values).toEqual(frames.map((_, i) => `m${i}-0`))
})
