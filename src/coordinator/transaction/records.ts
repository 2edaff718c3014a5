// The records of the __transaction_state topic: one per transactional id (the topic is compacted,
// so the latest record of a key is its state), in Kafka's exact byte format so that a log written
// by Kafka loads here and the other way round.
//
// Byte layout of one record (big-endian, structs from the generated codecs):
//
//   key   = int16 keyVersion (0) + TransactionLogKey v0
//           = int16 length + UTF-8 transactionalId
//   value = int16 valueVersion (0) + TransactionLogValue v0
//           = int64 producerId, int16 producerEpoch, int32 transactionTimeoutMs,
//             int8 transactionStatus (state.ts STATE_IDS),
//             int32 topic count (-1 = null) + per topic: int16 length + name, int32 count + int32 partitions,
//             int64 transactionLastUpdateTimestampMs, int64 transactionStartTimestampMs
//           or null: a tombstone (an expired transactional id)
//
// We write value v0, as Kafka 3.9 does unless the transaction.version feature is at least 1
// (`TransactionVersion.transactionLogValueVersion`); reading accepts v0 and the flexible v1. The
// partitions of an Empty transaction are written as null and ignored on reading, as Kafka does;
// CompleteCommit and CompleteAbort are written with an empty list. Dead and PrepareEpochFence are
// never written (a tombstone and a PrepareAbort stand for them), so reading them is a DecodeError.
// Key versions other than 0 are not transaction records (Kafka skips them): reported as
// `unsupported`. A record sits whole in a CRC-checked batch, so a crash leaves no partial record.

import { DecodeError } from '../../protocol/decode-error.js'
import {
  readTransactionLogKey,
  writeTransactionLogKey,
} from '../../protocol/generated/transaction-coordinator/transaction-log-key.js'
import {
  type PartitionsSchema,
  readTransactionLogValue,
  type TransactionLogValue,
  writeTransactionLogValue,
} from '../../protocol/generated/transaction-coordinator/transaction-log-value.js'
import { Reader } from '../../protocol/reader.js'
import { Writer } from '../../protocol/writer.js'
import { assert } from '../../util/assert.js'
import type { KeyValueRecord } from '../record-batch.js'
import { addPartitions, EMPTY_PARTITIONS, type PartitionSet, type TransactionMetadata } from './metadata.js'
import { STATE_IDS, stateFromId, type TransactionState } from './state.js'

/** One __transaction_state record as bytes: what the driver appends and what replay reads. */
export type TransactionRecord = KeyValueRecord

export const TRANSACTION_LOG_KEY_VERSION = 0
export const TRANSACTION_LOG_VALUE_VERSION = 0
const TRANSACTION_LOG_VALUE_MAX_VERSION = 1

/** What a value record holds: the metadata without the in-memory last producer id and epoch. */
export interface TransactionLogEntry {
  readonly producerId: bigint
  readonly producerEpoch: number
  readonly txnTimeoutMs: number
  readonly state: TransactionState
  readonly topicPartitions: PartitionSet
  readonly txnLastUpdateTimestamp: number
  readonly txnStartTimestamp: number
}

export type DecodedTransactionRecord =
  | { readonly kind: 'transaction'; readonly transactionalId: string; readonly value: TransactionLogEntry | null }
  | { readonly kind: 'unsupported'; readonly keyVersion: number }

/** The record of a transition; null metadata is the tombstone of an expired transactional id. */
export function transactionRecord(transactionalId: string, metadata: TransactionMetadata | null): TransactionRecord {
  return { key: transactionKey(transactionalId), value: metadata === null ? null : transactionValue(metadata) }
}

export function transactionKey(transactionalId: string): Buffer {
  return encode(TRANSACTION_LOG_KEY_VERSION, (w) =>
    writeTransactionLogKey(w, { transactionalId }, TRANSACTION_LOG_KEY_VERSION),
  )
}

function transactionValue(m: TransactionMetadata): Buffer {
  assert(m.state !== 'Dead' && m.state !== 'PrepareEpochFence', `state ${m.state} is never written`)
  assert(m.state !== 'Empty' || m.topicPartitions.size === 0, 'an Empty transaction has no partitions')
  const partitions: PartitionsSchema[] | null =
    m.state === 'Empty' ? null : [...m.topicPartitions].map(([topic, ids]) => ({ topic, partitionIds: [...ids] }))
  const value: TransactionLogValue = {
    producerId: m.producerId,
    producerEpoch: m.producerEpoch,
    transactionTimeoutMs: m.txnTimeoutMs,
    transactionStatus: STATE_IDS[m.state],
    transactionPartitions: partitions,
    transactionLastUpdateTimestampMs: BigInt(m.txnLastUpdateTimestamp),
    transactionStartTimestampMs: BigInt(m.txnStartTimestamp),
  }
  return encode(TRANSACTION_LOG_VALUE_VERSION, (w) => writeTransactionLogValue(w, value, TRANSACTION_LOG_VALUE_VERSION))
}

/** Decodes one record; throws DecodeError on bytes that are not a record of a known version. */
export function decodeRecord(record: TransactionRecord): DecodedTransactionRecord {
  const keyReader = new Reader(record.key)
  const keyVersion = keyReader.readInt16()
  if (keyVersion < 0) throw new DecodeError(`__transaction_state key version ${keyVersion} is negative`)
  if (keyVersion !== TRANSACTION_LOG_KEY_VERSION) return { kind: 'unsupported', keyVersion }
  const key = readTransactionLogKey(keyReader, keyVersion)
  if (keyReader.remaining() !== 0)
    throw new DecodeError(`TransactionLogKey: ${keyReader.remaining()} bytes after the key`)
  return {
    kind: 'transaction',
    transactionalId: key.transactionalId,
    value: record.value === null ? null : decodeValue(record.value),
  }
}

function decodeValue(bytes: Buffer): TransactionLogEntry {
  const r = new Reader(bytes)
  const version = r.readInt16()
  if (version < 0 || version > TRANSACTION_LOG_VALUE_MAX_VERSION) {
    throw new DecodeError(`TransactionLogValue version ${version} is not in 0-${TRANSACTION_LOG_VALUE_MAX_VERSION}`)
  }
  // Bytes after a value we know how to read are ignored, as Kafka does.
  const v = readTransactionLogValue(r, version)
  const state = stateFromId(v.transactionStatus)
  if (state === 'Dead' || state === 'PrepareEpochFence') {
    throw new DecodeError(`TransactionLogValue with state ${state}, which a coordinator never writes`)
  }
  let topicPartitions = EMPTY_PARTITIONS
  if (state !== 'Empty') {
    for (const p of v.transactionPartitions ?? []) {
      if (p.partitionIds.some((id) => id < 0)) throw new DecodeError(`negative partition id in topic ${p.topic}`)
      topicPartitions = addPartitions(
        topicPartitions,
        p.partitionIds.map((partition) => ({ topic: p.topic, partition })),
      )
    }
  }
  return {
    producerId: v.producerId,
    producerEpoch: v.producerEpoch,
    txnTimeoutMs: v.transactionTimeoutMs,
    state,
    topicPartitions,
    txnLastUpdateTimestamp: Number(v.transactionLastUpdateTimestampMs),
    txnStartTimestamp: Number(v.transactionStartTimestampMs),
  }
}

function encode(version: number, write: (w: Writer) => void): Buffer {
  const w = new Writer()
  w.writeInt16(version)
  write(w)
  return w.toBuffer()
}
