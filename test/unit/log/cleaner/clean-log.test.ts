// Goal: one cleaning round over generated logs keeps exactly what Kafka's cleaner keeps.
// Method: logs from a seeded Prng (small keyspace, tombstones, keyless records, headers, all
// codecs, idempotent producers, LogAppendTime batches), cut into segments, cleaned by
// cleanLog with the swap applied in memory. Checked per seed: reading from offset 0 gives the
// same key -> value map as the uncleaned log (tombstones present as null before their
// horizon, absent after it); every key's latest record is present at its original offset;
// offsets strictly increase; a batch that loses nothing and holds no tombstone is
// byte-identical; a re-encoded batch keeps codec, producer fields, epochs and lastOffsetDelta;
// an emptied batch survives only for a producer's last batch or the end of the round; a full
// offset map stops the round at the last key that fit. A failure prints SEED=n.

import { describe, expect, it } from 'vitest'
import {
  addCleanStats,
  emptyCleanStats,
  keepLastBatchOfProducers,
  type LastRecordOfProducer,
} from '../../../../src/log/cleaner/clean-batches.js'
import { type CleanEvent, cleanLog } from '../../../../src/log/cleaner/clean-log.js'
import { BYTES_PER_ENTRY, OffsetMap } from '../../../../src/log/cleaner/offset-map.js'
import { readBatchHeader } from '../../../../src/protocol/records/batch.js'
import { decodeBatch } from '../../../../src/protocol/records/codec.js'
import { Prng } from '../../../../src/util/prng.js'
import { finalMap, generateBatches, type MemSegment, memSegment, readAll, segmentsOf } from './log-gen.js'

const NOW_MS = 1_800_000_000_000
const DELETE_RETENTION_MS = 86_400_000
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
/** Every outcome over all seeds, so the last test can check the seeds reach each path. */
const coverage = emptyCleanStats()

interface Round {
  readonly segments: MemSegment[]
  readonly endOffset: number
  readonly mapFull: boolean
  readonly replaced: Set<number>
}

/** Runs cleanLog and swaps each group's output in for the segments it replaces. */
async function runRound(
  segments: MemSegment[],
  options: {
    firstDirtyOffset: number
    nowMs: number
    map?: OffsetMap
    lastRecords?: Map<number, LastRecordOfProducer>
  },
): Promise<Round> {
  const active = segments.at(-1)
  if (active === undefined) throw new Error('no segments')
  const events: CleanEvent<MemSegment>[] = []
  for await (const event of cleanLog({
    segments,
    firstDirtyOffset: options.firstDirtyOffset,
    firstUncleanableOffset: active.baseOffset,
    map: options.map ?? new OffsetMap(1 << 20),
    nowMs: options.nowMs,
    deleteRetentionMs: DELETE_RETENTION_MS,
    segmentBytes: 1 << 30,
    segmentIndexBytes: 10 << 20,
    keepEmptyBatchFor: keepLastBatchOfProducers(options.lastRecords ?? new Map()),
  })) {
    events.push(event)
  }
  const outputs = new Map<MemSegment, MemSegment>()
  const replaced = new Set<number>()
  let group: { base: number; replaces: readonly MemSegment[]; batches: Buffer[] } | null = null
  let done: Extract<CleanEvent<MemSegment>, { kind: 'done' }> | null = null
  for (const event of events) {
    if (event.kind === 'groupStart') group = { base: event.baseOffset, replaces: event.replaces, batches: [] }
    else if (event.kind === 'batches') group?.batches.push(...event.buffers.flatMap(splitAll))
    else if (event.kind === 'groupEnd') {
      if (group === null) throw new Error('groupEnd without groupStart')
      const first = group.replaces[0]
      if (first !== undefined) outputs.set(first, memSegment(group.batches, 3, group.base))
      for (const s of group.replaces) replaced.add(s.baseOffset)
      group = null
    } else done = event
  }
  if (done === null) throw new Error('no done event')
  const next: MemSegment[] = []
  for (const s of segments) {
    const out = outputs.get(s)
    if (out !== undefined) next.push(out)
    else if (!replaced.has(s.baseOffset)) next.push(s)
  }
  addCleanStats(coverage, done.cleanStats)
  return { segments: next, endOffset: done.endOffset, mapFull: done.mapFull, replaced }
}

function splitAll(buf: Buffer): Buffer[] {
  const out: Buffer[] = []
  for (let p = 0; p < buf.length; p += 12 + buf.readInt32BE(p + 8))
    out.push(buf.subarray(p, p + 12 + buf.readInt32BE(p + 8)))
  return out
}

function allBatches(segments: readonly MemSegment[]): Buffer[] {
  return segments.flatMap((s) => [...s.batches])
}

