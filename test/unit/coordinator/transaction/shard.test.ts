// Goal: every transition of the transaction coordinator shard and every error code it answers
// with, as Kafka's TransactionCoordinator: InitProducerId (new id, epoch bump, KIP-360, epoch
// exhaustion, fencing an ongoing transaction), AddPartitionsToTxn (client and verifyOnly),
// AddOffsetsToTxn, EndTxn with its retries, the markers and their completion, the transaction
// timeout, transactional id expiration, reload mid-transaction, and the queries.
// Method: a shard on a simulated clock (txn-context.ts); assert exact responses, states, records
// (decoded) and markers.

import { describe, expect, it } from 'vitest'
import {
  EMPTY_PARTITIONS,
  partitionList,
  type TransactionMetadata,
} from '../../../../src/coordinator/transaction/metadata.js'
import { decodeRecord, type TransactionRecord } from '../../../../src/coordinator/transaction/records.js'
import { initIdempotentProducerId } from '../../../../src/coordinator/transaction/shard.js'
import { markerErrorAction } from '../../../../src/coordinator/transaction/types.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import { COORDINATOR_EPOCH, errorCodes, T0, TIMEOUT_MS, TxnContext } from './txn-context.js'

const TXN = 'txn-1'

function emptyAt(transactionalId: string, producerId: bigint, producerEpoch: number): TransactionMetadata {
  return {
    transactionalId,
    producerId,
    lastProducerId: -1n,
    producerEpoch,
    lastProducerEpoch: -1,
    txnTimeoutMs: TIMEOUT_MS,
    state: 'Empty',
    topicPartitions: EMPTY_PARTITIONS,
    txnStartTimestamp: -1,
    txnLastUpdateTimestamp: T0 - 1000,
  }
}

/** The state and epoch written by each record from index `from` of the log. */
function written(log: readonly TransactionRecord[], from = 0): Array<string> {
  return log.slice(from).map((r) => {
    const d = decodeRecord(r)
    if (d.kind !== 'transaction') return 'unsupported'
    if (d.value === null) return `${d.transactionalId}:tombstone`
    return `${d.transactionalId}:${d.value.state}@${d.value.producerId}/${d.value.producerEpoch}`
  })
}

