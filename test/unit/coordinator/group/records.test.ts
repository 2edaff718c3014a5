// Goal: __consumer_offsets records are byte-for-byte Kafka's (int16 key version + key, int16 value
// version + value, null value = tombstone) and decode back, including versions Kafka wrote in the
// past; keys of other group types are reported, not misread.
// Method: encode known records and compare exact bytes written out by hand from the spec.

import { describe, expect, it } from 'vitest'
import { decodeRecord, groupMetadataRecord, offsetCommitRecord } from '../../../../src/coordinator/group/records.js'
import { DecodeError } from '../../../../src/protocol/decode-error.js'
import { writeOffsetCommitValue } from '../../../../src/protocol/generated/group-coordinator/offset-commit-value.js'
import { Writer } from '../../../../src/protocol/writer.js'

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex')

describe('offset commit records', () => {
  it('encodes key v1 and value v3 as Kafka writes them', () => {
    const record = offsetCommitRecord(
      { group: 'g', topic: 't', partition: 3 },
      { offset: 42n, leaderEpoch: 7, metadata: 'm', commitTimestamp: 1000n, expireTimestamp: -1n },
    )
    expect(record.key).toEqual(hex('0001 0001 67 0001 74 00000003'))
    expect(record.value).toEqual(hex('0003 000000000000002a 00000007 0001 6d 00000000000003e8'))
    expect(decodeRecord(record)).toEqual({
      kind: 'offset-commit',
      key: { group: 'g', topic: 't', partition: 3, unknownTaggedFields: undefined },
      value: {
        offset: 42n,
        leaderEpoch: 7,
        metadata: 'm',
        commitTimestamp: 1000n,
        expireTimestamp: -1n,
        unknownTaggedFields: undefined,
      },
    })
  })

  it('writes value v1 when the commit has an expire timestamp, and tombstones as null values', () => {
    const record = offsetCommitRecord(
      { group: 'g', topic: 't', partition: 0 },
      { offset: 1n, leaderEpoch: -1, metadata: '', commitTimestamp: 5n, expireTimestamp: 9n },
    )
    expect(record.value).toEqual(hex('0001 0000000000000001 0000 0000000000000005 0000000000000009'))
    const tombstone = offsetCommitRecord({ group: 'g', topic: 't', partition: 0 }, null)
    expect(tombstone.value).toBeNull()
    expect(decodeRecord(tombstone)).toMatchObject({ kind: 'offset-commit', value: null })
  })

  it('reads key v0 and the flexible value v4', () => {
    const w = new Writer()
    w.writeInt16(4)
    writeOffsetCommitValue(
      w,
      { offset: 3n, leaderEpoch: 1, metadata: 'x', commitTimestamp: 2n, expireTimestamp: -1n },
      4,
    )
    const decoded = decodeRecord({ key: hex('0000 0001 67 0001 74 00000000'), value: w.toBuffer() })
    expect(decoded).toMatchObject({
      kind: 'offset-commit',
      key: { group: 'g' },
      value: { offset: 3n, leaderEpoch: 1, metadata: 'x' },
    })
  })
})

describe('group metadata records', () => {
  it('encodes key v2 and value v3 with members', () => {
    const record = groupMetadataRecord(
      { group: 'g' },
      {
        protocolType: 'consumer',
        generation: 1,
        protocol: 'range',
        leader: 'm',
        currentStateTimestamp: 10n,
        members: [
          {
            memberId: 'm',
            groupInstanceId: null,
            clientId: 'c',
            clientHost: 'h',
            rebalanceTimeout: 60000,
            sessionTimeout: 10000,
            subscription: Buffer.from([1]),
            assignment: Buffer.from([2]),
          },
        ],
      },
    )
    expect(record.key).toEqual(hex('0002 0001 67'))
    expect(record.value).toEqual(
      hex(
        '0003 0008 636f6e73756d6572 00000001 0005 72616e6765 0001 6d 000000000000000a 00000001' +
          ' 0001 6d ffff 0001 63 0001 68 0000ea60 00002710 00000001 01 00000001 02',
      ),
    )
    expect(decodeRecord(record)).toMatchObject({
      kind: 'group-metadata',
      key: { group: 'g' },
      value: { generation: 1, members: [{ memberId: 'm' }] },
    })
  })

  it('reports keys of other group types and rejects bad versions', () => {
    expect(decodeRecord({ key: hex('0003 0001 67'), value: null })).toEqual({ kind: 'unsupported', keyVersion: 3 })
    expect(() => decodeRecord({ key: hex('ffff'), value: null })).toThrow(DecodeError)
    expect(() => decodeRecord({ key: hex('0002 0001 67'), value: hex('0009') })).toThrow(DecodeError)
    expect(() => decodeRecord({ key: hex('0002 0001 67 00'), value: null })).toThrow(DecodeError)
  })
})
