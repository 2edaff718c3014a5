// Partition reassignment (KIP-455) as Kafka's controller decides it (ReplicationControlManager
// .alterPartitionReassignments / listPartitionReassignments, PartitionReassignmentReplicas,
// PartitionReassignmentRevert, and PartitionChangeBuilder's reassignment parts). Pure: an image in,
// PartitionChangeRecords and answers out.
//
// A partition's reassignment, from replicas R to target T:
// 1. start (AlterPartitionReassignments): adding = T - R, removing = R - T (each sorted), and the
//    replicas become T followed by removing; the ISR and the leader stay. The new replicas' logs
//    are created by their brokers' reconcilers and follow the leader.
// 2. catch-up: the leader adds them to the ISR through AlterPartition.
// 3. completion (`completeReassignments`, on every new image): once the ISR without the removing
//    replicas is not empty and holds every target replica, replicas = T, ISR = ISR - removing,
//    adding and removing cleared, and a new leader (first of T in the ISR) if the old one is gone.
// A reassignment that only removes or reorders replicas completes in its first record when the ISR
// allows. Cancelling (null replicas) reverts: the adding replicas leave the replicas and the ISR;
// should that empty the ISR, the first remaining replica is the ISR (an unclean election, refused
// with INVALID_REPLICA_ASSIGNMENT unless the topic's unclean.leader.election.enable is true).
//
// Every record follows PartitionChangeBuilder.build: a field is set only when it changes; the
// leader epoch bumps (leader set to itself) when the new replicas leave out an old one, so that
// the removed replicas are fenced. As in Kafka, a new reassignment of a partition already being
// reassigned starts from the current (merged) replicas and keeps the old adding or removing list
// where the new one has none.
//
// Errors per partition, in Kafka's order and words: unknown topic or partition
// UNKNOWN_TOPIC_OR_PARTITION; cancelling none NO_REASSIGNMENT_IN_PROGRESS; a target that is empty,
// names an unregistered broker or a broker twice INVALID_REPLICA_ASSIGNMENT (fenced brokers are
// allowed, as Kafka). All records of one request are decided on the same image and committed
// as one batch (ControllerResult.atomicOf).
//
// Not modelled: AllowReplicationFactorChange (v1, KIP-860; our spec has v0 only), directories,
// ELR, replication throttles (the tool's --throttle sets configs we store but do not enforce).
import { ErrorCode, errorInfo } from '../../protocol/errors.js'
import type { AlterPartitionReassignmentsRequest } from '../../protocol/generated/message/alter-partition-reassignments-request.js'
import type {
  AlterPartitionReassignmentsResponse,
  ReassignablePartitionResponse,
} from '../../protocol/generated/message/alter-partition-reassignments-response.js'
import type { ListPartitionReassignmentsRequest } from '../../protocol/generated/message/list-partition-reassignments-request.js'
import type {
  ListPartitionReassignmentsResponse,
  OngoingPartitionReassignment,
  OngoingTopicReassignment,
} from '../../protocol/generated/message/list-partition-reassignments-response.js'
import { isActiveBroker, type MetadataImage, type PartitionImage, type TopicImage } from '../image.js'
import { NO_LEADER_CHANGE } from '../replay.js'
import type { ControllerRecord } from './configs.js'
import { manualAssignmentProblem } from './create-topics.js'
import { buildPartitionChange, type Election, uncleanLeaderElectionEnabled } from './partition-election.js'

type ChangeRecord = Extract<ControllerRecord, { type: 'PartitionChangeRecord' }>

/** Whether a partition has a reassignment in progress (Kafka's PartitionRegistration.isReassigning). */
export function isReassigning(partition: PartitionImage): boolean {
  return (partition.addingReplicas?.length ?? 0) > 0 || (partition.removingReplicas?.length ?? 0) > 0
}

/** Kafka's PartitionReassignmentReplicas(current, target): the merged replicas and what moves. */
export function reassignmentReplicas(
  current: readonly number[],
  target: readonly number[],
): { replicas: number[]; adding: number[]; removing: number[] } {
  const removing = sortedDifference(current, target)
  const adding = sortedDifference(target, current)
  return { replicas: [...target, ...removing], adding, removing }
}

/** The targets of a partition change; absent ones keep the partition's value. */
export interface ReassignmentTargets {
  readonly replicas?: readonly number[]
  readonly isr?: readonly number[]
  readonly adding?: readonly number[]
  readonly removing?: readonly number[]
  readonly election?: Election
}

/**
 * PartitionChangeBuilder.build with replica targets: completes the reassignment when the target ISR
 * allows, elects among the target replicas, bumps the leader epoch when a replica goes, and sets
 * only the fields that change. Null when nothing does.
 */
