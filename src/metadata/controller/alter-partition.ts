// AlterPartition v0-3 as Kafka 3.9's controller decides it (ReplicationControlManager
// .alterPartition, validateAlterPartitionData, ineligibleReplicasForIsr; PartitionChangeBuilder
// for the record), pure: a partition leader proposes a new ISR; the answer is one
// PartitionChangeRecord per changed partition plus the response.
//
// Versions: v0-1 name topics, v2+ topic ids (an unknown one is UNKNOWN_TOPIC_ID, by name
// UNKNOWN_TOPIC_OR_PARTITION); v1 adds leaderRecoveryState (KIP-704); v2 answers ineligible
// members with INELIGIBLE_REPLICA (KIP-841; v0-1 get OPERATION_NOT_ATTEMPTED) and a leader
// change with NEW_LEADER_ELECTED; v3 sends each member with its broker epoch (KIP-903).
//
// Checks, in Kafka's order: the requesting broker's epoch (top-level STALE_BROKER_EPOCH); per
// partition: unknown partition UNKNOWN_TOPIC_OR_PARTITION; a leader or partition epoch newer than
// ours NOT_CONTROLLER (we are probably a stale controller); an older leader epoch
// FENCED_LEADER_EPOCH; a sender that is not the leader INVALID_REQUEST; an older partition epoch
// INVALID_UPDATE_VERSION; members that are not replicas, or an ISR without the leader,
// INVALID_REQUEST; RECOVERING with more than the leader, or back from RECOVERED to RECOVERING,
// INVALID_REQUEST; members not registered, in controlled shutdown, fenced, or whose given broker
// epoch (other than -1) is not their registration's, INELIGIBLE_REPLICA. A valid proposal equal to
// the current ISR writes nothing and answers the current state; otherwise the record carries the
// new ISR (compared as an ordered list, as Kafka), and the answer the partition epoch + 1 that
// replay gives it. An ISR change never changes the leader or its epoch here.
//
// Not modelled: eligible leader replicas (KIP-966 ELR fields stay null), reassignment
// completion, leader recovery state in the image (PartitionImage has none, so every partition is
// RECOVERED), directory assignments.
import { ErrorCode } from '../../protocol/errors.js'
import type { AlterPartitionRequest } from '../../protocol/generated/message/alter-partition-request.js'
import {
  type AlterPartitionResponse,
  defaultPartitionData,
  type PartitionData as ResponsePartition,
  type TopicData as ResponseTopic,
} from '../../protocol/generated/message/alter-partition-response.js'
import { type MetadataImage, type PartitionImage, type TopicImage, topicIdKey } from '../image.js'
import type { ControllerRecord } from './configs.js'

const ZERO_UUID = Buffer.alloc(16)
const RECOVERED = 0
const RECOVERING = 1

export interface AlterPartitionContext {
  /** The request's API version. */
  readonly version: number
  /** The epoch of a broker's current registration; undefined when it is not registered. */
  readonly brokerEpochOf: (brokerId: number) => bigint | undefined
  /** Brokers in controlled shutdown (BrokerHeartbeat wantShutDown); none when omitted. */
  readonly inControlledShutdown?: (brokerId: number) => boolean
}

