// The outbound side of the Kafka protocol: one TCP connection from this node
// to another node (a controller, a partition leader, a voter), speaking the
// Kafka protocol with our generated codecs. Replica fetchers, the raft
// transport, transaction markers and the broker-to-controller channel use it.
//
// Semantics follow Kafka's NetworkClient (clients/.../NetworkClient.java):
// - The connection opens lazily, on the first request, within
//   `connectTimeoutMs` (Kafka's `socket.connection.setup.timeout.ms`, 10 s).
// - Requests are pipelined up to `maxInFlight` (Kafka's
//   `max.in.flight.requests.per.connection`, 5); more wait in a queue, in
//   order. Responses come back in request order, so each must carry the
//   correlation id of the oldest request in flight; one that does not is a
//   broken peer and closes the connection ('malformed').
// - A request times out `timeoutMs` (Kafka's `request.timeout.ms`, 30 s)
//   after request() was called. If it was already on the wire, later
//   responses can no longer be matched safely, so, as NetworkClient does, the
//   connection is closed and every other request on it fails 'disconnected'.
//   A timed-out request still in the queue fails alone.
// - A connection failure or close fails every request of this client
//   ('connect-failed' before it was established, 'disconnected' after). The
//   next request reconnects, after `reconnectBackoffMs` (Kafka's
//   `reconnect.backoff.ms`, 50) doubling per consecutive failure up to
//   `reconnectBackoffMaxMs` (`reconnect.backoff.max.ms`, 1000); a successful
//   connect resets it. No jitter: one peer per client, and tests stay exact.
// - A response whose body does not decode fails that request ('malformed');
//   the framing is intact, so the connection stays up. A size prefix that is
//   negative or above `maxResponseBytes` closes the connection ('malformed').
// - close() fails everything left with 'closed', destroys the socket and
//   clears every timer; it resolves once the socket has closed.
//
// The caller picks the API version; there is no ApiVersions negotiation here
// (peers are Oxbow nodes of one release; a caller that needs it can send
// ApiVersions itself). Every promise returned by request() settles, and no
// other promise is created, so nothing can become an unhandled rejection.
import { connect, type Socket } from 'node:net'
import { DecodeError } from '../protocol/decode-error.js'
import { encodeRequest, readResponseHeader } from '../protocol/frame.js'
import type { ApiDefinition } from '../protocol/generated/api-table.js'
import { assert } from '../util/assert.js'
import { type Clock, systemClock } from '../util/clock.js'

export type ClientErrorReason = 'timeout' | 'disconnected' | 'closed' | 'connect-failed' | 'malformed'

export class ClientError extends Error {
  override readonly name = 'ClientError'
  constructor(
    readonly reason: ClientErrorReason,
    message: string,
  ) {
    super(message)
  }
}

export interface NodeClientOptions {
  readonly host: string
  readonly port: number
  readonly clientId: string
  /** Kafka's `socket.connection.setup.timeout.ms`; default 10000. */
  readonly connectTimeoutMs?: number
  /** Kafka's `request.timeout.ms`; default 30000. */
  readonly requestTimeoutMs?: number
  /** Kafka's `max.in.flight.requests.per.connection`; default 5. */
  readonly maxInFlight?: number
  /** Kafka's `reconnect.backoff.ms`; default 50. */
  readonly reconnectBackoffMs?: number
  /** Kafka's `reconnect.backoff.max.ms`; default 1000. */
  readonly reconnectBackoffMaxMs?: number
  /** Largest response frame accepted; default 104857600 (as `socket.request.max.bytes`). */
  readonly maxResponseBytes?: number
  readonly clock?: Clock
}

export interface RequestOptions {
  /** Overrides `requestTimeoutMs` for this request. */
  readonly timeoutMs?: number
}

interface PendingRequest {
  readonly correlationId: number
  readonly apiName: string
  readonly chunks: readonly Buffer[]
  readonly decode: (frame: Buffer) => unknown
  readonly resolve: (value: unknown) => void
  readonly reject: (err: ClientError) => void
  timer: ReturnType<typeof setTimeout> | null
  sent: boolean
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'backoff'; readonly timer: ReturnType<typeof setTimeout> }
  | { readonly kind: 'connecting'; readonly socket: Socket; readonly timer: ReturnType<typeof setTimeout> }
  | { readonly kind: 'ready'; readonly socket: Socket }
  | { readonly kind: 'closed' }

