// Raw-socket robustness of a real `oxbow start` process. Invariants: a bad
// frame (oversized or negative size prefix, garbage, malformed header or body,
// unknown API key or version) closes that connection only; other connections,
// opened before or after, keep being answered in order; the process stays up.
// An ApiVersions request at a version newer than ours gets the v0-shaped
// UNSUPPORTED_VERSION answer of KIP-511 with a v0 response header
// (KAFKA-TRAPS 1). Many idle connections cost little memory and do not slow
// the answers to a busy one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apis } from '../../src/protocol/generated/index.js'
import { Reader } from '../../src/protocol/reader.js'
import { BrokerProcess, decodeResponse, ensureBuilt, KCAT, RawClient, run, uniqueTopic } from './harness.js'
import { consume, hex, produce, type Rec } from './stock-clients.js'

const MAX_REQUEST_BYTES = 104_857_600
const UNSUPPORTED_VERSION = 35

let broker: BrokerProcess
/** A well-formed connection opened before all the abuse and checked after each test. */
let bystander: RawClient
/** Records written before the abuse, read back after it. */
const topic = uniqueTopic('before-abuse')
const written: Rec[] = Array.from({ length: 50 }, (_, i) => ({ k: hex(`k${i}`), v: hex(`record ${i}`), h: [], p: 0 }))

beforeAll(async () => {
  ensureBuilt()
  broker = await BrokerProcess.start()
  bystander = await RawClient.connect(broker.port)
  expect(await produce('confluent-kafka', broker.bootstrap, topic, written)).toEqual(written.map((_, i) => [0, i]))
}, 120_000)

afterAll(async () => {
  bystander?.close()
  await broker?.cleanup()
})

function sizePrefix(size: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeInt32BE(size)
  return b
}

/** Asserts the bystander and a brand-new connection are both answered. */
async function brokerStillServes(): Promise<void> {
  const before = await bystander.request(apis.API_VERSIONS, 2, apis.API_VERSIONS.request.create())
  expect(before.body.errorCode).toBe(0)
  const fresh = await RawClient.connect(broker.port)
  try {
    const response = await fresh.request(apis.METADATA, 1, { ...apis.METADATA.request.create(), topics: [] })
    expect(response.body.brokers.map((b) => b.port)).toEqual([broker.port])
  } finally {
    fresh.close()
  }
  expect(broker.alive).toBe(true)
}

/** Writes `bytes` on a new connection and expects the broker to close it without answering. */
async function expectClosedBy(bytes: Buffer): Promise<void> {
  const client = await RawClient.connect(broker.port)
  try {
    client.write(bytes)
    expect(await client.waitClosed(5_000)).toBe(true)
    await expect(client.readFrame(10)).rejects.toThrow(/closed/)
  } finally {
    client.close()
  }
}

