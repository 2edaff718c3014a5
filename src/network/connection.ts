// One client connection: splits the byte stream into size-prefixed frames,
// hands each to the frame handler as it arrives (requests may be pipelined
// and are handled concurrently), and writes responses strictly in request
// order, as Kafka clients require. Backpressure: the socket stops being read
// while too many requests or response bytes are in flight for it.
//
// A frame that arrives whole inside one socket chunk is handed over as a view
// of that chunk. One spread over several chunks is copied once, chunk by
// chunk, into a buffer of its size; when the handler answers synchronously
// and says it kept no reference to the frame's bytes (`frameReleased`, as
// the Produce handler does: the records are in the log file by then), that
// buffer goes back to a small pool for the next such frame. Without reuse,
// every 1 MB produce request would be a fresh 1 MB external allocation, and
// the external memory V8 then sees churning triggers a full GC many times a
// second (bench/e2e/run.ts: broker CPU-s/GB producing 1 KiB messages).
//
// A frame whose size prefix is negative or above `socket.request.max.bytes`
// closes this connection only, as Kafka's SocketServer does; so does a
// handler asking to close (a malformed header, an unknown API).
import type { Socket } from 'node:net'

export interface ConnectionInfo {
  readonly id: number
  readonly remoteAddress: string
  readonly listenerName: string
}

export type FrameResult =
  | {
      readonly kind: 'response'
      readonly chunks: readonly Buffer[]
      /** Nothing, the response chunks included, refers to the frame's bytes any more: they may be reused. */
      readonly frameReleased?: boolean
    }
  /** No response (Produce with acks=0). */
  | { readonly kind: 'none'; readonly frameReleased?: boolean }
  /** Close the connection after the responses before this one are written. */
  | { readonly kind: 'close'; readonly reason: string }

export type FrameHandler = (frame: Buffer, connection: ConnectionInfo) => FrameResult | Promise<FrameResult>

export interface ConnectionLimits {
  /** `socket.request.max.bytes` (Kafka's default 104857600). */
  readonly maxRequestBytes: number
  /** Requests handled at once before the socket is paused. */
  readonly maxInFlightRequests: number
  /** Response bytes waiting in the socket's buffer before reading pauses. */
  readonly maxPendingWriteBytes: number
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = Object.freeze({
  maxRequestBytes: 104_857_600,
  maxInFlightRequests: 100,
  maxPendingWriteBytes: 16 * 1024 * 1024,
})

interface Pending {
  result: FrameResult | null
}

/** Frames up to this size spread over several chunks are assembled in pooled buffers. */
const POOLED_FRAME_MAX_BYTES = 2 * 1024 * 1024
/** Free buffers kept for reuse, process-wide (at most 8 MiB held). */
const POOL_SIZE = 4
const framePool: Buffer[] = []

/** The smallest pooled buffer that holds `size` bytes, or a new one. */
function frameBuffer(size: number): Buffer {
  let best = -1
  for (let i = 0; i < framePool.length; i++) {
    const length = framePool[i]!.length
    if (length >= size && (best < 0 || length < framePool[best]!.length)) best = i
  }
  // Rounded up to a power of two, so that one buffer serves the next, slightly larger, frame.
  if (best < 0) return Buffer.allocUnsafeSlow(size > POOLED_FRAME_MAX_BYTES ? size : 2 ** Math.ceil(Math.log2(size)))
  const buf = framePool[best]!
  framePool[best] = framePool[framePool.length - 1]!
  framePool.pop()
  return buf
}

function releaseFrameBuffer(buf: Buffer): void {
  if (buf.length > POOLED_FRAME_MAX_BYTES) return
  if (framePool.length < POOL_SIZE) {
    framePool.push(buf)
    return
  }
  // Full: keep the larger buffers, which serve more frames.
  let smallest = 0
  for (let i = 1; i < framePool.length; i++) if (framePool[i]!.length < framePool[smallest]!.length) smallest = i
  if (framePool[smallest]!.length < buf.length) framePool[smallest] = buf
}

export class Connection {
  private buffered: Buffer[] = []
  private bufferedBytes = 0
  private readonly pending: Pending[] = []
  private paused = false
  private closing = false

  constructor(
    private readonly socket: Socket,
    readonly info: ConnectionInfo,
    private readonly handler: FrameHandler,
    private readonly limits: ConnectionLimits,
    private readonly onProblem: (info: ConnectionInfo, reason: string, err?: unknown) => void,
  ) {
    socket.setNoDelay(true)
    socket.on('data', (chunk: Buffer) => this.onData(chunk))
    socket.on('drain', () => this.maybeResume())
    socket.on('error', () => socket.destroy())
  }

