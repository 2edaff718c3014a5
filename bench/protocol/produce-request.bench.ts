// Decode and encode of a Produce v9 request carrying one 1 MiB record batch,
// next to a plain Buffer.copy of the same frame as the baseline. The codec
// should cost about the same as touching the header bytes: the records field
// is sliced on decode and referenced on encode, never copied.
import { bench, describe } from 'vitest'
import { encodeRequest, readRequestHeader } from '../../src/protocol/frame.js'
import { apis } from '../../src/protocol/generated/index.js'

const records = Buffer.alloc(1 << 20, 0x61)
const request = apis.PRODUCE.request.create()
request.acks = -1
request.timeoutMs = 30_000
request.topicData = [{ name: 'bench-topic', partitionData: [{ index: 0, records }] }]
const frame = Buffer.concat(encodeRequest(apis.PRODUCE, 9, 1, 'bench', request)).subarray(4)
const copyTarget = Buffer.allocUnsafe(frame.length)

describe('Produce v9 request with one 1 MiB batch', () => {
  bench('baseline: Buffer.copy of the frame', () => {
    frame.copy(copyTarget)
  })

  bench('decode (header + body)', () => {
    const { body } = readRequestHeader(frame)
    apis.PRODUCE.request.read(body, 9)
  })

  bench('encode (chunks, records referenced)', () => {
    encodeRequest(apis.PRODUCE, 9, 1, 'bench', request)
  })

  bench('encode + concat into one buffer', () => {
    Buffer.concat(encodeRequest(apis.PRODUCE, 9, 1, 'bench', request))
  })
})
