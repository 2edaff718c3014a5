// Reading the producer fields of a stored or appended batch for producer-state.ts, from the
// header only (no record is decoded), except for a control batch, whose one record is the
// transaction marker (control batches are never compressed and are rare).
import {
  ATTRIBUTES_OFFSET,
  BASE_OFFSET_OFFSET,
  BASE_SEQUENCE_OFFSET,
  CONTROL_FLAG_MASK,
  LAST_OFFSET_DELTA_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORDS_OFFSET,
  readBatchHeader,
  TRANSACTIONAL_FLAG_MASK,
} from '../protocol/records/batch.js'
import { decodeRecords } from '../protocol/records/codec.js'
import { decodeEndTxnMarker } from '../protocol/records/control.js'
import { DecodeError } from '../protocol/records/decode-error.js'
import { readInt64 } from './offset-index.js'
import type { ProducerBatch } from './producer-state.js'

/** Whether the magic-2 batch at `position` carries a producer id (>= 0): the high word decides. */
export function hasProducerId(buf: Buffer, position: number): boolean {
  return buf.readInt32BE(position + PRODUCER_ID_OFFSET) >= 0
}

/**
 * The producer fields of the batch at `position` (which has a producer id), with its offsets as
 * given. Null for a control batch that is not a readable transaction marker (no producer state).
 */
export function readProducerBatch(
  buf: Buffer,
  position: number,
  firstOffset: number,
  lastOffset: number,
  maxTimestamp: number,
): ProducerBatch | null {
  const attributes = buf.readInt16BE(position + ATTRIBUTES_OFFSET)
  let marker: ProducerBatch['marker'] = null
  if ((attributes & CONTROL_FLAG_MASK) !== 0) {
    marker = readMarker(buf, position)
    if (marker === null) return null
  }
  return {
    producerId: readInt64(buf, position + PRODUCER_ID_OFFSET),
    producerEpoch: buf.readInt16BE(position + PRODUCER_EPOCH_OFFSET),
    baseSequence: buf.readInt32BE(position + BASE_SEQUENCE_OFFSET),
    firstOffset,
    lastOffset,
    maxTimestamp,
    isTransactional: (attributes & TRANSACTIONAL_FLAG_MASK) !== 0,
    marker,
  }
}

/** readProducerBatch for a batch in a log: its offsets and timestamp come from its header. */
export function readStoredProducerBatch(buf: Buffer, position: number): ProducerBatch | null {
  const baseOffset = readInt64(buf, position + BASE_OFFSET_OFFSET)
  const lastOffset = baseOffset + buf.readInt32BE(position + LAST_OFFSET_DELTA_OFFSET)
  return readProducerBatch(buf, position, baseOffset, lastOffset, readInt64(buf, position + MAX_TIMESTAMP_OFFSET))
}

function readMarker(buf: Buffer, position: number): ProducerBatch['marker'] {
  try {
    const header = readBatchHeader(buf, position)
    if (header.compression !== 0 || header.recordCount < 1) return null
    const data = buf.subarray(position + RECORDS_OFFSET, position + header.sizeInBytes)
    const [record] = decodeRecords(data, header)
    if (record === undefined) return null
    return decodeEndTxnMarker(record)
  } catch (err) {
    // Not a transaction marker (another control type, or malformed): it carries no producer state.
    if (err instanceof DecodeError) return null
    throw err
  }
}
