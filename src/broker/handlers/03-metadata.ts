// Metadata v0-12. v1 null topics = all, controller id, rack, internal flag;
// v2 cluster id; v4 allow_auto_topic_creation; v5 offline replicas; v7
// leader epoch; v8-10 authorized operations (KIP-430); v9 flexible; v10
// topic ids; v11 drops cluster authorized operations; v12 topic by id with
// a null name. Missing topics are auto-created when `auto.create.topics.enable`
// and the request allow it, and listed in the same response (KAFKA-TRAPS 5).
// Without an authorizer, requested authorized operations are every
// operation the resource type supports, as Kafka's AuthHelper returns.

import { INTERNAL_TOPICS, topicNameProblem } from '../../metadata/controller/topics.js'
import type { MetadataImage, TopicImage } from '../../metadata/image.js'
import { topicIdKey } from '../../metadata/image.js'
import { ErrorCode } from '../../protocol/errors.js'
import { metadataApi } from '../../protocol/generated/apis/metadata.js'
import type { MetadataRequest, MetadataResponse } from '../../protocol/generated/index.js'
import type { Broker } from '../broker.js'
import { defineHandler, type RequestContext } from '../handler.js'
import { METADATA_TOPIC } from '../metadata-log.js'
import { createTopics } from '../topic-creation.js'

type ResponseTopic = MetadataResponse['topics'][number]
type ResponsePartition = ResponseTopic['partitions'][number]

/** Bit set of Kafka AclOperation codes: READ..ALTER (3-7), DESCRIBE (8), DESCRIBE_CONFIGS (10), ALTER_CONFIGS (11). */
export const TOPIC_AUTHORIZED_OPERATIONS =
  (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 10) | (1 << 11)
/** CREATE, ALTER, DESCRIBE, CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE. */
export const CLUSTER_AUTHORIZED_OPERATIONS =
  (1 << 5) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12)
const NOT_REQUESTED = -2147483648
const ZERO_UUID = Buffer.alloc(16)

export const metadataHandler = defineHandler(metadataApi, {
  async handle(request, context, broker) {
    const wanted = await resolveTopics(request, context, broker)
    const image = broker.image
    const response = metadataApi.response.create()
    response.brokers = brokersFor(image, context.listenerName)
    response.clusterId = broker.clusterId
    response.controllerId = broker.controllerIdForClients()
    response.clusterAuthorizedOperations = request.includeClusterAuthorizedOperations
      ? CLUSTER_AUTHORIZED_OPERATIONS
      : NOT_REQUESTED
    response.topics = wanted.map((w) => {
      if (w.kind === 'error') return errorTopic(w.name, w.topicId, w.errorCode)
      return describeTopic(w.topic, request.includeTopicAuthorizedOperations)
    })
    return response
  },
})

type Wanted =
  | { kind: 'topic'; topic: TopicImage }
  | { kind: 'error'; name: string | null; topicId: Buffer; errorCode: number }

async function resolveTopics(request: MetadataRequest, context: RequestContext, broker: Broker): Promise<Wanted[]> {
  const image = broker.image
  // v0: an empty list means all topics; v1+: null means all, empty means none.
  const all = request.topics === null || (context.apiVersion === 0 && request.topics.length === 0)
  if (all) {
    return [...image.topicsByName.values()]
      .filter((t) => t.name !== METADATA_TOPIC)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((topic) => ({ kind: 'topic', topic }))
  }
  const autoCreate = broker.config.autoCreateTopicsEnable && (context.apiVersion < 4 || request.allowAutoTopicCreation)
  const missing = new Set<string>()
  for (const t of request.topics ?? []) {
    if (t.name !== null && !image.topicsByName.has(t.name) && autoCreate && canAutoCreate(t.name)) missing.add(t.name)
  }
  if (missing.size > 0) {
    await createTopics(
      broker,
      [...missing].map((name) => ({ name, numPartitions: -1, replicationFactor: -1 })),
    )
  }
  const now = broker.image
  return (request.topics ?? []).map((t): Wanted => {
    if (t.name === null) {
      const byId = now.topicsById.get(topicIdKey(t.topicId))
      return byId === undefined
        ? { kind: 'error', name: null, topicId: t.topicId, errorCode: ErrorCode.UNKNOWN_TOPIC_ID }
        : { kind: 'topic', topic: byId }
    }
    const topic = now.topicsByName.get(t.name)
    if (topic !== undefined) return { kind: 'topic', topic }
    const errorCode =
      topicNameProblem(t.name) !== null ? ErrorCode.INVALID_TOPIC_EXCEPTION : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    return { kind: 'error', name: t.name, topicId: ZERO_UUID, errorCode }
  })
}

function canAutoCreate(name: string): boolean {
  return topicNameProblem(name) === null && !INTERNAL_TOPICS.has(name) && name !== METADATA_TOPIC
}

/**
 * Kafka's KRaftMetadataCache.getAliveBrokerNodes: every unfenced broker (in controlled shutdown
 * too), by id, at its endpoint for the listener the request came in on; a broker without that
 * listener is left out, as Kafka does.
 */
function brokersFor(image: MetadataImage, listenerName: string): MetadataResponse['brokers'] {
  const out: MetadataResponse['brokers'] = []
  for (const b of [...image.brokers.values()].sort((x, y) => x.nodeId - y.nodeId)) {
    if (b.fenced) continue
    const endpoint = b.endpoints.find((e) => e.name === listenerName)
    if (endpoint === undefined) continue
    out.push({ nodeId: b.nodeId, host: endpoint.host, port: endpoint.port, rack: b.rack })
  }
  return out
}

function describeTopic(topic: TopicImage, includeOperations: boolean): ResponseTopic {
  return {
    errorCode: ErrorCode.NONE,
    name: topic.name,
    topicId: topic.topicId,
    isInternal: INTERNAL_TOPICS.has(topic.name),
    partitions: topic.partitions.map(
      (p): ResponsePartition => ({
        errorCode: p.leader < 0 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
        partitionIndex: p.partition,
        leaderId: p.leader,
        leaderEpoch: p.leaderEpoch,
        replicaNodes: [...p.replicas],
        isrNodes: [...p.isr],
        offlineReplicas: [],
      }),
    ),
    topicAuthorizedOperations: includeOperations ? TOPIC_AUTHORIZED_OPERATIONS : NOT_REQUESTED,
  }
}

function errorTopic(name: string | null, topicId: Buffer, errorCode: number): ResponseTopic {
  return {
    errorCode,
    name,
    topicId,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: NOT_REQUESTED,
  }
}
