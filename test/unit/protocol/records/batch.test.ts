// Goal: the header view, validator, batch iterator and in-place rewrites of batch.ts read
// and write the v2 layout byte for byte. Method: batches written out by hand in hex (CRC
// computed bit by bit here, independently of the code under test), then every refusal the
// validator knows, each produced by editing one field of a good batch.

import { describe, expect, it } from 'vitest'
import {
  assignOffsetAndEpoch,
  batches,
  CRC_OFFSET,
  nextBatch,
  readBatchHeader,
  setMaxTimestamp,
  validateBatch,
} from '../../../../src/protocol/records/batch.js'
import { decodeBatch, encodeBatch } from '../../../../src/protocol/records/codec.js'
import { DecodeError } from '../../../../src/protocol/records/decode-error.js'
import { bitwiseCrc32c } from './reference-crc32c.js'

// One record: key null, value "hi", timestamp 1700000000000 (= baseTimestamp), no headers.
const ONE_RECORD_HEX = [
  '0000000000000000', // baseOffset 0
  '0000003a', // batchLength 58
  'ffffffff', // partitionLeaderEpoch -1
  '02', // magic
  'bbcc4115', // crc
  '0000', // attributes: none, CreateTime
  '00000000', // lastOffsetDelta 0
  '0000018bcfe56800', // baseTimestamp 1700000000000
  '0000018bcfe56800', // maxTimestamp
  'ffffffffffffffff', // producerId -1
  'ffff', // producerEpoch -1
  'ffffffff', // baseSequence -1
  '00000001', // record count
  '10', // record length 8
  '00', // attributes
  '00', // timestampDelta 0
  '00', // offsetDelta 0
  '01', // key length -1 (null)
  '04', // value length 2
  '6869', // "hi"
  '00', // header count 0
].join('')

// Two records, transactional, idempotent producer 7/1 at sequence 3, base offset 100,
// leader epoch 5; the second record has key "k", null value, timestamp +5, header h=v.
const TWO_RECORDS_HEX = [
  '0000000000000064', // baseOffset 100
  '00000046', // batchLength 70
  '00000005', // partitionLeaderEpoch 5
  '02',
  'c576ffb7', // crc
  '0010', // attributes: transactional
  '00000001', // lastOffsetDelta 1
  '0000018bcfe56800', // baseTimestamp
  '0000018bcfe56805', // maxTimestamp (+5)
  '0000000000000007', // producerId 7
  '0001', // producerEpoch 1
  '00000003', // baseSequence 3
  '00000002', // record count
  '100000000104686900', // record 0 as above
  '16', // record length 11
  '00', // attributes
  '0a', // timestampDelta 5
  '02', // offsetDelta 1
  '02', // key length 1
  '6b', // "k"
  '01', // value length -1 (null)
  '02', // header count 1
  '02', // header key length 1
  '68', // "h"
  '02', // header value length 1
  '76', // "v"
].join('')

const T0 = 1700000000000n

describe('hand-written batches', () => {
  it('the CRCs in the hex are CRC-32C over attributes..end', () => {
    for (const hex of [ONE_RECORD_HEX, TWO_RECORDS_HEX]) {
      const buf = Buffer.from(hex, 'hex')
      expect(bitwiseCrc32c(buf.subarray(21))).toBe(buf.readUInt32BE(CRC_OFFSET))
    }
  })

  it('encodeBatch writes exactly the one-record batch', async () => {
    const bytes = await encodeBatch({ records: [{ timestamp: T0, key: null, value: Buffer.from('hi') }] })
    expect(bytes.toString('hex')).toBe(ONE_RECORD_HEX)
  })

  it('encodeBatch writes exactly the two-record transactional batch', async () => {
    const bytes = await encodeBatch({
      baseOffset: 100n,
      partitionLeaderEpoch: 5,
      isTransactional: true,
      producerId: 7n,
      producerEpoch: 1,
      baseSequence: 3,
      records: [
        { timestamp: T0, value: Buffer.from('hi') },
        { timestamp: T0 + 5n, key: Buffer.from('k'), value: null, headers: [{ key: 'h', value: Buffer.from('v') }] },
      ],
    })
    expect(bytes.toString('hex')).toBe(TWO_RECORDS_HEX)
  })

  it('readBatchHeader reads every field', () => {
    const h = readBatchHeader(Buffer.from(TWO_RECORDS_HEX, 'hex'))
    expect(h).toEqual({
      baseOffset: 100n,
      batchLength: 70,
      partitionLeaderEpoch: 5,
      magic: 2,
      crc: 0xc576ffb7,
      attributes: 0x10,
      compression: 0,
      timestampType: 'CreateTime',
      isTransactional: true,
      isControl: false,
      hasDeleteHorizonMs: false,
      lastOffsetDelta: 1,
      baseTimestamp: T0,
      maxTimestamp: T0 + 5n,
      producerId: 7n,
      producerEpoch: 1,
      baseSequence: 3,
      recordCount: 2,
      sizeInBytes: 82,
      lastOffset: 101n,
    })
  })

  it('decodeBatch reads the hand-written records', async () => {
    const { records } = await decodeBatch(Buffer.from(TWO_RECORDS_HEX, 'hex'))
    expect(records).toEqual([
      {
        offset: 100n,
        timestamp: T0,
        key: null,
        value: Buffer.from('hi'),
        headers: [],
        attributes: 0,
        offsetDelta: 0,
        timestampDelta: 0n,
      },
      {
        offset: 101n,
        timestamp: T0 + 5n,
        key: Buffer.from('k'),
        value: null,
        headers: [{ key: 'h', value: Buffer.from('v') }],
        attributes: 0,
        offsetDelta: 1,
        timestampDelta: 5n,
      },
    ])
  })
})

