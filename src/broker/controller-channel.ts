// The broker's channel to the active controller, as Kafka's
// NodeToControllerChannelManager (server/.../NodeToControllerChannelManager):
// a request goes to the controller listener of the node that
// `activeControllerId()` names; when that node is unknown, unreachable, or
// answers NOT_CONTROLLER, the channel forgets it, waits `retryBackoffMs` and
// asks `activeControllerId()` again, until `retryTimeoutMs` after the request
// began. Then the request fails with ControllerChannelError('timeout'): the
// caller answers its own API's REQUEST_TIMED_OUT shape, as Kafka's
// ForwardingManager does on its onTimeout.
//
// NOT_CONTROLLER is looked for anywhere in the decoded response, as Kafka
// checks `response.errorCounts().containsKey(NOT_CONTROLLER)`: Envelope has
// a top-level error code, AllocateProducerIds too; CreateTopics answered
// directly carries it per topic.
//
// broker/ does not import network/: the transport (a NodeClientPool keyed by
// node id, whose resolver reads the voters parsed here) is passed in by the
// node's wiring. Transport errors are recognised by their `reason`
// ('closed' ends the request; the rest mean "try again").
import { ErrorCode } from '../protocol/errors.js'
import type { ApiDefinition } from '../protocol/generated/api-table.js'
import { type Clock, systemClock } from '../util/clock.js'

/** How often an attempt in flight checks whether the active controller changed. */
const CONTROLLER_CHECK_MS = 50

export interface ControllerAddress {
  readonly host: string
  readonly port: number
}

/**
 * Parses Kafka's `controller.quorum.voters`: `id@host:port` entries separated
 * by commas (whitespace around entries ignored; an IPv6 host in brackets,
 * `1@[::1]:9093`). Throws on a malformed entry or a repeated id, as Kafka's
 * QuorumConfig.parseVoterConnections does. An empty value is an empty map.
 */
export function parseQuorumVoters(value: string): Map<number, ControllerAddress> {
  const voters = new Map<number, ControllerAddress>()
  for (const raw of value.split(',')) {
    const entry = raw.trim()
    if (entry === '') continue
    const match = /^(\d+)@(?:\[([^\]]+)\]|([^:@[\]]+)):(\d+)$/.exec(entry)
    if (match === null) throw new Error(`controller.quorum.voters: '${entry}' is not id@host:port`)
    const id = Number(match[1])
    const host = match[2] ?? match[3] ?? ''
    const port = Number(match[4])
    if (!Number.isSafeInteger(id) || id > 2_147_483_647)
      throw new Error(`controller.quorum.voters: bad id in '${entry}'`)
    if (port < 0 || port > 65_535) throw new Error(`controller.quorum.voters: bad port in '${entry}'`)
    if (voters.has(id)) throw new Error(`controller.quorum.voters: voter ${id} is listed twice`)
    voters.set(id, { host, port })
  }
  return voters
}

/** Requests to a node by id: NodeClientPool's shape. */
export interface ControllerTransport {
  request<Req, Res>(
    nodeId: number,
    api: ApiDefinition<Req, Res>,
    version: number,
    body: Req,
    options?: { readonly timeoutMs?: number },
  ): Promise<Res>
  /** Drops the connection to one node (its address may be stale). */
  closeNode?(nodeId: number): Promise<void>
  close(): Promise<void>
}

export type ControllerChannelErrorReason = 'timeout' | 'closed' | 'failed'

export class ControllerChannelError extends Error {
  override readonly name = 'ControllerChannelError'
  constructor(
    readonly reason: ControllerChannelErrorReason,
    message: string,
  ) {
    super(message)
  }
}

export interface ControllerChannelOptions {
  readonly transport: ControllerTransport
  /** The active controller's node id, or null while there is none. */
  readonly activeControllerId: () => number | null
  /** How long a request is retried; Kafka's forwarding channel uses 60000. */
  readonly retryTimeoutMs?: number
  /** One attempt's timeout; Kafka's `controller.socket.timeout.ms`, 30000. */
  readonly requestTimeoutMs?: number
  /** Wait before asking again after a failed attempt; Kafka's `retry.backoff.ms`, 100. */
  readonly retryBackoffMs?: number
  readonly clock?: Clock
  /** Called once per failed attempt (logging). */
  readonly onRetry?: (controllerId: number | null, reason: string) => void
}

export class ControllerChannel {
  private readonly transport: ControllerTransport
  private readonly activeControllerId: () => number | null
  private readonly retryTimeoutMs: number
  private readonly requestTimeoutMs: number
  private readonly retryBackoffMs: number
  private readonly clock: Clock
  private readonly onRetry: (controllerId: number | null, reason: string) => void
  private readonly sleeps = new Map<ReturnType<typeof setTimeout>, () => void>()
  private closed = false