export class NodeClient {
  readonly host: string
  readonly port: number
  private readonly clientId: string
  private readonly connectTimeoutMs: number
  private readonly requestTimeoutMs: number
  private readonly maxInFlight: number
  private readonly reconnectBackoffMs: number
  private readonly reconnectBackoffMaxMs: number
  private readonly maxResponseBytes: number
  private readonly clock: Clock

  private state: State = { kind: 'idle' }
  /** Sent requests, oldest first, then queued ones in order. */
  private readonly requests: PendingRequest[] = []
  private nextCorrelationId = 0
  private buffered: Buffer[] = []
  private bufferedBytes = 0
  private consecutiveFailures = 0
  private lastFailureMs = Number.NEGATIVE_INFINITY
  private socketClosed: Promise<void> = Promise.resolve()

  constructor(options: NodeClientOptions) {
    this.host = options.host
    this.port = options.port
    this.clientId = options.clientId
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10_000
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000
    this.maxInFlight = options.maxInFlight ?? 5
    this.reconnectBackoffMs = options.reconnectBackoffMs ?? 50
    this.reconnectBackoffMaxMs = options.reconnectBackoffMaxMs ?? 1000
    this.maxResponseBytes = options.maxResponseBytes ?? 104_857_600
    this.clock = options.clock ?? systemClock
    assert(this.maxInFlight >= 1, 'NodeClient: maxInFlight must be at least 1')
  }

  /** Requests sent or queued and not yet answered. */
  get pendingCount(): number {
    return this.requests.length
  }

  /** True once close() was called. */
  get isClosed(): boolean {
    return this.state.kind === 'closed'
  }

  request<Req, Res>(
    api: ApiDefinition<Req, Res>,
    version: number,
    body: Req,
    options: RequestOptions = {},
  ): Promise<Res> {
    if (this.state.kind === 'closed') return Promise.reject(new ClientError('closed', 'client is closed'))
    const correlationId = this.nextCorrelationId
    this.nextCorrelationId = (this.nextCorrelationId + 1) | 0
    let chunks: Buffer[]
    try {
      chunks = encodeRequest(api, version, correlationId, this.clientId, body)
    } catch (err) {
      return Promise.reject(err)
    }
    const timeoutMs = options.timeoutMs ?? this.requestTimeoutMs
    return new Promise<Res>((resolve, reject) => {
      const pending: PendingRequest = {
        correlationId,
        apiName: `${api.name} v${version}`,
        chunks,
        decode: (frame) => api.response.read(readResponseHeader(frame, api.apiKey, version).body, version),
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: null,
        sent: false,
      }
      pending.timer = setTimeout(() => this.onTimeout(pending, timeoutMs), timeoutMs)
      this.requests.push(pending)
      this.pump()
    })
  }

  /** Fails everything left with 'closed' and releases the socket and every timer. */
  close(): Promise<void> {
    const state = this.state
    if (state.kind === 'closed') return this.socketClosed
    this.state = { kind: 'closed' }
    if (state.kind === 'backoff' || state.kind === 'connecting') clearTimeout(state.timer)
    if (state.kind === 'connecting' || state.kind === 'ready') state.socket.destroy()
    this.failAll(() => new ClientError('closed', 'client closed'))
    return this.socketClosed
  }

  /** Moves the connection forward: connect if needed, then send what the in-flight limit allows. */
  private pump(): void {
    const state = this.state
    switch (state.kind) {
      case 'closed':
      case 'connecting':
      case 'backoff':
        return
      case 'idle': {
        if (this.requests.length === 0) return
        const waitMs = this.backoffRemainingMs()
        if (waitMs > 0) {
          this.state = {
            kind: 'backoff',
            timer: setTimeout(() => {
              this.state = { kind: 'idle' }
              if (this.requests.length > 0) this.connect()
            }, waitMs),
          }
          return
        }
        this.connect()
        return
      }
      case 'ready':
        this.sendQueued(state.socket)
        return
    }
  }