describe('InitProducerId', () => {
  it('gives a new transactional id a fresh producer id at epoch 0 and writes Empty', () => {
    const c = new TxnContext()
    expect(c.init(TXN)).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: 1000n, producerEpoch: 0 })
    expect(written(c.log)).toEqual(['txn-1:Empty@1000/0'])
    expect(c.txn(TXN)).toMatchObject({
      state: 'Empty',
      txnTimeoutMs: TIMEOUT_MS,
      txnStartTimestamp: -1,
      txnLastUpdateTimestamp: T0,
      lastProducerEpoch: -1,
    })
  })

  it('bumps the epoch of an existing id and keeps its producer id', () => {
    const c = new TxnContext()
    c.initOk(TXN)
    c.nowMs += 5
    expect(c.init(TXN, { timeoutMs: 30_000 })).toMatchObject({
      errorCode: ErrorCode.NONE,
      producerId: 1000n,
      producerEpoch: 1,
    })
    expect(c.txn(TXN)).toMatchObject({
      producerEpoch: 1,
      lastProducerEpoch: -1,
      txnTimeoutMs: 30_000,
      txnLastUpdateTimestamp: T0 + 5,
    })
    expect(written(c.log)).toEqual(['txn-1:Empty@1000/0', 'txn-1:Empty@1000/1'])
  })

  it('checks transaction.timeout.ms against transaction.max.timeout.ms (INVALID_TRANSACTION_TIMEOUT)', () => {
    const c = new TxnContext()
    expect(c.init(TXN, { timeoutMs: 900_001 })).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.INVALID_TRANSACTION_TIMEOUT,
      producerId: -1n,
      producerEpoch: -1,
    })
    expect(c.init(TXN, { timeoutMs: 0 }).errorCode).toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT)
    expect(c.log).toEqual([])
    expect(c.init(TXN, { timeoutMs: 900_000 }).errorCode).toBe(ErrorCode.NONE)
    const small = new TxnContext({ transactionMaxTimeoutMs: 1000 })
    expect(small.init(TXN, { timeoutMs: 1001 }).errorCode).toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT)
  })

  it('rejects an empty transactional id and a half-given producer (INVALID_REQUEST)', () => {
    const c = new TxnContext()
    expect(c.init('').errorCode).toBe(ErrorCode.INVALID_REQUEST)
    expect(c.init(TXN, { producerId: 5n }).errorCode).toBe(ErrorCode.INVALID_REQUEST)
    expect(c.init(TXN, { producerEpoch: 5 }).errorCode).toBe(ErrorCode.INVALID_REQUEST)
    expect(c.log).toEqual([])
  })

  it('answers COORDINATOR_LOAD_IN_PROGRESS when no producer id is available', () => {
    const c = new TxnContext()
    c.producerIdsAvailable = false
    expect(c.init(TXN).errorCode).toBe(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
    expect(c.shard.transaction(TXN)).toBeUndefined()
    expect(initIdempotentProducerId(() => null).errorCode).toBe(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
    expect(initIdempotentProducerId(() => 42n)).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      producerId: 42n,
      producerEpoch: 0,
    })
  })

  it('KIP-360: the current producer bumps, a retry of that bump gets the same epoch, others are fenced', () => {
    const c = new TxnContext()
    const p = c.initOk(TXN)
    expect(c.init(TXN, { producerId: p.producerId, producerEpoch: 0 })).toMatchObject({
      producerId: 1000n,
      producerEpoch: 1,
    })
    expect(c.txn(TXN).lastProducerEpoch).toBe(0)
    // The response was lost and the producer retries with its old epoch: same answer, no bump.
    expect(c.init(TXN, { producerId: p.producerId, producerEpoch: 0 })).toMatchObject({
      producerId: 1000n,
      producerEpoch: 1,
    })
    // A zombie with an older epoch, or another producer id, is fenced; before v4 as INVALID_PRODUCER_EPOCH.
    c.initOk(TXN) // epoch 2, last epoch forgotten
    expect(c.init(TXN, { producerId: p.producerId, producerEpoch: 0 }).errorCode).toBe(ErrorCode.PRODUCER_FENCED)
    expect(c.init(TXN, { producerId: p.producerId, producerEpoch: 1 }).errorCode).toBe(ErrorCode.PRODUCER_FENCED)
    expect(c.init(TXN, { producerId: p.producerId, producerEpoch: 1, version: 3 }).errorCode).toBe(
      ErrorCode.INVALID_PRODUCER_EPOCH,
    )
    expect(c.init(TXN, { producerId: 77n, producerEpoch: 2 }).errorCode).toBe(ErrorCode.PRODUCER_FENCED)
    expect(c.init(TXN, { producerId: p.producerId, producerEpoch: 2 })).toMatchObject({ producerEpoch: 3 })
  })

  it('a producer recovering with an id the coordinator no longer knows gets a fresh one', () => {
    const c = new TxnContext()
    expect(c.init(TXN, { producerId: 5n, producerEpoch: 3 })).toMatchObject({
      errorCode: ErrorCode.NONE,
      producerId: 1000n,
      producerEpoch: 0,
    })
  })

  it('takes a new producer id when the epoch is exhausted, and recognises a retry of that rotation', () => {
    const c = new TxnContext().withRecord(emptyAt(TXN, 500n, 32765))
    expect(c.init(TXN)).toMatchObject({ producerId: 500n, producerEpoch: 32766 })
    expect(c.init(TXN, { producerId: 500n, producerEpoch: 32766 })).toMatchObject({
      producerId: 1000n,
      producerEpoch: 0,
    })
    expect(c.txn(TXN)).toMatchObject({ lastProducerId: 500n, lastProducerEpoch: 32766 })
    // The rotation's response was lost: the retry names the old producer id and gets the new one.
    expect(c.init(TXN, { producerId: 500n, producerEpoch: 32766 })).toMatchObject({
      producerId: 1000n,
      producerEpoch: 0,
    })
    // The old producer id at an epoch that is not exhausted is a zombie.
    expect(c.init(TXN, { producerId: 500n, producerEpoch: 32765 }).errorCode).toBe(ErrorCode.PRODUCER_FENCED)
    // Without KIP-360 fields an exhausted epoch rotates too, and no last epoch is kept.
    const d = new TxnContext().withRecord(emptyAt(TXN, 500n, 32766))
    expect(d.init(TXN)).toMatchObject({ producerId: 1000n, producerEpoch: 0 })
    expect(d.txn(TXN)).toMatchObject({ lastProducerId: 500n, lastProducerEpoch: -1 })
  })

  it('fences an ongoing transaction: abort with a bumped epoch, CONCURRENT_TRANSACTIONS until it completes', () => {
    const c = new TxnContext()
    const old = c.withOngoing(TXN)
    const logBefore = c.log.length
    c.nowMs += 100
    expect(c.init(TXN)).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.CONCURRENT_TRANSACTIONS,
      producerId: -1n,
      producerEpoch: -1,
    })
    expect(written(c.log, logBefore)).toEqual(['txn-1:PrepareAbort@1000/1'])
    expect(c.markers).toEqual([
      {
        transactionalId: TXN,
        producerId: 1000n,
        producerEpoch: 1,
        coordinatorEpoch: COORDINATOR_EPOCH,
        result: 'ABORT',
        partitions: [
          { topic: 't', partition: 0 },
          { topic: 't', partition: 1 },
          { topic: 'u', partition: 0 },
        ],
      },
    ])
    expect(c.txn(TXN)).toMatchObject({ state: 'PrepareAbort', lastProducerEpoch: -1, txnLastUpdateTimestamp: T0 + 100 })
    // The old producer is fenced everywhere; the new one waits.
    expect(c.end(TXN, old, true)).toBe(ErrorCode.PRODUCER_FENCED)
    expect(c.addError(TXN, old, [['t', 2]])).toBe(ErrorCode.PRODUCER_FENCED)
    expect(c.init(TXN).errorCode).toBe(ErrorCode.CONCURRENT_TRANSACTIONS)
    c.writeMarkers()
    expect(c.txn(TXN).state).toBe('CompleteAbort')
    expect(c.init(TXN)).toMatchObject({ errorCode: ErrorCode.NONE, producerId: 1000n, producerEpoch: 2 })
    expect(written(c.log, logBefore)).toEqual([
      'txn-1:PrepareAbort@1000/1',
      'txn-1:CompleteAbort@1000/1',
      'txn-1:Empty@1000/2',
    ])
  })

  it('fencing at the last client epoch uses the reserved epoch, and the retry gets a new producer id', () => {
    const c = new TxnContext().withRecord(emptyAt(TXN, 500n, 32766))
    const p = { producerId: 500n, producerEpoch: 32766 }
    expect(c.addError(TXN, p, [['t', 0]])).toBe(ErrorCode.NONE)
    expect(c.init(TXN).errorCode).toBe(ErrorCode.CONCURRENT_TRANSACTIONS)
    expect(c.markers.map((m) => m.producerEpoch)).toEqual([32767])
    c.writeMarkers()
    expect(c.init(TXN)).toMatchObject({ producerId: 1000n, producerEpoch: 0 })
  })
})

