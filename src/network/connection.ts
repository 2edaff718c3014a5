// One client connection: splits the byte stream into size-prefixed frames,
// hands each to the frame handler as it arrives (requests may be pipelined
// and are handled concurrently), and writes responses strictly in request
// order, as Kafka clients require. Backpressure: the socket stops being read
// while too many requests or response bytes are in flight for it.
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
  | { readonly kind: 'response'; readonly chunks: readonly Buffer[] }
  /** No response (Produce with acks=0). */
  | { readonly kind: 'none' }
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
      const frame = this.take(4 + size).subarray(4)
      this.dispatch(frame)
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

  private take(n: number): Buffer {
    let out: Buffer
    const first = this.buffered[0]!
    if (first.length >= n) {
      out = first.subarray(0, n)
      if (first.length === n) this.buffered.shift()
      else this.buffered[0] = first.subarray(n)
    } else {
      const all = Buffer.concat(this.buffered)
      out = all.subarray(0, n)
      this.buffered = all.length > n ? [all.subarray(n)] : []
    }
    this.bufferedBytes -= n
    return out
  }

  private dispatch(frame: Buffer): void {
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
    } else {
      this.complete(slot, result)
    }
    if (this.pending.length >= this.limits.maxInFlightRequests) this.pause()
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
