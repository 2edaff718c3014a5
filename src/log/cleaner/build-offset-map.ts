// First phase of a clean: read the dirty range [startOffset, endOffset) in offset order and
// record, for every record key, the offset of its latest record (Kafka's
// Cleaner.buildOffsetMap). Control batches and the data of aborted transactions add no
// keys: an aborted record never supersedes a committed one. Keyless records add nothing
// (the cleaner drops them). The map is bounded: when a new key does not fit, the build stops
// and the map's latestOffset says how far this clean reaches; the rest stays dirty for the
// next round.
//
// The builder takes the range as chunks of whole batches so that a driver can stream a
// segment from disk with a bounded read buffer; `buildOffsetMap` runs it over in-memory or
// streamed segments. Every batch is validated (CRC included) before it is trusted.
//
// One deliberate difference from Kafka: records at or past endOffset (the first uncleanable
// offset, which may be the last stable offset inside a segment) never enter the map, so an
// open transaction can never make the cleaner remove the record it might still supersede.

import { decodeControlRecordKey } from '../../protocol/records/control.js'
import { assert } from '../../util/assert.js'
import { batchRecords, type ValidatedBatch, validatedBatches } from './batch-walk.js'
import { type AbortedTxn, CleanedTransactions } from './cleaned-transactions.js'
import type { OffsetMap } from './offset-map.js'

export interface OffsetMapBuildOptions {
  /** The first dirty offset: records before it are already clean. */
  readonly startOffset: number
  /** The first uncleanable offset (exclusive end of the range). */
  readonly endOffset: number
  /** Aborted transactions overlapping [startOffset, endOffset), from the segments' `.txnindex`. */
  readonly abortedTransactions?: readonly AbortedTxn[]
  /** Cap on a batch's decompressed records section. */
  readonly maxUncompressedBytes?: number
}

export interface OffsetMapBuildStats {
  batchesRead: number
  messagesRead: number
  bytesRead: number
}

export interface ChunkResult {
  /** Bytes of whole batches consumed from the chunk (less than its length only when full or done). */
  readonly bytesRead: number
  readonly full: boolean
}

/**
 * Feeds batches into an OffsetMap. Call `addChunk` with the dirty segments' batches in
 * offset order and `finishSegment` after each segment; stop when `full` or `done`.
 */
export class OffsetMapBuilder {
  readonly stats: OffsetMapBuildStats = { batchesRead: 0, messagesRead: 0, bytesRead: 0 }
  readonly #map: OffsetMap
  readonly #options: OffsetMapBuildOptions
  readonly #transactions = new CleanedTransactions()
  #full = false
  #done = false

  /** Clears `map` and starts a build over [startOffset, endOffset). */
  constructor(map: OffsetMap, options: OffsetMapBuildOptions) {
    assert(options.startOffset >= 0, 'OffsetMapBuilder: startOffset must not be negative')
    assert(options.endOffset >= options.startOffset, 'OffsetMapBuilder: endOffset before startOffset')
    map.clear()
    this.#map = map
    this.#options = options
    this.#transactions.addAbortedTransactions(options.abortedTransactions ?? [])
  }

  /** The map refused a key: the clean reaches map.latestOffset. */
  get full(): boolean {
    return this.#full
  }

  /** A batch at or past endOffset was reached: nothing more to read. */
  get done(): boolean {
    return this.#done
  }

  /** Reads the whole batches of `chunk` (it must hold whole batches only). */
  async addChunk(chunk: Buffer): Promise<ChunkResult> {
    let bytesRead = 0
    for (const batch of validatedBatches(chunk)) {
      if (Number(batch.header.baseOffset) >= this.#options.endOffset) {
        this.#done = true
        break
      }
      await this.#addBatch(batch)
      if (this.#full) break
      bytesRead += batch.header.sizeInBytes
      this.stats.bytesRead += batch.header.sizeInBytes
    }
    return { bytesRead, full: this.#full }
  }

  /**
   * A segment ended; the next one starts at nextSegmentBaseOffset (or the range ends there).
   * Offsets up to it held no more keys, so the map covers them (Kafka fast-forwards over gaps).
   */
  finishSegment(nextSegmentBaseOffset: number): void {
    if (this.#full) return
    const upTo = Math.min(nextSegmentBaseOffset, this.#options.endOffset) - 1
    if (upTo > this.#map.latestOffset) this.#map.updateLatestOffset(upTo)
  }

  async #addBatch(batch: ValidatedBatch): Promise<void> {
    const { startOffset, endOffset } = this.#options
    const header = batch.header
    const lastOffset = Number(header.lastOffset)
    const view = { producerId: Number(header.producerId), lastOffset, isTransactional: header.isTransactional }
    this.stats.batchesRead++
    if (header.isControl) {
      const records = header.recordCount === 0 ? [] : await this.#records(batch)
      const first = records[0]
      this.#transactions.onControlBatchRead(view, first === undefined ? null : decodeControlRecordKey(first.key).type)
      this.stats.messagesRead += records.length
    } else if (this.#transactions.onBatchRead(view)) {
      this.stats.messagesRead += header.recordCount
    } else {
      const records = await this.#records(batch)
      for (const record of records) {
        const offset = Number(record.offset)
        if (record.key !== null && offset >= startOffset && offset < endOffset) {
          if (!this.#map.put(record.key, offset)) {
            this.#full = true
            return
          }
        }
        this.stats.messagesRead++
      }
    }
    if (lastOffset >= startOffset) {
      const covered = Math.min(lastOffset, endOffset - 1)
      if (covered > this.#map.latestOffset) this.#map.updateLatestOffset(covered)
    }
  }

  #records(batch: ValidatedBatch) {
    return batchRecords(batch, this.#options.maxUncompressedBytes)
  }
}

/** A dirty segment as the build reads it: its chunks of whole batches, in offset order. */
export interface SegmentBatches {
  readonly baseOffset: number
  chunks(): Iterable<Buffer> | AsyncIterable<Buffer>
}

export interface BuildOffsetMapResult {
  /** The map refused a key before the end of the range. */
  readonly full: boolean
  /** map.latestOffset + 1 (at least startOffset): this clean covers up to it; the next first dirty offset. */
  readonly endOffset: number
  /** Segments read to their end (the segment after them, if any, was partly mapped or not at all). */
  readonly segmentsFullyMapped: number
  readonly stats: OffsetMapBuildStats
}

/**
 * Builds the offset map over the dirty segments (from the one holding startOffset, in
 * order, none at or past endOffset), stopping when the map is full (Kafka's buildOffsetMap).
 */
export async function buildOffsetMap(
  map: OffsetMap,
  segments: readonly SegmentBatches[],
  options: OffsetMapBuildOptions,
): Promise<BuildOffsetMapResult> {
  const builder = new OffsetMapBuilder(map, options)
  let segmentsFullyMapped = 0
  for (let i = 0; i < segments.length && !builder.full && !builder.done; i++) {
    const segment = segments[i]
    assert(segment !== undefined, 'buildOffsetMap: segment index in range')
    for await (const chunk of segment.chunks()) {
      const { bytesRead } = await builder.addChunk(chunk)
      if (builder.full || builder.done) break
      assert(bytesRead === chunk.length, 'buildOffsetMap: a chunk must hold whole batches only')
    }
    if (builder.full) break
    builder.finishSegment(segments[i + 1]?.baseOffset ?? options.endOffset)
    segmentsFullyMapped++
  }
  const endOffset = Math.max(map.latestOffset + 1, options.startOffset)
  return { full: builder.full, endOffset, segmentsFullyMapped, stats: builder.stats }
}