/** Per producer id, the last data offset in the log (what the producer state would say). */
function lastRecordsOf(batchList: readonly Buffer[]): Map<number, LastRecordOfProducer> {
  const out = new Map<number, LastRecordOfProducer>()
  for (const b of batchList) {
    const h = readBatchHeader(b)
    if (h.producerId >= 0n) out.set(Number(h.producerId), { lastDataOffset: Number(h.lastOffset), producerEpoch: 0 })
  }
  return out
}

async function expectOffsetsIncrease(batchList: readonly Buffer[]): Promise<void> {
  let last = -1
  for (const b of batchList) {
    const decoded = await decodeBatch(b)
    expect(Number(decoded.header.baseOffset)).toBeGreaterThan(last)
    for (const r of decoded.records) {
      expect(Number(r.offset)).toBeGreaterThan(last)
      last = Number(r.offset)
    }
    expect(Number(decoded.header.lastOffset)).toBeGreaterThanOrEqual(last)
    last = Number(decoded.header.lastOffset)
  }
}

describe('cleanLog on generated logs', () => {
  for (const seed of SEEDS) {
    it(`keeps the latest record per key and the final map (SEED=${seed})`, async () => {
      const prng = new Prng(seed)
      const keyCount = [6, 30, 150][seed % 3] ?? 6
      const original = await generateBatches(prng, { batchCount: 60, keyCount, producerIds: [100, 101] })
      const segments = segmentsOf(original, 8)
      const firstUncleanable = segments.at(-1)?.baseOffset ?? 0
      const lastRecords = lastRecordsOf(original)
      const round = await runRound(segments, { firstDirtyOffset: 0, nowMs: NOW_MS, lastRecords })
      const cleaned = allBatches(round.segments)

      expect(round.mapFull).toBe(false)
      expect(round.endOffset).toBe(firstUncleanable)
      const before = await readAll(original)
      const after = await readAll(cleaned)
      // The same final map, tombstones included as null (their horizon has not passed).
      expect(finalMap(after)).toEqual(finalMap(before))
      // Every key's latest record at its original offset with its value, timestamp, headers.
      const byOffset = new Map(after.map((r) => [Number(r.record.offset), r.record]))
      for (const { offset } of finalMap(before).values()) {
        const was = before.find((r) => Number(r.record.offset) === offset)?.record
        const now = byOffset.get(offset)
        expect(now).toBeDefined()
        expect(now?.key).toEqual(was?.key)
        expect(now?.value).toEqual(was?.value)
        expect(now?.timestamp).toBe(was?.timestamp)
        expect(now?.headers).toEqual(was?.headers)
      }
      await expectOffsetsIncrease(cleaned)
      await expectBatchOutcomes(original, cleaned, firstUncleanable, lastRecords)

      // Round 2: more data arrives, and the clock passes the horizon the first round stamped.
      const more = await generateBatches(prng, {
        batchCount: 20,
        keyCount,
        startOffset: lastOffsetOf(original) + 1,
        startTimestampMs: 1_700_000_100_000,
      })
      const grown = [...round.segments.slice(0, -1), ...segmentsOf([...(segments.at(-1)?.batches ?? []), ...more], 8)]
      const round2 = await runRound(grown, {
        firstDirtyOffset: round.endOffset,
        nowMs: NOW_MS + DELETE_RETENTION_MS,
        lastRecords: lastRecordsOf([...original, ...more]),
      })
      const expected = finalMap(await readAll([...original, ...more]))
      for (const [key, { value, offset }] of expected)
        if (value === null && offset < firstUncleanable) expected.delete(key)
      expect(finalMap(await readAll(allBatches(round2.segments)))).toEqual(expected)
      await expectOffsetsIncrease(allBatches(round2.segments))
    })
  }
})

describe('generated logs', () => {
  it('reach every batch outcome and drop keyless records', () => {
    expect(coverage.batchesCopied).toBeGreaterThan(0)
    expect(coverage.batchesReencoded).toBeGreaterThan(0)
    expect(coverage.batchesEmptied).toBeGreaterThan(0)
    expect(coverage.batchesDropped).toBeGreaterThan(0)
    expect(coverage.invalidMessages).toBeGreaterThan(0)
  })
})

function lastOffsetOf(batchList: readonly Buffer[]): number {
  const last = batchList.at(-1)
  return last === undefined ? -1 : Number(readBatchHeader(last).lastOffset)
}

/**
 * Recomputes, from the original records alone, which records of each cleaned batch stay,
 * and checks each batch's fate: copied byte for byte, re-encoded with the same identity,
 * emptied to a bare header, or gone.
 */
