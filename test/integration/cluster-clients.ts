// What the multi-process tests ask a Cluster (test/integration/cluster.ts) over raw Kafka
// requests: one short-lived connection per question, and the answers they wait on while nodes
// are killed and restarted (the active controller, each partition's leader and ISR). A node that
// dies under a question is skipped and the next one asked, as a client would.
import { ErrorCode } from '../../src/protocol/errors.js'
import { apis } from '../../src/protocol/generated/index.js'
import { RawClient } from '../support/raw-client.js'
import type { Cluster } from './cluster.js'

/** Connects to port, runs use, and closes the connection whatever happens. */
export async function withClient<T>(port: number, use: (client: RawClient) => Promise<T>): Promise<T> {
  const client = await RawClient.connect(port)
  try {
    return await use(client)
  } finally {
    client.close()
  }
}

/** Ids of the nodes whose process is alive. */
export function liveIds(cluster: Cluster): number[] {
  return [...cluster.nodes.entries()].filter(([, n]) => n.alive).map(([id]) => id)
}

/**
 * The active controller: the first of ids (default: every live node) whose DescribeQuorum (API 55)
 * names itself leader of __cluster_metadata; null when none does.
 */
export async function activeController(
  cluster: Cluster,
  ids: readonly number[] = liveIds(cluster),
): Promise<number | null> {
  for (const id of ids) {
    const node = cluster.nodes.get(id)
    if (node === undefined || !node.alive) continue
    try {
      const described = await withClient(node.port, (c) =>
        c.requestWith(apis.DESCRIBE_QUORUM, 1, {
          topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
        }),
      )
      const partition = described.topics[0]?.partitions[0]
      if (partition?.errorCode === ErrorCode.NONE && partition.leaderId === id) return id
    } catch {
      // That node is going down; ask another.
    }
  }
  return null
}

/** Partition → (leader, isr) of topic, as the first live node that answers Metadata sees it. */
export async function partitionStates(
  cluster: Cluster,
  topic: string,
): Promise<Map<number, { leader: number; isr: number[] }>> {
  for (const node of cluster.nodes.values()) {
    if (!node.alive) continue
    try {
      const metadata = await withClient(node.port, (c) =>
        c.requestWith(apis.METADATA, 12, {
          topics: [{ name: topic, topicId: Buffer.alloc(16) }],
          allowAutoTopicCreation: false,
          includeTopicAuthorizedOperations: false,
        }),
      )
      const found = metadata.topics[0]
      if (found === undefined || found.errorCode !== ErrorCode.NONE) continue
      return new Map(found.partitions.map((p) => [p.partitionIndex, { leader: p.leaderId, isr: [...p.isrNodes] }]))
    } catch {
      // That node is going down: ask another.
    }
  }
  throw new Error('no live node answered Metadata')
}
