// Topic creation as the controller decides it (pure): Kafka's topic-name
// rules, partition assignment over the live brokers, and the records that
// make a topic exist (TopicRecord, one PartitionRecord per partition, one
// ConfigRecord per override). The caller supplies the new topic id, so this
// stays free of randomness.
import { ErrorCode } from '../../protocol/errors.js'
import type { MetadataImage } from '../image.js'
import type { MetadataRecord } from '../records.js'

export const MAX_TOPIC_NAME_LENGTH = 249
const LEGAL_TOPIC_NAME = /^[a-zA-Z0-9._-]+$/

/** Kafka's Topic.validate: null when valid, otherwise the reason. */
export function topicNameProblem(name: string): string | null {
  if (name.length === 0) return "Topic name is illegal, it can't be empty"
  if (name === '.' || name === '..') return 'Topic name cannot be "." or ".."'
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return `Topic name is illegal, it can't be longer than ${MAX_TOPIC_NAME_LENGTH} characters, Topic name: ${name}`
  }
  if (!LEGAL_TOPIC_NAME.test(name)) {
    return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`
  }
  return null
}

/** Topics whose names differ only in '.' versus '_' collide in metrics names; Kafka refuses the second. */
export function collidingTopic(image: MetadataImage, name: string): string | null {
  if (!name.includes('.') && !name.includes('_')) return null
  const unified = name.replaceAll('.', '_')
  for (const existing of image.topicsByName.keys()) {
    if (existing !== name && existing.replaceAll('.', '_') === unified) return existing
  }
  return null
}

export const INTERNAL_TOPICS = new Set(['__consumer_offsets', '__transaction_state', '__share_group_state'])

export type TopicCreation =
  | {
      readonly ok: true
      readonly records: MetadataRecord[]
      readonly numPartitions: number
      readonly replicationFactor: number
    }
  | { readonly ok: false; readonly errorCode: number; readonly message: string }

export interface NewTopic {
  readonly name: string
  readonly topicId: Buffer
  readonly numPartitions: number
  readonly replicationFactor: number
  /** Explicit assignment: replicas per partition (CreateTopics `assignments`). */
  readonly assignments?: readonly (readonly number[])[]
  readonly configs?: ReadonlyMap<string, string>
}

/**
 * Validates a new topic against the image and returns the records that
 * create it. Replicas go round-robin over the unfenced brokers from a
 * starting point that rotates with the partition, leader = first replica.
 */
export function createTopic(image: MetadataImage, topic: NewTopic): TopicCreation {
  const problem = topicNameProblem(topic.name)
  if (problem !== null) return { ok: false, errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, message: problem }
  if (image.topicsByName.has(topic.name)) {
    return { ok: false, errorCode: ErrorCode.TOPIC_ALREADY_EXISTS, message: `Topic '${topic.name}' already exists.` }
  }
  const collision = collidingTopic(image, topic.name)
  if (collision !== null) {
    return {
      ok: false,
      errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION,
      message: `Topic '${topic.name}' collides with existing topic: ${collision}`,
    }
  }
  const brokers = [...image.brokers.values()]
    .filter((b) => !b.fenced)
    .map((b) => b.nodeId)
    .sort((a, b) => a - b)
  let assignments: readonly (readonly number[])[]
  if (topic.assignments !== undefined && topic.assignments.length > 0) {
    assignments = topic.assignments
  } else {
    if (topic.numPartitions <= 0) {
      return {
        ok: false,
        errorCode: ErrorCode.INVALID_PARTITIONS,
        message: 'Number of partitions must be larger than 0.',
      }
    }
    if (topic.replicationFactor <= 0) {
      return {
        ok: false,
        errorCode: ErrorCode.INVALID_REPLICATION_FACTOR,
        message: 'Replication factor must be larger than 0.',
      }
    }
    if (topic.replicationFactor > brokers.length) {
      return {
        ok: false,
        errorCode: ErrorCode.INVALID_REPLICATION_FACTOR,
        message: `Unable to replicate the partition ${topic.replicationFactor} time(s): The target replication factor of ${topic.replicationFactor} cannot be reached because only ${brokers.length} broker(s) are registered.`,
      }
    }
    assignments = Array.from({ length: topic.numPartitions }, (_, p) =>
      Array.from({ length: topic.replicationFactor }, (_, r) => brokers[(p + r) % brokers.length]!),
    )
  }
  const records: MetadataRecord[] = [{ type: 'TopicRecord', data: { name: topic.name, topicId: topic.topicId } }]
  assignments.forEach((replicas, partitionId) => {
    records.push({
      type: 'PartitionRecord',
      data: {
        partitionId,
        topicId: topic.topicId,
        replicas: [...replicas],
        isr: [...replicas],
        removingReplicas: [],
        addingReplicas: [],
        leader: replicas[0] ?? -1,
        leaderRecoveryState: 0,
        leaderEpoch: 0,
        partitionEpoch: 0,
        directories: [],
        eligibleLeaderReplicas: null,
        lastKnownElr: null,
      },
    })
  })
  for (const [name, value] of topic.configs ?? []) {
    records.push({ type: 'ConfigRecord', data: { resourceType: 2, resourceName: topic.name, name, value } })
  }
  return {
    ok: true,
    records,
    numPartitions: assignments.length,
    replicationFactor: assignments[0]?.length ?? 0,
  }
}