describe('validateBatch', () => {
  const good = () => Buffer.from(TWO_RECORDS_HEX, 'hex')

  it('accepts a good batch', () => {
    const v = validateBatch(good())
    expect(v.ok).toBe(true)
  })

  it('refuses a flipped bit as crcMismatch / CORRUPT_MESSAGE', () => {
    const b = good()
    b[70]! ^= 0x01
    const v = validateBatch(b)
    expect(v).toMatchObject({ ok: false, kind: 'crcMismatch', errorName: 'CORRUPT_MESSAGE', storedCrc: 0xc576ffb7 })
  })

  it('refuses magic 0 and 1 as legacyMagic / INVALID_RECORD', () => {
    for (const magic of [0, 1]) {
      const b = good()
      b[16] = magic
      expect(validateBatch(b)).toEqual({ ok: false, kind: 'legacyMagic', errorName: 'INVALID_RECORD', magic })
    }
  })

  it('refuses magic 3 as invalidMagic', () => {
    const b = good()
    b[16] = 3
    expect(validateBatch(b)).toMatchObject({ ok: false, kind: 'invalidMagic', magic: 3 })
  })

  it('refuses every truncation as truncated', () => {
    const b = good()
    for (let n = 0; n < b.length; n++) {
      expect(validateBatch(b.subarray(0, n))).toMatchObject({
        ok: false,
        kind: 'truncated',
        errorName: 'CORRUPT_MESSAGE',
      })
    }
  })

  it('refuses a batchLength below the header size and one past the end', () => {
    const b = good()
    b.writeInt32BE(48, 8)
    expect(validateBatch(b)).toMatchObject({ kind: 'batchLengthTooSmall', batchLength: 48 })
    b.writeInt32BE(-5, 8)
    expect(validateBatch(b)).toMatchObject({ kind: 'batchLengthTooSmall', batchLength: -5 })
    b.writeInt32BE(71, 8)
    expect(validateBatch(b)).toMatchObject({ kind: 'truncated', neededBytes: 83, availableBytes: 82 })
  })

  it('refuses a record count that does not match lastOffsetDelta', async () => {
    // Three records claimed for two offsets: bad in both modes.
    const b = await encodeBatch({
      records: [
        { timestamp: 1n, value: null },
        { timestamp: 1n, value: null },
      ],
      lastOffsetDelta: 1,
    })
    b.writeInt32BE(3, 57)
    b.writeUInt32BE(bitwiseCrc32c(b.subarray(21)), CRC_OFFSET)
    expect(validateBatch(b, 0, { mode: 'log' })).toMatchObject({
      kind: 'invalidRecordCount',
      errorName: 'INVALID_RECORD',
    })
    // Gaps (compaction): fine in a log, not from a producer.
    const gap = await encodeBatch({ records: [{ timestamp: 1n, value: null, offsetDelta: 4 }] })
    expect(validateBatch(gap, 0, { mode: 'log' }).ok).toBe(true)
    expect(validateBatch(gap, 0, { mode: 'produce' })).toMatchObject({
      kind: 'invalidRecordCount',
      recordCount: 1,
      lastOffsetDelta: 4,
    })
    // No records: kept by compaction, never produced.
    const empty = await encodeBatch({ records: [], lastOffsetDelta: 2 })
    expect(validateBatch(empty, 0, { mode: 'log' }).ok).toBe(true)
    expect(validateBatch(empty, 0, { mode: 'produce' })).toMatchObject({ kind: 'invalidRecordCount' })
  })

  it('refuses more uncompressed records than the bytes can hold', async () => {
    const b = await encodeBatch({ records: [{ timestamp: 1n, value: null }], lastOffsetDelta: 99 })
    b.writeInt32BE(50, 57)
    b.writeUInt32BE(bitwiseCrc32c(b.subarray(21)), CRC_OFFSET)
    expect(validateBatch(b, 0, { mode: 'log' })).toMatchObject({ kind: 'invalidRecordCount' })
  })

  it('refuses compression ids 5-7', () => {
    const b = good()
    b.writeInt16BE(0x15, 21)
    b.writeUInt32BE(bitwiseCrc32c(b.subarray(21)), CRC_OFFSET)
    expect(validateBatch(b)).toMatchObject({ kind: 'unknownCompression', compression: 5 })
  })

  it('validates a batch at a non-zero position', () => {
    const b = Buffer.concat([Buffer.from(ONE_RECORD_HEX, 'hex'), good()])
    expect(validateBatch(b, 70)).toMatchObject({ ok: true, header: { baseOffset: 100n } })
  })
})