export function buildReassignmentChange(
  image: MetadataImage,
  topicId: Buffer,
  partition: PartitionImage,
  targets: ReassignmentTargets,
): ChangeRecord | null {
  let replicas = targets.replicas ?? partition.replicas
  let isr = targets.isr ?? partition.isr
  let adding = targets.adding ?? partition.addingReplicas ?? []
  let removing = targets.removing ?? partition.removingReplicas ?? []
  const completed = maybeCompleteReassignment(replicas, isr, adding, removing)
  if (completed !== null) {
    replicas = completed.replicas
    isr = completed.isr
    adding = []
    removing = []
  }
  // The election walks the target replicas, as the builder's electAnyLeader does.
  const elected = buildPartitionChange({
    topicId,
    partition: { ...partition, replicas },
    isAcceptableLeader: (id) => isActiveBroker(image, id),
    targetIsr: isr,
    election: targets.election ?? 'ONLINE',
  }) as ChangeRecord | null
  let leader = elected?.data.leader ?? NO_LEADER_CHANGE
  if (leader === NO_LEADER_CHANGE && !partition.replicas.every((id) => replicas.includes(id))) {
    leader = partition.leader
  }
  const data: ChangeRecord['data'] = {
    partitionId: partition.partition,
    topicId,
    isr: elected?.data.isr ?? null,
    leader,
    replicas: replicas.length > 0 && !sameList(replicas, partition.replicas) ? [...replicas] : null,
    removingReplicas: sameList(removing, partition.removingReplicas ?? []) ? null : [...removing],
    addingReplicas: sameList(adding, partition.addingReplicas ?? []) ? null : [...adding],
    leaderRecoveryState: elected?.data.leaderRecoveryState ?? -1,
    directories: null,
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
  }
  const noOp =
    data.isr === null &&
    data.leader === NO_LEADER_CHANGE &&
    data.replicas === null &&
    data.removingReplicas === null &&
    data.addingReplicas === null &&
    data.leaderRecoveryState === -1
  return noOp ? null : { type: 'PartitionChangeRecord', data }
}

/** PartitionReassignmentReplicas.maybeCompleteReassignment: the final replicas and ISR, or null. */
function maybeCompleteReassignment(
  replicas: readonly number[],
  isr: readonly number[],
  adding: readonly number[],
  removing: readonly number[],
): { replicas: number[]; isr: number[] } | null {
  if (adding.length === 0 && removing.length === 0) return null
  const newIsr = isr.filter((id) => !removing.includes(id))
  const newReplicas = replicas.filter((id) => !removing.includes(id))
  if (removing.length > 0 && (newIsr.length === 0 || newReplicas.length === 0)) return null
  if (!newReplicas.every((id) => newIsr.includes(id))) return null
  return { replicas: newReplicas, isr: newIsr }
}

/**
 * The completions the image allows: one record per partition whose reassignment can finish (every
 * target replica in the ISR), topics by name and partitions in order. Run by the active controller
 * on every new image (broker/reassignment-completer.ts), where Kafka completes inside the
 * PartitionChangeBuilder of whatever change (mostly an AlterPartition ISR expansion) allows it.
 */
export function completeReassignments(image: MetadataImage): ControllerRecord[] {
  const records: ControllerRecord[] = []
  for (const topic of sortedTopics(image)) {
    const election = electionFor(image, topic)
    for (const partition of topic.partitions) {
      if (partition === undefined || !isReassigning(partition)) continue
      const { replicas, isr } = partition
      if (maybeCompleteReassignment(replicas, isr, partition.addingReplicas ?? [], partition.removingReplicas ?? [])) {
        const record = buildReassignmentChange(image, topic.topicId, partition, { election })
        if (record !== null) records.push(record)
      }
    }
  }
  return records
}

export interface AlterReassignmentsDecision {
  readonly records: ControllerRecord[]
  readonly response: AlterPartitionReassignmentsResponse
}

/** ReplicationControlManager.alterPartitionReassignments: every partition decided on `image`. */
export function alterPartitionReassignments(
  image: MetadataImage,
  request: AlterPartitionReassignmentsRequest,
): AlterReassignmentsDecision {
  const records: ControllerRecord[] = []
  const response: AlterPartitionReassignmentsResponse = {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    responses: [],
  }
  for (const target of request.topics) {
    const partitions: ReassignablePartitionResponse[] = []
    response.responses.push({ name: target.name, partitions })
    for (const p of target.partitions) {
      const outcome = alterOne(image, target.name, p.partitionIndex, p.replicas)
      if (outcome.kind === 'ok') {
        if (outcome.record !== null) records.push(outcome.record)
        partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE, errorMessage: null })
      } else {
        partitions.push({
          partitionIndex: p.partitionIndex,
          errorCode: outcome.errorCode,
          errorMessage: outcome.message,
        })
      }
    }
  }
  return { records, response }
}

type Outcome =
  | { readonly kind: 'ok'; readonly record: ChangeRecord | null }
  | { readonly kind: 'error'; readonly errorCode: number; readonly message: string }

