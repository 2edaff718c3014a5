// CreateTopics v7 over the wire, one topic per request: either with a fixed replica assignment per
// partition (numPartitions and replicationFactor -1, as Kafka's admin sends them), for tests that
// need to know which broker holds and leads which partition, or placed by the controller. The
// caller checks the answer.
import { apis } from '../../src/protocol/generated/index.js'
import { RawClient } from './raw-client.js'

/** assignments[p] is partition p's replica list, preferred leader first. */
export async function createAssignedTopic(
  port: number,
  name: string,
  assignments: number[][],
  configs: { name: string; value: string }[] = [],
) {
  const client = await RawClient.connect(port)
  try {
    return await client.requestWith(apis.CREATE_TOPICS, 7, {
      topics: [
        {
          name,
          numPartitions: -1,
          replicationFactor: -1,
          assignments: assignments.map((brokerIds, partitionIndex) => ({ partitionIndex, brokerIds })),
          configs,
        },
      ],
      timeoutMs: 10_000,
      validateOnly: false,
    })
  } finally {
    client.close()
  }
}

/** A topic of numPartitions partitions at replicationFactor, placed by the controller. */
export async function createPlacedTopic(port: number, name: string, numPartitions: number, replicationFactor: number) {
  const client = await RawClient.connect(port)
  try {
    return await client.requestWith(apis.CREATE_TOPICS, 7, {
      topics: [{ name, numPartitions, replicationFactor, assignments: [], configs: [] }],
      timeoutMs: 10_000,
      validateOnly: false,
    })
  } finally {
    client.close()
  }
}