  /** Requests received and not yet answered. */
  get inFlight(): number {
    return this.pending.length
  }

  private onData(chunk: Buffer): void {
    if (this.closing) return
    this.buffered.push(chunk)
    this.bufferedBytes += chunk.length
    for (;;) {
      if (this.bufferedBytes < 4) return
      const head = this.peekHead()
      const size = head.readInt32BE(0)
      if (size < 0 || size > this.limits.maxRequestBytes) {
        this.closeWithReason(`frame size ${size} outside 0..${this.limits.maxRequestBytes} (socket.request.max.bytes)`)
        return
      }
      if (this.bufferedBytes < 4 + size) return
      const first = this.buffered[0]!
      if (first.length >= 4 + size) {
        const frame = first.subarray(4, 4 + size)
        this.consume(4 + size)
        this.dispatch(frame)
      } else {
        const backing = frameBuffer(size)
        const frame = backing.subarray(0, size)
        this.consume(4)
        this.copyOut(frame)
        if (this.dispatch(frame)) releaseFrameBuffer(backing)
      }
      if (this.closing) return
    }
  }

  /** The first four buffered bytes, joining chunks only when the prefix is split. */
  private peekHead(): Buffer {
    const first = this.buffered[0]!
    if (first.length >= 4) return first
    const joined = Buffer.concat(this.buffered)
    this.buffered = [joined]
    return joined
  }

  /** Drops the first `n` buffered bytes. */
  private consume(n: number): void {
    this.bufferedBytes -= n
    while (n > 0) {
      const first = this.buffered[0]!
      if (first.length > n) {
        this.buffered[0] = first.subarray(n)
        return
      }
      n -= first.length
      this.buffered.shift()
    }
  }

  /** Moves the next `target.length` buffered bytes into `target`. */
  private copyOut(target: Buffer): void {
    let at = 0
    while (at < target.length) {
      const first = this.buffered[0]!
      const n = Math.min(first.length, target.length - at)
      first.copy(target, at, 0, n)
      at += n
      this.consume(n)
    }
  }

  /** Hands a frame to the handler; true when it answered synchronously and released the frame's bytes. */
  private dispatch(frame: Buffer): boolean {
    const slot: Pending = { result: null }
    this.pending.push(slot)
    let result: FrameResult | Promise<FrameResult>
    try {
      result = this.handler(frame, this.info)
    } catch (err) {
      result = { kind: 'close', reason: 'handler threw' }
      this.onProblem(this.info, 'handler threw', err)
    }
    if (result instanceof Promise) {
      result.then(
        (r) => this.complete(slot, r),
        (err: unknown) => {
          this.onProblem(this.info, 'handler rejected', err)
          this.complete(slot, { kind: 'close', reason: 'handler rejected' })
        },
      )
      if (this.pending.length >= this.limits.maxInFlightRequests) this.pause()
      return false
    }
    this.complete(slot, result)
    if (this.pending.length >= this.limits.maxInFlightRequests) this.pause()
    return result.kind !== 'close' && result.frameReleased === true
  }

  private complete(slot: Pending, result: FrameResult): void {
    slot.result = result
    while (this.pending.length > 0 && this.pending[0]!.result !== null) {
      const done = this.pending.shift()!.result!
      if (this.socket.destroyed) continue
      if (done.kind === 'response') {
        for (const chunk of done.chunks) this.socket.write(chunk)
      } else if (done.kind === 'close') {
        this.closeWithReason(done.reason)
        return
      }
    }
    if (this.socket.writableLength > this.limits.maxPendingWriteBytes) this.pause()
    else this.maybeResume()
  }

  private pause(): void {
    if (this.paused) return
    this.paused = true
    this.socket.pause()
  }

  private maybeResume(): void {
    if (!this.paused || this.closing) return
    if (this.pending.length >= this.limits.maxInFlightRequests) return
    if (this.socket.writableLength > this.limits.maxPendingWriteBytes) return
    this.paused = false
    this.socket.resume()
  }

  private closeWithReason(reason: string): void {
    if (this.closing) return
    this.closing = true
    this.onProblem(this.info, reason)
    this.buffered = []
    this.bufferedBytes = 0
    // Responses already written still go out; nothing more is read or answered.
    this.socket.once('finish', () => this.socket.destroy())
    this.socket.end()
  }

  /** Stops reading; responses in flight are still written. */
  close(): void {
    this.closing = true
    this.socket.end()
  }

  destroy(): void {
    this.closing = true
    this.socket.destroy()
  }
}
