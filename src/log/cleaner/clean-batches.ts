// Second phase of a clean: rewrite a segment's batches keeping, per key, only the record the
// offset map names as latest (Kafka's Cleaner.cleanInto with MemoryRecords.filterTo).
//
// Per batch, in offset order:
// - Transactions first (cleaned-transactions.ts): data of an aborted transaction goes; a
//   marker goes once nothing of its transaction is left and its delete horizon has passed.
// - A batch is kept even when emptied if it is the last batch of a live producer (its
//   header carries the producer's last sequence and epoch: `keepEmptyBatchFor`, Kafka's
//   isBatchLastRecordOfProducer) or if it ends the cleaning round (so the log end offset
//   survives). It is then written as a bare 61-byte header: no records, no compression,
//   the same offsets, producer fields and maxTimestamp.
// - A data record stays iff it lies past map.latestOffset (not covered by this round), or it
//   has a key, its offset is at least the map's offset for that key, and it has a value or
//   its batch's delete horizon has not passed. Keyless records are invalid on a compacted
//   topic and go.
// - Tombstones (KIP-534): the first clean that keeps a tombstone (or a marker whose
//   transaction is empty) stamps its batch with deleteHorizonMs = nowMs + delete.retention.ms
//   (attributes bit 6, carried in baseTimestamp); a later clean past the horizon removes it.
// - A batch whose records all stay, and that needs no horizon stamp, is copied byte for
//   byte. Otherwise it is re-encoded with the same compression codec, baseOffset,
//   lastOffsetDelta (so the last sequence stays right), producerId/epoch, baseSequence,
//   partitionLeaderEpoch, timestamp type and transactional/control flags; records keep their
//   offset deltas, timestamps, keys, values and headers. As in Kafka the re-encoded batch's
//   baseTimestamp is its first kept record's (or the horizon) and its maxTimestamp the
//   largest kept one (the original for LogAppendTime).
//
// Output is whole batches in offset order, offsets unchanged, ready to append to the cleaned
// segment. Nothing here touches the disk; the `.cleaned`/`.swap` steps belong to the driver.

import type { RecordBatchHeader } from '../../protocol/records/batch.js'
import { compressionName } from '../../protocol/records/batch.js'
import { encodeBatch, type KafkaRecord } from '../../protocol/records/codec.js'
import { decodeControlRecordKey } from '../../protocol/records/control.js'
import { assert, assertNever } from '../../util/assert.js'
import { batchRecords, type ValidatedBatch, validatedBatches } from './batch-walk.js'
import type { CleanedTransactions } from './cleaned-transactions.js'
import type { OffsetMapView } from './offset-map.js'

/** The header fields that decide whether an emptied batch must stay. */
export interface BatchIdentity {
  readonly producerId: number
  readonly producerEpoch: number
  readonly lastOffset: number
  readonly isControl: boolean
}

export type KeepEmptyBatch = (batch: BatchIdentity) => boolean

/** What the producer state knows of an active producer's last entry in the log. */
export interface LastRecordOfProducer {
  /** Offset of its last data record, or null when its last entry is a transaction marker. */
  readonly lastDataOffset: number | null
  readonly producerEpoch: number
}

/**
 * Kafka's isBatchLastRecordOfProducer over the producer state's active producers: the batch
 * holding a producer's last data offset, or, when its last entry is a marker, a control
 * batch of its current epoch.
 */
export function keepLastBatchOfProducers(lastRecords: ReadonlyMap<number, LastRecordOfProducer>): KeepEmptyBatch {
  return (batch) => {
    const last = lastRecords.get(batch.producerId)
    if (last === undefined) return false
    if (last.lastDataOffset !== null) return batch.lastOffset === last.lastDataOffset
    return batch.isControl && batch.producerEpoch === last.producerEpoch
  }
}

export interface CleanBatchesOptions {
  readonly map: OffsetMapView
  readonly nowMs: number
  /** `delete.retention.ms` */
  readonly deleteRetentionMs: number
  /** Shared by every segment of one cleaning round, fed each segment's aborted transactions. */
  readonly transactions: CleanedTransactions
  /** The round's first uncleanable offset: the batch ending right before it stays, even empty. */
  readonly upperBoundOffset: number
  readonly keepEmptyBatchFor?: KeepEmptyBatch
  /** Cap on a batch's decompressed records section. */
  readonly maxUncompressedBytes?: number
}

