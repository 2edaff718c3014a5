// Generated logs for the cleaner tests: batches of random sizes over a small keyspace, with
// tombstones, keyless records, headers, every compression codec, some idempotent producers
// and some LogAppendTime batches, laid out in segments, all from a seeded Prng so a failure
// replays from its seed. Also a reader that decodes a log back into records.

import type { SegmentToClean } from '../../../../src/log/cleaner/clean-log.js'
import type { GroupableSegment } from '../../../../src/log/cleaner/cleanable.js'
import { batches, type CompressionName, readBatchHeader } from '../../../../src/protocol/records/batch.js'
import { decodeBatch, encodeBatch, type KafkaRecord, type RecordInput } from '../../../../src/protocol/records/codec.js'
import type { Prng } from '../../../../src/util/prng.js'

export const CODECS: readonly CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd']

export interface GenOptions {
  readonly batchCount: number
  readonly keyCount: number
  readonly startOffset?: number
  readonly startTimestampMs?: number
  readonly tombstoneRate?: number
  readonly keylessRate?: number
  readonly maxBatchRecords?: number
  /** Producer ids to draw idempotent batches from (a batch has one with probability 1/3). */
  readonly producerIds?: readonly number[]
}

/** Encoded batches with consecutive offsets. */
export async function generateBatches(prng: Prng, options: GenOptions): Promise<Buffer[]> {
  let offset = options.startOffset ?? 0
  let timestamp = options.startTimestampMs ?? 1_700_000_000_000
  const sequences = new Map<number, number>()
  const out: Buffer[] = []
  for (let b = 0; b < options.batchCount; b++) {
    const count = 1 + prng.nextInt(options.maxBatchRecords ?? 8)
    const records: RecordInput[] = []
    for (let i = 0; i < count; i++) {
      timestamp += prng.nextInt(3)
      const keyless = prng.bool(options.keylessRate ?? 0.03)
      const tombstone = !keyless && prng.bool(options.tombstoneRate ?? 0.15)
      records.push({
        timestamp: BigInt(timestamp),
        key: keyless ? null : Buffer.from(`k${prng.nextInt(options.keyCount)}`),
        value: tombstone ? null : Buffer.from(`v${offset + i}-${'x'.repeat(prng.nextInt(40))}`),
        headers: prng.bool(0.2) ? [{ key: 'h', value: Buffer.from(String(offset + i)) }] : [],
      })
    }
    const producers = options.producerIds ?? []
    const producerId = producers.length > 0 && prng.bool(1 / 3) ? prng.pick(producers) : -1
    const baseSequence = producerId < 0 ? -1 : (sequences.get(producerId) ?? 0)
    if (producerId >= 0) sequences.set(producerId, baseSequence + count)
    const logAppendTime = prng.bool(0.1)
    out.push(
      await encodeBatch({
        records,
        baseOffset: BigInt(offset),
        partitionLeaderEpoch: prng.nextInt(5),
        compression: prng.pick(CODECS),
        timestampType: logAppendTime ? 'LogAppendTime' : 'CreateTime',
        maxTimestamp: logAppendTime ? BigInt(timestamp + 1) : undefined,
        producerId: BigInt(producerId),
        producerEpoch: producerId < 0 ? -1 : 0,
        baseSequence,
      }),
    )
    offset += count
  }
  return out
}

/** A segment for cleanLog over in-memory batches, streamed in chunks of up to `chunkBatches` batches. */
export interface MemSegment extends SegmentToClean {
  readonly batches: readonly Buffer[]
}

export function memSegment(batchList: readonly Buffer[], chunkBatches = 3, baseOffset?: number): MemSegment {
  const first = batchList[0]
  const base = baseOffset ?? (first === undefined ? 0 : Number(readBatchHeader(first).baseOffset))
  return {
    baseOffset: base,
    batches: batchList,
    sizeInBytes: batchList.reduce((n, b) => n + b.length, 0),
    offsetIndexBytes: 8 * batchList.length,
    timeIndexBytes: 12 * batchList.length,
    *chunks() {
      for (let i = 0; i < batchList.length; i += chunkBatches) {
        yield Buffer.concat(batchList.slice(i, i + chunkBatches))
      }
    },
  }
}

/** Splits batches into segments of `perSegment` batches; the last segment is the active one. */
export function segmentsOf(batchList: readonly Buffer[], perSegment: number): MemSegment[] {
  const out: MemSegment[] = []
  for (let i = 0; i < batchList.length; i += perSegment) out.push(memSegment(batchList.slice(i, i + perSegment)))
  return out
}

/** Every batch of a buffer of whole batches, as separate views. */
export function splitBatches(buf: Buffer): Buffer[] {
  return [...batches(buf)].map((s) => s.bytes)
}

export interface ReadRecord {
  readonly record: KafkaRecord
  readonly batchBaseOffset: number
}

/** Decodes every record of the batches, in order. */
export async function readAll(batchList: readonly Buffer[]): Promise<ReadRecord[]> {
  const out: ReadRecord[] = []
  for (const b of batchList) {
    const decoded = await decodeBatch(b)
    for (const record of decoded.records) out.push({ record, batchBaseOffset: Number(decoded.header.baseOffset) })
  }
  return out
}

/** What a consumer reading from offset 0 ends with: key -> value (null for a tombstone). */
export function finalMap(records: readonly ReadRecord[]): Map<string, { value: string | null; offset: number }> {
  const map = new Map<string, { value: string | null; offset: number }>()
  for (const { record } of records) {
    if (record.key === null) continue
    map.set(record.key.toString(), { value: record.value?.toString() ?? null, offset: Number(record.offset) })
  }
  return map
}

export type { GroupableSegment }
