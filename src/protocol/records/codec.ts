// The full record batch codec: decode every record of a batch (decompressing) and encode a
// batch from records. The produce and fetch paths do not come here (batch.ts covers them);
// this is for compaction, coordinators reading their logs, LogAppendTime, and tests.
// The byte layout is documented at the top of batch.ts.
//
// Decoded keys, values and header values are views into the (decompressed) batch buffer,
// not copies: keep the buffer alive as long as the records, and copy what must outlive it.
// Timestamps and offsets are bigint (int64); see varint.ts for the varlong choice.

import {
  ATTRIBUTES_OFFSET,
  BASE_OFFSET_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_LENGTH_OFFSET,
  CONTROL_FLAG_MASK,
  type CompressionName,
  CompressionType,
  CURRENT_MAGIC,
  DELETE_HORIZON_FLAG_MASK,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  MIN_RECORD_BYTES,
  NO_PARTITION_LEADER_EPOCH,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
  NO_TIMESTAMP,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORD_COUNT_OFFSET,
  RECORDS_OFFSET,
  type RecordBatchHeader,
  TIMESTAMP_TYPE_MASK,
  type TimestampType,
  TRANSACTIONAL_FLAG_MASK,
  validateBatch,
  writeCrc,
} from './batch.js'
import { compress, DEFAULT_MAX_DECOMPRESSED_BYTES, decompress } from './compression/index.js'
import { DecodeError } from './decode-error.js'
import { RecordReader, RecordWriter, sizeOfVarint, sizeOfVarlong } from './varint.js'

export interface RecordHeader {
  readonly key: string
  readonly value: Buffer | null
}

export interface KafkaRecord {
  readonly offset: bigint
  /** baseTimestamp + timestampDelta, or the batch's maxTimestamp for LogAppendTime (as Kafka's DefaultRecord). */
  readonly timestamp: bigint
  readonly key: Buffer | null
  readonly value: Buffer | null
  readonly headers: readonly RecordHeader[]
  readonly attributes: number
  readonly offsetDelta: number
  readonly timestampDelta: bigint
}

export interface DecodedBatch {
  readonly header: RecordBatchHeader
  readonly records: readonly KafkaRecord[]
}

export interface DecodeBatchOptions {
  /** Where the batch starts in `buf` (default 0). */
  readonly position?: number
  /** Cap on the decompressed records section (default DEFAULT_MAX_DECOMPRESSED_BYTES). */
  readonly maxUncompressedBytes?: number
}

/**
 * Decodes the batch at `position`: validates it (CRC included, 'log' rules), decompresses
 * its records and decodes every one. Throws DecodeError on any malformed input.
 */
export async function decodeBatch(buf: Buffer, options: DecodeBatchOptions = {}): Promise<DecodedBatch> {
  const position = options.position ?? 0
  const v = validateBatch(buf, position, { mode: 'log' })
  if (!v.ok) throw new DecodeError(`invalid batch at ${position}: ${v.kind}`, v.errorName)
  const header = v.header
  const payload = buf.subarray(position + RECORDS_OFFSET, position + header.sizeInBytes)
  const data = await decompress(
    header.compression,
    payload,
    options.maxUncompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
  )
  return { header, records: decodeRecords(data, header) }
}

/**
 * Decodes `header.recordCount` records from an uncompressed records section. Every length
 * is checked against the bytes left before anything is sliced, the count against the
 * smallest possible record before the array is allocated, and the section must end
 * exactly after the last record.
 */
export function decodeRecords(data: Buffer, header: RecordBatchHeader): KafkaRecord[] {
  const count = header.recordCount
  if (count < 0 || count > data.length / MIN_RECORD_BYTES) {
    throw new DecodeError(`record count ${count} does not fit in ${data.length} bytes`)
  }
  const r = new RecordReader(data)
  const records: KafkaRecord[] = new Array(count)
  for (let i = 0; i < count; i++) records[i] = readRecord(r, header)
  if (r.pos !== data.length) {
    throw new DecodeError(`${data.length - r.pos} bytes left after ${count} records`, 'INVALID_RECORD')
  }
  return records
}

