// Goal: __transaction_state records are byte-for-byte Kafka's (int16 key version 0 + TransactionLogKey,
// int16 value version 0 + TransactionLogValue, null value = tombstone) and decode back, including the
// flexible v1 Kafka writes under transaction.version 1; records that are not transaction records
// are reported, and states Kafka never writes are rejected.
// Method: encode known metadata and compare exact bytes written out by hand from the spec.

import { describe, expect, it } from 'vitest'
import {
  addPartitions,
  EMPTY_PARTITIONS,
  type TransactionMetadata,
} from '../../../../src/coordinator/transaction/metadata.js'
import { decodeRecord, transactionRecord } from '../../../../src/coordinator/transaction/records.js'
import { DecodeError } from '../../../../src/protocol/decode-error.js'
import { writeTransactionLogValue } from '../../../../src/protocol/generated/transaction-coordinator/transaction-log-value.js'
import { Writer } from '../../../../src/protocol/writer.js'

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex')

const base: TransactionMetadata = {
  transactionalId: 't',
  producerId: 5n,
  lastProducerId: 5n,
  producerEpoch: 2,
  lastProducerEpoch: 1,
  txnTimeoutMs: 60_000,
  state: 'Ongoing',
  topicPartitions: addPartitions(EMPTY_PARTITIONS, [
    { topic: 'a', partition: 0 },
    { topic: 'a', partition: 1 },
    { topic: 'b', partition: 3 },
  ]),
  txnStartTimestamp: 900,
  txnLastUpdateTimestamp: 1000,
}

describe('transaction log records', () => {
  it('encodes key v0 and value v0 as Kafka 3.9 writes them', () => {
    const record = transactionRecord('t', base)
    expect(record.key).toEqual(hex('0000 0001 74'))
    expect(record.value).toEqual(
      hex(
        '0000 0000000000000005 0002 0000ea60 01' +
          ' 00000002 0001 61 00000002 00000000 00000001 0001 62 00000001 00000003' +
          ' 00000000000003e8 0000000000000384',
      ),
    )
    const decoded = decodeRecord(record)
    expect(decoded).toMatchObject({
      kind: 'transaction',
      transactionalId: 't',
      value: { producerId: 5n, producerEpoch: 2, txnTimeoutMs: 60_000, state: 'Ongoing', txnStartTimestamp: 900 },
    })
    if (decoded.kind !== 'transaction' || decoded.value === null) throw new Error('unreachable')
    expect([...decoded.value.topicPartitions].map(([t, ps]) => [t, [...ps]])).toEqual([
      ['a', [0, 1]],
      ['b', [3]],
    ])
  })

  it('writes an Empty transaction with null partitions and no start, Complete* with an empty list', () => {
    const empty = transactionRecord('t', {
      ...base,
      state: 'Empty',
      topicPartitions: EMPTY_PARTITIONS,
      txnStartTimestamp: -1,
    })
    expect(empty.value).toEqual(
      hex('0000 0000000000000005 0002 0000ea60 00 ffffffff 00000000000003e8 ffffffffffffffff'),
    )
    const complete = transactionRecord('t', { ...base, state: 'CompleteCommit', topicPartitions: EMPTY_PARTITIONS })
    expect(complete.value).toEqual(
      hex('0000 0000000000000005 0002 0000ea60 04 00000000 00000000000003e8 0000000000000384'),
    )
    expect(decodeRecord(complete)).toMatchObject({ value: { state: 'CompleteCommit' } })
  })

  it('writes tombstones as null values', () => {
    const tombstone = transactionRecord('tx-1', null)
    expect(tombstone).toEqual({ key: hex('0000 0004 74782d31'), value: null })
    expect(decodeRecord(tombstone)).toEqual({ kind: 'transaction', transactionalId: 'tx-1', value: null })
  })

  it('reads the flexible value v1 and ignores the partitions of an Empty record', () => {
    const w = new Writer()
    w.writeInt16(1)
    writeTransactionLogValue(
      w,
      {
        producerId: 9n,
        producerEpoch: 0,
        transactionTimeoutMs: 1000,
        transactionStatus: 3,
        transactionPartitions: [{ topic: 'x', partitionIds: [7] }],
        transactionLastUpdateTimestampMs: 2n,
        transactionStartTimestampMs: 1n,
      },
      1,
    )
    const decoded = decodeRecord({ key: hex('0000 0001 74'), value: w.toBuffer() })
    expect(decoded).toMatchObject({ value: { producerId: 9n, state: 'PrepareAbort' } })
    const emptyWithPartitions = hex(
      '0000 0000000000000005 0002 0000ea60 00 00000001 0001 61 00000001 00000000 0000000000000001 ffffffffffffffff',
    )
    expect(decodeRecord({ key: hex('0000 0001 74'), value: emptyWithPartitions })).toMatchObject({
      value: { state: 'Empty', topicPartitions: new Map() },
    })
  })

  it('reports other key versions and rejects what Kafka never writes', () => {
    expect(decodeRecord({ key: hex('0001 0001 74'), value: null })).toEqual({ kind: 'unsupported', keyVersion: 1 })
    expect(() => decodeRecord({ key: hex('ffff'), value: null })).toThrow(DecodeError)
    expect(() => decodeRecord({ key: hex('0000 0001 74 00'), value: null })).toThrow(DecodeError)
    expect(() => decodeRecord({ key: hex('0000 0001 74'), value: hex('0002') })).toThrow(DecodeError)
    const withStatus = (status: string) =>
      hex(`0000 0000000000000005 0002 0000ea60 ${status} 00000000 0000000000000001 0000000000000001`)
    expect(() => decodeRecord({ key: hex('0000 0001 74'), value: withStatus('06') })).toThrow(DecodeError)
    expect(() => decodeRecord({ key: hex('0000 0001 74'), value: withStatus('07') })).toThrow(DecodeError)
    expect(() => decodeRecord({ key: hex('0000 0001 74'), value: withStatus('08') })).toThrow(DecodeError)
  })

  it('refuses to write the transient states', () => {
    expect(() => transactionRecord('t', { ...base, state: 'Dead' })).toThrow()
    expect(() => transactionRecord('t', { ...base, state: 'PrepareEpochFence' })).toThrow()
    expect(() => transactionRecord('t', { ...base, state: 'Empty' })).toThrow()
  })
})
