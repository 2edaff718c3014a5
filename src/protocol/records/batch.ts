// The record batch (magic v2) seen from its header: read the fixed 61-byte header, validate
// a batch without decoding its records, walk batches laid back to back (a produce
// partition's records, a fetch response, a segment file), and rewrite the fields the broker
// owns in place. This is the produce path: it never allocates per record and never
// decompresses. Decoding records lives in codec.ts.
//
// Byte layout, as Kafka documents it in DefaultRecordBatch.java (all integers big-endian):
//
//   position  size  field
//    0         8    baseOffset            int64   first offset of the batch; the broker assigns it
//    8         4    batchLength           int32   bytes after this field (whole batch = 12 + batchLength)
//   12         4    partitionLeaderEpoch  int32   set by the leader on append
//   16         1    magic                 int8    2 here; 0 and 1 are the legacy message formats
//   17         4    crc                   uint32  CRC-32C of bytes [21, 12 + batchLength): attributes..end
//   21         2    attributes            int16   bits 0-2 compression (0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd)
//                                                 bit 3 timestampType (0 CreateTime, 1 LogAppendTime)
//                                                 bit 4 isTransactional, bit 5 isControl
//                                                 bit 6 hasDeleteHorizonMs (baseTimestamp is the delete horizon)
//   23         4    lastOffsetDelta       int32   offset of the last record minus baseOffset
//   27         8    baseTimestamp         int64   timestamp of the first record (or delete horizon)
//   35         8    maxTimestamp          int64   largest record timestamp (or the append time)
//   43         8    producerId            int64   -1 when not idempotent
//   51         2    producerEpoch         int16   -1 when not idempotent
//   53         4    baseSequence          int32   -1 when not idempotent
//   57         4    recordCount           int32   number of records that follow
//   61         ...  records               (compressed as one block when compression != 0)
//
// Each record (codec.ts):
//   length varint (zig-zag, bytes after this field), attributes int8 (unused, 0),
//   timestampDelta varlong, offsetDelta varint, keyLength varint (-1 = null) + key,
//   valueLength varint (-1 = null) + value, headerCount varint, and per header:
//   keyLength varint + key (UTF-8, never null), valueLength varint (-1 = null) + value.
//
// The legacy formats put magic at the same position 16 (offset int64, size int32, crc
// int32, magic int8), so the magic byte can be read before knowing which format it is.
//
// What the CRC covers decides what may change in place: baseOffset, batchLength,
// partitionLeaderEpoch and magic sit before the CRC'd range, so assigning offsets and the
// leader epoch on append needs no recompute. Anything from attributes on (the timestamp
// type, maxTimestamp for LogAppendTime) does.

import { crc32c } from './crc32c.js'
import { DecodeError } from './decode-error.js'

export const BASE_OFFSET_OFFSET = 0
export const BATCH_LENGTH_OFFSET = 8
export const PARTITION_LEADER_EPOCH_OFFSET = 12
export const MAGIC_OFFSET = 16
export const CRC_OFFSET = 17
export const ATTRIBUTES_OFFSET = 21
export const LAST_OFFSET_DELTA_OFFSET = 23
export const BASE_TIMESTAMP_OFFSET = 27
export const MAX_TIMESTAMP_OFFSET = 35
export const PRODUCER_ID_OFFSET = 43
export const PRODUCER_EPOCH_OFFSET = 51
export const BASE_SEQUENCE_OFFSET = 53
export const RECORD_COUNT_OFFSET = 57
export const RECORDS_OFFSET = 61

/** baseOffset + batchLength: the bytes before batchLength starts counting. */
export const LOG_OVERHEAD = 12
/** The whole fixed header; a batch with no records is exactly this long. */
export const RECORD_BATCH_OVERHEAD = RECORDS_OFFSET
/** Smallest batchLength a magic v2 batch can carry. */
export const MIN_BATCH_LENGTH_V2 = RECORD_BATCH_OVERHEAD - LOG_OVERHEAD
/** Smallest size field of a legacy (magic 0) message: Kafka's LegacyRecord.RECORD_OVERHEAD_V0. */
export const MIN_LEGACY_MESSAGE_SIZE = 14
/** The smallest encoded record: length, attributes, timestampDelta, offsetDelta, key, value, headers, 1 byte each. */
export const MIN_RECORD_BYTES = 7

export const CURRENT_MAGIC = 2

export const COMPRESSION_MASK = 0x07
export const TIMESTAMP_TYPE_MASK = 0x08
export const TRANSACTIONAL_FLAG_MASK = 0x10
export const CONTROL_FLAG_MASK = 0x20
export const DELETE_HORIZON_FLAG_MASK = 0x40

