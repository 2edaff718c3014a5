// Goal: transaction markers encode to Kafka's bytes (key version 0 + type, value version 0
// + coordinatorEpoch) inside a transactional control batch, and decode back; bad markers
// give DecodeError. Method: exact bytes, then a full batch round trip.

import { describe, expect, it } from 'vitest'
import { decodeBatch, encodeBatch } from '../../../../src/protocol/records/codec.js'
import {
  ControlRecordType,
  decodeControlRecordKey,
  decodeEndTxnMarker,
  encodeEndTxnMarker,
  endTxnMarkerBatch,
} from '../../../../src/protocol/records/control.js'
import { DecodeError } from '../../../../src/protocol/records/decode-error.js'

describe('transaction markers', () => {
  it('encodes COMMIT and ABORT as Kafka does', () => {
    const commit = encodeEndTxnMarker({ type: 'COMMIT', coordinatorEpoch: 7 })
    expect(commit.key.toString('hex')).toBe('00000001')
    expect(commit.value.toString('hex')).toBe('000000000007')
    const abort = encodeEndTxnMarker({ type: 'ABORT', coordinatorEpoch: -1 })
    expect(abort.key.toString('hex')).toBe('00000000')
    expect(abort.value.toString('hex')).toBe('0000ffffffff')
  })

  it('round-trips through a control batch', async () => {
    for (const type of ['COMMIT', 'ABORT'] as const) {
      const bytes = await encodeBatch(
        endTxnMarkerBatch({
          marker: { type, coordinatorEpoch: 3 },
          producerId: 99n,
          producerEpoch: 2,
          timestamp: 1000n,
          baseOffset: 50n,
        }),
      )
      const { header, records } = await decodeBatch(bytes)
      expect(header).toMatchObject({
        isControl: true,
        isTransactional: true,
        producerId: 99n,
        producerEpoch: 2,
        baseSequence: -1,
        recordCount: 1,
      })
      expect(records[0]!.offset).toBe(50n)
      expect(decodeEndTxnMarker(records[0]!)).toEqual({ type, coordinatorEpoch: 3 })
    }
  })

  it('reads other control types by key and refuses them as markers', () => {
    const key = Buffer.from('00000002', 'hex')
    expect(decodeControlRecordKey(key)).toEqual({ version: 0, type: ControlRecordType.LEADER_CHANGE })
    expect(() => decodeEndTxnMarker({ key, value: Buffer.alloc(6) })).toThrow(DecodeError)
  })

  it('refuses short or null keys and values', () => {
    expect(() => decodeControlRecordKey(null)).toThrow(DecodeError)
    expect(() => decodeControlRecordKey(Buffer.from('0000', 'hex'))).toThrow(DecodeError)
    expect(() => decodeEndTxnMarker({ key: Buffer.from('00000001', 'hex'), value: null })).toThrow(DecodeError)
    expect(() =>
      decodeEndTxnMarker({ key: Buffer.from('00000001', 'hex'), value: Buffer.from('0000', 'hex') }),
    ).toThrow(DecodeError)
  })
})
