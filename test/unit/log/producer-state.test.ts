// Goal: the producer state rules of Kafka's ProducerAppendInfo / ProducerStateEntry, with exact
// error codes. Method: feed ProducerStateManager batches as the log would (prepare, then apply
// when accepted) and compare results and entries.
import { describe, expect, it } from 'vitest'
import {
  type AppendOrigin,
  decrementSequence,
  incrementSequence,
  type ProducerBatch,
  ProducerStateManager,
} from '../../../src/log/producer-state.js'
import { ErrorCode } from '../../../src/protocol/errors.js'

const PID = 1000

/** A builder over one manager: `append` prepares and applies, returning what prepare said. */
function state() {
  const manager = new ProducerStateManager('t-0')
  let nextOffset = 0
  const append = (
    fields: Partial<ProducerBatch> & { seq: number; count?: number; epoch?: number },
    origin: AppendOrigin = 'client',
  ) => {
    const count = fields.count ?? 1
    const batch: ProducerBatch = {
      producerId: fields.producerId ?? PID,
      producerEpoch: fields.epoch ?? 0,
      baseSequence: fields.seq,
      firstOffset: nextOffset,
      lastOffset: nextOffset + count - 1,
      maxTimestamp: fields.maxTimestamp ?? 1_000,
      isTransactional: fields.isTransactional ?? false,
      marker: fields.marker ?? null,
    }
    const result = manager.prepare([batch], origin)
    if (result.kind === 'ok') {
      manager.apply(result)
      nextOffset += count
    }
    return result
  }
  return { manager, append }
}

const refused = (errorCode: number) => expect.objectContaining({ kind: 'refused', errorCode })

describe('producer state: sequences', () => {
  it('accepts consecutive batches and keeps the last 5', () => {
    const { manager, append } = state()
    for (let i = 0; i < 7; i++) expect(append({ seq: i * 2, count: 2 }).kind).toBe('ok')
    const entry = manager.lastEntry(PID)!
    expect(entry.producerEpoch).toBe(0)
    expect(entry.batches.map((b) => [b.firstSeq, b.lastSeq, b.firstOffset, b.lastOffset])).toEqual([
      [4, 5, 4, 5],
      [6, 7, 6, 7],
      [8, 9, 8, 9],
      [10, 11, 10, 11],
      [12, 13, 12, 13],
    ])
    expect(entry.lastSeq).toBe(13)
  })

  it('recognises a retry of each of the last 5 batches with its original offsets', () => {
    const { append } = state()
    for (let i = 0; i < 6; i++) append({ seq: i * 3, count: 3 })
    // Batches 1..5 are retained (seq 3..17, offsets 3..17); batch 0 is gone.
    for (let i = 1; i < 6; i++) {
      const result = append({ seq: i * 3, count: 3 })
      expect(result).toEqual({
        kind: 'duplicate',
        batch: { firstSeq: i * 3, lastSeq: i * 3 + 2, firstOffset: i * 3, lastOffset: i * 3 + 2, timestamp: 1_000 },
      })
    }
    // The evicted batch is no longer recognised: seq 0 after 17 is out of order.
    expect(append({ seq: 0, count: 3 })).toEqual(refused(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER))
  })

  it('a retry must match the sequence range exactly', () => {
    const { append } = state()
    append({ seq: 0, count: 3 })
    append({ seq: 3, count: 3 })
    expect(append({ seq: 3, count: 2 })).toEqual(refused(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER))
    expect(append({ seq: 6, count: 1 }).kind).toBe('ok')
  })

  it('refuses a gap and a sequence behind the last one with OUT_OF_ORDER_SEQUENCE_NUMBER', () => {
    const { manager, append } = state()
    append({ seq: 0, count: 5 })
    expect(append({ seq: 6 })).toEqual(refused(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER))
    expect(append({ seq: 2 })).toEqual(refused(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER))
    expect(manager.lastEntry(PID)!.lastSeq).toBe(4)
    expect(append({ seq: 5 }).kind).toBe('ok')
  })

  it('accepts any sequence from an unknown producer (KIP-360: no UNKNOWN_PRODUCER_ID)', () => {
    const { manager, append } = state()
    expect(append({ seq: 42, epoch: 3 }).kind).toBe('ok')
    expect(manager.lastEntry(PID)).toMatchObject({ producerEpoch: 3 })
    expect(manager.lastEntry(PID)!.lastSeq).toBe(42)
    expect(append({ seq: 44, epoch: 3 })).toEqual(refused(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER))
    expect(append({ seq: 43, epoch: 3 }).kind).toBe('ok')
  })

  it('wraps the int32 sequence from 2147483647 to 0', () => {
    expect(incrementSequence(2147483646, 1)).toBe(2147483647)
    expect(incrementSequence(2147483647, 1)).toBe(0)
    expect(incrementSequence(2147483645, 4)).toBe(1)
    expect(decrementSequence(1, 4)).toBe(2147483645)
    const { manager, append } = state()
    append({ seq: 2147483640, count: 8 })
    expect(manager.lastEntry(PID)!.lastSeq).toBe(2147483647)
    expect(append({ seq: 0, count: 2 }).kind).toBe('ok')
    const { append: append2, manager: m2 } = state()
    // One batch across the wrap: 2147483646, 2147483647, 0, 1.
    append2({ seq: 2147483646, count: 4 })
    expect(m2.lastEntry(PID)!.lastSeq).toBe(1)
    expect(append2({ seq: 2147483646, count: 4 }).kind).toBe('duplicate')
    expect(append2({ seq: 2 }).kind).toBe('ok')
  })
})

