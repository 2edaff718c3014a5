// Leader elections asked for by an admin (ElectLeaders, API 43) and made by the active controller's
// auto leader rebalance, as Kafka 3.9's ReplicationControlManager (electLeaders, electLeader,
// maybeBalancePartitionLeaders) with PartitionChangeBuilder's PREFERRED and UNCLEAN elections. Pure:
// an image in, PartitionChangeRecords and the answer out.
//
// Per partition (electLeader):
// - unknown topic: UNKNOWN_TOPIC_OR_PARTITION "No such topic as <topic>"; unknown partition:
//   UNKNOWN_TOPIC_OR_PARTITION "No such partition as <topic>-<partition>";
// - PREFERRED (type 0) when the preferred replica (the first of the replicas) already leads, or
//   UNCLEAN (type 1) when the partition has a leader: ELECTION_NOT_NEEDED;
// - PREFERRED: the preferred replica leads if it is in the ISR and an acceptable leader (registered,
//   unfenced, not in controlled shutdown); else the current leader stays if it is one; else the
//   first other replica in the ISR that is acceptable; nothing changes: PREFERRED_LEADER_NOT_AVAILABLE;
// - UNCLEAN: the first acceptable replica of the ISR, else the first acceptable replica outside it
//   (it becomes the whole ISR and leads RECOVERING); none: ELIGIBLE_LEADERS_NOT_AVAILABLE.
// Error messages are Kafka's ApiError ones: the error's default message, null for NONE.
// A null topic list means every partition of every topic, and then partitions whose election is
// not needed are left out of the answer (their topic is still listed); an empty list does nothing.
//
// Auto leader rebalance (auto.leader.rebalance.enable): partitions whose leader is not their
// preferred replica move back to it when it is in the ISR and acceptable. KRaft's controller does
// this for every imbalanced partition and ignores leader.imbalance.per.broker.percentage; we apply
// the percentage as documented (and as Kafka's ZooKeeper controller did): a broker's partitions
// move only when more than that percentage of the partitions it prefers are led by another one
// (0 moves them whenever one is). At most MAX_ELECTIONS_PER_IMBALANCE records per pass, as Kafka.
import { ErrorCode, errorInfo } from '../../protocol/errors.js'
import type { ElectLeadersRequest, TopicPartitions } from '../../protocol/generated/message/elect-leaders-request.js'
import type {
  ElectLeadersResponse,
  ReplicaElectionResult,
} from '../../protocol/generated/message/elect-leaders-response.js'
import { isActiveBroker, type MetadataImage, type PartitionImage, type TopicImage } from '../image.js'
import type { ControllerRecord } from './configs.js'
import { buildPartitionChange } from './partition-election.js'

export const ElectionType = { PREFERRED: 0, UNCLEAN: 1 } as const
export type ElectionType = (typeof ElectionType)[keyof typeof ElectionType]

/** Kafka's ReplicationControlManager.MAX_ELECTIONS_PER_IMBALANCE. */
export const MAX_ELECTIONS_PER_IMBALANCE = 1_000

export interface ElectLeadersDecision {
  readonly records: ControllerRecord[]
  readonly response: ElectLeadersResponse
}

interface ElectionOutcome {
  readonly errorCode: number
  readonly errorMessage: string | null
}

/** Kafka's ReplicationControlManager.electLeaders (with QuorumController's empty-list shortcut). */
export function electLeaders(image: MetadataImage, request: ElectLeadersRequest): ElectLeadersDecision {
  const electionType = request.electionType === ElectionType.UNCLEAN ? ElectionType.UNCLEAN : ElectionType.PREFERRED
  const records: ControllerRecord[] = []
  const results: ReplicaElectionResult[] = []
  if (request.topicPartitions === null) {
    for (const topic of [...image.topicsByName.values()].sort(byName)) {
      const result: ReplicaElectionResult = { topic: topic.name, partitionResult: [] }
      results.push(result)
      for (const partition of topic.partitions) {
        if (partition === undefined) continue
        const outcome = electLeader(image, topic.name, partition.partition, electionType, records)
        if (outcome.errorCode === ErrorCode.ELECTION_NOT_NEEDED) continue
        result.partitionResult.push({ partitionId: partition.partition, ...outcome })
      }
    }
  } else {
    for (const topic of request.topicPartitions) {
      results.push({
        topic: topic.topic,
        partitionResult: topic.partitions.map((partitionId) => ({
          partitionId,
          ...electLeader(image, topic.topic, partitionId, electionType, records),
        })),
      })
    }
  }
  return { records, response: { throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: results } }
}