function readRecord(r: RecordReader, header: RecordBatchHeader): KafkaRecord {
  const length = r.readVarint()
  if (length < 0 || length > r.remaining()) throw new DecodeError(`record length ${length} out of range at ${r.pos}`)
  const recordEnd = r.pos + length
  const sectionEnd = r.end
  r.end = recordEnd
  const attributes = r.readInt8()
  const timestampDelta = r.readVarlong()
  const offsetDelta = r.readVarint()
  const key = r.readNullableBytes('record key')
  const value = r.readNullableBytes('record value')
  const headers = readHeaders(r)
  if (r.pos !== recordEnd)
    throw new DecodeError(`record ends at ${r.pos}, its length says ${recordEnd}`, 'INVALID_RECORD')
  r.end = sectionEnd
  const timestamp =
    header.timestampType === 'LogAppendTime' ? header.maxTimestamp : header.baseTimestamp + timestampDelta
  return {
    offset: header.baseOffset + BigInt(offsetDelta),
    timestamp,
    key,
    value,
    headers,
    attributes,
    offsetDelta,
    timestampDelta,
  }
}

function readHeaders(r: RecordReader): RecordHeader[] {
  const count = r.readVarint()
  // A header takes at least 2 bytes (key length, value length).
  if (count < 0 || count > r.remaining() / 2)
    throw new DecodeError(`header count ${count} out of range`, 'INVALID_RECORD')
  const headers: RecordHeader[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const keyLength = r.readVarint()
    if (keyLength < 0) throw new DecodeError(`header key length ${keyLength} is negative`, 'INVALID_RECORD')
    const keyBytes = r.readSlice(keyLength, 'header key')
    const value = r.readNullableBytes('header value')
    headers[i] = { key: keyBytes.toString('utf8'), value }
  }
  return headers
}

// ---------------------------------------------------------------------------------------
// Encoding

export interface RecordInput {
  readonly timestamp: bigint
  readonly key?: Buffer | null
  readonly value: Buffer | null
  readonly headers?: readonly RecordHeader[]
  /** Default: the record's index in the batch. Compaction keeps the original deltas. */
  readonly offsetDelta?: number
}

export interface BatchInput {
  readonly records: readonly RecordInput[]
  readonly baseOffset?: bigint
  readonly partitionLeaderEpoch?: number
  readonly compression?: CompressionName
  readonly timestampType?: TimestampType
  readonly isTransactional?: boolean
  readonly isControl?: boolean
  readonly producerId?: bigint
  readonly producerEpoch?: number
  readonly baseSequence?: number
  /** Default: the first record's timestamp (-1 for no records). */
  readonly baseTimestamp?: bigint
  /** Default: the largest record timestamp (-1 for no records); the append time for LogAppendTime. */
  readonly maxTimestamp?: bigint
  /** Default: the last record's offsetDelta (0 for no records). */
  readonly lastOffsetDelta?: number
  /** When set, baseTimestamp carries the delete horizon and attributes bit 6 is set. */
  readonly deleteHorizonMs?: bigint
}

/** Encodes a magic v2 batch, compressing its records section and computing the CRC. */
export async function encodeBatch(input: BatchInput): Promise<Buffer> {
  const { records } = input
  const first = records[0]
  const baseTimestamp = input.deleteHorizonMs ?? input.baseTimestamp ?? (first ? first.timestamp : NO_TIMESTAMP)
  const maxTimestamp = input.maxTimestamp ?? maxRecordTimestamp(records)
  const last = records[records.length - 1]
  const lastOffsetDelta = input.lastOffsetDelta ?? (last ? (last.offsetDelta ?? records.length - 1) : 0)
  const compression = input.compression ?? 'none'
  const payload = await compress(compression, encodeRecords(records, baseTimestamp))

  const batch = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + payload.length)
  batch.writeBigInt64BE(input.baseOffset ?? 0n, BASE_OFFSET_OFFSET)
  batch.writeInt32BE(batch.length - LOG_OVERHEAD, BATCH_LENGTH_OFFSET)
  batch.writeInt32BE(input.partitionLeaderEpoch ?? NO_PARTITION_LEADER_EPOCH, PARTITION_LEADER_EPOCH_OFFSET)
  batch.writeInt8(CURRENT_MAGIC, MAGIC_OFFSET)
  batch.writeInt16BE(attributesOf(input), ATTRIBUTES_OFFSET)
  batch.writeInt32BE(lastOffsetDelta, LAST_OFFSET_DELTA_OFFSET)
  batch.writeBigInt64BE(baseTimestamp, BASE_TIMESTAMP_OFFSET)
  batch.writeBigInt64BE(maxTimestamp, MAX_TIMESTAMP_OFFSET)
  batch.writeBigInt64BE(input.producerId ?? NO_PRODUCER_ID, PRODUCER_ID_OFFSET)
  batch.writeInt16BE(input.producerEpoch ?? NO_PRODUCER_EPOCH, PRODUCER_EPOCH_OFFSET)
  batch.writeInt32BE(input.baseSequence ?? NO_SEQUENCE, BASE_SEQUENCE_OFFSET)
  batch.writeInt32BE(records.length, RECORD_COUNT_OFFSET)
  payload.copy(batch, RECORDS_OFFSET)
  writeCrc(batch, 0, batch.length)
  return batch
}

