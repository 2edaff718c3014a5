// Goal: Fetch with isolation_level=1 (read_committed) stops at the last stable offset, returns the
// aborted transactions (producerId, firstOffset) overlapping the batches it returns and the
// partition's lastStableOffset; read_uncommitted is unchanged (up to the high watermark, aborted
// list null); ListOffsets LATEST under read_committed answers the LSO (KAFKA-TRAPS 9).
// Method: an in-process node; transactional batches and COMMIT/ABORT markers are appended directly
// to the partition's log (as Produce and WriteTxnMarkers would, without the transaction
// coordinator), then raw Fetch and ListOffsets frames at several versions.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PartitionLog } from '../../../src/log/partition-log.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { encodeBatch, endTxnMarkerBatch } from '../../../src/protocol/records/index.js'
import { RawClient } from '../../support/raw-client.js'
import { createTopic } from '../../support/topics.js'

const TOPIC = 'rc'
let dir: string
let node: RunningNode
let client: RawClient
let log: PartitionLog

function dataBatch(tag: string, txn?: { producerId: number; sequence: number; count?: number }): Promise<Buffer> {
  return encodeBatch({
    records: Array.from({ length: txn?.count ?? 1 }, (_, i) => ({
      timestamp: 1_700_000_000_000n,
      key: null,
      value: Buffer.from(`${tag}-${i}`),
    })),
    ...(txn === undefined
      ? {}
      : { isTransactional: true, producerId: BigInt(txn.producerId), producerEpoch: 0, baseSequence: txn.sequence }),
  })
}

async function marker(producerId: number, type: 'COMMIT' | 'ABORT'): Promise<void> {
  const batch = await encodeBatch(
    endTxnMarkerBatch({
      marker: { type, coordinatorEpoch: 0 },
      producerId: BigInt(producerId),
      producerEpoch: 0,
      timestamp: 1_700_000_000_000n,
    }),
  )
  log.appendAsLeader(batch, 0)
}

async function txn(producerId: number, sequence: number, count = 1): Promise<void> {
  const result = log.appendFromClient(await dataBatch(`p${producerId}`, { producerId, sequence, count }), 0)
  expect(result.kind).toBe('appended')
}

function baseOffsets(records: Buffer | null): number[] {
  const out: number[] = []
  if (records === null) return out
  for (let p = 0; p < records.length; p += 12 + records.readInt32BE(p + 8)) out.push(Number(records.readBigInt64BE(p)))
  return out
}

async function fetch(version: number, fetchOffset: number, isolationLevel: 0 | 1) {
  const request = apis.FETCH.request.create()
  request.replicaId = -1
  request.maxWaitMs = 0
  request.minBytes = 0
  request.maxBytes = 1 << 20
  request.isolationLevel = isolationLevel
  request.sessionId = 0
  request.sessionEpoch = -1
  request.topics = [
    {
      topic: TOPIC,
      topicId: node.broker.image.topicsByName.get(TOPIC)!.topicId,
      partitions: [
        {
          partition: 0,
          currentLeaderEpoch: -1,
          fetchOffset: BigInt(fetchOffset),
          lastFetchedEpoch: -1,
          logStartOffset: -1n,
          partitionMaxBytes: 1 << 20,
          replicaDirectoryId: Buffer.alloc(16),
        },
      ],
    },
  ]
  const response = await client.request(apis.FETCH, version, request)
  const p = response.responses[0]!.partitions[0]!
  return {
    errorCode: p.errorCode,
    offsets: baseOffsets(p.records),
    highWatermark: Number(p.highWatermark),
    lastStableOffset: Number(p.lastStableOffset),
    aborted: p.abortedTransactions?.map((t) => [Number(t.producerId), Number(t.firstOffset)]) ?? null,
  }
}

async function latest(version: number, isolationLevel: 0 | 1): Promise<number> {
  const response = await client.requestWith(apis.LIST_OFFSETS, version, {
    replicaId: -1,
    isolationLevel,
    topics: [
      { name: TOPIC, partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1n, maxNumOffsets: 1 }] },
    ],
  })
  return Number(response.topics[0]!.partitions[0]!.offset)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-read-committed-'))
  node = await startNode({ dataDir: dir, port: 0 })
  client = await RawClient.connect(node.port)
  await createTopic(node, TOPIC)
  log = node.broker.logs.getLog({ topic: TOPIC, partition: 0 })!
  log.appendAsLeader(await dataBatch('plain'), 0) // 0
  await txn(1, 0, 2) // 1-2, aborted below
  await txn(2, 0) // 3, committed below
  await marker(1, 'ABORT') // 4
  await marker(2, 'COMMIT') // 5
  await txn(3, 0) // 6, still open
  log.appendAsLeader(await dataBatch('plain'), 0) // 7
  log.updateHighWatermark(log.logEndOffset)
})

afterAll(async () => {
  client?.close()
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('Fetch read_committed', () => {
  it('stops at the LSO and lists the aborted transaction (v4, v11, v12, v16)', async () => {
    for (const version of [4, 11, 12, 16]) {
      expect(await fetch(version, 0, 1)).toEqual({
        errorCode: 0,
        offsets: [0, 1, 3, 4, 5],
        highWatermark: 8,
        lastStableOffset: 6,
        aborted: [[1, 1]],
      })
    }
  })

  it('leaves out aborted transactions that end before the fetch offset', async () => {
    expect(await fetch(12, 5, 1)).toEqual({
      errorCode: 0,
      offsets: [5],
      highWatermark: 8,
      lastStableOffset: 6,
      aborted: [],
    })
    expect(await fetch(12, 6, 1)).toMatchObject({ offsets: [], aborted: [], lastStableOffset: 6 })
  })

  it('read_uncommitted reads to the high watermark with no aborted list', async () => {
    expect(await fetch(12, 0, 0)).toEqual({
      errorCode: 0,
      offsets: [0, 1, 3, 4, 5, 6, 7],
      highWatermark: 8,
      lastStableOffset: 6,
      aborted: null,
    })
  })

  it('ListOffsets LATEST is the LSO under read_committed, the HW otherwise', async () => {
    expect(await latest(2, 1)).toBe(6)
    expect(await latest(7, 1)).toBe(6)
    expect(await latest(7, 0)).toBe(8)
  })

  it('moves on when the open transaction aborts', async () => {
    await marker(3, 'ABORT') // 8
    log.updateHighWatermark(log.logEndOffset)
    expect(await fetch(12, 6, 1)).toEqual({
      errorCode: 0,
      offsets: [6, 7, 8],
      highWatermark: 9,
      lastStableOffset: 9,
      aborted: [[3, 6]],
    })
    expect(await fetch(12, 0, 1)).toMatchObject({
      offsets: [0, 1, 3, 4, 5, 6, 7, 8],
      aborted: [
        [1, 1],
        [3, 6],
      ],
    })
    expect(await latest(7, 1)).toBe(9)
  })
})