export function alterPartition(
  image: MetadataImage,
  request: AlterPartitionRequest,
  context: AlterPartitionContext,
): { records: ControllerRecord[]; response: AlterPartitionResponse } {
  const records: ControllerRecord[] = []
  const response: AlterPartitionResponse = { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics: [] }
  const registered = context.brokerEpochOf(request.brokerId)
  if (registered === undefined || registered !== request.brokerEpoch) {
    response.errorCode = ErrorCode.STALE_BROKER_EPOCH
    return { records, response }
  }
  for (const topicData of request.topics) {
    const out: ResponseTopic = { topicName: topicData.topicName, topicId: topicData.topicId, partitions: [] }
    response.topics.push(out)
    const topic = findTopic(image, topicData, context.version)
    if (topic === undefined) {
      const errorCode = context.version > 1 ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
      for (const p of topicData.partitions) out.partitions.push(errorPartition(p.partitionIndex, errorCode))
      continue
    }
    for (const p of topicData.partitions) {
      const newIsr =
        context.version < 3
          ? p.newIsr.map((brokerId) => ({ brokerId, brokerEpoch: -1n }))
          : p.newIsrWithEpochs.map((s) => ({ brokerId: s.brokerId, brokerEpoch: s.brokerEpoch }))
      const partition = topic.partitions[p.partitionIndex]
      const errorCode = validate(image, request.brokerId, partition, p, newIsr, context)
      if (partition === undefined || errorCode !== ErrorCode.NONE) {
        out.partitions.push(errorPartition(p.partitionIndex, errorCode))
        continue
      }
      const isr = newIsr.map((s) => s.brokerId)
      const changed = !sameList(isr, partition.isr)
      if (changed) {
        records.push({
          type: 'PartitionChangeRecord',
          data: {
            partitionId: p.partitionIndex,
            topicId: topic.topicId,
            isr,
            leader: -2,
            replicas: null,
            removingReplicas: null,
            addingReplicas: null,
            leaderRecoveryState: -1,
            directories: null,
            eligibleLeaderReplicas: null,
            lastKnownElr: null,
          },
        })
      }
      out.partitions.push({
        ...defaultPartitionData(),
        partitionIndex: p.partitionIndex,
        errorCode: ErrorCode.NONE,
        leaderId: partition.leader,
        leaderEpoch: partition.leaderEpoch,
        isr: changed ? isr : [...partition.isr],
        leaderRecoveryState: RECOVERED,
        partitionEpoch: changed ? partition.partitionEpoch + 1 : partition.partitionEpoch,
      })
    }
  }
  return { records, response }
}

type RequestPartition = AlterPartitionRequest['topics'][number]['partitions'][number]

function findTopic(
  image: MetadataImage,
  topicData: AlterPartitionRequest['topics'][number],
  version: number,
): TopicImage | undefined {
  if (version > 1) {
    if (topicData.topicId.equals(ZERO_UUID)) return undefined
    return image.topicsById.get(topicIdKey(topicData.topicId))
  }
  return image.topicsByName.get(topicData.topicName)
}

/** Kafka's validateAlterPartitionData, in its order. */
function validate(
  image: MetadataImage,
  brokerId: number,
  partition: PartitionImage | undefined,
  p: RequestPartition,
  newIsr: readonly { brokerId: number; brokerEpoch: bigint }[],
  context: AlterPartitionContext,
): number {
  if (partition === undefined) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
  if (p.leaderEpoch > partition.leaderEpoch) return ErrorCode.NOT_CONTROLLER
  if (p.partitionEpoch > partition.partitionEpoch) return ErrorCode.NOT_CONTROLLER
  if (p.leaderEpoch < partition.leaderEpoch) return ErrorCode.FENCED_LEADER_EPOCH
  if (brokerId !== partition.leader) return ErrorCode.INVALID_REQUEST
  if (p.partitionEpoch < partition.partitionEpoch) return ErrorCode.INVALID_UPDATE_VERSION
  const ids = newIsr.map((s) => s.brokerId)
  if (!validIsr(partition.replicas, ids)) return ErrorCode.INVALID_REQUEST
  if (!ids.includes(partition.leader)) return ErrorCode.INVALID_REQUEST
  const recovery = context.version >= 1 ? p.leaderRecoveryState : RECOVERED
  // Kafka refuses RECOVERING with more than the leader, and RECOVERED back to RECOVERING; every
  // partition in our image is RECOVERED, so RECOVERING is refused either way.
  if (recovery === RECOVERING) return ErrorCode.INVALID_REQUEST
  for (const member of newIsr) {
    const epoch = context.brokerEpochOf(member.brokerId)
    const broker = image.brokers.get(member.brokerId)
    const ineligible =
      epoch === undefined ||
      broker === undefined ||
      (context.inControlledShutdown?.(member.brokerId) ?? false) ||
      broker.fenced ||
      (member.brokerEpoch !== -1n && member.brokerEpoch !== epoch)
    if (ineligible) return context.version > 1 ? ErrorCode.INELIGIBLE_REPLICA : ErrorCode.OPERATION_NOT_ATTEMPTED
  }
  return ErrorCode.NONE
}

/** Kafka's Replicas.validateIsr: no duplicates, every member a replica. */
function validIsr(replicas: readonly number[], isr: readonly number[]): boolean {
  if (new Set(isr).size !== isr.length) return false
  return isr.every((id) => replicas.includes(id))
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function errorPartition(partitionIndex: number, errorCode: number): ResponsePartition {
  return { ...defaultPartitionData(), partitionIndex, errorCode }
}
