// CreateTopics as Kafka 3.9's controller decides it (ControllerApis and
// ReplicationControlManager.createTopics), pure: duplicate names in one
// request, topic-name rules, existing topics, configs (null values, names,
// values), then explicit assignments or partitions and replication factor
// (-1: the broker defaults). Every topic is checked against the image the
// request started from, as Kafka does. A created topic is a TopicRecord,
// its ConfigRecords, then one PartitionRecord per partition.
import { ErrorCode } from '../../protocol/errors.js'
import { isActiveBroker, type MetadataImage } from '../image.js'
import { type BrokerConfigLayers, describeTopicConfigs, topicConfigsProblem } from './config-schema.js'
import { brokerLayers, type ConfigControllerContext, type ControllerRecord, mergedLogProperties } from './configs.js'
import { placeReplicas as placeOnBrokers } from './placement.js'
import { collidingTopic, topicNameProblem } from './topics.js'

/** Kafka's bound on the records of one user operation (QuorumController MAX_RECORDS_PER_USER_OP). */
export const MAX_RECORDS_PER_USER_OP = 10_000

export interface CreatableTopicRequest {
  readonly name: string
  readonly numPartitions: number
  readonly replicationFactor: number
  readonly assignments: readonly { readonly partitionIndex: number; readonly brokerIds: readonly number[] }[]
  readonly configs: readonly { readonly name: string; readonly value: string | null }[]
}

export interface CreatedTopicConfig {
  readonly name: string
  readonly value: string | null
  readonly readOnly: boolean
  readonly configSource: number
  readonly isSensitive: boolean
}

export interface CreateTopicResult {
  readonly name: string
  readonly topicId: Buffer
  readonly errorCode: number
  readonly errorMessage: string | null
  readonly numPartitions: number
  readonly replicationFactor: number
  /** The topic's effective configs, or null on error. */
  readonly configs: CreatedTopicConfig[] | null
}

export interface CreateTopicsContext extends ConfigControllerContext {
  readonly defaultNumPartitions: number
  readonly defaultReplicationFactor: number
  readonly newTopicId: () => Buffer
  /** Where placement starts its stripe, a number in [0, 1) as Math.random; absent: at the first broker. */
  readonly random?: () => number
}

const ZERO_UUID = Buffer.alloc(16)

