// What every request handler may use: the configuration, the logs, the
// metadata (read as an image, changed through the controller's write path),
// the clock and the logger. One per node.
import type { Logger } from 'pino'
import type { GroupCoordinatorRuntime } from '../coordinator/group/runtime.js'
import type { TransactionCoordinatorRuntime } from '../coordinator/transaction/runtime.js'
import type { LogConfig } from '../log/log-config.js'
import { DEFAULT_LOG_CONFIG, logConfigFromProperties } from '../log/log-config.js'
import type { LogManager } from '../log/log-manager.js'
import { ConfigResourceType, configKey, type MetadataImage, topicConfigs } from '../metadata/image.js'
import type { RaftDriver } from '../raft/driver.js'
import type { Clock } from '../util/clock.js'
import type { BrokerClients } from './broker-clients.js'
import type { BrokerConfig, ListenerSpec } from './broker-config.js'
import type { ControllerChannel } from './controller-channel.js'
import type { Handler } from './handler.js'
import { METADATA_TOPIC, type MetadataLog } from './metadata-log.js'

export interface BrokerOptions {
  readonly config: BrokerConfig
  readonly clusterId: string
  readonly logs: LogManager
  readonly metadata: MetadataLog
  readonly clock: Clock
  readonly logger: Logger
  /** Where each listener really listens (port 0 resolved), by listener name. */
  readonly boundListeners: ReadonlyMap<string, ListenerSpec>
  /** A fresh random 16-byte UUID (topic ids). */
  readonly newUuid: () => Buffer
  /** The request handlers by API key (ApiVersions lists them). */
  readonly handlers: ReadonlyMap<number, Handler>
  /** The group coordinator (its shards for the __consumer_offsets partitions this node leads). */
  readonly groupCoordinator: GroupCoordinatorRuntime
  /** The transaction coordinator (its shards for the __transaction_state partitions this node leads). */
  readonly transactionCoordinator: TransactionCoordinatorRuntime
  /** The KRaft quorum member the raft handlers answer from (voter or observer); default null. */
  readonly raft?: RaftDriver | null
  /** Requests to the active controller (forwarding, internal topic creation, producer id blocks); default null. */
  readonly controllerChannel?: ControllerChannel | null
  /** Requests to other brokers by id over `inter.broker.listener.name` (replica fetchers); default null. */
  readonly brokerClients?: BrokerClients | null
}

export class Broker {
  readonly config: BrokerConfig
  readonly clusterId: string
  readonly logs: LogManager
  readonly metadata: MetadataLog
  readonly clock: Clock
  readonly logger: Logger
  readonly boundListeners: ReadonlyMap<string, ListenerSpec>
  readonly newUuid: () => Buffer
  readonly handlers: ReadonlyMap<number, Handler>
  readonly groupCoordinator: GroupCoordinatorRuntime
  readonly transactionCoordinator: TransactionCoordinatorRuntime
  /** Null: no raft driver runs here, and the raft APIs answer BROKER_NOT_AVAILABLE. */
  readonly raft: RaftDriver | null
  /** Null: this node is its own controller and nothing is forwarded. Settable so a node can be wired after start. */
  controllerChannel: ControllerChannel | null
  /** Null: no other broker is reachable (one node); replica fetchers wait. Settable as controllerChannel. */
  brokerClients: BrokerClients | null

  constructor(options: BrokerOptions) {
    this.config = options.config
    this.clusterId = options.clusterId
    this.logs = options.logs
    this.metadata = options.metadata
    this.clock = options.clock
    this.logger = options.logger
    this.boundListeners = options.boundListeners
    this.newUuid = options.newUuid
    this.handlers = options.handlers
    this.groupCoordinator = options.groupCoordinator
    this.transactionCoordinator = options.transactionCoordinator
    this.raft = options.raft ?? null
    this.controllerChannel = options.controllerChannel ?? null
    this.brokerClients = options.brokerClients ?? null
  }

  get nodeId(): number {
    return this.config.nodeId
  }

  get image(): MetadataImage {
    return this.metadata.image
  }

  /**
   * The controller id clients are told (Metadata, DescribeCluster): the active controller when it
   * is also a live broker (combined mode: admin requests then skip the forwarding hop), otherwise
   * this broker, which forwards them, as Kafka's KRaft brokers name an alive broker.
   */
  controllerIdForClients(): number {
    const active = this.metadata.activeControllerId()
    const registered = active === null ? undefined : this.image.brokers.get(active)
    return active !== null && registered !== undefined && !registered.fenced ? active : this.nodeId
  }

  /** The log configuration of a topic: broker defaults overlaid with the topic's overrides. */
  topicLogConfig(topic: string, image = this.image): LogConfig {
    if (topic === METADATA_TOPIC) return { ...this.config.log, retentionMs: -1, retentionBytes: -1 }
    const overrides = topicConfigs(image, topic)
    // Dynamic broker configs (ConfigRecords for this node or the cluster default) sit between the static ones and the topic's.
    const cluster = image.configs.get(configKey(ConfigResourceType.BROKER, ''))
    const node = image.configs.get(configKey(ConfigResourceType.BROKER, String(this.nodeId)))
    if (cluster !== undefined || node !== undefined) {
      const merged = new Map([...this.config.properties, ...(cluster ?? []), ...(node ?? []), ...overrides])
      return logConfigFromProperties(merged, DEFAULT_LOG_CONFIG)
    }
    return overrides.size === 0 ? this.config.log : logConfigFromProperties(overrides, this.config.log)
  }
}
