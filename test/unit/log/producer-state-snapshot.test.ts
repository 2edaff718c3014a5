// Goal: producer state survives what a partition log goes through: the `.snapshot` bytes are
// Kafka's, retries are recognised after a clean restart and after a crash (no close, no
// snapshot at the log end), a torn snapshot falls back to an older one, and truncation drops the
// state of the cut batches. Method: idempotent batches through PartitionLog.appendFromClient on
// a temp directory, reopening it the ways a broker would.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProducerStateEntry } from '../../../src/log/producer-state.js'
import {
  CorruptSnapshotError,
  decodeProducerSnapshot,
  encodeProducerSnapshot,
} from '../../../src/log/producer-state-snapshot.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { crc32c } from '../../../src/protocol/records/crc32c.js'
import { openLog, tempDir } from './log-kit.js'

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

const NOW = 1_700_000_000_000

function idempotentBatch(options: {
  producerId?: number
  epoch?: number
  seq: number
  count?: number
  bytes?: number
}) {
  const count = options.count ?? 1
  return encodeBatch({
    records: Array.from({ length: count }, (_, i) => ({
      timestamp: BigInt(NOW + i),
      value: Buffer.alloc(options.bytes ?? 10, i),
    })),
    producerId: BigInt(options.producerId ?? 7),
    producerEpoch: options.epoch ?? 0,
    baseSequence: options.seq,
  })
}

const snapshots = () => readdirSync(dir).filter((n) => n.endsWith('.snapshot'))

describe('snapshot bytes', () => {
  it("encodes Kafka's version 1 layout with a CRC-32C over everything after the CRC", () => {
    const entry = new ProducerStateEntry(1000, 3, 5, NOW, -1)
    entry.batches.push({ firstSeq: 10, lastSeq: 14, firstOffset: 100, lastOffset: 104, timestamp: NOW })
    const bytes = encodeProducerSnapshot([entry])
    const expected = Buffer.from(
      [
        '0001', // version
        '00000000', // crc, filled below
        '00000001', // one entry
        '00000000000003e8', // producerId 1000
        '0003', // epoch
        '0000000e', // lastSequence 14
        '0000000000000068', // lastOffset 104
        '00000004', // offsetDelta
        '0000018bcfe56800', // timestamp
        '00000005', // coordinatorEpoch
        'ffffffffffffffff', // currentTxnFirstOffset -1
      ].join(''),
      'hex',
    )
    expected.writeUInt32BE(crc32c(expected, 6, expected.length), 2)
    expect(bytes.toString('hex')).toBe(expected.toString('hex'))
    const [decoded] = decodeProducerSnapshot(bytes)
    expect(decoded).toEqual(entry)
  })

  it('round-trips an entry without batches and refuses damaged bytes', () => {
    const bytes = encodeProducerSnapshot([new ProducerStateEntry(1, 0, -1, -1, -1)])
    expect(decodeProducerSnapshot(bytes)[0]!.batches).toEqual([])
    expect(decodeProducerSnapshot(encodeProducerSnapshot([]))).toEqual([])
    const flipped = Buffer.from(bytes)
    flipped[20]! ^= 1
    expect(() => decodeProducerSnapshot(flipped)).toThrow(CorruptSnapshotError)
    expect(() => decodeProducerSnapshot(bytes.subarray(0, 12))).toThrow(CorruptSnapshotError)
    expect(() => decodeProducerSnapshot(Buffer.alloc(0))).toThrow(CorruptSnapshotError)
  })
})

