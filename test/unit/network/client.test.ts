// Goal: NodeClient speaks the Kafka protocol to a real Oxbow node (flexible and
// non-flexible headers, the ApiVersions header exception, pipelining beyond the
// in-flight limit, responses split over chunks), and fails exactly as Kafka's
// NetworkClient does against a peer that misbehaves: a timed-out request fails
// 'timeout' and drops the connection (the others in flight fail
// 'disconnected'), a peer closing mid-frame fails 'disconnected', a wrong
// correlation id or size fails 'malformed', an undecodable body fails only its
// request, the next request reconnects after the backoff, and close() leaves
// no timer nor socket. Method: an in-process node on port 0, and raw net
// servers scripted per connection.
import { createServer, type Server, type Socket } from 'node:net'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { ClientError, NodeClient, NodeClientPool } from '../../../src/network/client.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { encodeResponse } from '../../../src/protocol/frame.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { tempDir } from '../log/log-kit.js'

const metadataRequest = { ...apis.METADATA.request.create(), topics: [] }
const apiVersionsRequest = {
  ...apis.API_VERSIONS.request.create(),
  clientSoftwareName: 't',
  clientSoftwareVersion: '1',
}

interface RawServer {
  readonly port: number
  readonly connections: Socket[]
  /** Frames received, per connection, as [connection index, correlation id, api key]. */
  readonly frames: [number, number, number][]
  close(): Promise<void>
}

/** A TCP server that hands each complete request frame to `onFrame`. */
async function rawServer(onFrame: (socket: Socket, frame: Buffer, connection: number) => void): Promise<RawServer> {
  const connections: Socket[] = []
  const frames: [number, number, number][] = []
  const server: Server = createServer((socket) => {
    const index = connections.length
    connections.push(socket)
    socket.on('error', () => {})
    let pending = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
        const frame = pending.subarray(4, 4 + pending.readInt32BE(0))
        pending = pending.subarray(4 + frame.length)
        frames.push([index, frame.readInt32BE(4), frame.readInt16BE(0)])
        onFrame(socket, frame, index)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no address')
  return {
    port: address.port,
    connections,
    frames,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of connections) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A valid ApiVersions v0 response frame (size prefix included) for `correlationId`. */
function apiVersionsFrame(correlationId: number): Buffer {
  const body = { ...apis.API_VERSIONS.response.create(), apiKeys: [{ apiKey: 18, minVersion: 0, maxVersion: 4 }] }
  return Buffer.concat(encodeResponse(apis.API_VERSIONS, 0, correlationId, body))
}

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (err) {
    if (err instanceof ClientError) return err.reason
    throw err
  }
  return 'resolved'
}

let servers: RawServer[] = []
let clients: NodeClient[] = []
function client(port: number, extra: Partial<ConstructorParameters<typeof NodeClient>[0]> = {}): NodeClient {
  const c = new NodeClient({ host: '127.0.0.1', port, clientId: 'client-test', ...extra })
  clients.push(c)
  return c
}
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()))
  await Promise.all(servers.map((s) => s.close()))
  clients = []
  servers = []
})

let node: RunningNode | undefined
let cleanup: (() => void) | undefined
beforeEach(() => {
  node = undefined
  cleanup = undefined
})
afterEach(async () => {
  await node?.close()
  cleanup?.()
})

async function oxbow(): Promise<RunningNode> {
  const t = tempDir()
  cleanup = t.cleanup
  node = await startNode({ dataDir: t.dir, port: 0 })
  return node
}

it('talks to a real node: ApiVersions (header v0), flexible and non-flexible Metadata', async () => {
  const n = await oxbow()
  const c = client(n.port)
  const versions = await c.request(apis.API_VERSIONS, 3, apiVersionsRequest)
  expect(versions.errorCode).toBe(ErrorCode.NONE)
  expect(versions.apiKeys.find((k) => k.apiKey === 3)?.minVersion).toBe(0)
  const flexible = await c.request(apis.METADATA, 12, metadataRequest)
  expect(flexible.clusterId).toBe(n.clusterId)
  expect(flexible.brokers.map((b) => [b.nodeId, b.port])).toEqual([[1, n.port]])
  const old = await c.request(apis.METADATA, 1, metadataRequest)
  expect(old.controllerId).toBe(1)
  expect(old.brokers.map((b) => [b.nodeId, b.port])).toEqual([[1, n.port]])
})

