// The active controller's memory of broker heartbeats, as Kafka's
// BrokerHeartbeatManager: the last contact time and metadata offset of each
// broker (never in the log: a new active controller starts afresh), and the
// timer that fences brokers whose session expired.
//
// - BrokerRegistration and BrokerHeartbeat (handlers 62, 63) store the session
//   their decision returns (metadata/controller/broker-lifecycle.ts).
// - A registration this node replays without having decided it (another
//   controller's, or one written at start-up) gets a fresh session, as Kafka's
//   replay of RegisterBrokerRecord registers the broker with the manager.
// - On becoming the active controller, every registered broker gets a fresh
//   grace period (Kafka's ClusterControlManager.activate): the previous
//   controller's knowledge is gone, and nobody is fenced for that.
// - Every broker.session.timeout.ms / 4 (Kafka checks at least as often), an
//   active controller writes fenceStaleBrokers' records.
// Times are the injected clock's monotonic milliseconds.
import type { BrokerSession } from '../metadata/controller/broker-lifecycle.js'
import { DEFAULT_BROKER_SESSION_TIMEOUT_MS, fenceStaleBrokers } from '../metadata/controller/broker-lifecycle.js'
import type { MetadataImage } from '../metadata/image.js'
import type { Clock } from '../util/clock.js'
import type { Scheduler } from '../util/scheduler.js'
import type { Broker } from './broker.js'
import { type Decision, NotControllerError } from './metadata-log.js'

/** The parts of MetadataLog this needs (a fake in tests). */
export interface ControllerMetadata {
  readonly image: MetadataImage
  isActiveController(): boolean
  write<T>(decide: (image: MetadataImage) => Decision<T>): Promise<T>
  onImage(listener: (image: MetadataImage) => void): () => void
}

export interface ControllerHeartbeatsOptions {
  readonly metadata: ControllerMetadata
  readonly clock: Clock
  /** broker.session.timeout.ms (9000). */
  readonly sessionTimeoutMs?: number
  /** The static unclean.leader.election.enable (false). */
  readonly uncleanLeaderElectionEnable?: boolean
  readonly onFenced?: (brokerIds: readonly number[]) => void
  readonly onError?: (err: unknown) => void
}

export class ControllerHeartbeats {
  readonly sessionTimeoutMs: number
  readonly uncleanLeaderElectionEnable: boolean
  private readonly live = new Map<number, BrokerSession>()
  /** The epoch each tracked broker had when its session began. */
  private readonly epochs = new Map<number, bigint>()
  private wasActive = false
  private sweeping = false
  private unsubscribe: (() => void) | null = null
  private cancelTimer: (() => void) | null = null

  constructor(private readonly options: ControllerHeartbeatsOptions) {
    this.sessionTimeoutMs = options.sessionTimeoutMs ?? DEFAULT_BROKER_SESSION_TIMEOUT_MS
    this.uncleanLeaderElectionEnable = options.uncleanLeaderElectionEnable ?? false
  }

  get sessions(): ReadonlyMap<number, BrokerSession> {
    return this.live
  }

  nowMs(): number {
    return this.options.clock.monotonicMs()
  }

  /** Stores a broker's session, as its registration or heartbeat decided. */
  touch(brokerId: number, session: BrokerSession, brokerEpoch?: bigint): void {
    this.live.set(brokerId, session)
    if (brokerEpoch !== undefined) this.epochs.set(brokerId, brokerEpoch)
  }

  /** A fresh grace period for every registered broker (on becoming the active controller). */
  activate(): void {
    const now = this.nowMs()
    this.live.clear()
    this.epochs.clear()
    for (const broker of this.options.metadata.image.brokers.values()) {
      this.live.set(broker.nodeId, { lastContactMs: now, metadataOffset: -1 })
      this.epochs.set(broker.nodeId, broker.brokerEpoch ?? -1n)
    }
  }

