// KIP-951: a partition answered with NOT_LEADER_OR_FOLLOWER or FENCED_LEADER_EPOCH names its
// current leader and epoch (Produce v10+, Fetch v16+), and the response lists those leaders'
// endpoints on the listener the request came in on, so a client re-routes at once instead of
// refreshing its metadata first. Filled from this broker's metadata image, as Kafka's
// KafkaApis does from its metadata cache.
import type { MetadataImage } from '../metadata/image.js'
import { ErrorCode } from '../protocol/errors.js'

export interface LeaderIdAndEpoch {
  leaderId: number
  leaderEpoch: number
}

export interface NodeEndpoint {
  nodeId: number
  host: string
  port: number
  rack: string | null
}

/** Collects the leaders named in one response and lists their endpoints. */
export class LeaderHints {
  private readonly leaders = new Set<number>()

  constructor(
    private readonly image: MetadataImage,
    private readonly listenerName: string,
  ) {}

  /** The partition's current leader when its error calls for one, or null. */
  hint(topic: string, partition: number, errorCode: number): LeaderIdAndEpoch | null {
    if (errorCode !== ErrorCode.NOT_LEADER_OR_FOLLOWER && errorCode !== ErrorCode.FENCED_LEADER_EPOCH) return null
    const current = this.image.topicsByName.get(topic)?.partitions[partition]
    if (current === undefined) return null
    if (current.leader >= 0) this.leaders.add(current.leader)
    return { leaderId: current.leader, leaderEpoch: current.leaderEpoch }
  }

  /** Endpoints of the leaders hinted so far, on the request's listener (brokers without it are left out). */
  endpoints(): NodeEndpoint[] {
    const out: NodeEndpoint[] = []
    for (const nodeId of [...this.leaders].sort((a, b) => a - b)) {
      const broker = this.image.brokers.get(nodeId)
      const endpoint = broker?.endpoints.find((e) => e.name === this.listenerName)
      if (broker === undefined || endpoint === undefined) continue
      out.push({ nodeId, host: endpoint.host, port: endpoint.port, rack: broker.rack })
    }
    return out
  }
}