/** ReplicationControlManager.alterPartitionReassignment for one partition. */
function alterOne(image: MetadataImage, topicName: string, partitionIndex: number, target: number[] | null): Outcome {
  const topic = image.topicsByName.get(topicName)
  if (topic === undefined) {
    return error(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find a topic named ${topicName}.`)
  }
  const partition = topic.partitions[partitionIndex]
  if (partition === undefined) {
    return error(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find partition ${topicName}:${partitionIndex}.`)
  }
  return target === null ? cancel(image, topic, partition) : change(image, topic, partition, target)
}

/** cancelPartitionReassignment with PartitionReassignmentRevert. */
function cancel(image: MetadataImage, topic: TopicImage, partition: PartitionImage): Outcome {
  if (!isReassigning(partition)) {
    const code = ErrorCode.NO_REASSIGNMENT_IN_PROGRESS
    return error(code, errorInfo(code).message ?? '')
  }
  const adding = partition.addingReplicas ?? []
  const replicas = partition.replicas.filter((id) => !adding.includes(id))
  const isr = partition.isr.filter((id) => !adding.includes(id))
  const unclean = uncleanLeaderElectionEnabled(image, topic.name)
  if (isr.length === 0) {
    const first = replicas[0]
    if (first === undefined) {
      return error(
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        'Invalid replica assignment: addingReplicas contains all replicas.',
      )
    }
    if (!unclean) {
      return error(
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        `Unable to revert partition assignment for ${topic.name}:${partition.partition} because it would require an unclean leader election.`,
      )
    }
    isr.push(first)
  }
  const record = buildReassignmentChange(image, topic.topicId, partition, {
    replicas,
    isr,
    adding: [],
    removing: [],
    election: unclean ? 'UNCLEAN' : 'ONLINE',
  })
  return { kind: 'ok', record }
}

/** changePartitionReassignment. */
function change(image: MetadataImage, topic: TopicImage, partition: PartitionImage, target: number[]): Outcome {
  const problem = manualAssignmentProblem(image, target, undefined)
  if (problem !== null) return error(ErrorCode.INVALID_REPLICA_ASSIGNMENT, problem)
  const merged = reassignmentReplicas(partition.replicas, target)
  const record = buildReassignmentChange(image, topic.topicId, partition, {
    ...(sameList(merged.replicas, partition.replicas) ? {} : { replicas: merged.replicas }),
    ...(merged.removing.length > 0 ? { removing: merged.removing } : {}),
    ...(merged.adding.length > 0 ? { adding: merged.adding } : {}),
  })
  return { kind: 'ok', record }
}

/**
 * ReplicationControlManager.listPartitionReassignments: a null topic list lists every partition
 * being reassigned (topics by name, partitions in order); otherwise the asked partitions that are,
 * in the order asked. Unknown topics and partitions are left out, as are topics with none.
 */
export function listPartitionReassignments(
  image: MetadataImage,
  request: ListPartitionReassignmentsRequest,
): ListPartitionReassignmentsResponse {
  const topics: OngoingTopicReassignment[] = []
  const list = (topic: TopicImage, indexes: readonly number[]) => {
    const partitions: OngoingPartitionReassignment[] = []
    for (const index of indexes) {
      const p = topic.partitions[index]
      if (p === undefined || !isReassigning(p)) continue
      partitions.push({
        partitionIndex: index,
        replicas: [...p.replicas],
        addingReplicas: [...(p.addingReplicas ?? [])],
        removingReplicas: [...(p.removingReplicas ?? [])],
      })
    }
    if (partitions.length > 0) topics.push({ name: topic.name, partitions })
  }
  if (request.topics === null) {
    for (const topic of sortedTopics(image))
      list(
        topic,
        topic.partitions.map((p) => p.partition),
      )
  } else {
    for (const asked of request.topics) {
      const topic = image.topicsByName.get(asked.name)
      if (topic !== undefined) list(topic, asked.partitionIndexes)
    }
  }
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics }
}

/** AlterPartitionReassignmentsRequest.getErrorResponse: the error at the top and on every partition. */
export function alterPartitionReassignmentsErrorResponse(
  request: AlterPartitionReassignmentsRequest,
  errorCode: number,
  errorMessage: string | null,
): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode,
    errorMessage,
    responses: request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode, errorMessage })),
    })),
  }
}

/** ListPartitionReassignmentsRequest.getErrorResponse: the error at the top, no topics. */
export function listPartitionReassignmentsErrorResponse(
  errorCode: number,
  errorMessage: string | null,
): ListPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode, errorMessage, topics: [] }
}

function electionFor(image: MetadataImage, topic: TopicImage): Election {
  return uncleanLeaderElectionEnabled(image, topic.name) ? 'UNCLEAN' : 'ONLINE'
}

function error(errorCode: number, message: string): Outcome {
  return { kind: 'error', errorCode, message }
}

function sortedTopics(image: MetadataImage): TopicImage[] {
  return [...image.topicsByName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

function sortedDifference(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set(a.filter((id) => !b.includes(id)))].sort((x, y) => x - y)
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}