/** Compression codec ids in attributes bits 0-2. */
export const CompressionType = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const
export type CompressionName = keyof typeof CompressionType
export type CompressionId = (typeof CompressionType)[CompressionName]

export type TimestampType = 'CreateTime' | 'LogAppendTime'

export const NO_PRODUCER_ID = -1n
export const NO_PRODUCER_EPOCH = -1
export const NO_SEQUENCE = -1
export const NO_PARTITION_LEADER_EPOCH = -1
export const NO_TIMESTAMP = -1n

export function compressionName(id: number): CompressionName | null {
  switch (id) {
    case 0:
      return 'none'
    case 1:
      return 'gzip'
    case 2:
      return 'snappy'
    case 3:
      return 'lz4'
    case 4:
      return 'zstd'
    default:
      return null
  }
}

/** Every header field of a magic v2 batch, read without touching the records. */
export interface RecordBatchHeader {
  readonly baseOffset: bigint
  readonly batchLength: number
  readonly partitionLeaderEpoch: number
  readonly magic: number
  readonly crc: number
  readonly attributes: number
  readonly compression: number
  readonly timestampType: TimestampType
  readonly isTransactional: boolean
  readonly isControl: boolean
  readonly hasDeleteHorizonMs: boolean
  readonly lastOffsetDelta: number
  readonly baseTimestamp: bigint
  readonly maxTimestamp: bigint
  readonly producerId: bigint
  readonly producerEpoch: number
  readonly baseSequence: number
  readonly recordCount: number
  /** 12 + batchLength: the bytes this batch takes in the buffer. */
  readonly sizeInBytes: number
  /** baseOffset + lastOffsetDelta. */
  readonly lastOffset: bigint
}

/**
 * Reads the 61-byte header at `position`. Throws DecodeError when fewer than 61 bytes are
 * left; checks nothing else (validateBatch does), so it is safe on any bytes.
 */
export function readBatchHeader(buf: Buffer, position = 0): RecordBatchHeader {
  if (buf.length - position < RECORD_BATCH_OVERHEAD) {
    throw new DecodeError(`batch header needs ${RECORD_BATCH_OVERHEAD} bytes, ${buf.length - position} left`)
  }
  const attributes = buf.readInt16BE(position + ATTRIBUTES_OFFSET)
  const baseOffset = buf.readBigInt64BE(position + BASE_OFFSET_OFFSET)
  const batchLength = buf.readInt32BE(position + BATCH_LENGTH_OFFSET)
  const lastOffsetDelta = buf.readInt32BE(position + LAST_OFFSET_DELTA_OFFSET)
  return {
    baseOffset,
    batchLength,
    partitionLeaderEpoch: buf.readInt32BE(position + PARTITION_LEADER_EPOCH_OFFSET),
    magic: buf.readInt8(position + MAGIC_OFFSET),
    crc: buf.readUInt32BE(position + CRC_OFFSET),
    attributes,
    compression: attributes & COMPRESSION_MASK,
    timestampType: (attributes & TIMESTAMP_TYPE_MASK) === 0 ? 'CreateTime' : 'LogAppendTime',
    isTransactional: (attributes & TRANSACTIONAL_FLAG_MASK) !== 0,
    isControl: (attributes & CONTROL_FLAG_MASK) !== 0,
    hasDeleteHorizonMs: (attributes & DELETE_HORIZON_FLAG_MASK) !== 0,
    lastOffsetDelta,
    baseTimestamp: buf.readBigInt64BE(position + BASE_TIMESTAMP_OFFSET),
    maxTimestamp: buf.readBigInt64BE(position + MAX_TIMESTAMP_OFFSET),
    producerId: buf.readBigInt64BE(position + PRODUCER_ID_OFFSET),
    producerEpoch: buf.readInt16BE(position + PRODUCER_EPOCH_OFFSET),
    baseSequence: buf.readInt32BE(position + BASE_SEQUENCE_OFFSET),
    recordCount: buf.readInt32BE(position + RECORD_COUNT_OFFSET),
    sizeInBytes: LOG_OVERHEAD + batchLength,
    lastOffset: baseOffset + BigInt(lastOffsetDelta),
  }
}

// ---------------------------------------------------------------------------------------
// Validation

/** Why a batch was refused, with the Kafka error a produce answers with (errorName). */
export type BatchProblem =
  | { kind: 'truncated'; errorName: 'CORRUPT_MESSAGE'; neededBytes: number; availableBytes: number }
  | { kind: 'legacyMagic'; errorName: 'INVALID_RECORD'; magic: 0 | 1 }
  | { kind: 'invalidMagic'; errorName: 'CORRUPT_MESSAGE'; magic: number }
  | { kind: 'batchLengthTooSmall'; errorName: 'CORRUPT_MESSAGE'; batchLength: number }
  | { kind: 'crcMismatch'; errorName: 'CORRUPT_MESSAGE'; storedCrc: number; computedCrc: number }
  | { kind: 'unknownCompression'; errorName: 'CORRUPT_MESSAGE'; compression: number }
  | { kind: 'invalidRecordCount'; errorName: 'INVALID_RECORD'; recordCount: number; lastOffsetDelta: number }

