// A tiny Kafka client for tests: one socket, requests encoded with our
// generated codecs, responses matched by correlation id (pipelining allowed),
// and a promise that says when the broker closed the connection.
import { connect, type Socket } from 'node:net'
import { encodeRequest, readResponseHeader } from '../../src/protocol/frame.js'
import type { ApiDefinition } from '../../src/protocol/generated/index.js'

interface Pending {
  readonly apiKey: number
  readonly version: number
  readonly decode: (body: Buffer) => unknown
  readonly resolve: (value: unknown) => void
  readonly reject: (err: Error) => void
}

export class RawClient {
  private buffered: Buffer = Buffer.alloc(0)
  private readonly pending = new Map<number, Pending>()
  private nextCorrelationId = 1
  /** Resolves when the broker (or we) closed the socket. */
  readonly closed: Promise<void>

  private constructor(private readonly socket: Socket) {
    this.closed = new Promise((resolve) => {
      socket.on('close', () => {
        for (const p of this.pending.values()) p.reject(new Error('connection closed'))
        this.pending.clear()
        resolve()
      })
    })
    socket.on('error', () => {})
    socket.on('data', (chunk: Buffer) => this.onData(chunk))
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port }, () => resolve(new RawClient(socket)))
      socket.once('error', reject)
    })
  }

  /** Sends a request and resolves with the decoded response. */
  request<Req, Res>(api: ApiDefinition<Req, Res>, version: number, body: Req): Promise<Res> {
    const correlationId = this.send(api, version, body)
    return new Promise<Res>((resolve, reject) => {
      this.pending.set(correlationId, {
        apiKey: api.apiKey,
        version,
        decode: (frame) => {
          const { body: r } = readResponseHeader(frame, api.apiKey, version)
          return api.response.read(r, version)
        },
        resolve: resolve as (v: unknown) => void,
        reject,
      })
    })
  }

  /** Sends a request built from the codec's defaults plus `fields` (those the version lacks keep their defaults). */
  requestWith<Req, Res>(api: ApiDefinition<Req, Res>, version: number, fields: Partial<Req>): Promise<Res> {
    return this.request(api, version, { ...api.request.create(), ...fields })
  }

  /** Sends a request that gets no response (Produce acks=0); returns its correlation id. */
  send<Req, Res>(api: ApiDefinition<Req, Res>, version: number, body: Req): number {
    const correlationId = this.nextCorrelationId++
    this.socket.write(Buffer.concat(encodeRequest(api, version, correlationId, 'oxbow-test', body)))
    return correlationId
  }

  close(): void {
    this.socket.destroy()
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk])
    while (this.buffered.length >= 4) {
      const size = this.buffered.readInt32BE(0)
      if (this.buffered.length < 4 + size) return
      const frame = this.buffered.subarray(4, 4 + size)
      this.buffered = this.buffered.subarray(4 + size)
      const correlationId = frame.readInt32BE(0)
      const p = this.pending.get(correlationId)
      if (p === undefined) throw new Error(`response to unknown correlation id ${correlationId}`)
      this.pending.delete(correlationId)
      try {
        p.resolve(p.decode(frame))
      } catch (err) {
        p.reject(err as Error)
      }
    }
  }
}
