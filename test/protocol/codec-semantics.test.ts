// Goal: the generated codecs follow Kafka's rules where they are easy to get
// wrong, checked against bytes written out by hand from the spec, not against
// our own encoder. Each case names the rule.
import { describe, expect, it } from 'vitest'
import { DecodeError, EncodeError } from '../../src/protocol/decode-error.js'
import { apis, dataTypes } from '../../src/protocol/generated/index.js'
import { Reader } from '../../src/protocol/reader.js'
import { Writer } from '../../src/protocol/writer.js'

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex')

function encode<T>(codec: { write: (w: Writer, m: T, v: number) => void }, m: T, v: number): Buffer {
  const w = new Writer()
  codec.write(w, m, v)
  return w.toBuffer()
}

describe('hand-written bytes', () => {
  it('Heartbeat v0 request: int16-length strings, int32 generation', () => {
    const bytes = hex('0002 6731 0000 0007 0002 6d31')
    const m = apis.HEARTBEAT.request.read(new Reader(bytes), 0)
    expect(m).toMatchObject({ groupId: 'g1', generationId: 7, memberId: 'm1', groupInstanceId: null })
    expect(encode(apis.HEARTBEAT.request, m, 0)).toEqual(bytes)
  })

  it('Heartbeat v4 request: compact strings (length+1 varint), nullable instance id, empty tag section', () => {
    const bytes = hex('03 6731 00000007 03 6d31 00 00')
    const m = apis.HEARTBEAT.request.read(new Reader(bytes), 4)
    expect(m).toMatchObject({ groupId: 'g1', generationId: 7, memberId: 'm1', groupInstanceId: null })
    expect(encode(apis.HEARTBEAT.request, m, 4)).toEqual(bytes)
  })

  it('ApiVersions v3 response: known tagged field FinalizedFeaturesEpoch (tag 1) decoded, unknown tag 9 kept', () => {
    const bytes = hex(
      [
        '0000', // error code
        '02', // compact array of 1 ApiVersion
        '0012 0000 0004 00', // key 18, min 0, max 4, no tags
        '00000000', // throttle time
        '02', // two tagged fields
        '01 08 0000000000000005', // tag 1 (FinalizedFeaturesEpoch) size 8 = 5
        '09 02 abcd', // tag 9: unknown, 2 bytes
      ].join(''),
    )
    const m = apis.API_VERSIONS.response.read(new Reader(bytes), 3)
    expect(m.finalizedFeaturesEpoch).toBe(5n)
    expect(m.apiKeys).toEqual([{ apiKey: 18, minVersion: 0, maxVersion: 4, unknownTaggedFields: undefined }])
    expect(m.unknownTaggedFields).toEqual([{ tag: 9, data: hex('abcd') }])
    expect(encode(apis.API_VERSIONS.response, m, 3)).toEqual(bytes)
  })

  it('Fetch v12 response: a tagged struct at its default is not written; a non-default one is (CurrentLeader, tag 1)', () => {
    const response = apis.FETCH.response.create()
    const partition = {
      partitionIndex: 0,
      errorCode: 6,
      highWatermark: -1n,
      lastStableOffset: -1n,
      logStartOffset: -1n,
      divergingEpoch: { epoch: -1, endOffset: -1n },
      currentLeader: { leaderId: 2, leaderEpoch: 9 },
      snapshotId: { endOffset: -1n, epoch: -1 },
      abortedTransactions: null,
      preferredReadReplica: -1,
      records: null,
    }
    response.responses = [{ topic: 't', topicId: Buffer.alloc(16), partitions: [partition] }]
    const bytes = encode(apis.FETCH.response, response, 12)
    const tail = bytes.subarray(bytes.length - 15)
    // records null (00), then 1 tagged field: tag 1, size 9: leaderId 2, epoch 9, no tags; then topic + top tags.
    expect(tail).toEqual(hex('00 01 01 09 00000002 00000009 00 00 00'))
    const back = apis.FETCH.response.read(new Reader(bytes), 12)
    expect(back.responses[0]?.partitions[0]?.currentLeader).toEqual({
      leaderId: 2,
      leaderEpoch: 9,
      unknownTaggedFields: undefined,
    })
    expect(back.responses[0]?.partitions[0]?.divergingEpoch).toEqual({
      epoch: -1,
      endOffset: -1n,
      unknownTaggedFields: undefined,
    })
  })

  it('ConsumerGroupHeartbeat v0 response: a nullable struct has an int8 marker (-1 null, 1 present)', () => {
    const m = apis.CONSUMER_GROUP_HEARTBEAT.response.create()
    m.assignment = null
    const withNull = encode(apis.CONSUMER_GROUP_HEARTBEAT.response, m, 0)
    expect(withNull.subarray(withNull.length - 2)).toEqual(hex('ff 00'))
    m.assignment = { topicPartitions: [] }
    const withValue = encode(apis.CONSUMER_GROUP_HEARTBEAT.response, m, 0)
    expect(withValue.subarray(withValue.length - 4)).toEqual(hex('01 01 00 00'))
  })

  it('ConsumerProtocolSubscription v0 (non-flexible data type) as KafkaJS and Java write it', () => {
    const bytes = hex('00000001 0005 746f706963 00000003 010203')
    const m = dataTypes.ConsumerProtocolSubscription.read(new Reader(bytes), 0)
    expect(m.topics).toEqual(['topic'])
    expect(m.userData).toEqual(hex('010203'))
    expect(encode(dataTypes.ConsumerProtocolSubscription, m, 0)).toEqual(bytes)
  })
})