describe('bad frames close only their connection', () => {
  it('a size prefix one above socket.request.max.bytes', async () => {
    await expectClosedBy(sizePrefix(MAX_REQUEST_BYTES + 1))
    await brokerStillServes()
  })

  it('a size prefix of exactly socket.request.max.bytes is accepted and awaits its bytes', async () => {
    const client = await RawClient.connect(broker.port)
    client.write(Buffer.concat([sizePrefix(MAX_REQUEST_BYTES), Buffer.alloc(1024)]))
    expect(await client.waitClosed(300)).toBe(false)
    client.close()
    await brokerStillServes()
  })

  it('a negative size prefix', async () => {
    await expectClosedBy(sizePrefix(-1))
    await expectClosedBy(sizePrefix(-2_147_483_648))
    await brokerStillServes()
  })

  it('garbage bytes (an HTTP request, random bytes with a small size prefix)', async () => {
    await expectClosedBy(Buffer.from('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'))
    // Size 32, API key 0x7fff, then noise.
    const noise = Buffer.alloc(36)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 151 + 7) & 0xff
    noise.writeInt32BE(32, 0)
    noise.writeInt16BE(0x7fff, 4)
    await expectClosedBy(noise)
    await brokerStillServes()
  })

  it('a truncated frame, then the client goes away', async () => {
    const client = await RawClient.connect(broker.port)
    const whole = client.frame(apis.METADATA, 1, { ...apis.METADATA.request.create(), topics: [] })
    client.write(whole.subarray(0, whole.length - 3))
    expect(await client.waitClosed(200)).toBe(false)
    client.close()
    // A size prefix split across writes, then nothing.
    const split = await RawClient.connect(broker.port)
    split.write(Buffer.from([0, 0]))
    split.close()
    await brokerStillServes()
  })

  it('a frame shorter than a request header', async () => {
    await expectClosedBy(Buffer.concat([sizePrefix(3), Buffer.from([0, 3, 0])]))
    await expectClosedBy(sizePrefix(0))
    await brokerStillServes()
  })

  it('a client id longer than the frame', async () => {
    // Metadata v1, correlation id 7, client id of length 1000 with 2 bytes present.
    const body = Buffer.from([0, 3, 0, 1, 0, 0, 0, 7, 0x03, 0xe8, 0x61, 0x62])
    await expectClosedBy(Buffer.concat([sizePrefix(body.length), body]))
    await brokerStillServes()
  })

  it('a malformed body (an array count beyond the frame)', async () => {
    const client = await RawClient.connect(broker.port)
    const frame = client.frame(apis.METADATA, 1, { ...apis.METADATA.request.create(), topics: [] })
    client.close()
    // Metadata v1's topics count is the last 4 bytes of this frame: claim a billion topics.
    frame.writeInt32BE(1_000_000_000, frame.length - 4)
    await expectClosedBy(frame)
    await brokerStillServes()
  })

  it('an unknown API key (9999), an unimplemented one (LeaderAndIsr) and an unknown version (Metadata v99)', async () => {
    const unknown = Buffer.from([0, 0, 0, 10, 0x27, 0x0f, 0, 0, 0, 0, 0, 1, 0xff, 0xff])
    await expectClosedBy(unknown)
    const leaderAndIsr = Buffer.from([0, 0, 0, 10, 0, 4, 0, 0, 0, 0, 0, 2, 0xff, 0xff])
    await expectClosedBy(leaderAndIsr)
    const metadataV99 = Buffer.from([0, 0, 0, 10, 0, 3, 0, 99, 0, 0, 0, 3, 0xff, 0xff])
    await expectClosedBy(metadataV99)
    await brokerStillServes()
  })

  it('requests before a bad frame on the same connection are answered, nothing after it', async () => {
    const client = await RawClient.connect(broker.port)
    const good = client.frame(apis.API_VERSIONS, 0, apis.API_VERSIONS.request.create(), 41)
    const after = client.frame(apis.API_VERSIONS, 0, apis.API_VERSIONS.request.create(), 43)
    client.write(Buffer.concat([good, sizePrefix(-5), after]))
    const first = decodeResponse(apis.API_VERSIONS, 0, await client.readFrame())
    expect(first.header.correlationId).toBe(41)
    expect(await client.waitClosed()).toBe(true)
    await expect(client.readFrame(10)).rejects.toThrow(/closed/)
    client.close()
    await brokerStillServes()
  })
})

describe('ApiVersions (KIP-511, KAFKA-TRAPS 1)', () => {
  it('at version 99: a v0 response with UNSUPPORTED_VERSION and the key list, header v0', async () => {
    const client = await RawClient.connect(broker.port)
    // v99 is past the flexible boundary, so a client sends request header v2 (as librdkafka does).
    const request = client.frame(
      apis.API_VERSIONS,
      99,
      { ...apis.API_VERSIONS.request.create(), clientSoftwareName: 'oxbow-it', clientSoftwareVersion: '1' },
      123,
    )
    expect(request.readInt16BE(6)).toBe(99)
    client.write(request)
    const frame = await client.readFrame()
    // Header v0: the correlation id, then the body at once (no tagged-fields byte).
    expect(frame.readInt32BE(0)).toBe(123)
    expect(frame.readInt16BE(4)).toBe(UNSUPPORTED_VERSION)
    const reader = new Reader(frame, 4)
    const body = apis.API_VERSIONS.response.read(reader, 0)
    expect(reader.remaining()).toBe(0)
    expect(body.errorCode).toBe(UNSUPPORTED_VERSION)
    const keys = new Map(body.apiKeys.map((k) => [k.apiKey, k]))
    expect(keys.get(18)).toMatchObject({ minVersion: 0, maxVersion: 4 })
    expect(keys.get(3)).toMatchObject({ minVersion: 0 })
    // The connection stays usable for the retry at a version we know.
    const retry = await client.request(apis.API_VERSIONS, 3, {
      ...apis.API_VERSIONS.request.create(),
      clientSoftwareName: 'oxbow-it',
      clientSoftwareVersion: '1',
    })
    expect(retry.body.errorCode).toBe(0)
    client.close()
  })

  it('at every supported version the response header is v0', async () => {
    const client = await RawClient.connect(broker.port)
    for (let version = 0; version <= 4; version++) {
      const correlationId = 1000 + version
      client.write(
        client.frame(
          apis.API_VERSIONS,
          version,
          { ...apis.API_VERSIONS.request.create(), clientSoftwareName: 'it', clientSoftwareVersion: '1' },
          correlationId,
        ),
      )
      const frame = await client.readFrame()
      expect(frame.readInt32BE(0)).toBe(correlationId)
      expect(frame.readInt16BE(4)).toBe(0)
      const reader = new Reader(frame, 4)
      apis.API_VERSIONS.response.read(reader, version)
      expect(reader.remaining()).toBe(0)
    }
    client.close()
  })
})

