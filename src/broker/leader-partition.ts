// How the data-path handlers find a partition this node leads, with the
// error Kafka's ReplicaManager answers when it cannot: an unknown topic or
// partition is UNKNOWN_TOPIC_OR_PARTITION, one led elsewhere (or whose log
// is not open yet) NOT_LEADER_OR_FOLLOWER, and a client's currentLeaderEpoch
// (KIP-320) older than ours FENCED_LEADER_EPOCH, newer UNKNOWN_LEADER_EPOCH.
import type { PartitionLog } from '../log/partition-log.js'
import type { PartitionImage, TopicImage } from '../metadata/image.js'
import { ErrorCode } from '../protocol/errors.js'
import type { Broker } from './broker.js'
import { METADATA_TOPIC } from './metadata-log.js'

export type LeaderPartition =
  | { readonly ok: true; readonly partition: PartitionImage; readonly log: PartitionLog }
  | { readonly ok: false; readonly errorCode: number }

export const NO_LEADER_EPOCH = -1

export function leaderPartition(
  broker: Broker,
  topic: TopicImage | undefined,
  partitionIndex: number,
  currentLeaderEpoch = NO_LEADER_EPOCH,
): LeaderPartition {
  if (topic === undefined || topic.name === METADATA_TOPIC) {
    return { ok: false, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }
  }
  const partition = topic.partitions[partitionIndex]
  if (partition === undefined) return { ok: false, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }
  const epochError = leaderEpochError(currentLeaderEpoch, partition.leaderEpoch)
  if (epochError !== ErrorCode.NONE) return { ok: false, errorCode: epochError }
  if (partition.leader !== broker.nodeId) return { ok: false, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }
  const log = broker.logs.getLog({ topic: topic.name, partition: partitionIndex })
  if (log === undefined) return { ok: false, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }
  return { ok: true, partition, log }
}

/** Kafka's Partition.checkCurrentLeaderEpoch: -1 means the client does not know. */
export function leaderEpochError(requested: number, current: number): number {
  if (requested === NO_LEADER_EPOCH) return ErrorCode.NONE
  if (requested < current) return ErrorCode.FENCED_LEADER_EPOCH
  if (requested > current) return ErrorCode.UNKNOWN_LEADER_EPOCH
  return ErrorCode.NONE
}