  constructor(options: ControllerChannelOptions) {
    this.transport = options.transport
    this.activeControllerId = options.activeControllerId
    this.retryTimeoutMs = options.retryTimeoutMs ?? 60_000
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000
    this.retryBackoffMs = options.retryBackoffMs ?? 100
    this.clock = options.clock ?? systemClock
    this.onRetry = options.onRetry ?? (() => {})
  }

  /**
   * Sends to the active controller, retrying on NOT_CONTROLLER and transport
   * failures until `timeoutMs` (default `retryTimeoutMs`) has passed.
   */
  async request<Req, Res>(
    api: ApiDefinition<Req, Res>,
    version: number,
    body: Req,
    options: { readonly timeoutMs?: number } = {},
  ): Promise<Res> {
    const deadline = this.clock.monotonicMs() + (options.timeoutMs ?? this.retryTimeoutMs)
    let last = 'no attempt'
    for (;;) {
      if (this.closed) throw new ControllerChannelError('closed', 'controller channel closed')
      const remaining = deadline - this.clock.monotonicMs()
      if (remaining <= 0) {
        throw new ControllerChannelError('timeout', `${api.name}: no controller answered in time (last: ${last})`)
      }
      const controllerId = this.activeControllerId()
      if (controllerId !== null) {
        try {
          const timeoutMs = Math.max(1, Math.min(remaining, this.requestTimeoutMs))
          const attempt = this.transport.request(controllerId, api, version, body, { timeoutMs })
          const outcome = await this.unlessControllerMoves(attempt, controllerId)
          if (outcome.moved) {
            // Kafka's NodeToControllerRequestThread drops the connection to a controller that is no
            // longer active, so a request stuck on an unreachable one goes to its successor now
            // instead of after the request timeout (a heartbeat must not outlive the session).
            last = `node ${controllerId} is no longer the active controller`
            void this.transport.closeNode?.(controllerId)
            continue
          }
          const response = outcome.response
          if (!containsErrorCode(response, ErrorCode.NOT_CONTROLLER)) return response
          last = `node ${controllerId} answered NOT_CONTROLLER`
        } catch (err) {
          const reason = transportFailure(err)
          if (reason === 'closed' && this.closed)
            throw new ControllerChannelError('closed', 'controller channel closed')
          if (reason === null) throw err
          last = `node ${controllerId}: ${err instanceof Error ? err.message : String(err)}`
        }
      } else {
        last = 'no active controller'
      }
      this.onRetry(controllerId, last)
      await this.sleep(Math.min(this.retryBackoffMs, Math.max(0, deadline - this.clock.monotonicMs())))
    }
  }

  /** The attempt's answer, or `moved` as soon as another node is named the active controller. */
  private unlessControllerMoves<Res>(
    attempt: Promise<Res>,
    controllerId: number,
  ): Promise<{ moved: false; response: Res } | { moved: true }> {
    return new Promise((resolve, reject) => {
      let settled = false
      const timer = setInterval(() => {
        const now = this.activeControllerId()
        if (settled || now === null || now === controllerId) return
        settled = true
        clearInterval(timer)
        resolve({ moved: true })
      }, CONTROLLER_CHECK_MS)
      attempt.then(
        (response) => {
          clearInterval(timer)
          if (settled) return
          settled = true
          resolve({ moved: false, response })
        },
        (err: unknown) => {
          clearInterval(timer)
          if (settled) return
          settled = true
          reject(err)
        },
      )
    })
  }

  /** Fails requests in progress with 'closed' and closes the transport. */
  async close(): Promise<void> {
    this.closed = true
    for (const [timer, wake] of this.sleeps) {
      clearTimeout(timer)
      wake()
    }
    this.sleeps.clear()
    await this.transport.close()
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleeps.delete(timer)
        resolve()
      }, ms)
      this.sleeps.set(timer, resolve)
    })
  }
}

/**
 * The reason of a transport error worth retrying ('closed' is returned so the
 * caller can tell it apart), or null for anything else (a bug, an encode error).
 */
function transportFailure(err: unknown): string | null {
  if (!(err instanceof Error) || !('reason' in err)) return null
  const reason = (err as { reason: unknown }).reason
  return typeof reason === 'string' ? reason : null
}

/** Whether `errorCode === code` anywhere in a decoded message (Kafka's errorCounts). */
export function containsErrorCode(message: unknown, code: number): boolean {
  if (Array.isArray(message)) return message.some((m) => containsErrorCode(m, code))
  if (message === null || typeof message !== 'object' || Buffer.isBuffer(message)) return false
  for (const [key, value] of Object.entries(message)) {
    if (key === 'errorCode' && value === code) return true
    if (typeof value === 'object' && value !== null && containsErrorCode(value, code)) return true
  }
  return false
}