  /** Starts following the image and checking sessions; returns `stop`. */
  start(scheduler: Scheduler): () => void {
    this.stop()
    this.unsubscribe = this.options.metadata.onImage((image) => this.follow(image))
    const intervalMs = Math.max(1, Math.floor(this.sessionTimeoutMs / 4))
    const tick = () => {
      this.check()
      this.cancelTimer = scheduler.schedule(intervalMs, tick)
    }
    this.check()
    this.cancelTimer = scheduler.schedule(intervalMs, tick)
    return () => this.stop()
  }

  stop(): void {
    this.unsubscribe?.()
    this.unsubscribe = null
    this.cancelTimer?.()
    this.cancelTimer = null
  }

  /** One session check: activation when newly active, then the fencing of expired sessions. */
  check(): void {
    const active = this.options.metadata.isActiveController()
    if (active && !this.wasActive) this.activate()
    this.wasActive = active
    if (!active || this.sweeping) return
    const now = this.nowMs()
    this.sweeping = true
    this.options.metadata
      .write((image) => {
        const decision = fenceStaleBrokers(image, {
          nowMs: now,
          sessions: this.live,
          sessionTimeoutMs: this.sessionTimeoutMs,
          uncleanLeaderElectionEnable: this.uncleanLeaderElectionEnable,
        })
        return { records: decision.records, result: decision.fenced }
      })
      .then(
        (fenced) => {
          if (fenced.length > 0) this.options.onFenced?.(fenced)
        },
        (err: unknown) => this.options.onError?.(err),
      )
      .finally(() => {
        this.sweeping = false
      })
  }

  private follow(image: MetadataImage): void {
    for (const id of [...this.live.keys()]) {
      if (!image.brokers.has(id)) {
        this.live.delete(id)
        this.epochs.delete(id)
      }
    }
    const now = this.nowMs()
    for (const broker of image.brokers.values()) {
      const epoch = broker.brokerEpoch ?? -1n
      if (this.epochs.get(broker.nodeId) === epoch && this.live.has(broker.nodeId)) continue
      this.live.set(broker.nodeId, { lastContactMs: now, metadataOffset: -1 })
      this.epochs.set(broker.nodeId, epoch)
    }
  }
}

const trackers = new WeakMap<Broker, ControllerHeartbeats>()

/** The node's tracker (one per broker), reading broker.session.timeout.ms and unclean.leader.election.enable. */
export function controllerHeartbeats(broker: Broker): ControllerHeartbeats {
  let tracker = trackers.get(broker)
  if (tracker === undefined) {
    const timeout = Number(broker.config.properties.get('broker.session.timeout.ms')?.trim())
    tracker = new ControllerHeartbeats({
      metadata: broker.metadata,
      clock: broker.clock,
      sessionTimeoutMs: Number.isSafeInteger(timeout) && timeout > 0 ? timeout : DEFAULT_BROKER_SESSION_TIMEOUT_MS,
      uncleanLeaderElectionEnable:
        broker.config.properties.get('unclean.leader.election.enable')?.trim().toLowerCase() === 'true',
      onFenced: (ids) => broker.logger.info({ brokerIds: ids }, 'fenced brokers whose session expired'),
      onError: (err) => broker.logger.warn({ err }, 'fencing stale brokers failed'),
    })
    trackers.set(broker, tracker)
  }
  return tracker
}

/** Starts the node's session checks (the integrator calls this where the controller starts); returns `stop`. */
export function startControllerHeartbeats(broker: Broker, scheduler: Scheduler): () => void {
  return controllerHeartbeats(broker).start(scheduler)
}

/**
 * For the controller's handlers (62, 63, 67): the write's result, or null when it reached a node that
 * is not (or stopped being) the active controller, which they answer NOT_CONTROLLER.
 */
export async function notController<T>(write: Promise<T>): Promise<T | null> {
  try {
    return await write
  } catch (err) {
    if (err instanceof NotControllerError) return null
    throw err
  }
}
