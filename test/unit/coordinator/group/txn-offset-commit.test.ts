// Goal: TxnOffsetCommit offsets stay pending per producer until the transaction completes; COMMIT
// materialises them, ABORT drops them; OffsetFetch requireStable answers UNSTABLE_OFFSET_COMMIT
// while they are pending; loading a log holding transactional batches and markers ends in the same
// state (replay is the same code as the live path).
// Method: drive a GroupCoordinatorShard through GroupContext; encode the shard's records as the
// runtime does (a transactional batch, then a control batch) and replay them into a fresh shard.

import { describe, expect, it } from 'vitest'
import {
  decodeOffsetsLogBatches,
  encodeTransactionalKeyValueBatch,
} from '../../../../src/coordinator/group/log-batches.js'
import { GroupCoordinatorShard } from '../../../../src/coordinator/group/shard.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import type { OffsetFetchRequest } from '../../../../src/protocol/generated/message/offset-fetch-request.js'
import type { TxnOffsetCommitRequest } from '../../../../src/protocol/generated/message/txn-offset-commit-request.js'
import { encodeBatch } from '../../../../src/protocol/records/codec.js'
import { endTxnMarkerBatch } from '../../../../src/protocol/records/control.js'
import { groupContext } from './group-context.js'

const PRODUCER = 4000

function txnCommit(
  groupId: string,
  offsets: Array<[string, number, bigint]>,
  producerId = PRODUCER,
): TxnOffsetCommitRequest {
  const topics = new Map<string, TxnOffsetCommitRequest['topics'][number]>()
  for (const [name, partitionIndex, committedOffset] of offsets) {
    let t = topics.get(name)
    if (t === undefined) {
      t = { name, partitions: [] }
      topics.set(name, t)
    }
    t.partitions.push({ partitionIndex, committedOffset, committedLeaderEpoch: -1, committedMetadata: 'm' })
  }
  return {
    transactionalId: 'tx',
    groupId,
    producerId: BigInt(producerId),
    producerEpoch: 0,
    generationId: -1,
    memberId: '',
    groupInstanceId: null,
    topics: [...topics.values()],
  }
}

function fetch(groupId: string, requireStable: boolean): OffsetFetchRequest {
  return { groupId, topics: [{ name: 't', partitionIndexes: [0, 1] }], groups: [], requireStable }
}

function fetched(
  shard: GroupCoordinatorShard,
  ctx: () => { requestId: number; apiVersion: number; clientId: string; clientHost: string },
  requireStable = false,
) {
  return shard
    .offsetFetch(ctx(), fetch('g', requireStable))
    .topics[0]?.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.errorCode])
}

