// CreatePartitions as Kafka 3.9's controller decides it (ControllerApis
// .createPartitions, ReplicationControlManager.createPartitions), pure: a
// topic's partition count only grows; new partitions take the replication
// factor of partition 0, placed by placement.ts (continuing the topic's
// stripe from its partition count, shifted by `random` when given) or by
// explicit assignments (one per new partition, validated like
// CreateTopics'). Each new partition is a
// PartitionRecord. A name given twice is INVALID_REQUEST, answered first.

import { ErrorCode } from '../../protocol/errors.js'
import type { MetadataImage } from '../image.js'
import type { ControllerRecord } from './configs.js'
import {
  activeReplicas,
  MAX_RECORDS_PER_USER_OP,
  manualAssignmentProblem,
  partitionRecord,
  placeStriped,
} from './create-topics.js'

export interface CreatePartitionsTopicRequest {
  readonly name: string
  readonly count: number
  readonly assignments: readonly { readonly brokerIds: readonly number[] }[] | null
}

export interface CreatePartitionsResult {
  readonly name: string
  readonly errorCode: number
  readonly errorMessage: string | null
}

export function createPartitions(
  image: MetadataImage,
  topics: readonly CreatePartitionsTopicRequest[],
  validateOnly: boolean,
  options: { readonly random?: () => number } = {},
): { records: ControllerRecord[]; results: CreatePartitionsResult[] } {
  const counts = new Map<string, number>()
  for (const t of topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1)
  const results: CreatePartitionsResult[] = []
  for (const [name, n] of counts) {
    if (n > 1) results.push({ name, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Duplicate topic name.' })
  }
  const records: ControllerRecord[] = []
  for (const topic of topics) {
    if ((counts.get(topic.name) ?? 0) > 1) continue
    const decision = grow(image, topic, options.random)
    if (decision.ok && records.length + decision.records.length > MAX_RECORDS_PER_USER_OP) {
      results.push({
        name: topic.name,
        errorCode: ErrorCode.POLICY_VIOLATION,
        errorMessage: 'Unable to perform excessively large batch operation.',
      })
      continue
    }
    if (decision.ok) records.push(...decision.records)
    results.push({
      name: topic.name,
      errorCode: decision.ok ? ErrorCode.NONE : decision.errorCode,
      errorMessage: decision.ok ? null : decision.message,
    })
  }
  return { records: validateOnly ? [] : records, results }
}

type Growth =
  | { readonly ok: true; readonly records: ControllerRecord[] }
  | { readonly ok: false; readonly errorCode: number; readonly message: string | null }

function grow(image: MetadataImage, request: CreatePartitionsTopicRequest, random?: () => number): Growth {
  const topic = image.topicsByName.get(request.name)
  if (topic === undefined) return { ok: false, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message: null }
  const current = topic.partitions.length
  if (request.count === current) {
    return { ok: false, errorCode: ErrorCode.INVALID_PARTITIONS, message: `Topic already has ${current} partition(s).` }
  }
  if (request.count < current) {
    return {
      ok: false,
      errorCode: ErrorCode.INVALID_PARTITIONS,
      message: `The topic ${request.name} currently has ${current} partition(s); ${request.count} would not be an increase.`,
    }
  }
  const additional = request.count - current
  if (request.assignments !== null && request.assignments.length !== additional) {
    return {
      ok: false,
      errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      message: `Attempted to add ${additional} additional partition(s), but only ${request.assignments.length} assignment(s) were specified.`,
    }
  }
  if (additional > MAX_RECORDS_PER_USER_OP) {
    return {
      ok: false,
      errorCode: ErrorCode.POLICY_VIOLATION,
      message: 'Unable to perform excessively large batch operation.',
    }
  }
  const replicationFactor = topic.partitions[0]?.replicas.length ?? 0
  let assignments: number[][]
  if (request.assignments !== null) {
    assignments = []
    for (const [i, assignment] of request.assignments.entries()) {
      const problem = manualAssignmentProblem(image, assignment.brokerIds, replicationFactor)
      if (problem !== null) return { ok: false, errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, message: problem }
      if (activeReplicas(image, assignment.brokerIds).length === 0) {
        return {
          ok: false,
          errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
          message: `All brokers specified in the manual partition assignment for partition ${current + i} are fenced or in controlled shutdown.`,
        }
      }
      assignments.push([...assignment.brokerIds])
    }
  } else {
    const placed = placeStriped(image, current, additional, replicationFactor, random)
    if (!placed.ok) return { ok: false, errorCode: ErrorCode.INVALID_REPLICATION_FACTOR, message: placed.message }
    assignments = placed.assignments
  }
  const records = assignments.map((replicas, i) =>
    partitionRecord(topic.topicId, current + i, replicas, activeReplicas(image, replicas)),
  )
  return { ok: true, records }
}
