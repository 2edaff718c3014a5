// Goal: the per-batch rules of cleanBatches, each on a hand-built case with exact bytes or
// header fields. Method: batches from encodeBatch, an OffsetMap filled by hand (or by
// buildOffsetMap), and the tombstone horizon, empty-batch and transaction rules walked
// through successive cleans at chosen times.

import { describe, expect, it } from 'vitest'
import { buildOffsetMap } from '../../../../src/log/cleaner/build-offset-map.js'
import {
  type CleanBatchesOptions,
  cleanBatches,
  keepLastBatchOfProducers,
} from '../../../../src/log/cleaner/clean-batches.js'
import { CleanedTransactions } from '../../../../src/log/cleaner/cleaned-transactions.js'
import { OffsetMap } from '../../../../src/log/cleaner/offset-map.js'
import { type CompressionName, readBatchHeader } from '../../../../src/protocol/records/batch.js'
import { type BatchInput, decodeBatch, encodeBatch } from '../../../../src/protocol/records/codec.js'
import { endTxnMarkerBatch } from '../../../../src/protocol/records/control.js'
import { CODECS, memSegment, splitBatches } from './log-gen.js'

const NOW = 1_800_000_000_000
const RETENTION = 1000
const T0 = 1_700_000_000_000n

function rec(key: string | null, value: string | null, offsetDelta: number, ts = T0 + BigInt(offsetDelta)) {
  return {
    key: key === null ? null : Buffer.from(key),
    value: value === null ? null : Buffer.from(value),
    timestamp: ts,
    offsetDelta,
  }
}

function options(map: OffsetMap, over: Partial<CleanBatchesOptions> = {}): CleanBatchesOptions {
  return {
    map,
    nowMs: NOW,
    deleteRetentionMs: RETENTION,
    transactions: new CleanedTransactions(),
    upperBoundOffset: 1_000_000,
    ...over,
  }
}

/** Builds the map over `log` (offsets [0, end)) the way a round does. */
async function mapOf(log: Buffer, end: number): Promise<OffsetMap> {
  const map = new OffsetMap(1 << 16)
  await buildOffsetMap(map, [memSegment(splitBatches(log))], { startOffset: 0, endOffset: end })
  return map
}

