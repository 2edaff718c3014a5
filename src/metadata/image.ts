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
}

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

export interface BrokerImage {
  readonly nodeId: number
  readonly endpoints: readonly BrokerEndpoint[]
  readonly rack: string | null
  readonly fenced: boolean
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
