// Test setup shortcuts that bypass the admin APIs.
import { createTopics } from '../../src/broker/topic-creation.js'
import type { RunningNode } from '../../src/node/start-node.js'

/** Creates a topic in-process (the admin APIs are someone else's) and waits for its logs. */
export async function createTopic(
  node: RunningNode,
  name: string,
  numPartitions = 1,
  configs: Record<string, string> = {},
): Promise<Buffer> {
  const [created] = await createTopics(node.broker, [
    { name, numPartitions, replicationFactor: -1, configs: new Map(Object.entries(configs)) },
  ])
  if (created === undefined || created.errorCode !== 0)
    throw new Error(`topic ${name} not created: ${created?.message}`)
  return created.topicId
}