describe('fields a version lacks', () => {
  it('an ignorable field is dropped silently (ApiVersions v0 has no ThrottleTimeMs)', () => {
    const m = apis.API_VERSIONS.response.create()
    m.throttleTimeMs = 100
    const bytes = encode(apis.API_VERSIONS.response, m, 0)
    expect(bytes).toEqual(hex('0000 00000000'))
    expect(apis.API_VERSIONS.response.read(new Reader(bytes), 0).throttleTimeMs).toBe(0)
  })

  it('a non-ignorable field at a non-default value is an EncodeError (Heartbeat v2 has no GroupInstanceId)', () => {
    const m = apis.HEARTBEAT.request.create()
    m.groupInstanceId = 'static-1'
    expect(() => encode(apis.HEARTBEAT.request, m, 2)).toThrow(EncodeError)
    m.groupInstanceId = null
    expect(() => encode(apis.HEARTBEAT.request, m, 2)).not.toThrow()
  })

  it('absent fields decode to their spec defaults (Fetch v3 response: LastStableOffset -1, PreferredReadReplica -1)', () => {
    const bytes = hex('00000000 00000000')
    const m = apis.FETCH.response.read(new Reader(bytes), 3)
    expect(m.sessionId).toBe(0)
    expect(m.errorCode).toBe(0)
    expect(m.responses).toEqual([])
  })

  it('null where the version does not allow it is an EncodeError', () => {
    const m = apis.HEARTBEAT.request.create()
    ;(m as { groupId: string | null }).groupId = null
    expect(() => encode(apis.HEARTBEAT.request, m, 0)).toThrow(EncodeError)
  })
})

describe('malformed input is a DecodeError', () => {
  const cases: [string, Buffer, number][] = [
    ['truncated int32', hex('0002 6731 0000'), 0],
    ['string length past the end', hex('0010 6731'), 0],
    ['negative non-null string length', hex('fffe'), 0],
    ['null non-nullable string', hex('ffff 00000001 0000'), 0],
    ['varint over 5 bytes', hex('ffffffffff01'), 4],
    ['compact string length past the end', hex('7f 61'), 4],
  ]
  for (const [name, bytes, version] of cases) {
    it(name, () => {
      expect(() => apis.HEARTBEAT.request.read(new Reader(bytes), version)).toThrow(DecodeError)
    })
  }

  it('an array length beyond the bytes left is refused before allocating', () => {
    // Metadata v1 request: topics array of 2^31-1 elements in a 4-byte frame.
    expect(() => apis.METADATA.request.read(new Reader(hex('7fffffff')), 1)).toThrow(/exceeds/)
  })

  it('a negative array length other than -1 is refused', () => {
    expect(() => apis.METADATA.request.read(new Reader(hex('fffffffe')), 1)).toThrow(DecodeError)
  })

  it('a null non-nullable array is refused (Metadata v0 topics)', () => {
    expect(() => apis.METADATA.request.read(new Reader(hex('ffffffff')), 0)).toThrow(DecodeError)
    expect(apis.METADATA.request.read(new Reader(hex('ffffffff')), 1).topics).toBeNull()
  })
})
