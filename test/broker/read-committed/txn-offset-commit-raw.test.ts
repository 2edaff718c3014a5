// Goal: TxnOffsetCommit over the wire keeps offsets pending until the transaction completes:
// OffsetFetch requireStable answers UNSTABLE_OFFSET_COMMIT meanwhile, the group runtime's
// `onTransactionCompleted` hook (what WriteTxnMarkers calls after appending a marker to
// __consumer_offsets) materialises them on COMMIT and drops them on ABORT, and a restart that
// replays the transactional batches and markers from the log ends in the same offsets.
// Method: an in-process node driven with raw frames; the markers are appended directly to the
// __consumer_offsets partition (standing in for the transaction coordinator), then the hook runs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { encodeBatch, endTxnMarkerBatch } from '../../../src/protocol/records/index.js'
import { RawClient } from '../../support/raw-client.js'

const GROUP = 'txn-group'
let dir: string
let node: RunningNode
let client: RawClient

async function start(): Promise<void> {
  node = await startNode({ dataDir: dir, port: 0 })
  client = await RawClient.connect(node.port)
}

async function stop(): Promise<void> {
  client.close()
  await node.close()
}

async function txnCommit(producerId: number, partitionIndex: number, offset: bigint) {
  const response = await client.requestWith(apis.TXN_OFFSET_COMMIT, 3, {
    transactionalId: `tx-${producerId}`,
    groupId: GROUP,
    producerId: BigInt(producerId),
    producerEpoch: 0,
    generationId: -1,
    memberId: '',
    groupInstanceId: null,
    topics: [
      {
        name: 't',
        partitions: [{ partitionIndex, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: 'x' }],
      },
    ],
  })
  return response.topics[0]!.partitions[0]!.errorCode
}

async function offsets(requireStable: boolean): Promise<Array<[number, number, number]>> {
  const response = await client.requestWith(apis.OFFSET_FETCH, 7, {
    groupId: GROUP,
    topics: [{ name: 't', partitionIndexes: [0, 1] }],
    requireStable,
  })
  return response.topics[0]!.partitions.map((p) => [p.partitionIndex, Number(p.committedOffset), p.errorCode])
}

/** What WriteTxnMarkers does on the group's partition: append the marker, then call the hook. */
async function complete(producerId: number, result: 'COMMIT' | 'ABORT'): Promise<void> {
  const runtime = node.broker.groupCoordinator
  const partition = runtime.partitionFor(GROUP)
  const log = node.broker.logs.getLog({ topic: '__consumer_offsets', partition })!
  const marker = await encodeBatch(
    endTxnMarkerBatch({
      marker: { type: result, coordinatorEpoch: 0 },
      producerId: BigInt(producerId),
      producerEpoch: 0,
      timestamp: BigInt(Date.now()),
    }),
  )
  log.appendAsLeader(marker, 0)
  log.updateHighWatermark(log.logEndOffset)
  expect(runtime.onTransactionCompleted(partition, producerId, result)).toBe(true)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-txn-offsets-'))
  await start()
})

afterAll(async () => {
  await stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('TxnOffsetCommit', () => {
  it('is pending until COMMIT; requireStable says UNSTABLE_OFFSET_COMMIT meanwhile', async () => {
    expect(await txnCommit(7001, 0, 42n)).toBe(ErrorCode.NONE)
    expect(await offsets(false)).toEqual([
      [0, -1, 0],
      [1, -1, 0],
    ])
    expect(await offsets(true)).toEqual([
      [0, -1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [1, -1, 0],
    ])
    await complete(7001, 'COMMIT')
    expect(await offsets(true)).toEqual([
      [0, 42, 0],
      [1, -1, 0],
    ])
  })

  it('drops the offsets of an aborted transaction', async () => {
    expect(await txnCommit(7002, 1, 99n)).toBe(ErrorCode.NONE)
    expect(await offsets(true)).toEqual([
      [0, 42, 0],
      [1, -1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
    ])
    await complete(7002, 'ABORT')
    expect(await offsets(true)).toEqual([
      [0, 42, 0],
      [1, -1, 0],
    ])
  })

  it('refuses an epoch older than the partition knows', async () => {
    const response = await client.requestWith(apis.TXN_OFFSET_COMMIT, 3, {
      transactionalId: 'tx-7001',
      groupId: GROUP,
      producerId: 7001n,
      producerEpoch: -1,
      topics: [
        {
          name: 't',
          partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null }],
        },
      ],
    })
    expect(response.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH)
  })

  it('replays transactional offsets and markers after a restart', async () => {
    expect(await txnCommit(7003, 1, 7n)).toBe(ErrorCode.NONE)
    await stop()
    await start()
    // Loading may still run: wait for it by asking until the group's partition answers.
    for (let i = 0; i < 100; i++) {
      const r = await client.requestWith(apis.OFFSET_FETCH, 7, { groupId: GROUP, topics: [], requireStable: false })
      if (r.errorCode === ErrorCode.NONE) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(await offsets(true)).toEqual([
      [0, 42, 0],
      [1, -1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
    ])
    await complete(7003, 'COMMIT')
    expect(await offsets(true)).toEqual([
      [0, 42, 0],
      [1, 7, 0],
    ])
  })
})
