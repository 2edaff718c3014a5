// Creating topics through the metadata log: used by CreateTopics and by
// Metadata's auto-creation. Each topic is decided by the pure controller
// function on the latest image; all topics of one call commit together.
import { createTopic } from '../metadata/controller/topics.js'
import { ErrorCode } from '../protocol/errors.js'
import type { Broker } from './broker.js'
import type { WritableRecord } from './metadata-log.js'

export interface TopicToCreate {
  readonly name: string
  /** -1: `num.partitions` */
  readonly numPartitions: number
  /** -1: `default.replication.factor` */
  readonly replicationFactor: number
  readonly assignments?: readonly (readonly number[])[]
  readonly configs?: ReadonlyMap<string, string>
}

export interface TopicCreated {
  readonly name: string
  readonly errorCode: number
  readonly message: string | null
  readonly topicId: Buffer
  readonly numPartitions: number
  readonly replicationFactor: number
}

const ZERO_UUID = Buffer.alloc(16)

/** Creates the topics (or, with `validateOnly`, only checks them) and returns one result per topic, in order. */
export function createTopics(
  broker: Broker,
  topics: readonly TopicToCreate[],
  options: { validateOnly?: boolean } = {},
): Promise<TopicCreated[]> {
  return broker.metadata.write((image) => {
    const records: WritableRecord[] = []
    const results: TopicCreated[] = []
    let working = image
    for (const topic of topics) {
      const topicId = broker.newUuid()
      const numPartitions = topic.numPartitions === -1 ? broker.config.numPartitions : topic.numPartitions
      const replicationFactor =
        topic.replicationFactor === -1 ? broker.config.defaultReplicationFactor : topic.replicationFactor
      const decision = createTopic(working, { ...topic, topicId, numPartitions, replicationFactor })
      if (!decision.ok) {
        results.push({
          name: topic.name,
          errorCode: decision.errorCode,
          message: decision.message,
          topicId: ZERO_UUID,
          numPartitions: -1,
          replicationFactor: -1,
        })
        continue
      }
      if (!options.validateOnly) records.push(...(decision.records as WritableRecord[]))
      results.push({
        name: topic.name,
        errorCode: ErrorCode.NONE,
        message: null,
        topicId: options.validateOnly ? ZERO_UUID : topicId,
        numPartitions: decision.numPartitions,
        replicationFactor: decision.replicationFactor,
      })
      // Later topics in the same call see this one (duplicate and collision checks).
      working = withTopicName(working, topic.name, topicId)
    }
    return { records, result: results }
  })
}

function withTopicName(image: Parameters<typeof createTopic>[0], name: string, topicId: Buffer) {
  const topicsByName = new Map(image.topicsByName)
  topicsByName.set(name, { name, topicId, partitions: [] })
  return { ...image, topicsByName }
}
