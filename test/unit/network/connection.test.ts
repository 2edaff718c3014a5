// Goal: the listener frames requests correctly however the bytes arrive,
// answers pipelined requests in order even when later ones finish first,
// sends nothing for 'none', and closes only the offending connection on an
// oversized frame. Method: a real listener on 127.0.0.1 with a fake frame
// handler, driven by raw sockets.
import { connect, type Socket } from 'node:net'
import { afterEach, expect, it } from 'vitest'
import type { FrameResult } from '../../../src/network/connection.js'
import { type Listener, startListener } from '../../../src/network/server.js'

let listener: Listener | undefined
afterEach(async () => {
  await listener?.close(100)
  listener = undefined
})

function frame(payload: Buffer): Buffer {
  const head = Buffer.alloc(4)
  head.writeInt32BE(payload.length)
  return Buffer.concat([head, payload])
}

async function open(port: number): Promise<{ socket: Socket; frames: Buffer[]; closed: Promise<void> }> {
  const socket = connect({ host: '127.0.0.1', port })
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
  const frames: Buffer[] = []
  let pending = Buffer.alloc(0)
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk])
    while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
      frames.push(pending.subarray(4, 4 + pending.readInt32BE(0)))
      pending = pending.subarray(4 + pending.readInt32BE(0))
    }
  })
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  return { socket, frames, closed }
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

/** Echoes the frame after `delayMs` read from its first byte; 0xff means no response. */
async function echoListener(maxRequestBytes = 1024): Promise<Listener> {
  return startListener({
    name: 'TEST',
    host: '127.0.0.1',
    port: 0,
    limits: { maxRequestBytes },
    handler: (payload): FrameResult | Promise<FrameResult> => {
      if (payload[0] === 0xff) return { kind: 'none' }
      if (payload[0] === 0xee) return { kind: 'close', reason: 'asked' }
      const response: FrameResult = { kind: 'response', chunks: [frame(payload)] }
      const delay = payload[0] ?? 0
      return delay === 0 ? response : new Promise((resolve) => setTimeout(() => resolve(response), delay))
    },
  })
}

it('answers pipelined requests in request order even when later ones complete first', async () => {
  listener = await echoListener()
  const { socket, frames } = await open(listener.port)
  const delays = [40, 0, 20, 0, 5]
  socket.write(Buffer.concat(delays.map((d, i) => frame(Buffer.from([d, i])))))
  await until(() => frames.length === 5)
  expect(frames.map((f) => f[1])).toEqual([0, 1, 2, 3, 4])
  socket.destroy()
})

it('frames split at every byte, and many frames in one chunk, are read exactly', async () => {
  listener = await echoListener()
  const { socket, frames } = await open(listener.port)
  const bytes = Buffer.concat([frame(Buffer.from([0, 1, 2, 3])), frame(Buffer.from([0, 9])), frame(Buffer.alloc(0, 0))])
  for (const byte of bytes) {
    socket.write(Buffer.from([byte]))
    await new Promise((resolve) => setImmediate(resolve))
  }
  await until(() => frames.length === 3)
  expect(frames.map((f) => f.toString('hex'))).toEqual(['00010203', '0009', ''])
  socket.destroy()
})

it("'none' sends nothing and later responses still come in order", async () => {
  listener = await echoListener()
  const { socket, frames } = await open(listener.port)
  socket.write(Buffer.concat([frame(Buffer.from([0, 1])), frame(Buffer.from([0xff])), frame(Buffer.from([0, 3]))]))
  await until(() => frames.length === 2)
  expect(frames.map((f) => f[1])).toEqual([1, 3])
  socket.destroy()
})

it('an oversized or negative size prefix closes that connection only', async () => {
  listener = await echoListener(1024)
  const good = await open(listener.port)
  for (const size of [1025, -5]) {
    const bad = await open(listener.port)
    const head = Buffer.alloc(4)
    head.writeInt32BE(size)
    bad.socket.write(head)
    await bad.closed
  }
  good.socket.write(frame(Buffer.from([0, 7])))
  await until(() => good.frames.length === 1)
  expect(good.frames[0]?.[1]).toBe(7)
  good.socket.destroy()
})

it("a 'close' result closes after the responses before it are written", async () => {
  listener = await echoListener()
  const { socket, frames, closed } = await open(listener.port)
  socket.write(Buffer.concat([frame(Buffer.from([10, 1])), frame(Buffer.from([0xee])), frame(Buffer.from([0, 3]))]))
  await closed
  expect(frames.map((f) => f[1])).toEqual([1])
})

it('frames spread over many chunks arrive intact, whether the handler releases them for reuse or keeps them', async () => {
  const kept: Buffer[] = []
  listener = await startListener({
    name: 'TEST',
    host: '127.0.0.1',
    port: 0,
    limits: { maxRequestBytes: 1 << 22 },
    handler: (payload): FrameResult => {
      // Odd first byte: keep the frame itself (no release); even: copy and release it for reuse.
      if (payload[0]! % 2 === 1) {
        kept.push(payload)
        return { kind: 'response', chunks: [frame(Buffer.from([payload[0]!]))] }
      }
      return { kind: 'response', chunks: [frame(Buffer.from(payload))], frameReleased: true }
    },
  })
  const { socket, frames } = await open(listener.port)
  const sent = Array.from({ length: 12 }, (_, i) => Buffer.alloc(900_000 - i * 50_000, i))
  for (const payload of sent) socket.write(frame(payload))
  await until(() => frames.length === sent.length, 5000)
  for (const [i, payload] of sent.entries()) {
    if (i % 2 === 0) expect(frames[i]!.equals(payload)).toBe(true)
    else expect(frames[i]!.equals(Buffer.from([i]))).toBe(true)
  }
  // Kept frames were never overwritten by the frames assembled after them.
  expect(kept.map((k) => k.equals(sent[k[0]!]!))).toEqual(kept.map(() => true))
  expect(kept.length).toBe(6)
  socket.destroy()
})