  private backoffRemainingMs(): number {
    if (this.consecutiveFailures === 0) return 0
    const backoffMs = Math.min(
      this.reconnectBackoffMs * 2 ** (this.consecutiveFailures - 1),
      this.reconnectBackoffMaxMs,
    )
    return Math.max(0, this.lastFailureMs + backoffMs - this.clock.monotonicMs())
  }

  private connect(): void {
    const socket = connect({ host: this.host, port: this.port })
    this.socketClosed = new Promise((resolve) => socket.once('close', () => resolve()))
    const timer = setTimeout(() => {
      this.onSocketGone(
        socket,
        new ClientError('connect-failed', `connect to ${this.address} timed out after ${this.connectTimeoutMs} ms`),
      )
    }, this.connectTimeoutMs)
    this.state = { kind: 'connecting', socket, timer }
    socket.setNoDelay(true)
    socket.once('connect', () => {
      if (this.state.kind !== 'connecting' || this.state.socket !== socket) return
      clearTimeout(this.state.timer)
      this.state = { kind: 'ready', socket }
      this.consecutiveFailures = 0
      this.pump()
    })
    socket.on('data', (chunk: Buffer) => {
      if (this.state.kind === 'ready' && this.state.socket === socket) this.onData(socket, chunk)
    })
    socket.on('error', (err) => {
      const connected = this.state.kind === 'ready'
      const reason = connected ? 'disconnected' : 'connect-failed'
      this.onSocketGone(socket, new ClientError(reason, `${this.address}: ${err.message}`))
    })
    socket.on('close', () => {
      const connected = this.state.kind === 'ready'
      const reason = connected ? 'disconnected' : 'connect-failed'
      this.onSocketGone(socket, new ClientError(reason, `${this.address}: connection closed by peer`))
    })
  }

  private get address(): string {
    return `${this.host}:${this.port}`
  }

  private sendQueued(socket: Socket): void {
    let inFlight = 0
    for (const pending of this.requests) {
      if (pending.sent) {
        inFlight++
        continue
      }
      if (inFlight >= this.maxInFlight) return
      pending.sent = true
      inFlight++
      socket.cork()
      for (const chunk of pending.chunks) socket.write(chunk)
      socket.uncork()
    }
  }

  private onData(socket: Socket, chunk: Buffer): void {
    this.buffered.push(chunk)
    this.bufferedBytes += chunk.length
    while (this.bufferedBytes >= 4) {
      const size = this.peekInt32()
      if (size < 4 || size > this.maxResponseBytes) {
        this.onSocketGone(socket, new ClientError('malformed', `${this.address}: response frame size ${size}`))
        return
      }
      if (this.bufferedBytes < 4 + size) return
      this.take(4)
      const frame = this.take(size)
      const pending = this.requests[0]
      const correlationId = frame.readInt32BE(0)
      if (pending === undefined || !pending.sent || pending.correlationId !== correlationId) {
        const expected = pending?.sent === true ? pending.correlationId : 'none'
        const message = `${this.address}: response correlation id ${correlationId}, expected ${expected}`
        this.onSocketGone(socket, new ClientError('malformed', message))
        return
      }
      this.requests.shift()
      this.settle(pending, frame)
      if (this.state.kind !== 'ready' || this.state.socket !== socket) return
    }
    this.sendQueued(socket)
  }

  private settle(pending: PendingRequest, frame: Buffer): void {
    if (pending.timer !== null) clearTimeout(pending.timer)
    let value: unknown
    try {
      value = pending.decode(frame)
    } catch (err) {
      // DecodeError is what the codecs throw; anything else from decoding is still the peer's bytes.
      const message = err instanceof DecodeError || err instanceof Error ? err.message : String(err)
      pending.reject(new ClientError('malformed', `${this.address}: ${pending.apiName} response: ${message}`))
      return
    }
    pending.resolve(value)
  }

  private peekInt32(): number {
    const first = this.buffered[0]!
    if (first.length >= 4) return first.readInt32BE(0)
    return Buffer.concat(this.buffered, 4).readInt32BE(0)
  }