export type BatchOutcome = 'copied' | 'reencoded' | 'emptied' | 'dropped'

export interface CleanStats {
  batchesRead: number
  messagesRead: number
  bytesRead: number
  batchesCopied: number
  batchesReencoded: number
  batchesEmptied: number
  batchesDropped: number
  messagesRetained: number
  bytesRetained: number
  /** Keyless data records removed (Kafka's invalidMessage count). */
  invalidMessages: number
}

export function emptyCleanStats(): CleanStats {
  return {
    batchesRead: 0,
    messagesRead: 0,
    bytesRead: 0,
    batchesCopied: 0,
    batchesReencoded: 0,
    batchesEmptied: 0,
    batchesDropped: 0,
    messagesRetained: 0,
    bytesRetained: 0,
    invalidMessages: 0,
  }
}

export function addCleanStats(into: CleanStats, from: CleanStats): void {
  for (const key of Object.keys(into) as (keyof CleanStats)[]) into[key] += from[key]
}

export interface CleanBatchesResult {
  /** The kept batches, whole, in offset order (write them back to back). */
  readonly buffers: Buffer[]
  readonly outcomes: { readonly baseOffset: number; readonly outcome: BatchOutcome }[]
  readonly stats: CleanStats
}

/** Cleans `records` (whole batches of one segment, or a chunk of them, in offset order). */
export async function cleanBatches(records: Buffer, options: CleanBatchesOptions): Promise<CleanBatchesResult> {
  const buffers: Buffer[] = []
  const outcomes: CleanBatchesResult['outcomes'] = []
  const stats = emptyCleanStats()
  let lastOffset = -1
  for (const batch of validatedBatches(records)) {
    const baseOffset = Number(batch.header.baseOffset)
    assert(baseOffset > lastOffset, 'cleanBatches: batch offsets must increase')
    lastOffset = Number(batch.header.lastOffset)
    const { outcome, bytes, recordsRead, recordsKept, invalid } = await cleanBatch(batch, options)
    stats.batchesRead++
    stats.bytesRead += batch.header.sizeInBytes
    stats.messagesRead += recordsRead
    stats.invalidMessages += invalid
    stats.messagesRetained += recordsKept
    countOutcome(stats, outcome)
    if (bytes !== null) {
      buffers.push(bytes)
      stats.bytesRetained += bytes.length
    }
    outcomes.push({ baseOffset, outcome })
  }
  return { buffers, outcomes, stats }
}

function countOutcome(stats: CleanStats, outcome: BatchOutcome): void {
  switch (outcome) {
    case 'copied':
      stats.batchesCopied++
      return
    case 'reencoded':
      stats.batchesReencoded++
      return
    case 'emptied':
      stats.batchesEmptied++
      return
    case 'dropped':
      stats.batchesDropped++
      return
    default:
      assertNever(outcome)
  }
}

interface BatchResult {
  readonly outcome: BatchOutcome
  readonly bytes: Buffer | null
  readonly recordsRead: number
  readonly recordsKept: number
  readonly invalid: number
}

type Retention = 'delete' | 'retainEmpty' | 'deleteEmpty'