async function expectBatchOutcomes(
  original: readonly Buffer[],
  cleaned: readonly Buffer[],
  firstUncleanable: number,
  lastRecords: Map<number, LastRecordOfProducer>,
): Promise<void> {
  const latest = new Map<string, number>()
  for (const { record } of await readAll(original)) {
    if (record.key !== null && Number(record.offset) < firstUncleanable)
      latest.set(record.key.toString(), Number(record.offset))
  }
  const out = new Map(cleaned.map((b) => [Number(readBatchHeader(b).baseOffset), b]))
  for (const b of original) {
    const { header, records } = await decodeBatch(b)
    const got = out.get(Number(header.baseOffset))
    if (Number(header.lastOffset) >= firstUncleanable) {
      expect(got?.equals(b)).toBe(true)
      continue
    }
    const kept = records.filter((r) => r.key !== null && latest.get(r.key.toString()) === Number(r.offset))
    const mustKeepEmpty =
      lastRecords.get(Number(header.producerId))?.lastDataOffset === Number(header.lastOffset) ||
      Number(header.lastOffset) + 1 === firstUncleanable
    if (kept.length === 0) {
      if (!mustKeepEmpty) {
        expect(got).toBeUndefined()
        continue
      }
      expect(got?.length).toBe(61)
      const h = readBatchHeader(got ?? Buffer.alloc(0))
      expect(h.recordCount).toBe(0)
      expect(h.compression).toBe(0)
      expect(h.lastOffset).toBe(header.lastOffset)
      expect([h.producerId, h.producerEpoch, h.baseSequence]).toEqual([
        header.producerId,
        header.producerEpoch,
        header.baseSequence,
      ])
      continue
    }
    expect(got).toBeDefined()
    const hasTombstone = kept.some((r) => r.value === null)
    if (kept.length === records.length && !hasTombstone) {
      expect(got?.equals(b)).toBe(true)
      continue
    }
    const decoded = await decodeBatch(got ?? Buffer.alloc(0))
    const h = decoded.header
    for (const field of [
      'compression',
      'producerId',
      'producerEpoch',
      'baseSequence',
      'partitionLeaderEpoch',
      'lastOffsetDelta',
      'timestampType',
      'isTransactional',
      'isControl',
    ] as const) {
      expect(h[field]).toEqual(header[field])
    }
    expect(h.hasDeleteHorizonMs).toBe(hasTombstone)
    if (hasTombstone) expect(h.baseTimestamp).toBe(BigInt(NOW_MS + DELETE_RETENTION_MS))
    expect(decoded.records.map((r) => [r.offset, r.key, r.value, r.timestamp, r.headers])).toEqual(
      kept.map((r) => [r.offset, r.key, r.value, r.timestamp, r.headers]),
    )
  }
}

describe('cleanLog with a full offset map', () => {
  for (const seed of SEEDS.slice(0, 6)) {
    it(`stops at the last key that fit and leaves the rest dirty (SEED=${seed})`, async () => {
      const prng = new Prng(seed)
      const original = await generateBatches(prng, { batchCount: 40, keyCount: 200, keylessRate: 0 })
      const segments = segmentsOf(original, 5)
      const firstUncleanable = segments.at(-1)?.baseOffset ?? 0
      // 34 slots, 30 keys at load factor 0.9.
      const map = new OffsetMap(34 * BYTES_PER_ENTRY)
      expect(map.maxEntries).toBe(30)

      // Where the map must stop: replay the build by hand.
      const seen = new Set<string>()
      let latest = -1
      outer: for (const b of original) {
        const { header, records } = await decodeBatch(b)
        if (Number(header.baseOffset) >= firstUncleanable) break
        for (const r of records) {
          const key = r.key?.toString() ?? ''
          if (!seen.has(key) && seen.size === 30) break outer
          seen.add(key)
          latest = Number(r.offset)
        }
        latest = Number(header.lastOffset)
      }

      const round = await runRound(segments, { firstDirtyOffset: 0, nowMs: NOW_MS, map })
      expect(round.mapFull).toBe(true)
      expect(map.size).toBe(30)
      expect(round.endOffset).toBe(latest + 1)
      // Replaced: exactly the segments starting at or before the last mapped offset.
      expect([...round.replaced]).toEqual(segments.filter((s) => s.baseOffset <= latest).map((s) => s.baseOffset))
      // Segments after the one the map stopped in are untouched (same objects).
      for (const s of segments.filter((s) => s.baseOffset > latest)) expect(round.segments).toContain(s)
      // Records past the map's reach all stay, even when a later record supersedes them.
      const after = await readAll(allBatches(round.segments))
      const beyond = (await readAll(original)).filter((r) => Number(r.record.offset) > latest)
      const afterOffsets = new Set(after.map((r) => Number(r.record.offset)))
      for (const r of beyond) expect(afterOffsets.has(Number(r.record.offset))).toBe(true)
      expect(finalMap(after)).toEqual(finalMap(await readAll(original)))
      await expectOffsetsIncrease(allBatches(round.segments))
    })
  }
})
