// The broker's view of cluster metadata: an immutable snapshot built by
// replaying metadata records (replay.ts). Request handlers read one image
// for a whole request, so a concurrent change never shows half-applied.
// Topic ids are 16-byte UUIDs; maps keyed by id use its hex form.

export interface PartitionImage {
  readonly partition: number
  readonly replicas: readonly number[]
  readonly isr: readonly number[]
  readonly leader: number
  readonly leaderEpoch: number
  readonly partitionEpoch: number
  /**
   * Kafka's LeaderRecoveryState: 0 RECOVERED, 1 RECOVERING (the leader came from an unclean
   * election and has not yet told the controller it recovered). Absent means 0.
   */
  readonly leaderRecoveryState?: number
  /**
   * A reassignment in progress (KIP-455): the replicas it is adding and removing. `replicas` then
   * holds both (the target first, then those being removed). Absent means none.
   */
  readonly addingReplicas?: readonly number[]
  readonly removingReplicas?: readonly number[]
}

export const LeaderRecoveryState = { RECOVERED: 0, RECOVERING: 1 } as const

export interface TopicImage {
  readonly name: string
  readonly topicId: Buffer
  /** Indexed by partition id. */
  readonly partitions: readonly PartitionImage[]
}

export interface BrokerEndpoint {
  readonly name: string
  readonly host: string
  readonly port: number
  readonly securityProtocol: number
}

export interface BrokerFeatureRange {
  readonly name: string
  readonly minSupportedVersion: number
  readonly maxSupportedVersion: number
}

/**
 * A registered broker, as Kafka's BrokerRegistration. The fields after `fenced` are absent only
 * in images built by hand (tests); replay always sets them.
 */
export interface BrokerImage {
  readonly nodeId: number
  readonly endpoints: readonly BrokerEndpoint[]
  readonly rack: string | null
  readonly fenced: boolean
  /** The offset of the RegisterBrokerRecord that started this registration's epoch. Absent: -1. */
  readonly brokerEpoch?: bigint
  /** The broker process's incarnation id (16 bytes): a restart brings a new one. */
  readonly incarnationId?: Buffer
  /** In controlled shutdown: still unfenced, but leads nothing new and joins no ISR. Absent: false. */
  readonly inControlledShutdown?: boolean
  /**
   * The offset of its latest RegisterBrokerRecord: a broker is caught up (and may be unfenced)
   * once its metadata offset reaches it. Absent: -1.
   */
  readonly registrationOffset?: number
  /** The last offset of the batch that put it in controlled shutdown, -1 when not in it. */
  readonly controlledShutdownOffset?: number
  /** The feature versions the broker supports, as it registered them. */
  readonly supportedFeatures?: readonly BrokerFeatureRange[]
}

/** Kafka's ClusterControlManager.isActive: registered, unfenced and not in controlled shutdown. */
export function isActiveBroker(image: MetadataImage, brokerId: number): boolean {
  const broker = image.brokers.get(brokerId)
  return broker !== undefined && !broker.fenced && broker.inControlledShutdown !== true
}

/** Kafka's ConfigResource.Type ids. */
export const ConfigResourceType = {
  UNKNOWN: 0,
  TOPIC: 2,
  GROUP: 3,
  BROKER: 4,
  BROKER_LOGGER: 8,
  CLIENT_METRICS: 16,
} as const

export interface MetadataImage {
  /** Offset of the last record replayed into this image (-1 when none). */
  readonly offset: number
  readonly topicsByName: ReadonlyMap<string, TopicImage>
  readonly topicsById: ReadonlyMap<string, TopicImage>
  readonly brokers: ReadonlyMap<number, BrokerImage>
  /** Config overrides by `${resourceType}:${resourceName}`; the broker's own use its node id as name, '' for cluster defaults. */
  readonly configs: ReadonlyMap<string, ReadonlyMap<string, string>>
  readonly features: ReadonlyMap<string, number>
  /**
   * The first producer id not yet handed out (ProducerIdsRecord): the next block starts here, so
   * ids never repeat across restarts. Absent in images built by hand, which means 0.
   */
  readonly nextProducerId?: number
}

export const EMPTY_IMAGE: MetadataImage = Object.freeze({
  offset: -1,
  topicsByName: new Map(),
  topicsById: new Map(),
  brokers: new Map(),
  configs: new Map(),
  features: new Map(),
  nextProducerId: 0,
})

export function topicIdKey(topicId: Buffer): string {
  return topicId.toString('hex')
}

export function configKey(resourceType: number, resourceName: string): string {
  return `${resourceType}:${resourceName}`
}

export function topicConfigs(image: MetadataImage, topic: string): ReadonlyMap<string, string> {
  return image.configs.get(configKey(ConfigResourceType.TOPIC, topic)) ?? new Map()
}