describe('batches back to back', () => {
  const one = Buffer.from(ONE_RECORD_HEX, 'hex')
  const two = Buffer.from(TWO_RECORDS_HEX, 'hex')

  it('yields each complete batch and stops cleanly at every partial tail', () => {
    const all = Buffer.concat([one, two, one])
    for (let cut = 0; cut <= all.length; cut++) {
      const buf = all.subarray(0, cut)
      const got = [...batches(buf)].map((s) => [s.position, s.sizeInBytes])
      const expected: number[][] = []
      if (cut >= 70) expected.push([0, 70])
      if (cut >= 152) expected.push([70, 82])
      if (cut >= 222) expected.push([152, 70])
      expect(got, `cut=${cut}`).toEqual(expected)
    }
  })

  it('reports partial, end and corrupt steps', () => {
    expect(nextBatch(one, 70)).toEqual({ kind: 'end' })
    expect(nextBatch(one.subarray(0, 30), 0)).toEqual({ kind: 'partial', position: 0, availableBytes: 30 })
    const bad = Buffer.from(one)
    bad.writeInt32BE(3, 8)
    expect(nextBatch(bad, 0)).toMatchObject({ kind: 'corrupt', batchLength: 3 })
    expect(() => [...batches(bad)]).toThrow(DecodeError)
  })

  it('walks legacy messages by their size field', () => {
    // A magic 0 message: offset, size 14, crc, magic 0, attributes, key -1, value -1.
    const legacy = Buffer.from(
      '0000000000000000' + '0000000e' + '00000000' + '00' + '00' + 'ffffffff' + 'ffffffff',
      'hex',
    )
    const got = [...batches(Buffer.concat([legacy, one]))]
    expect(got.map((s) => [s.magic, s.sizeInBytes])).toEqual([
      [0, 26],
      [2, 70],
    ])
  })
})

describe('in-place rewrites', () => {
  it('assigning offset and epoch leaves the CRC valid', () => {
    const b = Buffer.from(TWO_RECORDS_HEX, 'hex')
    assignOffsetAndEpoch(b, 0, { baseOffset: 123456789012345n, partitionLeaderEpoch: 42 })
    const v = validateBatch(b)
    expect(v).toMatchObject({
      ok: true,
      header: { baseOffset: 123456789012345n, partitionLeaderEpoch: 42, crc: 0xc576ffb7 },
    })
  })

  it('setMaxTimestamp switches to LogAppendTime and recomputes the CRC', async () => {
    const b = Buffer.from(TWO_RECORDS_HEX, 'hex')
    setMaxTimestamp(b, 0, 'LogAppendTime', T0 + 1000n)
    expect(validateBatch(b)).toMatchObject({
      ok: true,
      header: { timestampType: 'LogAppendTime', maxTimestamp: T0 + 1000n },
    })
    const { records } = await decodeBatch(b)
    expect(records.map((r) => r.timestamp)).toEqual([T0 + 1000n, T0 + 1000n])
  })
})
