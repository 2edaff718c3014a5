// What a partition's records in a Produce request must pass before they are
// appended, after the records layer's checks (one magic-2 batch, header and
// CRC valid, dense offsets): the topic's size and timestamp limits, as
// Kafka's LogValidator and UnifiedLog.append apply them. validateProduce reads
// the batch header only (and an uncompressed batch's record keys), so it is
// synchronous.
//
// Deliberate difference from Kafka, from reading headers only: the CreateTime
// bounds are checked against the batch's baseTimestamp (the first record's)
// and maxTimestamp, not every record; a record in the middle with an
// out-of-range timestamp below the max passes. recordErrors then name batch
// index 0 (the first record) or the record count - 1 (the last).
//
// Keyless records on a compacted topic (KAFKA-TRAPS 8) are refused with
// INVALID_RECORD: in an uncompressed batch by validateProduce, from the record
// key lengths; in a compressed batch by checkKeylessCompressed, which must
// decompress (async for some codecs). The Produce handler runs that check on
// the partition's ordered append chain (handlers/00-produce.ts) so appends to
// the partition keep their request order.
//
// As Kafka's LogValidator for a client's batch: a control batch is refused
// (only coordinators write markers), and so is a batch with a producer id
// but no base sequence (INVALID_RECORD both). Sequence and epoch checks are
// the log's (producer-state.ts), as they need the partition's state.
import { DecodeError } from '../protocol/decode-error.js'
import { ErrorCode } from '../protocol/errors.js'
import { BATCH_LENGTH_OFFSET, LOG_OVERHEAD, RECORD_COUNT_OFFSET, RECORDS_OFFSET } from '../protocol/records/batch.js'
import { decodeBatch } from '../protocol/records/codec.js'
import { legacyMagicMessage, type RecordBatchHeader, validateProduceRecords } from '../protocol/records/index.js'

export type TimestampTypeConfig = 'CreateTime' | 'LogAppendTime'

/** The topic configs a produce checks, with Kafka's names and defaults. */
export interface ProduceTopicConfig {
  /** `max.message.bytes` / `message.max.bytes` (1048588). */
  readonly maxMessageBytes: number
  /** `message.timestamp.type` / `log.message.timestamp.type` (CreateTime). */
  readonly timestampType: TimestampTypeConfig
  /** `message.timestamp.before.max.ms` (Long.MAX). */
  readonly timestampBeforeMaxMs: number
  /** `message.timestamp.after.max.ms` (3600000 since Kafka 4.0). */
  readonly timestampAfterMaxMs: number
  /** `segment.bytes`: a batch above it can never be appended (RECORD_LIST_TOO_LARGE). */
  readonly segmentBytes: number
  /** `cleanup.policy` includes compact: keyless records are refused. */
  readonly compacted?: boolean
}

const TOPIC_TO_BROKER: readonly [string, string][] = [
  ['max.message.bytes', 'message.max.bytes'],
  ['message.timestamp.type', 'log.message.timestamp.type'],
  ['message.timestamp.before.max.ms', 'log.message.timestamp.before.max.ms'],
  ['message.timestamp.after.max.ms', 'log.message.timestamp.after.max.ms'],
]

/** Reads a topic's produce limits: topic overrides, then broker properties, then Kafka's defaults. */
export function produceTopicConfig(
  topicOverrides: ReadonlyMap<string, string>,
  brokerProperties: ReadonlyMap<string, string>,
  segmentBytes: number,
  compacted = false,
): ProduceTopicConfig {
  const get = (topicKey: string): string | undefined => {
    const brokerKey = TOPIC_TO_BROKER.find(([t]) => t === topicKey)?.[1]
    return topicOverrides.get(topicKey) ?? (brokerKey === undefined ? undefined : brokerProperties.get(brokerKey))
  }
  const num = (key: string, fallback: number): number => {
    const text = get(key)
    const value = text === undefined ? Number.NaN : Number(text.trim())
    return Number.isFinite(value) ? value : fallback
  }
  const type = get('message.timestamp.type')?.trim()
  return {
    maxMessageBytes: num('max.message.bytes', 1_048_588),
    timestampType: type === 'LogAppendTime' ? 'LogAppendTime' : 'CreateTime',
    timestampBeforeMaxMs: num('message.timestamp.before.max.ms', Number.MAX_SAFE_INTEGER),
    timestampAfterMaxMs: num('message.timestamp.after.max.ms', 3_600_000),
    segmentBytes,
    compacted,
  }
}

export interface RecordError {
  readonly batchIndex: number
  readonly batchIndexErrorMessage: string | null
}

export type ProduceValidation =
  | { readonly ok: true; readonly header: RecordBatchHeader }
  | {
      readonly ok: false
      readonly errorCode: number
      readonly errorMessage: string | null
      readonly recordErrors: readonly RecordError[]
    }

function refuse(errorCode: number, errorMessage: string | null, recordErrors: RecordError[] = []): ProduceValidation {
  return { ok: false, errorCode, errorMessage, recordErrors }
}