describe('AddPartitionsToTxn and AddOffsetsToTxn', () => {
  it('starts a transaction (Ongoing, start time) and adds partitions, writing only when the set grows', () => {
    const c = new TxnContext()
    const p = c.initOk(TXN)
    c.nowMs += 10
    const r = c.add(TXN, p, [
      ['t', 0],
      ['t', 1],
      ['u', 0],
    ])
    expect(r).toEqual({
      transactionalId: TXN,
      topicResults: [
        {
          name: 't',
          resultsByPartition: [
            { partitionIndex: 0, partitionErrorCode: 0 },
            { partitionIndex: 1, partitionErrorCode: 0 },
          ],
        },
        { name: 'u', resultsByPartition: [{ partitionIndex: 0, partitionErrorCode: 0 }] },
      ],
    })
    expect(c.txn(TXN)).toMatchObject({ state: 'Ongoing', txnStartTimestamp: T0 + 10, txnLastUpdateTimestamp: T0 + 10 })
    const n = c.log.length
    c.nowMs += 10
    expect(c.addError(TXN, p, [['t', 1]])).toBe(ErrorCode.NONE)
    expect(c.log.length).toBe(n)
    expect(
      c.addError(TXN, p, [
        ['t', 1],
        ['v', 4],
      ]),
    ).toBe(ErrorCode.NONE)
    expect(written(c.log, n)).toEqual(['txn-1:Ongoing@1000/0'])
    expect(c.txn(TXN)).toMatchObject({ txnStartTimestamp: T0 + 10, txnLastUpdateTimestamp: T0 + 20 })
    expect(partitionList(c.txn(TXN).topicPartitions)).toEqual([
      { topic: 't', partition: 0 },
      { topic: 't', partition: 1 },
      { topic: 'u', partition: 0 },
      { topic: 'v', partition: 4 },
    ])
  })

  it('answers every partition with the error of an unknown, mismatched or fenced producer', () => {
    const c = new TxnContext()
    expect(
      c.addError(TXN, { producerId: 1000n, producerEpoch: 0 }, [
        ['t', 0],
        ['u', 1],
      ]),
    ).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
    const p = c.initOk(TXN)
    expect(c.addError(TXN, { producerId: 999n, producerEpoch: 0 }, [['t', 0]])).toBe(
      ErrorCode.INVALID_PRODUCER_ID_MAPPING,
    )
    c.initOk(TXN)
    expect(
      c.addError(
        TXN,
        p,
        [
          ['t', 0],
          ['u', 1],
        ],
        2,
      ),
    ).toBe(ErrorCode.PRODUCER_FENCED)
    expect(
      c.addError(
        TXN,
        p,
        [
          ['t', 0],
          ['u', 1],
        ],
        1,
      ),
    ).toBe(ErrorCode.INVALID_PRODUCER_EPOCH)
    expect(c.addError('', p, [['t', 0]])).toBe(ErrorCode.INVALID_REQUEST)
    expect(c.addOffsets(TXN, p, 'g', 2)).toBe(ErrorCode.PRODUCER_FENCED)
    expect(c.addOffsets(TXN, p, 'g', 1)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH)
  })

  it('answers CONCURRENT_TRANSACTIONS while markers are being written', () => {
    const c = new TxnContext()
    const p = c.withOngoing(TXN)
    expect(c.end(TXN, p, true)).toBe(ErrorCode.NONE)
    expect(c.addError(TXN, p, [['t', 0]])).toBe(ErrorCode.CONCURRENT_TRANSACTIONS)
    expect(c.addOffsets(TXN, p, 'g')).toBe(ErrorCode.CONCURRENT_TRANSACTIONS)
    expect(c.add(TXN, p, [['t', 0]], { version: 5, verifyOnly: true }).topicResults[0]?.resultsByPartition[0]).toEqual({
      partitionIndex: 0,
      partitionErrorCode: ErrorCode.CONCURRENT_TRANSACTIONS,
    })
  })

  it('AddOffsetsToTxn adds the group partition of __consumer_offsets', () => {
    const c = new TxnContext()
    const p = c.initOk(TXN)
    expect(c.addOffsets(TXN, p, 'my-group')).toBe(ErrorCode.NONE)
    expect(partitionList(c.txn(TXN).topicPartitions)).toEqual([{ topic: '__consumer_offsets', partition: 12 }])
    expect(c.txn(TXN).state).toBe('Ongoing')
  })

  it('verifyOnly (v4+) says which partitions are in the ongoing transaction and writes nothing', () => {
    const c = new TxnContext()
    const p = c.withOngoing(TXN, [['t', 0]])
    const n = c.log.length
    expect(
      errorCodes(
        c.add(
          TXN,
          p,
          [
            ['t', 0],
            ['t', 1],
          ],
          { version: 5, verifyOnly: true },
        ),
      ),
    ).toEqual([ErrorCode.NONE, ErrorCode.TRANSACTION_ABORTABLE])
    expect(
      errorCodes(
        c.add(
          TXN,
          p,
          [
            ['t', 0],
            ['t', 1],
          ],
          { version: 4, verifyOnly: true },
        ),
      ),
    ).toEqual([ErrorCode.NONE, ErrorCode.INVALID_TXN_STATE])
    expect(errorCodes(c.add(TXN, { ...p, producerEpoch: 5 }, [['t', 0]], { version: 5, verifyOnly: true }))).toEqual([
      ErrorCode.PRODUCER_FENCED,
    ])
    expect(errorCodes(c.add('other', p, [['t', 0]], { version: 5, verifyOnly: true }))).toEqual([
      ErrorCode.INVALID_PRODUCER_ID_MAPPING,
    ])
    expect(c.log.length).toBe(n)
    expect(partitionList(c.txn(TXN).topicPartitions)).toEqual([{ topic: 't', partition: 0 }])
  })
})

