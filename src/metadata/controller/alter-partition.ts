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
// epoch (other than -1) is not their registration's, INELIGIBLE_REPLICA. Registrations, broker
// epochs and controlled shutdown come from the image (BrokerImage).
//
// The record is PartitionChangeBuilder's (partition-election.ts) with the proposed ISR as target
// (compared as an ordered list, as Kafka) and the requested leader recovery state: a proposal that
// changes nothing writes nothing and answers the current state; otherwise the answer carries the
// partition epoch + 1 that replay gives the record. Should the builder elect another leader (the
// sender is shutting down), the record is still written and the sender gets NEW_LEADER_ELECTED
// (FENCED_LEADER_EPOCH before v2), as Kafka does.
//
// Not modelled: eligible leader replicas (KIP-966 ELR fields stay null), reassignment
// completion, directory assignments.
import { ErrorCode } from '../../protocol/errors.js'
import type { AlterPartitionRequest } from '../../protocol/generated/message/alter-partition-request.js'
import {
  type AlterPartitionResponse,
  defaultPartitionData,
  type PartitionData as ResponsePartition,
  type TopicData as ResponseTopic,
} from '../../protocol/generated/message/alter-partition-response.js'
import {
  isActiveBroker,
  LeaderRecoveryState,
  type MetadataImage,
  type PartitionImage,
  type TopicImage,
  topicIdKey,
} from '../image.js'
import { NO_LEADER_CHANGE, replay } from '../replay.js'
import type { ControllerRecord } from './configs.js'
import { buildPartitionChange, uncleanLeaderElectionEnabled } from './partition-election.js'

const ZERO_UUID = Buffer.alloc(16)
const { RECOVERED, RECOVERING } = LeaderRecoveryState

export interface AlterPartitionContext {
  /** The request's API version. */
  readonly version: number
}

export function alterPartition(
  image: MetadataImage,
  request: AlterPartitionRequest,
  context: AlterPartitionContext,
): { records: ControllerRecord[]; response: AlterPartitionResponse } {
  const records: ControllerRecord[] = []
  const response: AlterPartitionResponse = { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics: [] }
  const sender = image.brokers.get(request.brokerId)
  if (sender === undefined || (sender.brokerEpoch ?? -1n) !== request.brokerEpoch) {
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
      const errorCode = validate(image, request.brokerId, partition, p, newIsr, context.version)
      if (partition === undefined || errorCode !== ErrorCode.NONE) {
        out.partitions.push(errorPartition(p.partitionIndex, errorCode))
        continue
      }
      const record = buildPartitionChange({
        topicId: topic.topicId,
        partition,
        isAcceptableLeader: (id) => isActiveBroker(image, id),
        targetIsr: newIsr.map((s) => s.brokerId),
        election: uncleanLeaderElectionEnabled(image, topic.name) ? 'UNCLEAN' : 'ONLINE',
      })
      const change = withRecoveryState(
        record,
        topic,
        partition,
        context.version >= 1 ? p.leaderRecoveryState : RECOVERED,
      )
      if (change === null) {
        out.partitions.push(answer(p.partitionIndex, partition))
        continue
      }
      records.push(change)
      const after = replay(image, [change], image.offset).topicsById.get(topicIdKey(topic.topicId))!.partitions[
        p.partitionIndex
      ]!
      if (change.data.leader !== NO_LEADER_CHANGE && change.data.leader !== request.brokerId) {
        const errorCode = context.version > 1 ? ErrorCode.NEW_LEADER_ELECTED : ErrorCode.FENCED_LEADER_EPOCH
        out.partitions.push(errorPartition(p.partitionIndex, errorCode))
        continue
      }
      out.partitions.push(answer(p.partitionIndex, after))
    }
  }
  return { records, response }
}

type ChangeRecord = Extract<ControllerRecord, { type: 'PartitionChangeRecord' }>

/** The builder's record, plus the leader recovery state the leader asked for when it differs. */
function withRecoveryState(
  record: ControllerRecord | null,
  topic: TopicImage,
  partition: PartitionImage,
  target: number,
): ChangeRecord | null {
  const change = record as ChangeRecord | null
  if (target === (partition.leaderRecoveryState ?? RECOVERED)) return change
  if (change !== null && change.data.leaderRecoveryState !== -1) return change
  const data = change?.data ?? {
    partitionId: partition.partition,
    topicId: topic.topicId,
    isr: null,
    leader: NO_LEADER_CHANGE,
    replicas: null,
    removingReplicas: null,
    addingReplicas: null,
    leaderRecoveryState: -1,
    directories: null,
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
  }
  return { type: 'PartitionChangeRecord', data: { ...data, leaderRecoveryState: target } }
}

function answer(partitionIndex: number, partition: PartitionImage): ResponsePartition {
  return {
    ...defaultPartitionData(),
    partitionIndex,
    errorCode: ErrorCode.NONE,
    leaderId: partition.leader,
    leaderEpoch: partition.leaderEpoch,
    isr: [...partition.isr],
    leaderRecoveryState: partition.leaderRecoveryState ?? RECOVERED,
    partitionEpoch: partition.partitionEpoch,
  }
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
  version: number,
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
  const recovery = version >= 1 ? p.leaderRecoveryState : RECOVERED
  if (recovery === RECOVERING && ids.length > 1) return ErrorCode.INVALID_REQUEST
  if ((partition.leaderRecoveryState ?? RECOVERED) === RECOVERED && recovery === RECOVERING) {
    return ErrorCode.INVALID_REQUEST
  }
  for (const member of newIsr) {
    const broker = image.brokers.get(member.brokerId)
    const ineligible =
      broker === undefined ||
      broker.inControlledShutdown === true ||
      broker.fenced ||
      (member.brokerEpoch !== -1n && member.brokerEpoch !== (broker.brokerEpoch ?? -1n))
    if (ineligible) return version > 1 ? ErrorCode.INELIGIBLE_REPLICA : ErrorCode.OPERATION_NOT_ATTEMPTED
  }
  return ErrorCode.NONE
}

/** Kafka's Replicas.validateIsr: no duplicates, every member a replica. */
function validIsr(replicas: readonly number[], isr: readonly number[]): boolean {
  if (new Set(isr).size !== isr.length) return false
  return isr.every((id) => replicas.includes(id))
}

function errorPartition(partitionIndex: number, errorCode: number): ResponsePartition {
  return { ...defaultPartitionData(), partitionIndex, errorCode }
}