export type BatchValidation = { ok: true; header: RecordBatchHeader } | ({ ok: false } & BatchProblem)

export interface ValidateOptions {
  /**
   * 'produce': a client's batch, so offsets must be dense (recordCount = lastOffsetDelta + 1
   * and at least one record), as Kafka's LogValidator.validateBatch demands.
   * 'log': a batch already in a log, where compaction may have removed records (fewer
   * records than the offset range) or all of them (an empty batch kept for producer state).
   */
  mode: 'produce' | 'log'
}

function problem(p: BatchProblem): { ok: false } & BatchProblem {
  return { ok: false, ...p }
}

/**
 * Checks the batch at `position` by its header and CRC-32C alone: enough bytes, magic 2,
 * a sane batchLength, the CRC over attributes..end, a known compression id, and a record
 * count that fits the offset range. Expected failures are results; it never throws.
 */
export function validateBatch(
  buf: Buffer,
  position = 0,
  options: ValidateOptions = { mode: 'produce' },
): BatchValidation {
  const available = buf.length - position
  if (available < MAGIC_OFFSET + 1) {
    return problem({
      kind: 'truncated',
      errorName: 'CORRUPT_MESSAGE',
      neededBytes: MAGIC_OFFSET + 1,
      availableBytes: available,
    })
  }
  const magic = buf.readInt8(position + MAGIC_OFFSET)
  if (magic === 0 || magic === 1) return problem({ kind: 'legacyMagic', errorName: 'INVALID_RECORD', magic })
  if (magic !== CURRENT_MAGIC) return problem({ kind: 'invalidMagic', errorName: 'CORRUPT_MESSAGE', magic })
  const batchLength = buf.readInt32BE(position + BATCH_LENGTH_OFFSET)
  if (batchLength < MIN_BATCH_LENGTH_V2) {
    return problem({ kind: 'batchLengthTooSmall', errorName: 'CORRUPT_MESSAGE', batchLength })
  }
  const size = LOG_OVERHEAD + batchLength
  if (size > available) {
    return problem({ kind: 'truncated', errorName: 'CORRUPT_MESSAGE', neededBytes: size, availableBytes: available })
  }
  const storedCrc = buf.readUInt32BE(position + CRC_OFFSET)
  const computedCrc = crc32c(buf, position + ATTRIBUTES_OFFSET, position + size)
  if (storedCrc !== computedCrc)
    return problem({ kind: 'crcMismatch', errorName: 'CORRUPT_MESSAGE', storedCrc, computedCrc })

  const header = readBatchHeader(buf, position)
  if (compressionName(header.compression) === null) {
    return problem({ kind: 'unknownCompression', errorName: 'CORRUPT_MESSAGE', compression: header.compression })
  }
  if (!recordCountFits(header, options.mode)) {
    return problem({
      kind: 'invalidRecordCount',
      errorName: 'INVALID_RECORD',
      recordCount: header.recordCount,
      lastOffsetDelta: header.lastOffsetDelta,
    })
  }
  return { ok: true, header }
}

function recordCountFits(header: RecordBatchHeader, mode: ValidateOptions['mode']): boolean {
  const { recordCount, lastOffsetDelta } = header
  if (recordCount < 0) return false
  if (lastOffsetDelta < 0) return false
  if (recordCount > lastOffsetDelta + 1) return false
  // Uncompressed records must physically fit; compressed ones are checked when decoded.
  const recordBytes = header.batchLength - MIN_BATCH_LENGTH_V2
  if (header.compression === CompressionType.none && recordCount > recordBytes / MIN_RECORD_BYTES) return false
  if (mode === 'produce') {
    if (recordCount === 0) return false
    if (recordCount !== lastOffsetDelta + 1) return false
  }
  return true
}

// ---------------------------------------------------------------------------------------
// Batches back to back ("MemoryRecords")

/** One complete batch (any magic) found in a buffer; `bytes` is a view, not a copy. */
export interface BatchSlice {
  readonly position: number
  readonly sizeInBytes: number
  readonly magic: number
  readonly bytes: Buffer
}