describe('EndTxn and markers', () => {
  it('commits: PrepareCommit, COMMIT markers, CompleteCommit once every partition has its marker', () => {
    const c = new TxnContext()
    const p = c.withOngoing(TXN)
    const start = c.txn(TXN).txnStartTimestamp
    const n = c.log.length
    c.nowMs += 50
    expect(c.end(TXN, p, true)).toBe(ErrorCode.NONE)
    expect(written(c.log, n)).toEqual(['txn-1:PrepareCommit@1000/0'])
    expect(c.txn(TXN)).toMatchObject({
      state: 'PrepareCommit',
      txnStartTimestamp: start,
      txnLastUpdateTimestamp: T0 + 50,
    })
    expect(c.markers).toHaveLength(1)
    const marker = c.markers[0]
    if (marker === undefined) throw new Error('no marker')
    expect(marker).toMatchObject({
      result: 'COMMIT',
      producerId: 1000n,
      producerEpoch: 0,
      coordinatorEpoch: COORDINATOR_EPOCH,
    })
    // Retries while the markers are written.
    expect(c.end(TXN, p, true)).toBe(ErrorCode.CONCURRENT_TRANSACTIONS)
    expect(c.end(TXN, p, false)).toBe(ErrorCode.INVALID_TXN_STATE)
    // Markers land in two responses.
    c.nowMs += 10
    expect(c.writeMarkers(marker, [{ topic: 't', partition: 1 }])).toEqual([true])
    expect(c.txn(TXN).state).toBe('PrepareCommit')
    expect(c.describe(TXN).topics).toEqual([
      { topic: 't', partitions: [0] },
      { topic: 'u', partitions: [0] },
    ])
    expect(written(c.log, n)).toEqual(['txn-1:PrepareCommit@1000/0'])
    expect(
      c.writeMarkers(marker, [
        { topic: 't', partition: 0 },
        { topic: 'u', partition: 0 },
      ]),
    ).toEqual([true])
    expect(written(c.log, n)).toEqual(['txn-1:PrepareCommit@1000/0', 'txn-1:CompleteCommit@1000/0'])
    expect(c.txn(TXN)).toMatchObject({
      state: 'CompleteCommit',
      txnStartTimestamp: start,
      txnLastUpdateTimestamp: T0 + 60,
    })
    expect(c.txn(TXN).topicPartitions.size).toBe(0)
    // Retries after completion.
    expect(c.end(TXN, p, true)).toBe(ErrorCode.NONE)
    expect(c.end(TXN, p, false)).toBe(ErrorCode.INVALID_TXN_STATE)
    // A late report of the same markers changes nothing.
    expect(c.writeMarkers(marker)).toEqual([false])
    expect(written(c.log, n)).toHaveLength(2)
    // The next transaction starts afresh.
    c.nowMs += 10
    expect(c.addError(TXN, p, [['w', 0]])).toBe(ErrorCode.NONE)
    expect(c.txn(TXN)).toMatchObject({ state: 'Ongoing', txnStartTimestamp: T0 + 70 })
  })

  it('aborts: PrepareAbort, ABORT markers, CompleteAbort; retries answer as Kafka', () => {
    const c = new TxnContext()
    const p = c.withOngoing(TXN, [['t', 0]])
    expect(c.end(TXN, p, false)).toBe(ErrorCode.NONE)
    expect(c.markers.map((m) => [m.result, m.producerEpoch])).toEqual([['ABORT', 0]])
    expect(c.end(TXN, p, false)).toBe(ErrorCode.CONCURRENT_TRANSACTIONS)
    expect(c.end(TXN, p, true)).toBe(ErrorCode.INVALID_TXN_STATE)
    c.writeMarkers()
    expect(c.txn(TXN).state).toBe('CompleteAbort')
    expect(c.end(TXN, p, false)).toBe(ErrorCode.NONE)
    expect(c.end(TXN, p, true)).toBe(ErrorCode.INVALID_TXN_STATE)
  })

  it('answers EndTxn errors: no transaction, unknown id, wrong producer, fenced per version', () => {
    const c = new TxnContext()
    expect(c.end(TXN, { producerId: 1000n, producerEpoch: 0 }, true)).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
    const p = c.initOk(TXN)
    expect(c.end(TXN, p, true)).toBe(ErrorCode.INVALID_TXN_STATE)
    expect(c.end(TXN, { producerId: 1n, producerEpoch: 0 }, true)).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
    expect(c.end('', p, true)).toBe(ErrorCode.INVALID_REQUEST)
    c.initOk(TXN)
    expect(c.end(TXN, p, true, 2)).toBe(ErrorCode.PRODUCER_FENCED)
    expect(c.end(TXN, p, true, 1)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH)
  })

  it('completes at once a transaction with no partitions', () => {
    const c = new TxnContext()
    const p = c.initOk(TXN)
    expect(errorCodes(c.add(TXN, p, []))).toEqual([])
    expect(c.txn(TXN).state).toBe('Ongoing')
    const n = c.log.length
    expect(c.end(TXN, p, true)).toBe(ErrorCode.NONE)
    expect(written(c.log, n)).toEqual(['txn-1:PrepareCommit@1000/0', 'txn-1:CompleteCommit@1000/0'])
    expect(c.markers).toEqual([])
  })

  it('ignores marker reports of another epoch, producer, result or coordinator epoch', () => {
    const c = new TxnContext()
    const p = c.withOngoing(TXN, [['t', 0]])
    c.end(TXN, p, true)
    const m = c.markers[0]
    if (m === undefined) throw new Error('no marker')
    const n = c.log.length
    expect(c.writeMarkers({ ...m, producerEpoch: 1 })).toEqual([false])
    expect(c.writeMarkers({ ...m, producerId: 1n })).toEqual([false])
    expect(c.writeMarkers({ ...m, result: 'ABORT' })).toEqual([false])
    expect(c.writeMarkers({ ...m, coordinatorEpoch: 6 })).toEqual([false])
    expect(c.writeMarkers({ ...m, transactionalId: 'nope' })).toEqual([false])
    expect(c.log.length).toBe(n)
    expect(c.txn(TXN).state).toBe('PrepareCommit')
  })

  it('classifies WriteTxnMarkers partition errors as Kafka does', () => {
    expect(markerErrorAction(ErrorCode.NONE)).toBe('written')
    expect(markerErrorAction(ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT)).toBe('written')
    expect(markerErrorAction(ErrorCode.NOT_LEADER_OR_FOLLOWER)).toBe('retry')
    expect(markerErrorAction(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)).toBe('retry')
    expect(markerErrorAction(ErrorCode.REQUEST_TIMED_OUT)).toBe('retry')
    expect(markerErrorAction(ErrorCode.INVALID_PRODUCER_EPOCH)).toBe('cancel')
    expect(markerErrorAction(ErrorCode.TRANSACTION_COORDINATOR_FENCED)).toBe('cancel')
    expect(markerErrorAction(ErrorCode.CORRUPT_MESSAGE)).toBe('fatal')
  })
})