/** Checks one partition's records against the records rules and the topic's limits. Never throws. */
export function validateProduce(
  records: Buffer | null,
  config: ProduceTopicConfig,
  produceVersion: number,
  nowMs: number,
  topicPartition = '',
): ProduceValidation {
  if (records === null || records.length === 0) {
    return refuse(
      ErrorCode.INVALID_RECORD,
      `Produce requests with version ${produceVersion} must have at least one record batch per partition`,
    )
  }
  if (records.length > config.segmentBytes) {
    return refuse(
      ErrorCode.RECORD_LIST_TOO_LARGE,
      `Message batch size is ${records.length} bytes which exceeds the maximum configured segment size of ${config.segmentBytes}.`,
    )
  }
  const checked = validateProduceRecords(records)
  if (!checked.ok) {
    const message =
      checked.kind === 'legacyMagic' ? legacyMagicMessage(produceVersion) : `invalid records: ${checked.kind}`
    return refuse(ErrorCode[checked.errorName], message)
  }
  const header = checked.header
  if (header.isControl) {
    return refuse(
      ErrorCode.INVALID_RECORD,
      `Clients are not allowed to write control records in topic partition ${topicPartition}.`,
    )
  }
  if (header.producerId >= 0n && header.baseSequence < 0) {
    return refuse(
      ErrorCode.INVALID_RECORD,
      `Invalid sequence number ${header.baseSequence} in record batch with producerId ${header.producerId} in topic partition ${topicPartition}.`,
    )
  }
  if (header.sizeInBytes > config.maxMessageBytes) {
    return refuse(
      ErrorCode.MESSAGE_TOO_LARGE,
      `The batch size of ${header.sizeInBytes} bytes exceeds the maximum configured value of ${config.maxMessageBytes}.`,
    )
  }
  if (config.compacted === true && header.compression === 0) {
    const keyless = firstKeylessRecord(records)
    if (keyless >= 0) {
      return refuse(ErrorCode.INVALID_RECORD, keylessMessage(topicPartition), [
        { batchIndex: keyless, batchIndexErrorMessage: null },
      ])
    }
  }
  if (config.timestampType === 'CreateTime') {
    const problem = timestampProblem(header, config, nowMs)
    if (problem !== null) return refuse(ErrorCode.INVALID_TIMESTAMP, problem.message, [problem.recordError])
  }
  return { ok: true, header }
}

const keylessMessage = (topicPartition: string) =>
  `Compacted topic cannot accept message without key in topic partition ${topicPartition}.`

/** Whether a batch must go through checkKeylessCompressed before it is appended. */
export function needsKeylessCheck(config: ProduceTopicConfig, header: RecordBatchHeader): boolean {
  return config.compacted === true && header.compression !== 0
}

/**
 * The keyless-record check of a compressed batch (already passed by validateProduce) for a
 * compacted topic: decompresses and decodes its records. Null when every record has a key;
 * otherwise the refusal (INVALID_RECORD naming the first keyless record, or the records
 * layer's error when the compressed data is malformed). Never throws.
 */
export async function checkKeylessCompressed(batch: Buffer, topicPartition = ''): Promise<ProduceValidation | null> {
  let records: Awaited<ReturnType<typeof decodeBatch>>['records']
  try {
    ;({ records } = await decodeBatch(batch))
  } catch (err) {
    if (err instanceof DecodeError) return refuse(ErrorCode[err.errorName], `invalid records: ${err.message}`)
    return refuse(ErrorCode.CORRUPT_MESSAGE, `invalid records: ${String(err)}`)
  }
  const keyless = records.findIndex((r) => r.key === null)
  if (keyless < 0) return null
  return refuse(ErrorCode.INVALID_RECORD, keylessMessage(topicPartition), [
    { batchIndex: keyless, batchIndexErrorMessage: null },
  ])
}

function timestampProblem(
  header: RecordBatchHeader,
  config: ProduceTopicConfig,
  nowMs: number,
): { message: string; recordError: RecordError } | null {
  const first = Number(header.baseTimestamp)
  const max = Number(header.maxTimestamp)
  const check = (timestamp: number, batchIndex: number) => {
    if (timestamp < 0) return null
    const tooOld = nowMs - timestamp > config.timestampBeforeMaxMs
    const tooNew = timestamp - nowMs > config.timestampAfterMaxMs
    if (!tooOld && !tooNew) return null
    const message = `Timestamp ${timestamp} of message with offset ${batchIndex} is out of range. The timestamp should be within [${nowMs - config.timestampBeforeMaxMs}, ${nowMs + config.timestampAfterMaxMs}]`
    return { message, recordError: { batchIndex, batchIndexErrorMessage: message } }
  }
  return check(first, 0) ?? check(max, Math.max(0, header.recordCount - 1))
}

/**
 * The index of the first record without a key (key length -1) in an uncompressed batch at
 * position 0, or -1 when every record has one. Record layout (DefaultRecord): length varint,
 * attributes int8, timestampDelta varlong, offsetDelta varint, keyLength varint, key, ...
 * A malformed record section (already CRC-checked) counts as no keyless record found.
 */
export function firstKeylessRecord(batch: Buffer): number {
  const count = batch.readInt32BE(RECORD_COUNT_OFFSET)
  const end = LOG_OVERHEAD + batch.readInt32BE(BATCH_LENGTH_OFFSET)
  let p = RECORDS_OFFSET
  for (let i = 0; i < count && p < end; i++) {
    const length = readVarint(batch, p, end)
    if (length === null) return -1
    const next = length.next + length.value
    let q = length.next + 1 // attributes
    q = skipVarint(batch, q, end) // timestampDelta
    q = skipVarint(batch, q, end) // offsetDelta
    const keyLength = readVarint(batch, q, end)
    if (keyLength === null) return -1
    if (keyLength.value < 0) return i
    p = next
  }
  return -1
}

function readVarint(buf: Buffer, p: number, end: number): { value: number; next: number } | null {
  let raw = 0
  let shift = 0
  for (; p < end && shift <= 28; shift += 7) {
    const b = buf[p++]!
    raw |= (b & 0x7f) << shift
    if ((b & 0x80) === 0) return { value: (raw >>> 1) ^ -(raw & 1), next: p }
  }
  return null
}

function skipVarint(buf: Buffer, p: number, end: number): number {
  while (p < end && (buf[p]! & 0x80) !== 0) p++
  return p + 1
}
