// Goal: validateProduceRecords answers what Kafka 4 answers for a Produce (v3+)
// partition's records: exactly one magic 2 batch, else INVALID_RECORD (no batch, several
// batches, magic 0/1) or CORRUPT_MESSAGE (bad CRC, truncated, trailing bytes). Method: one
// good batch, then each way a client can get it wrong.

import { describe, expect, it } from 'vitest'
import { encodeBatch } from '../../../../src/protocol/records/codec.js'
import { legacyMagicMessage, validateProduceRecords } from '../../../../src/protocol/records/produce.js'

async function good(): Promise<Buffer> {
  return encodeBatch({ records: [{ timestamp: 1n, value: Buffer.from('v') }] })
}

describe('validateProduceRecords', () => {
  it('accepts exactly one valid batch', async () => {
    expect(validateProduceRecords(await good())).toMatchObject({ ok: true, header: { recordCount: 1 } })
  })

  it('refuses empty records, two batches and trailing bytes', async () => {
    const b = await good()
    expect(validateProduceRecords(Buffer.alloc(0))).toEqual({ ok: false, kind: 'noBatch', errorName: 'INVALID_RECORD' })
    expect(validateProduceRecords(Buffer.concat([b, b]))).toMatchObject({
      kind: 'moreThanOneBatch',
      errorName: 'INVALID_RECORD',
    })
    expect(validateProduceRecords(Buffer.concat([b, b.subarray(0, 20)]))).toMatchObject({
      kind: 'trailingBytes',
      byteCount: 20,
    })
  })

  it('maps a legacy magic v0/v1 message set to INVALID_RECORD', () => {
    // A magic 1 message: offset, size, crc, magic 1, attributes, timestamp, key -1, value -1.
    const legacy = Buffer.from(
      '0000000000000000' + '00000016' + '00000000' + '01' + '00' + '0000000000000000' + 'ffffffff' + 'ffffffff',
      'hex',
    )
    expect(validateProduceRecords(legacy)).toEqual({
      ok: false,
      kind: 'legacyMagic',
      errorName: 'INVALID_RECORD',
      magic: 1,
    })
    expect(legacyMagicMessage(9)).toBe(
      'Produce requests with version 9 are only allowed to contain record batches with magic version 2',
    )
  })

  it('passes batch problems through', async () => {
    const b = await good()
    b[b.length - 1]! ^= 1
    expect(validateProduceRecords(b)).toMatchObject({ kind: 'crcMismatch', errorName: 'CORRUPT_MESSAGE' })
    expect(validateProduceRecords(b.subarray(0, 40))).toMatchObject({ kind: 'truncated' })
  })
})