it('pipelines more requests than maxInFlight and answers each in order', async () => {
  const n = await oxbow()
  const c = client(n.port, { maxInFlight: 3 })
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? c.request(apis.METADATA, 12, metadataRequest) : c.request(apis.METADATA, 4, metadataRequest),
    ),
  )
  expect(results.map((r) => r.brokers[0]?.nodeId)).toEqual(Array(20).fill(1))
  expect(c.pendingCount).toBe(0)
})

it('never sends more than maxInFlight at once', async () => {
  const held: [Socket, number][] = []
  const server = await rawServer((socket, frame) => held.push([socket, frame.readInt32BE(4)]))
  servers.push(server)
  const c = client(server.port, { maxInFlight: 2 })
  const promises = [0, 1, 2, 3].map(() => c.request(apis.API_VERSIONS, 0, apiVersionsRequest))
  await until(() => held.length === 2)
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(server.frames.map(([, id]) => id)).toEqual([0, 1])
  const [socket] = held[0]!
  socket.write(apiVersionsFrame(0))
  await until(() => held.length === 3)
  // Answer the rest one byte at a time: partial reads across chunks.
  for (const id of [1, 2]) for (const byte of apiVersionsFrame(id)) socket.write(Buffer.from([byte]))
  await until(() => held.length === 4)
  socket.write(apiVersionsFrame(3))
  const answers = await Promise.all(promises)
  expect(answers.map((a) => a.apiKeys[0]?.maxVersion)).toEqual([4, 4, 4, 4])
  expect(server.frames.map(([conn, id, key]) => [conn, id, key])).toEqual([
    [0, 0, 18],
    [0, 1, 18],
    [0, 2, 18],
    [0, 3, 18],
  ])
})

it('a peer that never answers: the request times out, the others in flight are disconnected, the next one reconnects', async () => {
  let answer = false
  const server = await rawServer((socket, frame) => {
    if (answer) socket.write(apiVersionsFrame(frame.readInt32BE(4)))
  })
  servers.push(server)
  const c = client(server.port)
  const first = c.request(apis.API_VERSIONS, 0, apiVersionsRequest, { timeoutMs: 50 })
  const second = c.request(apis.API_VERSIONS, 0, apiVersionsRequest, { timeoutMs: 5000 })
  expect(await reason(first)).toBe('timeout')
  expect(await reason(second)).toBe('disconnected')
  answer = true
  const third = await c.request(apis.API_VERSIONS, 0, apiVersionsRequest)
  expect(third.apiKeys).toHaveLength(1)
  expect(server.connections).toHaveLength(2)
  expect(server.frames.map(([conn, id]) => [conn, id])).toEqual([
    [0, 0],
    [0, 1],
    [1, 2],
  ])
})