describe('pipelining and many connections', () => {
  it('50 pipelined requests on one connection get 50 responses in order', async () => {
    const client = await RawClient.connect(broker.port)
    const frames: Buffer[] = []
    for (let i = 0; i < 50; i++) {
      const correlationId = 5000 + i
      frames.push(
        i % 2 === 0
          ? client.frame(apis.API_VERSIONS, 2, apis.API_VERSIONS.request.create(), correlationId)
          : client.frame(apis.METADATA, 9, { ...apis.METADATA.request.create(), topics: [] }, correlationId),
      )
    }
    client.write(Buffer.concat(frames))
    const ids: number[] = []
    for (let i = 0; i < 50; i++) {
      const frame = await client.readFrame()
      const response =
        i % 2 === 0 ? decodeResponse(apis.API_VERSIONS, 2, frame) : decodeResponse(apis.METADATA, 9, frame)
      ids.push(response.header.correlationId)
    }
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => 5000 + i))
    client.close()
  })

  it('1,000 idle connections: Metadata is still answered promptly and RSS grows modestly', async () => {
    const rssBefore = broker.rssKiB()
    const idle: RawClient[] = []
    try {
      for (let i = 0; i < 1000; i += 100) {
        idle.push(...(await Promise.all(Array.from({ length: 100 }, () => RawClient.connect(broker.port)))))
      }
      // Every connection is accepted and alive: one request on the last of them.
      const last = idle[idle.length - 1]!
      expect((await last.request(apis.API_VERSIONS, 0, apis.API_VERSIONS.request.create())).body.errorCode).toBe(0)
      const rssWith = broker.rssKiB()
      const timings: number[] = []
      const busy = await RawClient.connect(broker.port)
      for (let i = 0; i < 20; i++) {
        const started = performance.now()
        const response = await busy.request(apis.METADATA, 12, { ...apis.METADATA.request.create(), topics: null })
        timings.push(performance.now() - started)
        expect(response.body.brokers).toHaveLength(1)
      }
      busy.close()
      timings.sort((a, b) => a - b)
      const growthMiB = (rssWith - rssBefore) / 1024
      console.log(
        `1,000 idle connections: RSS ${(rssBefore / 1024).toFixed(1)} -> ${(rssWith / 1024).toFixed(1)} MiB (+${growthMiB.toFixed(1)} MiB); ` +
          `Metadata median ${timings[10]!.toFixed(2)} ms, max ${timings[19]!.toFixed(2)} ms`,
      )
      expect(growthMiB).toBeLessThan(48)
      expect(timings[10]!).toBeLessThan(50)
      expect(timings[19]!).toBeLessThan(500)
      expect(idle.every((c) => !c.closed)).toBe(true)
    } finally {
      for (const c of idle) c.close()
    }
  })
})

describe('after all the abuse', () => {
  it('the records written before are all there', async () => {
    const got = await consume('kcat', broker.bootstrap, topic, { count: written.length })
    expect(got.map((r) => [r.p, r.o, r.k, r.v])).toEqual(written.map((r, i) => [0, i, r.k, r.v]))
  })

  it('kcat -L lists the broker and the process is alive', async () => {
    const result = await run(KCAT, ['-b', broker.bootstrap, '-L', '-m', '5'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const text = result.stdout.toString()
    expect(text).toContain(`1 brokers:\n  broker 1 at ${broker.bootstrap} (controller)`)
    await brokerStillServes()
    expect(broker.logs.filter((l) => l.level >= 50)).toEqual([])
  })
})