describe('producer state: epochs', () => {
  it('a new epoch starts at sequence 0 and forgets the old batches', () => {
    const { manager, append } = state()
    append({ seq: 0, count: 3 })
    expect(append({ seq: 3, epoch: 1 })).toEqual(refused(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER))
    expect(append({ seq: 0, epoch: 1 }).kind).toBe('ok')
    const entry = manager.lastEntry(PID)!
    expect(entry.producerEpoch).toBe(1)
    expect(entry.batches).toHaveLength(1)
    // A retry at the old epoch is fenced, not a duplicate.
    expect(append({ seq: 0, count: 3, epoch: 0 })).toEqual(refused(ErrorCode.INVALID_PRODUCER_EPOCH))
  })

  it('refuses a lower epoch with INVALID_PRODUCER_EPOCH (fencing)', () => {
    const { append } = state()
    append({ seq: 0, epoch: 5 })
    expect(append({ seq: 1, epoch: 4 })).toEqual(refused(ErrorCode.INVALID_PRODUCER_EPOCH))
    expect(append({ seq: 1, epoch: 5 }).kind).toBe('ok')
  })

  it('checks only the epoch for coordinator appends and nothing for replication', () => {
    const { append } = state()
    append({ seq: 0, epoch: 2 })
    expect(append({ seq: 9, epoch: 2 }, 'coordinator').kind).toBe('ok')
    expect(append({ seq: 0, epoch: 1 }, 'coordinator')).toEqual(refused(ErrorCode.INVALID_PRODUCER_EPOCH))
    expect(append({ seq: 77, epoch: 1 }, 'replication').kind).toBe('ok')
  })

  it('never reports duplicates for coordinator or replication appends', () => {
    const { append } = state()
    append({ seq: 0 })
    expect(append({ seq: 0 }, 'replication').kind).toBe('ok')
  })
})

describe('producer state: transactions and expiry', () => {
  it('tracks the first offset of a transaction until its marker, and refuses a plain write inside one', () => {
    const { manager, append } = state()
    append({ seq: 0, isTransactional: true })
    append({ seq: 1, isTransactional: true })
    expect(manager.lastEntry(PID)!.currentTxnFirstOffset).toBe(0)
    expect(append({ seq: 2 })).toEqual(refused(ErrorCode.INVALID_TXN_STATE))
    const ended = append(
      { seq: -1, isTransactional: true, marker: { type: 'COMMIT', coordinatorEpoch: 3 } },
      'coordinator',
    )
    expect(ended).toMatchObject({
      kind: 'ok',
      completedTxns: [{ producerId: PID, firstOffset: 0, lastOffset: 2, isAborted: false }],
    })
    expect(manager.lastEntry(PID)).toMatchObject({ currentTxnFirstOffset: -1, coordinatorEpoch: 3 })
    expect(
      append({ seq: -1, isTransactional: true, marker: { type: 'ABORT', coordinatorEpoch: 2 } }, 'coordinator'),
    ).toEqual(refused(ErrorCode.TRANSACTION_COORDINATOR_FENCED))
    expect(append({ seq: 2 }).kind).toBe('ok')
  })

  it('expires producers idle for producer.id.expiration.ms, by their last timestamp', () => {
    const { manager, append } = state()
    append({ seq: 0, producerId: 1, maxTimestamp: 1_000 })
    append({ seq: 0, producerId: 2, maxTimestamp: 5_000 })
    append({ seq: 0, producerId: 3, maxTimestamp: 1_000, isTransactional: true })
    expect(manager.removeExpired(10_999, 10_000)).toBe(0)
    expect(manager.removeExpired(11_000, 10_000)).toBe(1)
    expect([...manager.activeProducers()].map((e) => e.producerId)).toEqual([2, 3])
    // An expired producer is unknown again: any sequence is accepted.
    expect(append({ seq: 7, producerId: 1 }).kind).toBe('ok')
  })
})