describe('timers', () => {
  it('arms the abort check and the expiration check at load', () => {
    const c = new TxnContext()
    expect(c.shard.timers()).toEqual([
      { kind: 'abort-timed-out-transactions', deadlineMs: T0 + 10_000 },
      { kind: 'remove-expired-transactional-ids', deadlineMs: T0 + 3_600_000 },
    ])
    expect(c.shard.nextDeadlineMs()).toBe(T0 + 10_000)
  })

  it('aborts a transaction older than its timeout with a bumped epoch, as of the check that sees it', () => {
    const c = new TxnContext()
    const p = c.initOk(TXN)
    c.nowMs = T0 + 5_000
    c.add(TXN, p, [['t', 0]])
    const n = c.log.length
    // Started at T0+5000 with 60 s: the check at T0+60000 does not see it, T0+70000 does (start + timeout < now).
    c.advance(64_999)
    expect(c.log.length).toBe(n)
    c.advance(1)
    expect(written(c.log, n)).toEqual(['txn-1:PrepareAbort@1000/1'])
    expect(c.txn(TXN)).toMatchObject({ state: 'PrepareAbort', producerEpoch: 1, txnLastUpdateTimestamp: T0 + 70_000 })
    expect(c.markers.map((m) => [m.result, m.producerEpoch, m.coordinatorEpoch])).toEqual([
      ['ABORT', 1, COORDINATOR_EPOCH],
    ])
    // The zombie learns it was fenced.
    expect(c.end(TXN, p, true)).toBe(ErrorCode.PRODUCER_FENCED)
    expect(c.end(TXN, p, true, 1)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH)
    c.writeMarkers()
    expect(c.txn(TXN).state).toBe('CompleteAbort')
  })

  it('fires late timers as of their deadline, in order, and re-arms them', () => {
    const c = new TxnContext()
    const p = c.initOk(TXN)
    c.add(TXN, p, [['t', 0]])
    c.advance(1_000_000)
    expect(c.txn(TXN)).toMatchObject({ state: 'PrepareAbort', txnLastUpdateTimestamp: T0 + 70_000 })
    expect(c.shard.nextDeadlineMs()).toBe(T0 + 1_010_000)
  })

  it('does not abort a transaction that is not Ongoing or not old enough', () => {
    const c = new TxnContext()
    const p = c.withOngoing(TXN)
    c.end(TXN, p, true)
    const n = c.log.length
    c.advance(200_000)
    expect(c.log.length).toBe(n)
    expect(c.txn(TXN).state).toBe('PrepareCommit')
  })

  it('expires idle transactional ids with a tombstone after transactional.id.expiration.ms', () => {
    const c = new TxnContext({
      transactionalIdExpirationMs: 100_000,
      removeExpiredTransactionalIdCleanupIntervalMs: 30_000,
    })
    c.initOk(TXN)
    c.withOngoing('busy')
    const n = c.log.length
    c.advance(90_000)
    expect(c.log.length).toBe(n + 1) // only the timeout abort of 'busy'
    c.writeMarkers()
    const afterAbort = c.log.length
    c.advance(30_000) // the check at T0+120000: txn-1 idle since T0
    expect(written(c.log, afterAbort)).toEqual(['txn-1:tombstone'])
    expect(c.shard.transaction(TXN)).toBeUndefined()
    expect(c.describe(TXN).errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND)
    // 'busy' completed its abort at T0+90000 and expires in turn.
    c.advance(90_000)
    expect(written(c.log, afterAbort)).toEqual(['txn-1:tombstone', 'busy:tombstone'])
    // An expired id starts over with a new producer id.
    expect(c.init(TXN)).toMatchObject({ producerId: 1002n, producerEpoch: 0 })
  })

  it('by default an idle id lives seven days', () => {
    const c = new TxnContext()
    c.initOk(TXN)
    c.advance(7 * 24 * 3_600_000 - 1)
    expect(c.shard.transaction(TXN)).toBeDefined()
    c.advance(1)
    expect(c.shard.transaction(TXN)).toBeUndefined()
  })
})

