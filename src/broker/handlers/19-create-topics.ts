// CreateTopics v0-7. v1 validate_only and error messages; v2 throttle time;
// v3 same as v2; v4 numPartitions/replicationFactor -1 take the broker's
// num.partitions / default.replication.factor (KIP-464); v5 flexible, and
// the response carries the partition count, replication factor and every
// effective config with its source (KIP-525); v6 quota errors (KIP-599);
// v7 topic ids (KIP-516). Decided by metadata/controller/create-topics.ts
// with Kafka's rules and messages; a topic is created by committing its
// records, after which the log reconciler opens its partition logs. As in
// Kafka, a validate-only answer carries a fresh topic id that is never used.
// Internal topic names (`__consumer_offsets`, ...) may be created by users,
// as Kafka allows.
//
// Not implemented: `timeoutMs` (the single-node metadata log commits before
// the answer; there is nothing to wait for), create-topic policies and
// controller mutation quotas (no THROTTLING_QUOTA_EXCEEDED), authorization.
import { createTopics } from '../../metadata/controller/create-topics.js'
import { createTopicsApi } from '../../protocol/generated/apis/create-topics.js'
import { createTopicsContext } from '../config-definitions.js'
import { defineHandler } from '../handler.js'

export const createTopicsHandler = defineHandler(createTopicsApi, {
  async handle(request, context, broker) {
    const results = await broker.metadata.write((image) => {
      const decision = createTopics(image, request.topics, request.validateOnly, createTopicsContext(broker))
      return { records: decision.records, result: decision.results }
    })
    const response = createTopicsApi.response.create()
    response.topics = results.map((r) => ({
      name: r.name,
      topicId: r.topicId,
      errorCode: r.errorCode,
      // v0 has no message field; Kafka leaves it null there.
      errorMessage: context.apiVersion >= 1 ? r.errorMessage : null,
      topicConfigErrorCode: 0,
      numPartitions: r.numPartitions,
      replicationFactor: r.replicationFactor,
      configs: r.configs ?? [],
    }))
    return response
  },
})