describe('cleanBatches', () => {
  it('copies a batch whose records all stay byte for byte and drops superseded ones', async () => {
    const a = await encodeBatch({ baseOffset: 0n, compression: 'gzip', records: [rec('a', '1', 0), rec('b', '1', 1)] })
    const b = await encodeBatch({ baseOffset: 2n, records: [rec('c', '1', 0), rec('d', '1', 1)] })
    const c = await encodeBatch({ baseOffset: 4n, records: [rec('a', '2', 0), rec('b', '2', 1)] })
    const log = Buffer.concat([a, b, c])
    const result = await cleanBatches(log, options(await mapOf(log, 6)))
    expect(result.outcomes).toEqual([
      { baseOffset: 0, outcome: 'dropped' },
      { baseOffset: 2, outcome: 'copied' },
      { baseOffset: 4, outcome: 'copied' },
    ])
    expect(Buffer.concat(result.buffers).equals(Buffer.concat([b, c]))).toBe(true)
    expect(result.stats).toMatchObject({ batchesRead: 3, messagesRead: 6, messagesRetained: 4, bytesRead: log.length })
  })

  for (const codec of CODECS) {
    it(`re-encodes a partly superseded ${codec} batch with the same identity`, async () => {
      const input: BatchInput = {
        baseOffset: 100n,
        compression: codec as CompressionName,
        partitionLeaderEpoch: 7,
        producerId: 42n,
        producerEpoch: 3,
        baseSequence: 17,
        records: [rec('a', '1', 0), rec('b', '1', 1), rec('a', '2', 2), rec('c', '1', 3)],
      }
      const first = await encodeBatch(input)
      const later = await encodeBatch({ baseOffset: 104n, records: [rec('c', '2', 0)] })
      const log = Buffer.concat([first, later])
      const result = await cleanBatches(log, options(await mapOf(log, 105)))
      expect(result.outcomes[0]).toEqual({ baseOffset: 100, outcome: 'reencoded' })
      const out = result.buffers[0] ?? Buffer.alloc(0)
      const { header, records } = await decodeBatch(out)
      const was = readBatchHeader(first)
      expect(header.compression).toBe(was.compression)
      expect([header.baseOffset, header.lastOffsetDelta, header.partitionLeaderEpoch]).toEqual([100n, 3, 7])
      expect([header.producerId, header.producerEpoch, header.baseSequence]).toEqual([42n, 3, 17])
      expect(header.hasDeleteHorizonMs).toBe(false)
      expect(header.baseTimestamp).toBe(T0 + 1n)
      expect(header.maxTimestamp).toBe(T0 + 2n)
      expect(records.map((r) => [r.offset, r.key?.toString(), r.value?.toString(), r.timestamp])).toEqual([
        [101n, 'b', '1', T0 + 1n],
        [102n, 'a', '2', T0 + 2n],
      ])
    })
  }

  it('stamps a tombstone batch with a delete horizon, keeps it until then, drops it after', async () => {
    const put = await encodeBatch({ baseOffset: 0n, records: [rec('a', '1', 0), rec('b', '1', 1)] })
    const del = await encodeBatch({
      baseOffset: 2n,
      compression: 'lz4',
      records: [rec('a', null, 0), rec('z', '1', 1)],
    })
    const log = Buffer.concat([put, del])
    const map = await mapOf(log, 4)

    const first = await cleanBatches(log, options(map))
    expect(first.outcomes.map((o) => o.outcome)).toEqual(['reencoded', 'reencoded'])
    const stamped = first.buffers[1] ?? Buffer.alloc(0)
    const h = readBatchHeader(stamped)
    expect(h.hasDeleteHorizonMs).toBe(true)
    expect(h.baseTimestamp).toBe(BigInt(NOW + RETENTION))
    expect(h.compression).toBe(3)
    const decoded = await decodeBatch(stamped)
    expect(decoded.records.map((r) => [r.offset, r.value, r.timestamp])).toEqual([
      [2n, null, T0],
      [3n, Buffer.from('1'), T0 + 1n],
    ])
    // The first batch lost `a` but holds no tombstone: no horizon.
    expect(readBatchHeader(first.buffers[0] ?? Buffer.alloc(0)).hasDeleteHorizonMs).toBe(false)

    const cleaned = Buffer.concat(first.buffers)
    const before = await cleanBatches(cleaned, options(map, { nowMs: NOW + RETENTION - 1 }))
    expect(Buffer.concat(before.buffers).equals(cleaned)).toBe(true)

    const after = await cleanBatches(cleaned, options(map, { nowMs: NOW + RETENTION }))
    const left = await decodeBatch(after.buffers[1] ?? Buffer.alloc(0))
    expect(left.records.map((r) => r.key?.toString())).toEqual(['z'])
    expect(left.header.hasDeleteHorizonMs).toBe(true)
  })

  it('drops keyless records inside the map, keeps everything past latestOffset', async () => {
    const a = await encodeBatch({ baseOffset: 0n, records: [rec(null, 'x', 0), rec('a', '1', 1)] })
    const b = await encodeBatch({ baseOffset: 2n, records: [rec(null, 'y', 0), rec('a', '2', 1)] })
    const log = Buffer.concat([a, b])
    const map = await mapOf(log, 2)
    expect(map.latestOffset).toBe(1)
    const result = await cleanBatches(log, options(map))
    expect(result.stats.invalidMessages).toBe(1)
    expect(result.outcomes.map((o) => o.outcome)).toEqual(['reencoded', 'copied'])
    const kept = await decodeBatch(result.buffers[0] ?? Buffer.alloc(0))
    expect(kept.records.map((r) => r.offset)).toEqual([1n])
  })

  it("keeps a producer's last batch, and the round's last batch, as a bare header", async () => {
    const p = await encodeBatch({
      baseOffset: 0n,
      compression: 'zstd',
      producerId: 9n,
      producerEpoch: 2,
      baseSequence: 40,
      partitionLeaderEpoch: 4,
      records: [rec('a', '1', 0), rec('b', '1', 1)],
    })
    const q = await encodeBatch({
      baseOffset: 2n,
      producerId: 8n,
      producerEpoch: 0,
      baseSequence: 0,
      records: [rec('a', '2', 0)],
    })
    const r = await encodeBatch({ baseOffset: 3n, records: [rec('b', '2', 0), rec('b', '2b', 1)] })
    const s = await encodeBatch({ baseOffset: 5n, records: [rec('b', '3', 0), rec('a', '3', 1)] })
    const log = Buffer.concat([p, q, r, s])
    const map = await mapOf(log, 7)
    const keep = keepLastBatchOfProducers(new Map([[9, { lastDataOffset: 1, producerEpoch: 2 }]]))
    const result = await cleanBatches(log, options(map, { keepEmptyBatchFor: keep, upperBoundOffset: 5 }))
    expect(result.outcomes.map((o) => o.outcome)).toEqual(['emptied', 'dropped', 'emptied', 'copied'])
    const empty = result.buffers[0] ?? Buffer.alloc(0)
    expect(empty.length).toBe(61)
    const h = readBatchHeader(empty)
    expect([h.baseOffset, h.lastOffset, h.recordCount, h.compression]).toEqual([0n, 1n, 0, 0])
    expect([h.producerId, h.producerEpoch, h.baseSequence, h.partitionLeaderEpoch]).toEqual([9n, 2, 40, 4])
    expect([h.baseTimestamp, h.maxTimestamp]).toEqual([T0 + 1n, T0 + 1n])
    expect(readBatchHeader(result.buffers[1] ?? Buffer.alloc(0)).lastOffset).toBe(4n)
    // An emptied batch read again is copied as it is.
    const again = await cleanBatches(
      Buffer.concat(result.buffers),
      options(map, { keepEmptyBatchFor: keep, upperBoundOffset: 5 }),
    )
    expect(Buffer.concat(again.buffers).equals(Buffer.concat(result.buffers))).toBe(true)
  })

  it('removes aborted data, then the abort marker once its transaction is empty and its horizon passed', async () => {
    const txn = { producerId: 7n, producerEpoch: 1, baseSequence: 0, isTransactional: true }
    const data = await encodeBatch({ ...txn, baseOffset: 0n, records: [rec('a', 'aborted', 0)] })
    const plain = await encodeBatch({ baseOffset: 1n, records: [rec('b', '1', 0)] })
    const marker = await encodeBatch(
      endTxnMarkerBatch({
        marker: { type: 'ABORT', coordinatorEpoch: 5 },
        producerId: 7n,
        producerEpoch: 1,
        timestamp: T0,
        baseOffset: 2n,
      }),
    )
    const tail = await encodeBatch({ baseOffset: 3n, records: [rec('c', '1', 0)] })
    const log = Buffer.concat([data, plain, marker, tail])
    const aborted = [{ producerId: 7, firstOffset: 0, lastOffset: 2, lastStableOffset: 3 }]
    const map = new OffsetMap(1 << 16)
    await buildOffsetMap(map, [memSegment(splitBatches(log))], {
      startOffset: 0,
      endOffset: 4,
      abortedTransactions: aborted,
    })
    expect(map.get(Buffer.from('a'))).toBe(-1)

    const txns1 = new CleanedTransactions()
    txns1.addAbortedTransactions(aborted)
    const first = await cleanBatches(log, options(map, { transactions: txns1 }))
    expect(first.outcomes.map((o) => o.outcome)).toEqual(['dropped', 'copied', 'copied', 'copied'])
    expect(txns1.takeRetainedAbortedTxns()).toEqual(aborted)

    // Second clean: the transaction has no data left, so the marker gets a horizon...
    const log2 = Buffer.concat(first.buffers)
    const txns2 = new CleanedTransactions()
    txns2.addAbortedTransactions(aborted)
    const second = await cleanBatches(log2, options(map, { transactions: txns2 }))
    expect(second.outcomes.map((o) => o.outcome)).toEqual(['copied', 'reencoded', 'copied'])
    expect(txns2.takeRetainedAbortedTxns()).toEqual([])
    const stamped = readBatchHeader(second.buffers[1] ?? Buffer.alloc(0))
    expect([stamped.isControl, stamped.hasDeleteHorizonMs, stamped.baseTimestamp]).toEqual([
      true,
      true,
      BigInt(NOW + RETENTION),
    ])

    // ...and goes once the horizon has passed.
    const log3 = Buffer.concat(second.buffers)
    const third = await cleanBatches(log3, options(map, { nowMs: NOW + RETENTION }))
    expect(third.outcomes.map((o) => o.outcome)).toEqual(['copied', 'dropped', 'copied'])
  })

  it('keeps a commit marker while its transaction has data', async () => {
    const txn = { producerId: 5n, producerEpoch: 0, baseSequence: 0, isTransactional: true }
    const data = await encodeBatch({ ...txn, baseOffset: 0n, records: [rec('a', '1', 0)] })
    const commit = await encodeBatch(
      endTxnMarkerBatch({
        marker: { type: 'COMMIT', coordinatorEpoch: 0 },
        producerId: 5n,
        producerEpoch: 0,
        timestamp: T0,
        baseOffset: 1n,
      }),
    )
    const log = Buffer.concat([data, commit])
    const map = await mapOf(log, 2)
    const result = await cleanBatches(log, options(map))
    expect(result.outcomes.map((o) => o.outcome)).toEqual(['copied', 'copied'])
    // The data is superseded: this clean removes it, but the marker stays (a batch of its
    // transaction was read in this pass), the next clean stamps it, the one after the horizon drops it.
    const superseded = Buffer.concat([log, await encodeBatch({ baseOffset: 2n, records: [rec('a', '2', 0)] })])
    const map2 = await mapOf(superseded, 3)
    const second = await cleanBatches(superseded, options(map2))
    expect(second.outcomes.map((o) => o.outcome)).toEqual(['dropped', 'copied', 'copied'])
    const third = await cleanBatches(Buffer.concat(second.buffers), options(map2))
    expect(third.outcomes.map((o) => o.outcome)).toEqual(['reencoded', 'copied'])
    const fourth = await cleanBatches(Buffer.concat(third.buffers), options(map2, { nowMs: NOW + RETENTION }))
    expect(fourth.outcomes.map((o) => o.outcome)).toEqual(['dropped', 'copied'])
  })

  it('refuses a buffer that ends inside a batch', async () => {
    const a = await encodeBatch({ baseOffset: 0n, records: [rec('a', '1', 0)] })
    await expect(cleanBatches(a.subarray(0, a.length - 1), options(new OffsetMap(1024)))).rejects.toThrow(
      /not a whole batch/,
    )
  })
})