async function cleanBatch(batch: ValidatedBatch, options: CleanBatchesOptions): Promise<BatchResult> {
  const { header } = batch
  const nowMs = BigInt(options.nowMs)
  // Control batches are read for their marker type; data batches only when some may stay.
  let records: KafkaRecord[] | null = null
  const view = {
    producerId: Number(header.producerId),
    producerEpoch: header.producerEpoch,
    lastOffset: Number(header.lastOffset),
    isControl: header.isControl,
    isTransactional: header.isTransactional,
  }
  const horizonPassed = header.hasDeleteHorizonMs && header.baseTimestamp <= nowMs

  let canDiscard: boolean
  let discardRecords: boolean
  if (header.isControl) {
    records = await batchRecords(batch, options.maxUncompressedBytes)
    const first = records[0]
    const type = first === undefined ? null : decodeControlRecordKey(first.key).type
    canDiscard = options.transactions.onControlBatchRead(view, type)
    discardRecords = canDiscard && horizonPassed
  } else {
    canDiscard = options.transactions.onBatchRead(view)
    discardRecords = canDiscard
  }
  const containsMarkerForEmptyTxn = canDiscard && header.isControl
  const retention = batchRetention(header, view, discardRecords, options)
  if (retention === 'delete') {
    return { outcome: 'dropped', bytes: null, recordsRead: header.recordCount, recordsKept: 0, invalid: 0 }
  }
  records ??= await batchRecords(batch, options.maxUncompressedBytes)

  let invalid = 0
  let containsTombstones = false
  const kept: KafkaRecord[] = []
  for (const record of records) {
    const verdict = discardRecords ? 'drop' : header.isControl ? 'keep' : retainRecord(record, header, options, nowMs)
    if (verdict === 'invalid') invalid++
    if (verdict !== 'keep') continue
    kept.push(record)
    if (record.value === null) containsTombstones = true
  }
  const read = records.length

  if (kept.length === 0) {
    if (retention === 'deleteEmpty')
      return { outcome: 'dropped', bytes: null, recordsRead: read, recordsKept: 0, invalid }
    const bytes = header.recordCount === 0 ? batch.bytes : await emptyBatch(header)
    return { outcome: 'emptied', bytes, recordsRead: read, recordsKept: 0, invalid }
  }
  const needsHorizon = (containsTombstones || containsMarkerForEmptyTxn) && !header.hasDeleteHorizonMs
  if (kept.length === records.length && !needsHorizon) {
    return { outcome: 'copied', bytes: batch.bytes, recordsRead: read, recordsKept: kept.length, invalid }
  }
  const deleteHorizonMs = needsHorizon
    ? nowMs + BigInt(options.deleteRetentionMs)
    : header.hasDeleteHorizonMs
      ? header.baseTimestamp
      : undefined
  const bytes = await reencode(header, kept, deleteHorizonMs)
  return { outcome: 'reencoded', bytes, recordsRead: read, recordsKept: kept.length, invalid }
}

function batchRetention(
  header: RecordBatchHeader,
  view: BatchIdentity,
  discardRecords: boolean,
  options: CleanBatchesOptions,
): Retention {
  const hasProducerId = header.producerId >= 0n
  if (hasProducerId && options.keepEmptyBatchFor?.(view) === true) return 'retainEmpty'
  if (view.lastOffset + 1 === options.upperBoundOffset) return 'retainEmpty'
  return discardRecords ? 'delete' : 'deleteEmpty'
}

function retainRecord(
  record: KafkaRecord,
  header: RecordBatchHeader,
  options: CleanBatchesOptions,
  nowMs: bigint,
): 'keep' | 'drop' | 'invalid' {
  const offset = Number(record.offset)
  if (offset > options.map.latestOffset) return 'keep'
  if (record.key === null) return 'invalid'
  if (offset < options.map.get(record.key)) return 'drop'
  if (record.value !== null) return 'keep'
  const retainDeletes = !header.hasDeleteHorizonMs || nowMs < header.baseTimestamp
  return retainDeletes ? 'keep' : 'drop'
}

function codecOf(header: RecordBatchHeader) {
  const name = compressionName(header.compression)
  assert(name !== null, 'a validated batch has a known compression codec')
  return name
}

function reencode(header: RecordBatchHeader, kept: readonly KafkaRecord[], deleteHorizonMs: bigint | undefined) {
  return encodeBatch({
    records: kept.map((r) => ({
      timestamp: r.timestamp,
      key: r.key,
      value: r.value,
      headers: r.headers,
      offsetDelta: r.offsetDelta,
    })),
    baseOffset: header.baseOffset,
    lastOffsetDelta: header.lastOffsetDelta,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    compression: codecOf(header),
    timestampType: header.timestampType,
    isTransactional: header.isTransactional,
    isControl: header.isControl,
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    maxTimestamp: header.timestampType === 'LogAppendTime' ? header.maxTimestamp : undefined,
    deleteHorizonMs,
  })
}

/** Kafka's DefaultRecordBatch.writeEmptyHeader: the batch's identity without records. */
function emptyBatch(header: RecordBatchHeader) {
  return encodeBatch({
    records: [],
    baseOffset: header.baseOffset,
    lastOffsetDelta: header.lastOffsetDelta,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    compression: 'none',
    timestampType: header.timestampType,
    isTransactional: header.isTransactional,
    isControl: header.isControl,
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    baseTimestamp: header.maxTimestamp,
    maxTimestamp: header.maxTimestamp,
  })
}
