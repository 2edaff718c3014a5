// Goal: header versions follow Kafka's rules, including its two exceptions,
// and whole frames carry the right size prefix. Bytes are written by hand.
import { describe, expect, it } from 'vitest'
import {
  encodeRequest,
  encodeResponse,
  readRequestHeader,
  readResponseHeader,
  requestHeaderVersion,
  responseHeaderVersion,
} from '../../src/protocol/frame.js'
import { ApiKey, apis } from '../../src/protocol/generated/index.js'

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex')

describe('header versions', () => {
  it('follow the flexible versions of each API', () => {
    expect(requestHeaderVersion(ApiKey.METADATA, 8)).toBe(1)
    expect(requestHeaderVersion(ApiKey.METADATA, 9)).toBe(2)
    expect(responseHeaderVersion(ApiKey.METADATA, 8)).toBe(0)
    expect(responseHeaderVersion(ApiKey.METADATA, 9)).toBe(1)
    expect(requestHeaderVersion(ApiKey.PRODUCE, 9)).toBe(2)
  })

  it('ControlledShutdown v0 uses request header v0; the ApiVersions response header is always v0', () => {
    expect(requestHeaderVersion(ApiKey.CONTROLLED_SHUTDOWN, 0)).toBe(0)
    expect(requestHeaderVersion(ApiKey.CONTROLLED_SHUTDOWN, 1)).toBe(1)
    expect(requestHeaderVersion(ApiKey.API_VERSIONS, 3)).toBe(2)
    expect(responseHeaderVersion(ApiKey.API_VERSIONS, 3)).toBe(0)
    expect(responseHeaderVersion(ApiKey.API_VERSIONS, 4)).toBe(0)
  })

  it('an ApiVersions request newer than we know still parses its header (KIP-511 fallback)', () => {
    // ApiVersions v9, correlation 5, client id "c", empty tag section, then a body we cannot know.
    const frame = hex('0012 0009 00000005 0001 63 00 ffff')
    const { header, headerVersion, body } = readRequestHeader(frame)
    expect(headerVersion).toBe(2)
    expect(header).toMatchObject({ requestApiKey: 18, requestApiVersion: 9, correlationId: 5, clientId: 'c' })
    expect(body.remaining()).toBe(2)
  })
})

describe('frames', () => {
  it('a request frame: size prefix, header v2 (client id is a classic nullable string), body', () => {
    const body = apis.API_VERSIONS.request.create()
    body.clientSoftwareName = 'ox'
    body.clientSoftwareVersion = '1'
    const frame = Buffer.concat(encodeRequest(apis.API_VERSIONS, 3, 42, 'cli', body))
    expect(frame).toEqual(hex('00000014 0012 0003 0000002a 0003 636c69 00 03 6f78 02 31 00'))
    const decoded = readRequestHeader(frame.subarray(4))
    expect(decoded.header.correlationId).toBe(42)
    expect(apis.API_VERSIONS.request.read(decoded.body, 3)).toMatchObject({
      clientSoftwareName: 'ox',
      clientSoftwareVersion: '1',
    })
  })

  it('a flexible response frame has header v1 (tag section after the correlation id)', () => {
    const response = apis.HEARTBEAT.response.create()
    const frame = Buffer.concat(encodeResponse(apis.HEARTBEAT, 4, 7, response))
    expect(frame).toEqual(hex('0000000c 00000007 00 00000000 0000 00'))
    const { header, body } = readResponseHeader(frame.subarray(4), ApiKey.HEARTBEAT, 4)
    expect(header.correlationId).toBe(7)
    expect(body.remaining()).toBe(7)
  })

  it('a large records field is referenced, not copied, and the size prefix still covers it', () => {
    const request = apis.PRODUCE.request.create()
    const records = Buffer.alloc(100_000, 7)
    request.topicData = [{ name: 't', partitionData: [{ index: 0, records }] }]
    const chunks = encodeRequest(apis.PRODUCE, 9, 1, null, request)
    expect(chunks.some((c) => c === records)).toBe(true)
    const frame = Buffer.concat(chunks)
    expect(frame.readInt32BE(0)).toBe(frame.length - 4)
    const decoded = readRequestHeader(frame.subarray(4))
    const back = apis.PRODUCE.request.read(decoded.body, 9)
    expect(back.topicData[0]?.partitionData[0]?.records?.equals(records)).toBe(true)
  })
})