describe('TxnOffsetCommit', () => {
  it('keeps offsets pending until COMMIT, then OffsetFetch sees them', () => {
    const g = groupContext()
    const result = g.shard.txnOffsetCommit(
      g.ctx(3),
      txnCommit('g', [
        ['t', 0, 10n],
        ['t', 1, 20n],
      ]),
      g.nowMs,
    )
    expect(result.response).toEqual({
      throttleTimeMs: 0,
      topics: [
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, errorCode: 0 },
            { partitionIndex: 1, errorCode: 0 },
          ],
        },
      ],
    })
    expect(result.records).toHaveLength(2)
    const ctx = () => g.ctx(7)
    expect(fetched(g.shard, ctx)).toEqual([
      [0, -1n, 0],
      [1, -1n, 0],
    ])
    expect(fetched(g.shard, ctx, true)).toEqual([
      [0, -1n, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [1, -1n, ErrorCode.UNSTABLE_OFFSET_COMMIT],
    ])
    expect(g.shard.hasPendingTransactionalOffsets('g', 't', 0)).toBe(true)
    g.shard.replayEndTransaction(PRODUCER, 'COMMIT')
    expect(fetched(g.shard, ctx, true)).toEqual([
      [0, 10n, 0],
      [1, 20n, 0],
    ])
    expect(g.shard.hasPendingTransactionalOffsets('g', 't', 0)).toBe(false)
  })

  it('drops pending offsets on ABORT and keeps the committed ones', () => {
    const g = groupContext()
    g.shard.txnOffsetCommit(g.ctx(3), txnCommit('g', [['t', 0, 5n]]), g.nowMs)
    g.shard.replayEndTransaction(PRODUCER, 'COMMIT')
    g.shard.txnOffsetCommit(g.ctx(3), txnCommit('g', [['t', 0, 99n]]), g.nowMs)
    g.shard.replayEndTransaction(PRODUCER, 'ABORT')
    expect(fetched(g.shard, () => g.ctx(7), true)).toEqual([
      [0, 5n, 0],
      [1, -1n, 0],
    ])
  })

  it('completes only the marker producer’s offsets', () => {
    const g = groupContext()
    g.shard.txnOffsetCommit(g.ctx(3), txnCommit('g', [['t', 0, 1n]], 1), g.nowMs)
    g.shard.txnOffsetCommit(g.ctx(3), txnCommit('g', [['t', 1, 2n]], 2), g.nowMs)
    g.shard.replayEndTransaction(2, 'COMMIT')
    expect(fetched(g.shard, () => g.ctx(7), true)).toEqual([
      [0, -1n, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [1, 2n, 0],
    ])
  })

  it('keeps a plain commit written after the transactional one when the transaction commits', () => {
    const g = groupContext()
    g.shard.txnOffsetCommit(g.ctx(3), txnCommit('g', [['t', 0, 5n]]), g.nowMs)
    g.shard.offsetCommit(
      g.ctx(8),
      {
        groupId: 'g',
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: -1n,
        topics: [
          {
            name: 't',
            partitions: [
              {
                partitionIndex: 0,
                committedOffset: 7n,
                committedLeaderEpoch: -1,
                commitTimestamp: -1n,
                committedMetadata: '',
              },
            ],
          },
        ],
      },
      g.nowMs,
    )
    g.shard.replayEndTransaction(PRODUCER, 'COMMIT')
    expect(fetched(g.shard, () => g.ctx(7), true)).toEqual([
      [0, 7n, 0],
      [1, -1n, 0],
    ])
  })

  it('answers ILLEGAL_GENERATION for an unknown group with a generation', () => {
    const g = groupContext()
    const request = { ...txnCommit('nope', [['t', 0, 1n]]), generationId: 3, memberId: 'm' }
    const result = g.shard.txnOffsetCommit(g.ctx(3), request, g.nowMs)
    expect(result.records).toEqual([])
    expect(result.response.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.ILLEGAL_GENERATION)
  })

  it('loads transactional batches and markers from the log into the same state', async () => {
    const g = groupContext()
    const committed = g.shard.txnOffsetCommit(g.ctx(3), txnCommit('g', [['t', 0, 7n]], 1), g.nowMs).records
    const aborted = g.shard.txnOffsetCommit(g.ctx(3), txnCommit('g', [['t', 1, 8n]], 2), g.nowMs).records
    const open = g.shard.txnOffsetCommit(g.ctx(3), txnCommit('g', [['t', 1, 9n]], 3), g.nowMs).records
    const marker = async (producerId: number, type: 'COMMIT' | 'ABORT') =>
      encodeBatch(
        endTxnMarkerBatch({
          marker: { type, coordinatorEpoch: 0 },
          producerId: BigInt(producerId),
          producerEpoch: 0,
          timestamp: 0n,
        }),
      )
    const log = Buffer.concat([
      encodeTransactionalKeyValueBatch(committed, g.nowMs, { producerId: 1, producerEpoch: 0 }),
      encodeTransactionalKeyValueBatch(aborted, g.nowMs, { producerId: 2, producerEpoch: 0 }),
      await marker(1, 'COMMIT'),
      encodeTransactionalKeyValueBatch(open, g.nowMs, { producerId: 3, producerEpoch: 0 }),
      await marker(2, 'ABORT'),
    ])
    const { entries } = await decodeOffsetsLogBatches(log)
    expect(entries.map((e) => (e.kind === 'record' ? ['record', e.producerId] : [e.result, e.producerId]))).toEqual([
      ['record', 1],
      ['record', 2],
      ['COMMIT', 1],
      ['record', 3],
      ['ABORT', 2],
    ])
    const loaded = new GroupCoordinatorShard({ config: {}, newUuid: () => 'u' })
    for (const e of entries) {
      if (e.kind === 'record') loaded.replay(e.record, e.producerId)
      else loaded.replayEndTransaction(e.producerId, e.result)
    }
    expect(fetched(loaded, () => g.ctx(7), true)).toEqual([
      [0, 7n, 0],
      [1, -1n, ErrorCode.UNSTABLE_OFFSET_COMMIT],
    ])
  })
})
