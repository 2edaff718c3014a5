// Control records: the records of a batch with the isControl attribute. Their key is
// version int16 + type int16; the value depends on the type. Transaction markers (types 0
// ABORT and 1 COMMIT), written by the transaction coordinator through WriteTxnMarkers,
// carry value = version int16 (0) + coordinatorEpoch int32, as Kafka's
// EndTransactionMarker. A marker batch is transactional and control, holds exactly one
// record, is never compressed, and has producerId/producerEpoch of the transaction and
// baseSequence -1.

import type { BatchInput, KafkaRecord } from './codec.js'
import { DecodeError } from './decode-error.js'

/** Kafka's ControlRecordType ids. */
export const ControlRecordType = {
  ABORT: 0,
  COMMIT: 1,
  LEADER_CHANGE: 2,
  SNAPSHOT_HEADER: 3,
  SNAPSHOT_FOOTER: 4,
  KRAFT_VERSION: 5,
  KRAFT_VOTERS: 6,
} as const

export const CONTROL_KEY_VERSION = 0
export const END_TXN_MARKER_VERSION = 0
const CONTROL_KEY_BYTES = 4
const END_TXN_MARKER_VALUE_BYTES = 6

export interface ControlRecordKey {
  readonly version: number
  readonly type: number
}

export function encodeControlRecordKey(type: number): Buffer {
  const key = Buffer.allocUnsafe(CONTROL_KEY_BYTES)
  key.writeInt16BE(CONTROL_KEY_VERSION, 0)
  key.writeInt16BE(type, 2)
  return key
}

export function decodeControlRecordKey(key: Buffer | null): ControlRecordKey {
  if (key === null || key.length < CONTROL_KEY_BYTES)
    throw new DecodeError('control record key shorter than 4 bytes', 'INVALID_RECORD')
  const version = key.readInt16BE(0)
  if (version < 0) throw new DecodeError(`control record key version ${version}`, 'INVALID_RECORD')
  return { version, type: key.readInt16BE(2) }
}

export interface EndTxnMarker {
  readonly type: 'COMMIT' | 'ABORT'
  readonly coordinatorEpoch: number
}

export function encodeEndTxnMarker(marker: EndTxnMarker): { key: Buffer; value: Buffer } {
  const value = Buffer.allocUnsafe(END_TXN_MARKER_VALUE_BYTES)
  value.writeInt16BE(END_TXN_MARKER_VERSION, 0)
  value.writeInt32BE(marker.coordinatorEpoch, 2)
  return { key: encodeControlRecordKey(ControlRecordType[marker.type]), value }
}

/** Reads a COMMIT or ABORT marker; throws DecodeError for other control types or short values. */
export function decodeEndTxnMarker(record: Pick<KafkaRecord, 'key' | 'value'>): EndTxnMarker {
  const { type } = decodeControlRecordKey(record.key)
  if (type !== ControlRecordType.ABORT && type !== ControlRecordType.COMMIT) {
    throw new DecodeError(`control record type ${type} is not a transaction marker`, 'INVALID_RECORD')
  }
  const value = record.value
  if (value === null || value.length < END_TXN_MARKER_VALUE_BYTES) {
    throw new DecodeError('transaction marker value shorter than 6 bytes', 'INVALID_RECORD')
  }
  const version = value.readInt16BE(0)
  if (version < 0) throw new DecodeError(`transaction marker version ${version}`, 'INVALID_RECORD')
  return { type: type === ControlRecordType.COMMIT ? 'COMMIT' : 'ABORT', coordinatorEpoch: value.readInt32BE(2) }
}

/** The batch input for one transaction marker; pass it to encodeBatch. */
export function endTxnMarkerBatch(args: {
  readonly marker: EndTxnMarker
  readonly producerId: bigint
  readonly producerEpoch: number
  readonly timestamp: bigint
  readonly baseOffset?: bigint
  readonly partitionLeaderEpoch?: number
}): BatchInput {
  const { key, value } = encodeEndTxnMarker(args.marker)
  return {
    records: [{ timestamp: args.timestamp, key, value }],
    baseOffset: args.baseOffset ?? 0n,
    partitionLeaderEpoch: args.partitionLeaderEpoch ?? -1,
    isTransactional: true,
    isControl: true,
    producerId: args.producerId,
    producerEpoch: args.producerEpoch,
    baseSequence: -1,
  }
}