export function createTopics(
  image: MetadataImage,
  topics: readonly CreatableTopicRequest[],
  validateOnly: boolean,
  context: CreateTopicsContext,
): { records: ControllerRecord[]; results: CreateTopicResult[] } {
  const counts = new Map<string, number>()
  for (const t of topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1)
  const layers = brokerLayers(image, context.nodeId, context.staticProperties)
  const records: ControllerRecord[] = []
  const results: CreateTopicResult[] = []
  const duplicates: string[] = []
  for (const topic of topics) {
    if ((counts.get(topic.name) ?? 0) > 1) {
      if (!duplicates.includes(topic.name)) duplicates.push(topic.name)
      continue
    }
    const decision = createTopic(image, topic, layers, context)
    if (!decision.ok) {
      results.push(failed(topic.name, decision.errorCode, decision.message))
      continue
    }
    if (records.length + decision.records.length > MAX_RECORDS_PER_USER_OP) {
      results.push(
        failed(topic.name, ErrorCode.POLICY_VIOLATION, 'Unable to perform excessively large batch operation.'),
      )
      continue
    }
    records.push(...decision.records)
    results.push(decision.result)
  }
  // Kafka answers duplicates after the others, once per name.
  for (const name of duplicates) results.push(failed(name, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'))
  return { records: validateOnly ? [] : records, results }
}

function failed(name: string, errorCode: number, message: string | null): CreateTopicResult {
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage: message,
    numPartitions: -1,
    replicationFactor: -1,
    configs: null,
  }
}

type Failure = { readonly ok: false; readonly errorCode: number; readonly message: string }
type Decision =
  | { readonly ok: true; readonly records: ControllerRecord[]; readonly result: CreateTopicResult }
  | Failure

function createTopic(
  image: MetadataImage,
  topic: CreatableTopicRequest,
  layers: BrokerConfigLayers,
  context: CreateTopicsContext,
): Decision {
  const nameProblem = topicNameProblem(topic.name)
  if (image.topicsByName.has(topic.name)) {
    return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${topic.name}' already exists.`)
  }
  if (nameProblem !== null) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, nameProblem)
  const collision = collidingTopic(image, topic.name)
  if (collision !== null) {
    return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic '${topic.name}' collides with existing topic: ${collision}`)
  }
  const nulls = topic.configs.filter((c) => c.value === null).map((c) => c.name)
  if (nulls.length > 0) {
    return fail(ErrorCode.INVALID_CONFIG, `Null value not supported for topic configs: ${nulls.join(',')}`)
  }
  const overrides = new Map(topic.configs.map((c) => [c.name, c.value as string]))
  const configProblem =
    topicConfigsProblem(
      overrides,
      (n) => layers.node.get(n) ?? layers.cluster.get(n) ?? layers.static.get(n) ?? null,
    ) ??
    context.logConfigProblem?.(mergedLogProperties(layers, overrides)) ??
    null
  if (configProblem !== null) return fail(ErrorCode.INVALID_CONFIG, configProblem)

  const placed = placeReplicas(image, topic, context)
  if (!placed.ok) return placed
  const assignments = placed.assignments
  if (assignments.length > MAX_RECORDS_PER_USER_OP) {
    return fail(ErrorCode.POLICY_VIOLATION, 'Unable to perform excessively large batch operation.')
  }
  const topicId = context.newTopicId()
  const records: ControllerRecord[] = [{ type: 'TopicRecord', data: { name: topic.name, topicId } }]
  for (const [name, value] of overrides) {
    records.push({ type: 'ConfigRecord', data: { resourceType: 2, resourceName: topic.name, name, value } })
  }
  assignments.forEach((replicas, partitionId) => {
    records.push(partitionRecord(topicId, partitionId, replicas, activeReplicas(image, replicas)))
  })
  const configs = describeTopicConfigs(overrides, layers, false, false).map((c) => ({
    name: c.name,
    value: c.isSensitive ? null : c.value,
    readOnly: c.readOnly,
    configSource: c.source,
    isSensitive: c.isSensitive,
  }))
  return {
    ok: true,
    records,
    result: {
      name: topic.name,
      topicId,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      numPartitions: assignments.length,
      replicationFactor: assignments[0]?.length ?? 0,
      configs,
    },
  }
}

function fail(errorCode: number, message: string): Failure {
  return { ok: false, errorCode, message }
}

type Placement = { readonly ok: true; readonly assignments: number[][] } | Failure

function placeReplicas(image: MetadataImage, topic: CreatableTopicRequest, context: CreateTopicsContext): Placement {
  if (topic.assignments.length > 0) {
    if (topic.replicationFactor !== -1) {
      return fail(
        ErrorCode.INVALID_REQUEST,
        'A manual partition assignment was specified, but replication factor was not set to -1.',
      )
    }
    if (topic.numPartitions !== -1) {
      return fail(
        ErrorCode.INVALID_REQUEST,
        'A manual partition assignment was specified, but numPartitions was not set to -1.',
      )
    }
    const byPartition = new Map<number, number[]>()
    let replicationFactor: number | undefined
    for (const assignment of topic.assignments) {
      if (byPartition.has(assignment.partitionIndex)) {
        return fail(
          ErrorCode.INVALID_REPLICA_ASSIGNMENT,
          `Found multiple manual partition assignments for partition ${assignment.partitionIndex}`,
        )
      }
      const problem = manualAssignmentProblem(image, assignment.brokerIds, replicationFactor)
      if (problem !== null) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, problem)
      replicationFactor = assignment.brokerIds.length
      if (activeReplicas(image, assignment.brokerIds).length === 0) {
        return fail(
          ErrorCode.INVALID_REPLICA_ASSIGNMENT,
          `All brokers specified in the manual partition assignment for partition ${assignment.partitionIndex} are fenced or in controlled shutdown.`,
        )
      }
      byPartition.set(assignment.partitionIndex, [...assignment.brokerIds])
    }
    const assignments: number[][] = []
    for (let i = 0; i < byPartition.size; i++) {
      const replicas = byPartition.get(i)
      if (replicas === undefined) {
        return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'partitions should be a consecutive 0-based integer sequence')
      }
      assignments.push(replicas)
    }
    return { ok: true, assignments }
  }
  if (topic.replicationFactor < -1 || topic.replicationFactor === 0) {
    return fail(
      ErrorCode.INVALID_REPLICATION_FACTOR,
      'Replication factor must be larger than 0, or -1 to use the default value.',
    )
  }
  if (topic.numPartitions < -1 || topic.numPartitions === 0) {
    return fail(ErrorCode.INVALID_PARTITIONS, 'Number of partitions was set to an invalid non-positive value.')
  }
  const numPartitions = topic.numPartitions === -1 ? context.defaultNumPartitions : topic.numPartitions
  const replicationFactor = topic.replicationFactor === -1 ? context.defaultReplicationFactor : topic.replicationFactor
  if (numPartitions > MAX_RECORDS_PER_USER_OP) {
    return fail(ErrorCode.POLICY_VIOLATION, 'Unable to perform excessively large batch operation.')
  }
  const placed = placeStriped(image, 0, numPartitions, replicationFactor, context.random)
  if (!placed.ok) return fail(ErrorCode.INVALID_REPLICATION_FACTOR, placed.message)
  return { ok: true, assignments: placed.assignments }
}

/**
 * New partitions placed by placement.ts (only usable brokers, striped, rack-aware), with Kafka's
 * message for a replication factor that cannot be met.
 */
export function placeStriped(
  image: MetadataImage,
  startPartition: number,
  count: number,
  replicationFactor: number,
  random?: () => number,
): { ok: true; assignments: number[][] } | { ok: false; message: string } {
  const placed = placeOnBrokers(image, {
    startPartition,
    numPartitions: count,
    replicationFactor,
    ...(random === undefined ? {} : { random }),
  })
  if (placed.ok) return placed
  return { ok: false, message: `Unable to replicate the partition ${replicationFactor} time(s): ${placed.message}` }
}

/** Kafka's validateManualPartitionAssignment. */
export function manualAssignmentProblem(
  image: MetadataImage,
  brokerIds: readonly number[],
  replicationFactor: number | undefined,
): string | null {
  if (brokerIds.length === 0) return 'The manual partition assignment includes an empty replica list.'
  const sorted = [...brokerIds].sort((a, b) => a - b)
  let previous: number | undefined
  for (const id of sorted) {
    if (!image.brokers.has(id)) {
      return `The manual partition assignment includes broker ${id}, but no such broker is registered.`
    }
    if (id === previous) return `The manual partition assignment includes the broker ${previous} more than once.`
    previous = id
  }
  if (replicationFactor !== undefined && sorted.length !== replicationFactor) {
    return `The manual partition assignment includes a partition with ${sorted.length} replica(s), but this is inconsistent with previous partitions, which have ${replicationFactor} replica(s).`
  }
  return null
}

/** The replicas that start in the ISR: Kafka's clusterControl.isActive (unfenced, not shutting down). */
export function activeReplicas(image: MetadataImage, replicas: readonly number[]): number[] {
  return replicas.filter((id) => isActiveBroker(image, id))
}

export function partitionRecord(
  topicId: Buffer,
  partitionId: number,
  replicas: readonly number[],
  isr: readonly number[],
): ControllerRecord {
  return {
    type: 'PartitionRecord',
    data: {
      partitionId,
      topicId,
      replicas: [...replicas],
      isr: [...isr],
      removingReplicas: [],
      addingReplicas: [],
      leader: isr[0] ?? -1,
      leaderRecoveryState: 0,
      leaderEpoch: 0,
      partitionEpoch: 0,
      directories: [],
      eligibleLeaderReplicas: null,
      lastKnownElr: null,
    },
  }
}