function attributesOf(input: BatchInput): number {
  let a: number = CompressionType[input.compression ?? 'none']
  if (input.timestampType === 'LogAppendTime') a |= TIMESTAMP_TYPE_MASK
  if (input.isTransactional) a |= TRANSACTIONAL_FLAG_MASK
  if (input.isControl) a |= CONTROL_FLAG_MASK
  if (input.deleteHorizonMs !== undefined) a |= DELETE_HORIZON_FLAG_MASK
  return a
}

function maxRecordTimestamp(records: readonly RecordInput[]): bigint {
  let max = NO_TIMESTAMP
  for (const r of records) if (r.timestamp > max) max = r.timestamp
  return max
}

/** The uncompressed records section: each record's bytes back to back. */
export function encodeRecords(records: readonly RecordInput[], baseTimestamp: bigint): Buffer {
  const bodySizes = new Int32Array(records.length)
  let total = 0
  for (let i = 0; i < records.length; i++) {
    const size = recordBodySize(records[i]!, i, baseTimestamp)
    bodySizes[i] = size
    total += sizeOfVarint(size) + size
  }
  const w = new RecordWriter(Buffer.allocUnsafe(total))
  for (let i = 0; i < records.length; i++) writeRecord(w, records[i]!, i, baseTimestamp, bodySizes[i]!)
  if (w.pos !== total) throw new Error(`records section size ${w.pos} != computed ${total}`)
  return w.buf
}

function nullableSize(b: Buffer | null | undefined): number {
  return b == null ? 1 : sizeOfVarint(b.length) + b.length
}

function recordBodySize(rec: RecordInput, index: number, baseTimestamp: bigint): number {
  let size = 1 + sizeOfVarlong(rec.timestamp - baseTimestamp) + sizeOfVarint(rec.offsetDelta ?? index)
  size += nullableSize(rec.key) + nullableSize(rec.value)
  const headers = rec.headers ?? []
  size += sizeOfVarint(headers.length)
  for (const h of headers) {
    const keyBytes = Buffer.byteLength(h.key, 'utf8')
    size += sizeOfVarint(keyBytes) + keyBytes + nullableSize(h.value)
  }
  return size
}

function writeNullable(w: RecordWriter, b: Buffer | null | undefined): void {
  if (b == null) {
    w.writeVarint(-1)
    return
  }
  w.writeVarint(b.length)
  w.writeBytes(b)
}

function writeRecord(w: RecordWriter, rec: RecordInput, index: number, baseTimestamp: bigint, bodySize: number): void {
  w.writeVarint(bodySize)
  w.writeInt8(0)
  w.writeVarlong(rec.timestamp - baseTimestamp)
  w.writeVarint(rec.offsetDelta ?? index)
  writeNullable(w, rec.key)
  writeNullable(w, rec.value)
  const headers = rec.headers ?? []
  w.writeVarint(headers.length)
  for (const h of headers) {
    const keyBytes = Buffer.byteLength(h.key, 'utf8')
    w.writeVarint(keyBytes)
    w.pos += w.buf.write(h.key, w.pos, keyBytes, 'utf8')
    writeNullable(w, h.value)
  }
}
