// A small Kafka client for the admin tests: one socket, requests encoded with
// our generated codecs at a chosen version, responses matched by
// correlation id.
import { connect, type Socket } from 'node:net'
import { encodeRequest, readResponseHeader } from '../../../src/protocol/frame.js'
import type { ApiDefinition } from '../../../src/protocol/generated/index.js'

export class AdminRawClient {
  private buffered: Buffer = Buffer.alloc(0)
  private readonly pending = new Map<number, (frame: Buffer | Error) => void>()
  private nextCorrelationId = 1

  private constructor(private readonly socket: Socket) {
    socket.on('close', () => {
      for (const p of this.pending.values()) p(new Error('connection closed'))
      this.pending.clear()
    })
    socket.on('error', () => {})
    socket.on('data', (chunk: Buffer) => this.onData(chunk))
  }

  static connect(port: number): Promise<AdminRawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => resolve(new AdminRawClient(socket)))
      socket.once('error', reject)
    })
  }

  /** Sends `body` at `version` (fields the version lacks keep their defaults) and decodes the answer. */
  request<Req, Res>(api: ApiDefinition<Req, Res>, version: number, body: Partial<Req>): Promise<Res> {
    const correlationId = this.nextCorrelationId++
    const full = { ...api.request.create(), ...body } as Req
    this.socket.write(Buffer.concat(encodeRequest(api, version, correlationId, 'oxbow-admin-test', full)))
    return new Promise<Res>((resolve, reject) => {
      this.pending.set(correlationId, (frame) => {
        if (frame instanceof Error) return reject(frame)
        try {
          const { body: r } = readResponseHeader(frame, api.apiKey, version)
          resolve(api.response.read(r, version))
        } catch (err) {
          reject(err as Error)
        }
      })
    })
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
      p(frame)
    }
  }
}