describe('reload', () => {
  it('resumes the markers of a PrepareCommit transaction with the new coordinator epoch', () => {
    const c = new TxnContext()
    const p = c.withOngoing(TXN)
    c.end(TXN, p, true)
    const oldMarker = c.markers[0]
    if (oldMarker === undefined) throw new Error('no marker')
    // One partition's marker was written before the coordinator moved.
    c.writeMarkers(oldMarker, [{ topic: 't', partition: 0 }])
    c.reload(8)
    expect(c.txn(TXN)).toMatchObject({ state: 'PrepareCommit', producerEpoch: 0, lastProducerEpoch: -1 })
    expect(c.markers).toEqual([
      {
        ...oldMarker,
        coordinatorEpoch: 8,
        partitions: [
          { topic: 't', partition: 0 },
          { topic: 't', partition: 1 },
          { topic: 'u', partition: 0 },
        ],
      },
    ])
    expect(c.writeMarkers(oldMarker)).toEqual([false])
    c.writeMarkers()
    expect(c.txn(TXN).state).toBe('CompleteCommit')
    expect(c.end(TXN, p, true)).toBe(ErrorCode.NONE)
  })

  it('rebuilds every persisted field and resumes nothing for finished transactions', () => {
    const c = new TxnContext()
    const a = c.withOngoing('a')
    c.withOngoing('b', [['x', 3]])
    c.initOk('c')
    const d = c.withOngoing('d', [['y', 1]])
    c.end('d', d, false)
    c.writeMarkers()
    c.end('a', a, false)
    const before = new Map(c.shard.transactionalIds().map((id) => [id, c.txn(id)]))
    c.reload()
    expect(c.shard.transactionalIds().sort()).toEqual(['a', 'b', 'c', 'd'])
    for (const [id, m] of before) expect(c.txn(id)).toEqual({ ...m, lastProducerId: -1n, lastProducerEpoch: -1 })
    expect(c.markers.map((m) => [m.transactionalId, m.result])).toEqual([['a', 'ABORT']])
  })

  it('forgets everything on unload', () => {
    const c = new TxnContext()
    c.withOngoing(TXN)
    c.shard.unload()
    expect(c.shard.transactionalIds()).toEqual([])
    expect(c.shard.nextDeadlineMs()).toBeNull()
  })
})

