// Creating topics from inside the broker (Metadata's auto-creation, internal
// topics such as __consumer_offsets) through the same controller decision as
// CreateTopics (metadata/controller/create-topics.ts), committed to the
// metadata log. All topics of one call commit together.
import { createTopics as decideCreateTopics } from '../metadata/controller/create-topics.js'
import type { Broker } from './broker.js'
import { createTopicsContext } from './config-definitions.js'

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

/** Creates the topics (or, with `validateOnly`, only checks them) and returns one result per topic, in order. */
export function createTopics(
  broker: Broker,
  topics: readonly TopicToCreate[],
  options: { validateOnly?: boolean } = {},
): Promise<TopicCreated[]> {
  const requests = topics.map((t) => ({
    name: t.name,
    numPartitions: t.assignments === undefined ? t.numPartitions : -1,
    replicationFactor: t.assignments === undefined ? t.replicationFactor : -1,
    assignments: (t.assignments ?? []).map((brokerIds, partitionIndex) => ({ partitionIndex, brokerIds })),
    configs: [...(t.configs ?? [])].map(([name, value]) => ({ name, value })),
  }))
  return broker.metadata.write((image) => {
    const decision = decideCreateTopics(image, requests, options.validateOnly === true, createTopicsContext(broker))
    const byName = new Map(decision.results.map((r) => [r.name, r]))
    const result = topics.map((t): TopicCreated => {
      const r = byName.get(t.name)!
      return {
        name: r.name,
        errorCode: r.errorCode,
        message: r.errorMessage,
        topicId: r.topicId,
        numPartitions: r.numPartitions,
        replicationFactor: r.replicationFactor,
      }
    })
    return { records: decision.records, result }
  })
}
