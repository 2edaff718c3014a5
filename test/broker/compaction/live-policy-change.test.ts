// Goal: `cleanup.policy` changes live (issue 7): IncrementalAlterConfigs setting
// `cleanup.policy=compact` on an existing delete-policy topic makes the next cleaner round
// compact it, and the topic refuses keyless records from then on. Method: one in-process
// node, raw Produce and IncrementalAlterConfigs frames, cleaner rounds run directly
// (LogManager.runCleaner, what the scheduler runs every log.cleaner.backoff.ms).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { decodeBatch, encodeBatch } from '../../../src/protocol/records/codec.js'
import { RawClient } from '../../support/raw-client.js'
import { createTopic } from '../../support/topics.js'

const TOPIC = 'turned-compact'
const KEYS = 30
let dir: string
let node: RunningNode
let client: RawClient

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-live-policy-'))
  node = await startNode({ dataDir: dir, port: 0 })
  client = await RawClient.connect(node.port)
  await createTopic(node, TOPIC, 1, { 'segment.bytes': '16384' })
})

afterAll(async () => {
  client?.close()
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function produce(records: { key: string | null; value: string }[]) {
  const batch = await encodeBatch({
    records: records.map((r) => ({
      timestamp: BigInt(Date.now()),
      key: r.key === null ? null : Buffer.from(r.key),
      value: Buffer.from(r.value),
    })),
  })
  const response = await client.requestWith(apis.PRODUCE, 9, {
    acks: -1,
    timeoutMs: 5_000,
    topicData: [{ name: TOPIC, partitionData: [{ index: 0, records: batch }] }],
  })
  return response.responses[0]!.partitionResponses[0]!
}

/** Every record as [offset, key, value]. */
async function readAll(): Promise<[number, string | null, string][]> {
  const log = node.broker.logs.getLog({ topic: TOPIC, partition: 0 })!
  const out: [number, string | null, string][] = []
  let offset = 0
  while (offset < log.logEndOffset) {
    const r = log.read({ fetchOffset: offset, maxBytes: 1 << 20, maxOffset: log.logEndOffset, minOneBatch: true })
    if (!r.ok || r.records.length === 0) break
    let next = offset
    for (let p = 0; p < r.records.length; ) {
      const size = 12 + r.records.readInt32BE(p + 8)
      const { header, records } = await decodeBatch(r.records.subarray(p, p + size))
      for (const rec of records) {
        if (Number(rec.offset) >= offset)
          out.push([Number(rec.offset), rec.key?.toString() ?? null, rec.value!.toString()])
      }
      next = Math.max(next, Number(header.lastOffset) + 1)
      p += size
    }
    offset = next
  }
  return out
}

it('IncrementalAlterConfigs cleanup.policy=compact on a delete-policy topic: the next cleaner round compacts it', async () => {
  const latest = new Map<string, [number, string]>()
  for (let round = 0; round < 40; round++) {
    const records = Array.from({ length: KEYS }, (_, k) => ({ key: `k${k}`, value: `r${round}-${'x'.repeat(80)}` }))
    const produced = await produce(records)
    expect(produced.errorCode).toBe(ErrorCode.NONE)
    records.forEach((r, i) => {
      latest.set(r.key, [Number(produced.baseOffset) + i, r.value])
    })
  }
  // A keyless record is fine while the policy is delete.
  expect((await produce([{ key: null, value: 'keyless' }])).errorCode).toBe(ErrorCode.NONE)
  const log = node.broker.logs.getLog({ topic: TOPIC, partition: 0 })!
  expect(log.segmentCount).toBeGreaterThan(5)
  const before = await readAll()
  expect(await node.broker.logs.runCleaner()).toBe(false)
  expect(await readAll()).toEqual(before)

  const altered = await client.requestWith(apis.INCREMENTAL_ALTER_CONFIGS, 1, {
    resources: [
      {
        resourceType: 2,
        resourceName: TOPIC,
        configs: [{ name: 'cleanup.policy', configOperation: 0, value: 'compact' }],
      },
    ],
    validateOnly: false,
  })
  expect(altered.responses[0]!.errorCode).toBe(ErrorCode.NONE)
  expect(log.logConfig.cleanupPolicy).toEqual(['compact'])

  const bytesBefore = log.sizeInBytes
  expect(await node.broker.logs.runCleaner()).toBe(true)
  expect(log.sizeInBytes).toBeLessThan(bytesBefore / 2)
  const after = await readAll()
  expect(after.length).toBeLessThan(before.length / 4)
  // Every key's latest record at its original offset; the cleaned range holds each key once.
  const lastByKey = new Map<string | null, [number, string]>()
  for (const [offset, key, value] of after) lastByKey.set(key, [offset, value])
  for (const [key, want] of latest) expect(lastByKey.get(key)).toEqual(want)
  const cleanedEnd = node.broker.logs.cleaner.checkpointOf(dir, TOPIC, 0) ?? -1
  expect(cleanedEnd).toBeGreaterThan(0)
  const cleanedKeys = after.filter(([o]) => o < cleanedEnd).map(([, k]) => k)
  expect(new Set(cleanedKeys).size).toBe(cleanedKeys.length)

  // Now compacted: keyless records are refused.
  expect((await produce([{ key: null, value: 'keyless' }])).errorCode).toBe(ErrorCode.INVALID_RECORD)
})
