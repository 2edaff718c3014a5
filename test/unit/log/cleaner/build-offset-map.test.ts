// Goal: the offset map build reads exactly the dirty range. Method: small hand-built
// segments; check the map's keys, offsets, latestOffset and the returned end offset for a
// range starting mid-segment, ending at a last stable offset mid-segment, offset gaps
// between segments, control batches, aborted transactions and chunked input.

import { describe, expect, it } from 'vitest'
import { buildOffsetMap, OffsetMapBuilder } from '../../../../src/log/cleaner/build-offset-map.js'
import { OffsetMap } from '../../../../src/log/cleaner/offset-map.js'
import { encodeBatch } from '../../../../src/protocol/records/codec.js'
import { endTxnMarkerBatch } from '../../../../src/protocol/records/control.js'
import { memSegment } from './log-gen.js'

const T0 = 1_700_000_000_000n

function batch(baseOffset: number, keys: (string | null)[], extra = {}) {
  return encodeBatch({
    baseOffset: BigInt(baseOffset),
    records: keys.map((k, i) => ({
      key: k === null ? null : Buffer.from(k),
      value: Buffer.from('v'),
      timestamp: T0,
      offsetDelta: i,
    })),
    ...extra,
  })
}

describe('buildOffsetMap', () => {
  it('maps keys from startOffset to endOffset and fast-forwards over gaps', async () => {
    const s0 = memSegment([await batch(0, ['a', 'b']), await batch(2, ['a', null])], 1)
    // Segment 1 starts at 10: offsets 4..9 are a gap (records removed by an earlier clean).
    const s1 = memSegment([await batch(10, ['c']), await batch(11, ['b', 'd']), await batch(13, ['e'])], 2)
    const map = new OffsetMap(1 << 12)
    const result = await buildOffsetMap(map, [s0, s1], { startOffset: 1, endOffset: 13 })
    expect(map.get(Buffer.from('a'))).toBe(2)
    expect(map.get(Buffer.from('b'))).toBe(11)
    expect(map.get(Buffer.from('d'))).toBe(12)
    expect(map.get(Buffer.from('e'))).toBe(-1)
    expect(map.size).toBe(4)
    expect(result).toMatchObject({ full: false, endOffset: 13, segmentsFullyMapped: 2 })
    expect(result.stats.batchesRead).toBe(4)
  })

  it('never maps a record at or past endOffset, even inside a batch', async () => {
    const s0 = memSegment([await batch(0, ['a']), await batch(1, ['a', 'b', 'c'])])
    const map = new OffsetMap(1 << 12)
    const result = await buildOffsetMap(map, [s0], { startOffset: 0, endOffset: 2 })
    expect(map.get(Buffer.from('a'))).toBe(1)
    expect(map.get(Buffer.from('b'))).toBe(-1)
    expect(map.latestOffset).toBe(1)
    expect(result.endOffset).toBe(2)
  })

  it('skips control batches and aborted transactions', async () => {
    const txn = { producerId: 3n, producerEpoch: 0, baseSequence: 0, isTransactional: true }
    const s0 = memSegment([
      await batch(0, ['a']),
      await batch(1, ['a', 'b'], txn),
      await encodeBatch(
        endTxnMarkerBatch({
          marker: { type: 'ABORT', coordinatorEpoch: 0 },
          producerId: 3n,
          producerEpoch: 0,
          timestamp: T0,
          baseOffset: 3n,
        }),
      ),
      await batch(4, ['c'], { ...txn, baseSequence: 2 }),
    ])
    const map = new OffsetMap(1 << 12)
    const aborted = [{ producerId: 3, firstOffset: 1, lastOffset: 3, lastStableOffset: 4 }]
    const result = await buildOffsetMap(map, [s0], { startOffset: 0, endOffset: 5, abortedTransactions: aborted })
    expect(map.get(Buffer.from('a'))).toBe(0)
    expect(map.get(Buffer.from('b'))).toBe(-1)
    // The next transaction of the producer is not aborted.
    expect(map.get(Buffer.from('c'))).toBe(4)
    expect(result.endOffset).toBe(5)
  })

  it('stops mid-batch when the map is full; the end is the last key that fit', async () => {
    const map = new OffsetMap(3 * 24, 2 / 3)
    expect(map.maxEntries).toBe(2)
    const builder = new OffsetMapBuilder(map, { startOffset: 0, endOffset: 100 })
    const chunk = Buffer.concat([await batch(0, ['a', 'a']), await batch(2, ['b', 'a', 'c', 'd'])])
    const first = await builder.addChunk(chunk)
    expect(first.full).toBe(true)
    expect(builder.full).toBe(true)
    expect(map.latestOffset).toBe(3)
    expect(map.get(Buffer.from('a'))).toBe(3)
    builder.finishSegment(50)
    expect(map.latestOffset).toBe(3)
  })

  it('refuses a chunk that is not whole batches', async () => {
    const b = await batch(0, ['a'])
    const builder = new OffsetMapBuilder(new OffsetMap(1 << 12), { startOffset: 0, endOffset: 10 })
    await expect(builder.addChunk(b.subarray(0, 30))).rejects.toThrow(/not a whole batch/)
  })
})