  /** Removes the next `n` buffered bytes (n <= bufferedBytes); copies only when they span chunks. */
  private take(n: number): Buffer {
    const first = this.buffered[0]!
    if (first.length >= n) {
      if (first.length === n) this.buffered.shift()
      else this.buffered[0] = first.subarray(n)
      this.bufferedBytes -= n
      return first.subarray(0, n)
    }
    const out = Buffer.allocUnsafe(n)
    let filled = 0
    while (filled < n) {
      const chunk = this.buffered[0]!
      const used = Math.min(chunk.length, n - filled)
      chunk.copy(out, filled, 0, used)
      filled += used
      if (used === chunk.length) this.buffered.shift()
      else this.buffered[0] = chunk.subarray(used)
    }
    this.bufferedBytes -= n
    return out
  }

  private onTimeout(pending: PendingRequest, timeoutMs: number): void {
    pending.timer = null
    const index = this.requests.indexOf(pending)
    if (index < 0) return
    const error = new ClientError('timeout', `${this.address}: ${pending.apiName} timed out after ${timeoutMs} ms`)
    if (!pending.sent) {
      this.requests.splice(index, 1)
      pending.reject(error)
      return
    }
    // Later responses would no longer match the requests in order: drop the connection.
    this.requests.splice(index, 1)
    pending.reject(error)
    const state = this.state
    if (state.kind === 'ready') {
      this.onSocketGone(
        state.socket,
        new ClientError('disconnected', `${this.address}: closed after ${pending.apiName} timed out`),
      )
    }
  }

  /** The socket failed, closed, or must be dropped: fail every request and go idle. */
  private onSocketGone(socket: Socket, error: ClientError): void {
    const state = this.state
    if ((state.kind !== 'connecting' && state.kind !== 'ready') || state.socket !== socket) return
    if (state.kind === 'connecting') clearTimeout(state.timer)
    socket.destroy()
    this.state = { kind: 'idle' }
    this.buffered = []
    this.bufferedBytes = 0
    this.consecutiveFailures++
    this.lastFailureMs = this.clock.monotonicMs()
    this.failAll(() => error)
  }

  private failAll(error: () => ClientError): void {
    const failed = this.requests.splice(0)
    for (const pending of failed) {
      if (pending.timer !== null) clearTimeout(pending.timer)
      pending.reject(error())
    }
  }
}

export interface NodeAddress {
  readonly host: string
  readonly port: number
}

export type NodeAddressResolver = (nodeId: number) => NodeAddress | null

/**
 * One NodeClient per remote node id, created on first use. The address comes
 * from `resolve` on every call: when it changed (a broker re-registered on a
 * new port), the old client is closed (its requests fail 'closed') and a new
 * one connects to the new address.
 */
export class NodeClientPool {
  private readonly clients = new Map<number, NodeClient>()
  private closed = false

  constructor(
    private readonly resolve: NodeAddressResolver,
    private readonly options: Omit<NodeClientOptions, 'host' | 'port'>,
  ) {}

  /** The client for `nodeId` at its current address, or null when the node has no known address. */
  client(nodeId: number): NodeClient | null {
    if (this.closed) return null
    const address = this.resolve(nodeId)
    const existing = this.clients.get(nodeId)
    if (address === null) {
      if (existing !== undefined) this.closeNode(nodeId)
      return null
    }
    if (existing !== undefined && existing.host === address.host && existing.port === address.port) return existing
    if (existing !== undefined) void existing.close()
    const created = new NodeClient({ ...this.options, host: address.host, port: address.port })
    this.clients.set(nodeId, created)
    return created
  }

  request<Req, Res>(
    nodeId: number,
    api: ApiDefinition<Req, Res>,
    version: number,
    body: Req,
    options?: RequestOptions,
  ): Promise<Res> {
    const client = this.client(nodeId)
    if (client === null) {
      const reason = this.closed ? 'closed' : 'connect-failed'
      return Promise.reject(new ClientError(reason, `no address for node ${nodeId}`))
    }
    return client.request(api, version, body, options)
  }

  /** Closes the client of one node, if any. */
  closeNode(nodeId: number): Promise<void> {
    const client = this.clients.get(nodeId)
    if (client === undefined) return Promise.resolve()
    this.clients.delete(nodeId)
    return client.close()
  }

  async close(): Promise<void> {
    this.closed = true
    const clients = [...this.clients.values()]
    this.clients.clear()
    await Promise.all(clients.map((c) => c.close()))
  }
}