/** Kafka's electLeader: the outcome for one partition; a record for the change goes to `records`. */
function electLeader(
  image: MetadataImage,
  topicName: string,
  partitionId: number,
  electionType: ElectionType,
  records: ControllerRecord[],
): ElectionOutcome {
  const topic = image.topicsByName.get(topicName)
  if (topic === undefined) {
    return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `No such topic as ${topicName}` }
  }
  const partition = topic.partitions[partitionId]
  if (partition === undefined) {
    return {
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      errorMessage: `No such partition as ${topicName}-${partitionId}`,
    }
  }
  const notNeeded = electionType === ElectionType.PREFERRED ? hasPreferredLeader(partition) : partition.leader >= 0
  if (notNeeded) return failure(ErrorCode.ELECTION_NOT_NEEDED)
  const record =
    electionType === ElectionType.PREFERRED
      ? preferredElection(image, topic, partition)
      : buildPartitionChange({
          topicId: topic.topicId,
          partition,
          isAcceptableLeader: (id) => isActiveBroker(image, id),
          election: 'UNCLEAN',
        })
  if (record === null) {
    return failure(
      electionType === ElectionType.PREFERRED
        ? ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE
        : ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE,
    )
  }
  records.push(record)
  return { errorCode: ErrorCode.NONE, errorMessage: null }
}

/**
 * PartitionChangeBuilder's electPreferredLeader: the preferred replica if it may lead, else the
 * current leader if it may, else the first other valid replica; null when the leader stays.
 * buildPartitionChange elects ONLINE (current leader first), so the preferred replica is made the
 * only acceptable one when it is valid, and the ONLINE order is what remains otherwise.
 */
export function preferredElection(
  image: MetadataImage,
  topic: TopicImage,
  partition: PartitionImage,
): ControllerRecord | null {
  const acceptable = (id: number) => isActiveBroker(image, id)
  const preferred = partition.replicas[0]
  if (preferred !== undefined && partition.isr.includes(preferred) && acceptable(preferred)) {
    return buildPartitionChange({
      topicId: topic.topicId,
      partition,
      isAcceptableLeader: (id) => id === preferred,
    })
  }
  return buildPartitionChange({ topicId: topic.topicId, partition, isAcceptableLeader: acceptable })
}

export interface RebalanceOptions {
  /** leader.imbalance.per.broker.percentage (10). */
  readonly imbalancePerBrokerPercentage: number
  readonly maxElections?: number
}

/**
 * One pass of the auto leader rebalance: PartitionChangeRecords moving leadership back to
 * preferred replicas that are in the ISR and acceptable, for brokers above the imbalance
 * percentage; `more` when the pass stopped at the election cap (run again at once).
 */
export function rebalanceLeaders(
  image: MetadataImage,
  options: RebalanceOptions,
): { records: ControllerRecord[]; more: boolean } {
  const maxElections = options.maxElections ?? MAX_ELECTIONS_PER_IMBALANCE
  const ratios = leaderImbalance(image)
  const records: ControllerRecord[] = []
  for (const topic of [...image.topicsByName.values()].sort(byName)) {
    for (const partition of topic.partitions) {
      if (partition === undefined || partition.leader < 0 || hasPreferredLeader(partition)) continue
      const preferred = partition.replicas[0]
      if (preferred === undefined) continue
      if ((ratios.get(preferred) ?? 0) <= options.imbalancePerBrokerPercentage / 100) continue
      if (!partition.isr.includes(preferred) || !isActiveBroker(image, preferred)) continue
      if (records.length >= maxElections) return { records, more: true }
      const record = preferredElection(image, topic, partition)
      if (record !== null) records.push(record)
    }
  }
  return { records, more: false }
}

/**
 * Per broker: the share of the partitions it is the preferred replica of that another broker
 * leads (or nobody does), as Kafka's checkAndTriggerAutoLeaderRebalance computes imbalance ratios.
 */
export function leaderImbalance(image: MetadataImage): Map<number, number> {
  const preferredCount = new Map<number, number>()
  const notLeading = new Map<number, number>()
  for (const topic of image.topicsByName.values()) {
    for (const partition of topic.partitions) {
      const preferred = partition?.replicas[0]
      if (partition === undefined || preferred === undefined) continue
      preferredCount.set(preferred, (preferredCount.get(preferred) ?? 0) + 1)
      if (partition.leader !== preferred) notLeading.set(preferred, (notLeading.get(preferred) ?? 0) + 1)
    }
  }
  const ratios = new Map<number, number>()
  for (const [broker, count] of preferredCount) ratios.set(broker, (notLeading.get(broker) ?? 0) / count)
  return ratios
}

/** Whether some partition leads elsewhere than its preferred replica (Kafka's arePartitionLeadersImbalanced). */
export function arePartitionLeadersImbalanced(image: MetadataImage): boolean {
  for (const topic of image.topicsByName.values()) {
    for (const partition of topic.partitions) {
      if (partition !== undefined && partition.leader >= 0 && !hasPreferredLeader(partition)) return true
    }
  }
  return false
}

/** ElectLeadersRequest.getErrorResponse: every listed partition (and the top level) with the error. */
export function electLeadersErrorResponse(
  request: ElectLeadersRequest,
  errorCode: number,
  errorMessage: string | null,
): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode,
    replicaElectionResults: (request.topicPartitions ?? []).map((t: TopicPartitions) => ({
      topic: t.topic,
      partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode, errorMessage })),
    })),
  }
}

function hasPreferredLeader(partition: PartitionImage): boolean {
  return partition.replicas[0] === partition.leader
}

function failure(errorCode: number): ElectionOutcome {
  return { errorCode, errorMessage: errorInfo(errorCode)?.message ?? null }
}

function byName(a: TopicImage, b: TopicImage): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}
