// The batches of a __consumer_offsets partition as the group coordinator writes and loads them,
// with what the shared key/value codec (../record-batch.ts) leaves out: transactions.
//
// TxnOffsetCommit records are written as Kafka's CoordinatorRuntime writes them: one uncompressed
// batch with the isTransactional attribute (bit 4), the producer's id and epoch and base sequence 0,
// otherwise byte for byte what `encodeKeyValueBatch` produces (the CRC is recomputed, since it
// covers the attributes and producer fields). The transaction coordinator's WriteTxnMarkers then
// appends a control batch (COMMIT or ABORT marker, protocol/records/control.ts) of the same
// producer, which completes those records. Loading reads both: records carry the producer id of a
// transactional batch, and markers end the producer's pending offsets.
import {
  ATTRIBUTES_OFFSET,
  BASE_SEQUENCE_OFFSET,
  batches,
  CompressionType,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORDS_OFFSET,
  TRANSACTIONAL_FLAG_MASK,
  validateBatch,
  writeCrc,
} from '../../protocol/records/batch.js'
import { decodeBatch, decodeRecords } from '../../protocol/records/codec.js'
import { decodeEndTxnMarker } from '../../protocol/records/control.js'
import { DecodeError } from '../../protocol/records/decode-error.js'
import { encodeKeyValueBatch, type KeyValueRecord } from '../record-batch.js'
import { NO_PRODUCER_ID, type TransactionResult } from './offset-metadata-manager.js'

export interface TransactionalProducer {
  readonly producerId: number
  readonly producerEpoch: number
}

/** One loaded item, in log order. */
export type OffsetsLogEntry =
  | { readonly kind: 'record'; readonly record: KeyValueRecord; readonly producerId: number }
  | { readonly kind: 'marker'; readonly producerId: number; readonly result: TransactionResult }

/** `encodeKeyValueBatch`, made a transactional batch of `producer`. */
export function encodeTransactionalKeyValueBatch(
  records: readonly KeyValueRecord[],
  timestampMs: number,
  producer: TransactionalProducer,
): Buffer {
  const batch = encodeKeyValueBatch(records, timestampMs)
  batch.writeInt16BE(CompressionType.none | TRANSACTIONAL_FLAG_MASK, ATTRIBUTES_OFFSET)
  batch.writeBigInt64BE(BigInt(producer.producerId), PRODUCER_ID_OFFSET)
  batch.writeInt16BE(producer.producerEpoch, PRODUCER_EPOCH_OFFSET)
  batch.writeInt32BE(0, BASE_SEQUENCE_OFFSET)
  writeCrc(batch, 0, batch.length)
  return batch
}

/** The records and transaction markers of whole batches (a log read), with the next offset. */
export async function decodeOffsetsLogBatches(
  buf: Buffer,
): Promise<{ readonly entries: OffsetsLogEntry[]; readonly nextOffset: number | null }> {
  const entries: OffsetsLogEntry[] = []
  let nextOffset: number | null = null
  for (const slice of batches(buf)) {
    const checked = validateBatch(buf, slice.position, { mode: 'log' })
    if (!checked.ok) throw new DecodeError(`invalid batch at ${slice.position}: ${checked.kind}`)
    const header = checked.header
    nextOffset = Number(header.lastOffset) + 1
    const decoded =
      header.compression === CompressionType.none
        ? decodeRecords(buf.subarray(slice.position + RECORDS_OFFSET, slice.position + header.sizeInBytes), header)
        : (await decodeBatch(buf, { position: slice.position })).records
    if (header.isControl) {
      const first = decoded[0]
      if (first === undefined) continue
      try {
        const marker = decodeEndTxnMarker(first)
        entries.push({ kind: 'marker', producerId: Number(header.producerId), result: marker.type })
      } catch (err) {
        // Another control type (none is written here): it carries no group state.
        if (!(err instanceof DecodeError)) throw err
      }
      continue
    }
    const producerId = header.isTransactional ? Number(header.producerId) : NO_PRODUCER_ID
    for (const record of decoded) {
      if (record.key === null) throw new DecodeError(`record at offset ${record.offset} has no key`)
      // Copies: the read buffer may be a view into a segment that is later rewritten.
      const copy = { key: Buffer.from(record.key), value: record.value === null ? null : Buffer.from(record.value) }
      entries.push({ kind: 'record', record: copy, producerId })
    }
  }
  return { entries, nextOffset }
}