it('a peer closing mid-frame fails the request as disconnected', async () => {
  const server = await rawServer((socket, frame) => {
    socket.end(apiVersionsFrame(frame.readInt32BE(4)).subarray(0, 9))
  })
  servers.push(server)
  const c = client(server.port)
  expect(await reason(c.request(apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('disconnected')
})

it('garbage: a wrong correlation id or a negative size is malformed and drops the connection', async () => {
  let mode: 'wrong-id' | 'negative-size' | 'bad-body' = 'wrong-id'
  const server = await rawServer((socket, frame) => {
    const id = frame.readInt32BE(4)
    if (mode === 'wrong-id') socket.write(apiVersionsFrame(id + 7))
    else if (mode === 'negative-size') socket.write(Buffer.from([0xff, 0xff, 0xff, 0xf0, 1, 2, 3]))
    // A valid header and a body cut short: an error code and an array count of 1000.
    else socket.write(Buffer.from([0, 0, 0, 10, 0, 0, 0, id, 0, 0, 0, 0, 3, 232]))
  })
  servers.push(server)
  const c = client(server.port, { reconnectBackoffMs: 1 })
  expect(await reason(c.request(apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('malformed')
  mode = 'negative-size'
  expect(await reason(c.request(apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('malformed')
  expect(server.connections).toHaveLength(2)
  mode = 'bad-body'
  expect(await reason(c.request(apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('malformed')
  expect(await reason(c.request(apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('malformed')
  // An undecodable body fails its request only: the framing held, so the connection stayed.
  expect(server.connections).toHaveLength(3)
})

it('connect-failed when nothing listens; the next request waits out reconnect.backoff.ms, then connects', async () => {
  const server = await rawServer((socket, frame) => socket.write(apiVersionsFrame(frame.readInt32BE(4))))
  const port = server.port
  await server.close()
  const c = client(port, { reconnectBackoffMs: 200 })
  expect(await reason(c.request(apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('connect-failed')
  const failedAt = performance.now()
  const again = await rawServerOn(port)
  servers.push(again)
  const answer = await c.request(apis.API_VERSIONS, 0, apiVersionsRequest)
  expect(answer.apiKeys).toHaveLength(1)
  expect(performance.now() - failedAt).toBeGreaterThanOrEqual(190)
})

/** An answering server on a given port (for reconnect tests). */
async function rawServerOn(port: number): Promise<RawServer> {
  const connections: Socket[] = []
  const frames: [number, number, number][] = []
  const server = createServer((socket) => {
    connections.push(socket)
    socket.on('error', () => {})
    socket.on('data', (chunk: Buffer) => {
      // Requests here are small and arrive whole.
      const id = chunk.readInt32BE(8)
      frames.push([connections.length - 1, id, chunk.readInt16BE(4)])
      socket.write(apiVersionsFrame(id))
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()))
  return {
    port,
    connections,
    frames,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of connections) s.destroy()
        server.close(() => resolve())
      }),
  }
}

it('close() fails what is pending with closed, refuses new requests, and leaves no timer', async () => {
  const timersBefore = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
  const server = await rawServer(() => {})
  servers.push(server)
  const c = client(server.port)
  const pending = [
    c.request(apis.API_VERSIONS, 0, apiVersionsRequest),
    c.request(apis.METADATA, 12, metadataRequest),
  ].map(reason)
  await until(() => server.frames.length === 2)
  expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(timersBefore + 2)
  await c.close()
  expect(await Promise.all(pending)).toEqual(['closed', 'closed'])
  expect(await reason(c.request(apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('closed')
  expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(timersBefore)
  expect(process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length).toBe(0)
})

it('NodeClientPool reconnects when a node moves to another address', async () => {
  const a = await rawServer((socket, frame) => socket.write(apiVersionsFrame(frame.readInt32BE(4))))
  const b = await rawServer((socket, frame) => socket.write(apiVersionsFrame(frame.readInt32BE(4))))
  servers.push(a, b)
  let port: number | null = a.port
  const pool = new NodeClientPool((nodeId) => (nodeId === 7 && port !== null ? { host: '127.0.0.1', port } : null), {
    clientId: 'pool-test',
  })
  await pool.request(7, apis.API_VERSIONS, 0, apiVersionsRequest)
  const first = pool.client(7)
  await pool.request(7, apis.API_VERSIONS, 0, apiVersionsRequest)
  expect(pool.client(7)).toBe(first)
  port = b.port
  await pool.request(7, apis.API_VERSIONS, 0, apiVersionsRequest)
  expect(first?.isClosed).toBe(true)
  expect([a.frames.length, b.frames.length]).toEqual([2, 1])
  port = null
  expect(await reason(pool.request(7, apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('connect-failed')
  expect(await reason(pool.request(8, apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('connect-failed')
  await pool.close()
  expect(await reason(pool.request(7, apis.API_VERSIONS, 0, apiVersionsRequest))).toBe('closed')
})

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const start = performance.now()
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}
