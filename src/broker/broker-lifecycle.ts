// The broker side of registration and heartbeats, as Kafka's
// BrokerLifecycleManager: register with the active controller, then
// heartbeat until told to shut down.
//
// States and what moves them:
//   REGISTERING  sends BrokerRegistration; an error or a failed send retries
//                after a backoff (100 ms doubling, at most half the session
//                timeout, as Kafka's ExponentialBackoff). Success: the broker
//                epoch is known (`registered` resolves) and a heartbeat goes
//                out at once.
//   HEARTBEATING sends BrokerHeartbeat with the metadata offset reached.
//                isFenced=false resolves `unfenced`. While fenced and not yet
//                caught up the next heartbeat goes after 10 ms (Kafka's
//                STARTING state), so a broker unfences within milliseconds of
//                catching up; otherwise every broker.heartbeat.interval.ms.
//                STALE_BROKER_EPOCH or BROKER_ID_NOT_REGISTERED: register
//                again. Other errors and failed sends: retry after a backoff.
//   SHUTTING_DOWN controlledShutdown() sets wantShutDown (at once, and every
//                50 ms) until shouldShutDown; then `controlledShutdown()`
//                resolves and nothing more is sent. Before registration it
//                resolves at once.
//   CLOSED       close(): timers cancelled, answers ignored; promises not yet
//                settled reject.
// One request is in flight at a time. `send` is the channel to the active
// controller (it finds the controller and retries NOT_CONTROLLER itself, or
// returns it, which is retried here).
import {
  DEFAULT_BROKER_HEARTBEAT_INTERVAL_MS,
  DEFAULT_BROKER_SESSION_TIMEOUT_MS,
} from '../metadata/controller/broker-lifecycle.js'
import { ErrorCode } from '../protocol/errors.js'
import type { ApiDefinition } from '../protocol/generated/api-table.js'
import { brokerHeartbeatApi } from '../protocol/generated/apis/broker-heartbeat.js'
import { brokerRegistrationApi } from '../protocol/generated/apis/broker-registration.js'
import type { Clock } from '../util/clock.js'
import type { Scheduler } from '../util/scheduler.js'

export type SendToController = <Req, Res>(api: ApiDefinition<Req, Res>, version: number, body: Req) => Promise<Res>

export interface BrokerLifecycleLogger {
  info(obj: object, msg?: string): void
  warn(obj: object, msg?: string): void
}

export interface BrokerLifecycleOptions {
  readonly nodeId: number
  readonly clusterId: string
  /** 16 random bytes, new for every process start. */
  readonly incarnationId: Buffer
  readonly listeners: readonly { name: string; host: string; port: number; securityProtocol: number }[]
  readonly rack: string | null
  readonly features: readonly { name: string; minSupportedVersion: number; maxSupportedVersion: number }[]
  readonly send: SendToController
  /** The last metadata offset this broker has applied. */
  readonly currentMetadataOffset: () => bigint | number
  readonly clock: Clock
  readonly scheduler: Scheduler
  /** broker.heartbeat.interval.ms (2000). */
  readonly heartbeatIntervalMs?: number
  /** broker.session.timeout.ms (9000): bounds the retry backoff at half of it. */
  readonly sessionTimeoutMs?: number
  readonly logger?: BrokerLifecycleLogger
}

export interface BrokerLifecycle {
  /** Resolves with the broker epoch of the first successful registration. */
  readonly registered: Promise<bigint>
  /** Resolves the first time the controller answers isFenced=false. */
  readonly unfenced: Promise<void>
  /** The current broker epoch, or null while not registered. */
  brokerEpoch(): bigint | null
  /** Asks for a controlled shutdown; resolves when the controller says shouldShutDown. */
  controlledShutdown(): Promise<void>
  close(): void
}

const INITIAL_BACKOFF_MS = 100
const CATCH_UP_RETRY_MS = 10
const SHUTDOWN_RETRY_MS = 50

function stableVersion(api: ApiDefinition<unknown, unknown>): number {
  return api.maxVersion - (api.latestVersionUnstable ? 1 : 0)
}

interface Deferred<T> {
  readonly promise: Promise<T>
  settled: boolean
  resolve(value: T): void
  reject(err: Error): void
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (err: Error) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  // A caller that never awaits must not see an unhandled rejection on close().
  promise.catch(() => {})
  const d: Deferred<T> = {
    promise,
    settled: false,
    resolve(value) {
      if (d.settled) return
      d.settled = true
      resolve(value)
    },
    reject(err) {
      if (d.settled) return
      d.settled = true
      reject(err)
    },
  }
  return d
}

