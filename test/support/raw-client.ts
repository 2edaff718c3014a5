// A minimal Kafka client for tests: sends requests built with our codecs over
// one socket and returns decoded responses by correlation id. Only for
// driving the broker in tests; stock clients are the real check.
import { connect, type Socket } from 'node:net'
import { encodeRequest, readResponseHeader } from '../../src/protocol/frame.js'
import type { ApiDefinition } from '../../src/protocol/generated/index.js'

interface Waiting {
  readonly apiKey: number
  readonly version: number
  readonly decode: (body: import('../../src/protocol/reader.js').Reader) => unknown
  readonly resolve: (value: unknown) => void
  readonly reject: (err: Error) => void
}

export class RawClient {
  private correlationId = 1
  private readonly waiting = new Map<number, Waiting>()
  private pending = Buffer.alloc(0)

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk))
    socket.on('close', () => {
      for (const w of this.waiting.values()) w.reject(new Error('connection closed'))
      this.waiting.clear()
    })
  }

  static async connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    const socket = connect({ host, port })
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve())
      socket.once('error', reject)
    })
    return new RawClient(socket)
  }

  private onData(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk])
    while (this.pending.length >= 4 && this.pending.length >= 4 + this.pending.readInt32BE(0)) {
      const size = this.pending.readInt32BE(0)
      const frame = this.pending.subarray(4, 4 + size)
      this.pending = this.pending.subarray(4 + size)
      const correlationId = frame.readInt32BE(0)
      const w = this.waiting.get(correlationId)
      if (w === undefined) continue
      this.waiting.delete(correlationId)
      try {
        const { body } = readResponseHeader(frame, w.apiKey, w.version)
        w.resolve(w.decode(body))
      } catch (err) {
        w.reject(err as Error)
      }
    }
  }

  send<Req, Res>(api: ApiDefinition<Req, Res>, version: number, request: Req): Promise<Res> {
    const correlationId = this.correlationId++
    const promise = new Promise<Res>((resolve, reject) => {
      this.waiting.set(correlationId, {
        apiKey: api.apiKey,
        version,
        decode: (body) => api.response.read(body, version),
        resolve: resolve as (value: unknown) => void,
        reject,
      })
    })
    for (const chunk of encodeRequest(api, version, correlationId, 'oxbow-test', request)) this.socket.write(chunk)
    return promise
  }

  /** Builds a request from the codec's defaults plus `fields`. */
  request<Req, Res>(api: ApiDefinition<Req, Res>, version: number, fields: Partial<Req>): Promise<Res> {
    return this.send(api, version, { ...api.request.create(), ...fields })
  }

  close(): void {
    this.socket.destroy()
  }
}
