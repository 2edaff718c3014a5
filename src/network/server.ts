// A Kafka listener: accepts TCP connections on one address and gives each a
// Connection. Idle connections cost a socket and a few small objects.
// `close()` stops accepting, lets in-flight requests finish for up to
// `gracefulMs`, then destroys whatever is left.
import { createServer, type Server, type Socket } from 'node:net'
import {
  Connection,
  type ConnectionInfo,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  type FrameHandler,
} from './connection.js'

export interface ListenerOptions {
  readonly name: string
  readonly host: string
  /** 0 picks a free port. */
  readonly port: number
  readonly handler: FrameHandler
  readonly limits?: Partial<ConnectionLimits>
  readonly onProblem?: (info: ConnectionInfo, reason: string, err?: unknown) => void
}

export interface Listener {
  readonly name: string
  readonly host: string
  readonly port: number
  readonly connectionCount: () => number
  close(gracefulMs?: number): Promise<void>
}

export async function startListener(options: ListenerOptions): Promise<Listener> {
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits }
  const connections = new Set<Connection>()
  let nextId = 1
  const server: Server = createServer({ noDelay: true }, (socket: Socket) => {
    const info: ConnectionInfo = {
      id: nextId++,
      remoteAddress: `${socket.remoteAddress}:${socket.remotePort}`,
      listenerName: options.name,
    }
    const connection = new Connection(socket, info, options.handler, limits, options.onProblem ?? (() => {}))
    connections.add(connection)
    socket.on('close', () => connections.delete(connection))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host: options.host, port: options.port }, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : options.port
  return {
    name: options.name,
    host: options.host,
    port,
    connectionCount: () => connections.size,
    async close(gracefulMs = 2000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      const deadline = Date.now() + gracefulMs
      while ([...connections].some((c) => c.inFlight > 0) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      for (const connection of connections) connection.destroy()
      await closed
    },
  }
}