export function startBrokerLifecycle(options: BrokerLifecycleOptions): BrokerLifecycle {
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? DEFAULT_BROKER_HEARTBEAT_INTERVAL_MS
  const maxBackoffMs = Math.max(
    INITIAL_BACKOFF_MS,
    Math.floor((options.sessionTimeoutMs ?? DEFAULT_BROKER_SESSION_TIMEOUT_MS) / 2),
  )
  const registered = deferred<bigint>()
  const unfenced = deferred<void>()
  const shutdown = deferred<void>()
  let epoch: bigint | null = null
  let closed = false
  let inFlight = false
  let wantShutDown = false
  let sendNow = false
  let failures = 0
  let cancelTimer: (() => void) | null = null

  const schedule = (delayMs: number) => {
    cancelTimer?.()
    cancelTimer = options.scheduler.schedule(delayMs, () => {
      cancelTimer = null
      communicate()
    })
  }

  const afterFailure = (what: string, detail: object) => {
    failures++
    const delay = Math.min(maxBackoffMs, INITIAL_BACKOFF_MS * 2 ** Math.min(failures - 1, 20))
    options.logger?.warn({ ...detail, retryMs: delay }, `${what} failed`)
    schedule(delay)
  }

  const finish = () => {
    inFlight = false
    if (!closed && sendNow) {
      sendNow = false
      schedule(0)
    }
  }

  const register = async () => {
    try {
      const response = await options.send(brokerRegistrationApi, stableVersion(brokerRegistrationApi), {
        ...brokerRegistrationApi.request.create(),
        brokerId: options.nodeId,
        clusterId: options.clusterId,
        incarnationId: options.incarnationId,
        listeners: options.listeners.map((l) => ({ ...l })),
        features: options.features.map((f) => ({ ...f })),
        rack: options.rack,
      })
      if (closed) return
      if (response.errorCode !== ErrorCode.NONE) {
        afterFailure('broker registration', { errorCode: response.errorCode })
        return
      }
      failures = 0
      epoch = response.brokerEpoch
      options.logger?.info({ brokerEpoch: String(epoch) }, 'registered with the controller')
      registered.resolve(epoch)
      schedule(0)
    } catch (err) {
      if (!closed) afterFailure('broker registration', { err })
    } finally {
      finish()
    }
  }

  const heartbeat = async (brokerEpoch: bigint) => {
    try {
      const response = await options.send(brokerHeartbeatApi, stableVersion(brokerHeartbeatApi), {
        ...brokerHeartbeatApi.request.create(),
        brokerId: options.nodeId,
        brokerEpoch,
        currentMetadataOffset: BigInt(options.currentMetadataOffset()),
        wantFence: false,
        wantShutDown,
      })
      if (closed) return
      if (
        response.errorCode === ErrorCode.STALE_BROKER_EPOCH ||
        response.errorCode === ErrorCode.BROKER_ID_NOT_REGISTERED
      ) {
        options.logger?.warn(
          { errorCode: response.errorCode },
          'the controller does not know this registration; registering again',
        )
        epoch = null
        failures = 0
        schedule(0)
        return
      }
      if (response.errorCode !== ErrorCode.NONE) {
        afterFailure('broker heartbeat', { errorCode: response.errorCode })
        return
      }
      failures = 0
      if (!response.isFenced) unfenced.resolve()
      if (wantShutDown && response.shouldShutDown) {
        shutdown.resolve()
        cancelTimer?.()
        cancelTimer = null
        closed = true
        return
      }
      if (wantShutDown) schedule(Math.min(SHUTDOWN_RETRY_MS, heartbeatIntervalMs))
      else if (response.isFenced && !response.isCaughtUp) schedule(Math.min(CATCH_UP_RETRY_MS, heartbeatIntervalMs))
      else schedule(heartbeatIntervalMs)
    } catch (err) {
      if (!closed) afterFailure('broker heartbeat', { err })
    } finally {
      finish()
    }
  }

  function communicate(): void {
    if (closed) return
    if (inFlight) {
      sendNow = true
      return
    }
    inFlight = true
    if (epoch === null) void register()
    else void heartbeat(epoch)
  }

  schedule(0)

  return {
    registered: registered.promise,
    unfenced: unfenced.promise,
    brokerEpoch: () => epoch,
    controlledShutdown() {
      if (closed) return shutdown.settled ? shutdown.promise : Promise.resolve()
      if (epoch === null) {
        // Never registered: nothing leads here, so there is nothing to hand over.
        close()
        return Promise.resolve()
      }
      wantShutDown = true
      communicate()
      return shutdown.promise
    },
    close,
  }

  function close(): void {
    if (closed && shutdown.settled) return
    closed = true
    cancelTimer?.()
    cancelTimer = null
    registered.reject(new Error('broker lifecycle closed'))
    unfenced.reject(new Error('broker lifecycle closed'))
    shutdown.reject(new Error('broker lifecycle closed'))
  }
}
