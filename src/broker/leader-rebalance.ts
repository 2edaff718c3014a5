// The active controller's auto leader rebalance (auto.leader.rebalance.enable, default true), as
// Kafka's QuorumController schedules maybeBalancePartitionLeaders: every
// leader.imbalance.check.interval.seconds (300), when this node is the active controller and some
// partition is led by a replica other than its preferred one, it writes the preferred elections
// that metadata/controller/elect-leaders.ts `rebalanceLeaders` decides (preferred replica in the
// ISR and an acceptable leader; brokers over leader.imbalance.per.broker.percentage, default 10).
// A pass cut at the per-pass election cap runs again at once. A pass that loses the controller
// role before its commit is dropped; the next tick decides afresh from the image then current.
import type { Logger } from 'pino'
import { arePartitionLeadersImbalanced, rebalanceLeaders } from '../metadata/controller/elect-leaders.js'
import type { MetadataImage } from '../metadata/image.js'
import type { Scheduler } from '../util/scheduler.js'
import type { Broker } from './broker.js'
import { type Decision, NotControllerError } from './metadata-log.js'

export const DEFAULT_LEADER_IMBALANCE_CHECK_INTERVAL_SECONDS = 300
export const DEFAULT_LEADER_IMBALANCE_PER_BROKER_PERCENTAGE = 10

export interface LeaderRebalanceConfig {
  /** auto.leader.rebalance.enable (true). */
  readonly enabled: boolean
  /** leader.imbalance.check.interval.seconds (300), in ms. */
  readonly checkIntervalMs: number
  /** leader.imbalance.per.broker.percentage (10). */
  readonly imbalancePerBrokerPercentage: number
}

/** The three Kafka properties, defaults where absent or invalid. */
export function leaderRebalanceConfig(properties: ReadonlyMap<string, string>): LeaderRebalanceConfig {
  const enabled = properties.get('auto.leader.rebalance.enable')?.trim().toLowerCase() !== 'false'
  const seconds = Number(properties.get('leader.imbalance.check.interval.seconds')?.trim())
  const percentage = Number(properties.get('leader.imbalance.per.broker.percentage')?.trim())
  return {
    enabled,
    checkIntervalMs:
      1000 *
      (Number.isSafeInteger(seconds) && seconds >= 1 ? seconds : DEFAULT_LEADER_IMBALANCE_CHECK_INTERVAL_SECONDS),
    imbalancePerBrokerPercentage:
      Number.isSafeInteger(percentage) && percentage >= 0 ? percentage : DEFAULT_LEADER_IMBALANCE_PER_BROKER_PERCENTAGE,
  }
}

/** The parts of MetadataLog the task needs (a fake in tests). */
export interface RebalanceMetadata {
  readonly image: MetadataImage
  isActiveController(): boolean
  write<T>(decide: (image: MetadataImage) => Decision<T>): Promise<T>
}

export interface LeaderRebalanceOptions {
  readonly metadata: RebalanceMetadata
  readonly config: LeaderRebalanceConfig
  readonly scheduler: Scheduler
  readonly logger: Logger
}

/** Starts the periodic task; the returned function stops it. Disabled: does nothing. */
export function startLeaderRebalanceTask(options: LeaderRebalanceOptions): () => void {
  const { metadata, config, scheduler, logger } = options
  if (!config.enabled) return () => undefined
  let stopped = false
  let cancel: () => void = () => undefined
  const schedule = (delayMs: number) => {
    if (!stopped) cancel = scheduler.schedule(delayMs, () => void pass())
  }
  const pass = async () => {
    let more = false
    if (metadata.isActiveController() && arePartitionLeadersImbalanced(metadata.image)) {
      try {
        const moved = await metadata.write((image) => {
          const decision = rebalanceLeaders(image, {
            imbalancePerBrokerPercentage: config.imbalancePerBrokerPercentage,
          })
          return { records: decision.records, result: { count: decision.records.length, more: decision.more } }
        })
        more = moved.more
        if (moved.count > 0)
          logger.info({ partitions: moved.count }, 'auto leader rebalance: preferred replicas elected')
      } catch (err) {
        if (!(err instanceof NotControllerError)) logger.warn({ err }, 'auto leader rebalance failed')
      }
    }
    schedule(more ? 0 : config.checkIntervalMs)
  }
  schedule(config.checkIntervalMs)
  return () => {
    stopped = true
    cancel()
  }
}

/** The task for a node with the controller role, configured from its properties. */
export function startLeaderRebalance(broker: Broker, scheduler: Scheduler): () => void {
  return startLeaderRebalanceTask({
    metadata: broker.metadata,
    config: leaderRebalanceConfig(broker.config.properties),
    scheduler,
    logger: broker.logger,
  })
}