describe('DescribeTransactions and ListTransactions', () => {
  it('describes a transaction as Kafka prints it', () => {
    const c = new TxnContext()
    c.withOngoing(TXN, [
      ['t', 1],
      ['u', 0],
      ['t', 0],
    ])
    expect(c.describe(TXN)).toEqual({
      errorCode: ErrorCode.NONE,
      transactionalId: TXN,
      transactionState: 'Ongoing',
      transactionTimeoutMs: TIMEOUT_MS,
      transactionStartTimeMs: BigInt(T0),
      producerId: 1000n,
      producerEpoch: 0,
      topics: [
        { topic: 't', partitions: [1, 0] },
        { topic: 'u', partitions: [0] },
      ],
    })
    expect(c.describe('nope')).toMatchObject({
      errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND,
      transactionalId: 'nope',
    })
    expect(c.describe('')).toMatchObject({ errorCode: ErrorCode.INVALID_REQUEST })
  })

  it('lists with state, producer id and duration filters', () => {
    const c = new TxnContext()
    c.initOk('idle')
    c.withOngoing('old')
    c.nowMs += 5_000
    c.withOngoing('new')
    const list = (stateFilters: string[], producerIdFilters: bigint[] = [], durationFilter = -1n) =>
      c.shard.listTransactions({ stateFilters, producerIdFilters, durationFilter }, c.nowMs)
    expect(list([]).transactionStates.map((t) => t.transactionalId)).toEqual(['idle', 'old', 'new'])
    expect(list(['Ongoing'])).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      unknownStateFilters: [],
      transactionStates: [
        { transactionalId: 'old', producerId: 1001n, transactionState: 'Ongoing' },
        { transactionalId: 'new', producerId: 1002n, transactionState: 'Ongoing' },
      ],
    })
    expect(list(['Bogus'])).toMatchObject({ unknownStateFilters: ['Bogus'], transactionStates: [] })
    expect(list(['Empty', 'Bogus']).transactionStates.map((t) => t.transactionalId)).toEqual(['idle'])
    expect(list([], [1002n]).transactionStates.map((t) => t.transactionalId)).toEqual(['new'])
    // Running longer than 4 s: 'old' (5 s) and 'idle' (never started: start -1, as Kafka counts it).
    expect(list([], [], 4_000n).transactionStates.map((t) => t.transactionalId)).toEqual(['idle', 'old'])
  })
})