export type BatchStep =
  | { kind: 'batch'; slice: BatchSlice }
  /** The buffer ends exactly here. */
  | { kind: 'end' }
  /** Fewer bytes than the batch claims: a fetch response may end like this; clients ignore it. */
  | { kind: 'partial'; position: number; availableBytes: number }
  /** The size field cannot be a batch of any format; nothing after it can be trusted. */
  | { kind: 'corrupt'; position: number; batchLength: number; magic: number }

/**
 * Looks at the batch starting at `position` using only its size and magic fields, as
 * Kafka's ByteBufferLogInputStream.nextBatch does. It does not check the CRC.
 */
export function nextBatch(buf: Buffer, position: number): BatchStep {
  const available = buf.length - position
  if (available <= 0) return { kind: 'end' }
  if (available < MAGIC_OFFSET + 1) return { kind: 'partial', position, availableBytes: available }
  const batchLength = buf.readInt32BE(position + BATCH_LENGTH_OFFSET)
  const magic = buf.readInt8(position + MAGIC_OFFSET)
  const minLength = magic < CURRENT_MAGIC ? MIN_LEGACY_MESSAGE_SIZE : MIN_BATCH_LENGTH_V2
  if (batchLength < minLength) return { kind: 'corrupt', position, batchLength, magic }
  const sizeInBytes = LOG_OVERHEAD + batchLength
  if (sizeInBytes > available) return { kind: 'partial', position, availableBytes: available }
  const bytes = buf.subarray(position, position + sizeInBytes)
  return { kind: 'batch', slice: { position, sizeInBytes, magic, bytes } }
}

/**
 * Every complete batch in `buf`, in order. Stops without error at a partial trailing
 * batch; throws DecodeError at a size field no batch can have. The bound on the loop is the
 * buffer: every step advances at least MIN_LEGACY_MESSAGE_SIZE + 12 bytes.
 */
export function* batches(buf: Buffer): Generator<BatchSlice, void, undefined> {
  let position = 0
  for (;;) {
    const step = nextBatch(buf, position)
    switch (step.kind) {
      case 'batch':
        yield step.slice
        position += step.slice.sizeInBytes
        break
      case 'end':
      case 'partial':
        return
      case 'corrupt':
        throw new DecodeError(`batch at ${step.position} has impossible batchLength ${step.batchLength}`)
      default:
        return assertNever(step)
    }
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected value ${String(x)}`)
}

// ---------------------------------------------------------------------------------------
// In-place rewrites

/** Sets baseOffset. Outside the CRC'd range: no CRC recompute. */
export function setBaseOffset(buf: Buffer, position: number, baseOffset: bigint): void {
  buf.writeBigInt64BE(baseOffset, position + BASE_OFFSET_OFFSET)
}

/** Sets partitionLeaderEpoch. Outside the CRC'd range: no CRC recompute. */
export function setPartitionLeaderEpoch(buf: Buffer, position: number, partitionLeaderEpoch: number): void {
  buf.writeInt32BE(partitionLeaderEpoch, position + PARTITION_LEADER_EPOCH_OFFSET)
}

/** What the leader stamps on a batch on append: both fields sit before the CRC. */
export function assignOffsetAndEpoch(
  buf: Buffer,
  position: number,
  fields: { baseOffset: bigint; partitionLeaderEpoch: number },
): void {
  setBaseOffset(buf, position, fields.baseOffset)
  setPartitionLeaderEpoch(buf, position, fields.partitionLeaderEpoch)
}

/**
 * Sets the timestamp type bit and maxTimestamp (a topic with message.timestamp.type =
 * LogAppendTime), as Kafka's DefaultRecordBatch.setMaxTimestamp. Both are inside the CRC'd
 * range, so the CRC is recomputed; the batch must already be valid.
 */
export function setMaxTimestamp(
  buf: Buffer,
  position: number,
  timestampType: TimestampType,
  maxTimestamp: bigint,
): void {
  const size = LOG_OVERHEAD + buf.readInt32BE(position + BATCH_LENGTH_OFFSET)
  const attributes = buf.readInt16BE(position + ATTRIBUTES_OFFSET)
  const typed = timestampType === 'LogAppendTime' ? attributes | TIMESTAMP_TYPE_MASK : attributes & ~TIMESTAMP_TYPE_MASK
  buf.writeInt16BE(typed, position + ATTRIBUTES_OFFSET)
  buf.writeBigInt64BE(maxTimestamp, position + MAX_TIMESTAMP_OFFSET)
  writeCrc(buf, position, size)
}

/** Computes and stores the CRC of the batch at `position` whose size is `sizeInBytes`. */
export function writeCrc(buf: Buffer, position: number, sizeInBytes: number): void {
  buf.writeUInt32BE(crc32c(buf, position + ATTRIBUTES_OFFSET, position + sizeInBytes), position + CRC_OFFSET)
}
