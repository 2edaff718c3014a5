// Record batches for the coordinators' internal topics, encoded and decoded synchronously so that
// a coordinator runtime can go from a shard's result to an append without awaiting (the shard's
// state and its log must never diverge). The coordinators write uncompressed batches, as Kafka
// does by default (`offsets.topic.compression.codec` none); reading accepts any codec a log
// written by Kafka may hold, which is the one place that needs to await (decompression).
//
// Byte layout: a magic-2 record batch as documented at the top of protocol/records/batch.ts;
// offsets and the partition leader epoch are stamped by the log on append.

import {
  ATTRIBUTES_OFFSET,
  BASE_OFFSET_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_LENGTH_OFFSET,
  batches,
  CompressionType,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  NO_PARTITION_LEADER_EPOCH,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORD_COUNT_OFFSET,
  RECORDS_OFFSET,
  validateBatch,
  writeCrc,
} from '../protocol/records/batch.js'
import { decodeBatch, decodeRecords, encodeRecords } from '../protocol/records/codec.js'
import { DecodeError } from '../protocol/records/decode-error.js'
import { assert } from '../util/assert.js'

/** A key/value record of an internal topic; a null value is a tombstone. */
export interface KeyValueRecord {
  readonly key: Buffer
  readonly value: Buffer | null
}

/** One uncompressed CreateTime batch holding `records` in order, all stamped `timestampMs`. */
export function encodeKeyValueBatch(records: readonly KeyValueRecord[], timestampMs: number): Buffer {
  assert(records.length > 0, 'a batch holds at least one record')
  const timestamp = BigInt(timestampMs)
  const payload = encodeRecords(
    records.map((r) => ({ timestamp, key: r.key, value: r.value })),
    timestamp,
  )
  const batch = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + payload.length)
  batch.writeBigInt64BE(0n, BASE_OFFSET_OFFSET)
  batch.writeInt32BE(batch.length - LOG_OVERHEAD, BATCH_LENGTH_OFFSET)
  batch.writeInt32BE(NO_PARTITION_LEADER_EPOCH, PARTITION_LEADER_EPOCH_OFFSET)
  batch.writeInt8(CURRENT_MAGIC, MAGIC_OFFSET)
  batch.writeInt16BE(CompressionType.none, ATTRIBUTES_OFFSET)
  batch.writeInt32BE(records.length - 1, LAST_OFFSET_DELTA_OFFSET)
  batch.writeBigInt64BE(timestamp, BASE_TIMESTAMP_OFFSET)
  batch.writeBigInt64BE(timestamp, MAX_TIMESTAMP_OFFSET)
  batch.writeBigInt64BE(NO_PRODUCER_ID, PRODUCER_ID_OFFSET)
  batch.writeInt16BE(NO_PRODUCER_EPOCH, PRODUCER_EPOCH_OFFSET)
  batch.writeInt32BE(NO_SEQUENCE, BASE_SEQUENCE_OFFSET)
  batch.writeInt32BE(records.length, RECORD_COUNT_OFFSET)
  payload.copy(batch, RECORDS_OFFSET)
  writeCrc(batch, 0, batch.length)
  return batch
}

/** The key/value records of the data batches in `buf` (whole batches, as a log read returns), with the next offset. */
export async function decodeKeyValueBatches(
  buf: Buffer,
): Promise<{ readonly records: KeyValueRecord[]; readonly nextOffset: number | null }> {
  const records: KeyValueRecord[] = []
  let nextOffset: number | null = null
  for (const slice of batches(buf)) {
    const checked = validateBatch(buf, slice.position, { mode: 'log' })
    if (!checked.ok) throw new DecodeError(`invalid batch at ${slice.position}: ${checked.kind}`)
    const header = checked.header
    nextOffset = Number(header.lastOffset) + 1
    // Transaction markers carry no coordinator state (transactional offset commits are issue 6's).
    if (header.isControl) continue
    const decoded =
      header.compression === CompressionType.none
        ? decodeRecords(buf.subarray(slice.position + RECORDS_OFFSET, slice.position + header.sizeInBytes), header)
        : (await decodeBatch(buf, { position: slice.position })).records
    for (const record of decoded) {
      if (record.key === null) throw new DecodeError(`record at offset ${record.offset} has no key`)
      // Copies: the read buffer may be a view into a segment that is later rewritten.
      records.push({ key: Buffer.from(record.key), value: record.value === null ? null : Buffer.from(record.value) })
    }
  }
  return { records, nextOffset }
}