describe('partition log producer state', () => {
  it('answers a retry with the original offsets and stores nothing', async () => {
    const { log } = openLog(dir)
    expect(log.appendFromClient(await idempotentBatch({ seq: 0, count: 3 }), 0)).toMatchObject({
      kind: 'appended',
      firstOffset: 0,
    })
    expect(log.appendFromClient(await idempotentBatch({ seq: 3, count: 2 }), 0)).toMatchObject({ firstOffset: 3 })
    expect(log.appendFromClient(await idempotentBatch({ seq: 0, count: 3 }), 0)).toEqual({
      kind: 'duplicate',
      batch: { firstSeq: 0, lastSeq: 2, firstOffset: 0, lastOffset: 2, timestamp: NOW + 2 },
    })
    expect(log.logEndOffset).toBe(5)
    expect(log.appendFromClient(await idempotentBatch({ seq: 9 }), 0)).toMatchObject({
      kind: 'refused',
      errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
    })
    expect(log.logEndOffset).toBe(5)
    await log.close()
  })

  it('keeps recognising the last batch after a clean restart (snapshot at the log end)', async () => {
    const first = openLog(dir)
    first.log.appendFromClient(await idempotentBatch({ seq: 0, count: 2 }), 0)
    first.log.appendFromClient(await idempotentBatch({ seq: 2, count: 2 }), 0)
    await first.log.close()
    expect(snapshots()).toEqual(['00000000000000000004.snapshot'])
    const { log } = openLog(dir)
    expect(log.appendFromClient(await idempotentBatch({ seq: 2, count: 2 }), 0)).toMatchObject({
      kind: 'duplicate',
      batch: { firstOffset: 2, lastOffset: 3 },
    })
    expect(log.appendFromClient(await idempotentBatch({ seq: 5 }), 0)).toMatchObject({ kind: 'refused' })
    expect(log.appendFromClient(await idempotentBatch({ seq: 4 }), 0)).toMatchObject({ firstOffset: 4 })
    await log.close()
  })

  it('rebuilds from the last roll snapshot and the log after a crash, and writes snapshots at rolls', async () => {
    const first = openLog(dir, { segmentBytes: 400 })
    for (let seq = 0; seq < 12; seq++) first.log.appendFromClient(await idempotentBatch({ seq, bytes: 60 }), 0)
    expect(first.log.segmentCount).toBeGreaterThan(3)
    const rolls = first.log.segmentBaseOffsets().slice(1)
    // Only the last 3 snapshots are kept, each named by the base offset of the segment it starts.
    expect(snapshots()).toEqual(rolls.slice(-3).map((o) => `${String(o).padStart(20, '0')}.snapshot`))
    // Crash: no close, so no snapshot at the log end. The last roll's snapshot holds the batch
    // before it (a snapshot keeps one batch per producer, as Kafka's), the rest is replayed.
    first.log.closeFiles()
    const { log } = openLog(dir, { segmentBytes: 400 }, { hadCleanShutdown: false })
    const lastRoll = rolls.at(-1)!
    expect(lastRoll).toBeLessThan(11)
    for (let seq = lastRoll - 1; seq < 12; seq++) {
      expect(log.appendFromClient(await idempotentBatch({ seq, bytes: 60 }), 0)).toMatchObject({
        kind: 'duplicate',
        batch: { firstOffset: seq },
      })
    }
    expect(log.appendFromClient(await idempotentBatch({ seq: 12, bytes: 60 }), 0)).toMatchObject({ firstOffset: 12 })
    await log.close()
  })

  it('falls back to an older snapshot when the latest is torn', async () => {
    const first = openLog(dir, { segmentBytes: 300 })
    for (let seq = 0; seq < 8; seq++) first.log.appendFromClient(await idempotentBatch({ seq, bytes: 60 }), 0)
    first.log.closeFiles()
    const names = snapshots()
    expect(names.length).toBeGreaterThan(1)
    writeFileSync(join(dir, names.at(-1)!), readFileSync(join(dir, names.at(-1)!)).subarray(0, 7))
    const { log } = openLog(dir, { segmentBytes: 300 }, { hadCleanShutdown: false })
    expect(snapshots()).toEqual(names.slice(0, -1))
    expect(log.appendFromClient(await idempotentBatch({ seq: 7, bytes: 60 }), 0)).toMatchObject({
      kind: 'duplicate',
      batch: { firstOffset: 7 },
    })
    expect(log.producerStateOf(7)?.lastSeq).toBe(7)
    await log.close()
  })

  it('truncation drops the state of the cut batches and the snapshots past the new end', async () => {
    const { log } = openLog(dir, { segmentBytes: 300 })
    for (let seq = 0; seq < 8; seq++) log.appendFromClient(await idempotentBatch({ seq, bytes: 60 }), 0)
    const lastRoll = log.segmentBaseOffsets().at(-1)!
    log.truncateTo(lastRoll - 1)
    expect(log.logEndOffset).toBe(lastRoll - 1)
    expect(log.producerSnapshotOffsets().every((o) => o <= lastRoll - 1)).toBe(true)
    expect(snapshots().length).toBe(log.producerSnapshotOffsets().length)
    expect(log.producerStateOf(7)?.lastSeq).toBe(lastRoll - 2)
    // The cut batch is not a duplicate any more: it is the next in sequence.
    expect(log.appendFromClient(await idempotentBatch({ seq: lastRoll - 1, bytes: 60 }), 0)).toMatchObject({
      kind: 'appended',
      firstOffset: lastRoll - 1,
    })
    log.truncateFullyAndStartAt(100)
    expect(snapshots()).toEqual([])
    expect(log.producerStateOf(7)).toBeUndefined()
    await log.close()
  })

  it('cuts the log tail behind its back (a crash mid-write) and rebuilds without the lost batches', async () => {
    const first = openLog(dir)
    for (let seq = 0; seq < 4; seq++) first.log.appendFromClient(await idempotentBatch({ seq }), 0)
    await first.log.close()
    // Only the log survives to offset 2: the snapshot at 4 is past the end and must go.
    const logFile = join(dir, '00000000000000000000.log')
    const bytes = readFileSync(logFile)
    const batchSize = 12 + bytes.readInt32BE(8)
    writeFileSync(logFile, bytes.subarray(0, batchSize * 2 + 5))
    const { log } = openLog(dir, {}, { hadCleanShutdown: false })
    expect(log.logEndOffset).toBe(2)
    expect(snapshots()).toEqual([])
    expect(log.appendFromClient(await idempotentBatch({ seq: 1 }), 0)).toMatchObject({ kind: 'duplicate' })
    expect(log.appendFromClient(await idempotentBatch({ seq: 2 }), 0)).toMatchObject({ firstOffset: 2 })
    await log.close()
  })

  it('expires idle producers', async () => {
    const { log, clock } = openLog(dir, {}, { producerIdExpirationMs: 60_000 })
    log.appendFromClient(await idempotentBatch({ seq: 0 }), 0)
    clock.advance(30_000)
    expect(log.removeExpiredProducers()).toBe(0)
    clock.advance(60_000)
    expect(log.removeExpiredProducers()).toBe(1)
    expect([...log.activeProducers()]).toEqual([])
    await log.close()
  })
})
