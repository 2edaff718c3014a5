// Partition leadership changes as Kafka 3.9's controller makes them
// (PartitionChangeBuilder, ReplicationControlManager.generateLeaderAndIsrUpdates),
// pure: given a partition, a target ISR and which brokers may lead, the
// PartitionChangeRecord that moves it there, or null when nothing changes.
//
// Election (ONLINE, Kafka's default; UNCLEAN when the topic's
// `unclean.leader.election.enable` is true):
// - the current leader stays if it is still in the target ISR and acceptable;
// - else the first replica, in replica order, that is in the target ISR and
//   acceptable;
// - else, UNCLEAN only, the first acceptable replica outside the ISR, which
//   becomes the whole ISR and leads in RECOVERING state (data may be lost);
// - else no leader (-1).
// The ISR never becomes empty (no ELR here, KIP-966 aside): when the target
// ISR would be empty the record leaves the ISR as it was, so the last member
// stays in it while the partition has no leader, and comes back as leader
// when it is unfenced. The leader epoch bumps only when the record names a
// leader (metadata.version 3.6+ no longer bumps it on an ISR shrink); the
// partition epoch bumps on every record (replay.ts).
//
// Not implemented: reassignment (adding/removing replicas), ELR, directories.
import {
  ConfigResourceType,
  configKey,
  isActiveBroker,
  LeaderRecoveryState,
  type MetadataImage,
  type PartitionImage,
  topicConfigs,
} from '../image.js'
import { NO_LEADER, NO_LEADER_CHANGE } from '../replay.js'
import type { ControllerRecord } from './configs.js'

export type Election = 'ONLINE' | 'UNCLEAN'

export interface PartitionChange {
  readonly topicId: Buffer
  readonly partition: PartitionImage
  /** Whether a broker may lead (Kafka's isAcceptableLeader): registered, unfenced, not shutting down. */
  readonly isAcceptableLeader: (brokerId: number) => boolean
  /** The ISR wanted; default: the current one. */
  readonly targetIsr?: readonly number[]
  readonly election?: Election
}

/** Kafka's PartitionChangeBuilder.build for leader and ISR changes. */
export function buildPartitionChange(change: PartitionChange): ControllerRecord | null {
  const { partition } = change
  const targetIsr = change.targetIsr ?? partition.isr
  const isValidNewLeader = (id: number) => targetIsr.includes(id) && change.isAcceptableLeader(id)
  let leader = NO_LEADER_CHANGE
  let isr: number[] | null = null
  let leaderRecoveryState = -1
  const elected = elect(change, isValidNewLeader)
  if (elected.leader !== partition.leader) {
    leader = elected.leader
    if (elected.unclean) {
      isr = [elected.leader]
      if ((partition.leaderRecoveryState ?? 0) !== LeaderRecoveryState.RECOVERING) {
        leaderRecoveryState = LeaderRecoveryState.RECOVERING
      }
    }
  }
  if (isr === null && targetIsr.length > 0 && !sameList(targetIsr, partition.isr)) isr = [...targetIsr]
  if (leader === NO_LEADER_CHANGE && isr === null && leaderRecoveryState === -1) return null
  return {
    type: 'PartitionChangeRecord',
    data: {
      partitionId: partition.partition,
      topicId: change.topicId,
      isr,
      leader,
      replicas: null,
      removingReplicas: null,
      addingReplicas: null,
      leaderRecoveryState,
      directories: null,
      eligibleLeaderReplicas: null,
      lastKnownElr: null,
    },
  }
}

function elect(
  change: PartitionChange,
  isValidNewLeader: (id: number) => boolean,
): { leader: number; unclean: boolean } {
  const { partition } = change
  if (isValidNewLeader(partition.leader)) return { leader: partition.leader, unclean: false }
  const online = partition.replicas.find(isValidNewLeader)
  if (online !== undefined) return { leader: online, unclean: false }
  if (change.election === 'UNCLEAN') {
    const unclean = partition.replicas.find((id) => change.isAcceptableLeader(id))
    if (unclean !== undefined) return { leader: unclean, unclean: true }
  }
  return { leader: NO_LEADER, unclean: false }
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/**
 * `unclean.leader.election.enable` for a topic: its own override, else the cluster-wide dynamic
 * broker default, else `staticDefault` (the broker's server.properties; Kafka's default false).
 */
export function uncleanLeaderElectionEnabled(image: MetadataImage, topic: string, staticDefault = false): boolean {
  const key = 'unclean.leader.election.enable'
  const value =
    topicConfigs(image, topic).get(key) ?? image.configs.get(configKey(ConfigResourceType.BROKER, ''))?.get(key)
  return value === undefined ? staticDefault : value.trim().toLowerCase() === 'true'
}

export interface LeaderAndIsrUpdate {
  /** A broker leaving: out of every target ISR and never an acceptable leader (-1: none). */
  readonly brokerToRemove: number
  /** A broker being unfenced in the same batch: acceptable although the image still shows it fenced (-1: none). */
  readonly brokerToAdd: number
  /** Which partitions to look at. */
  readonly partitions: (partition: PartitionImage) => boolean
  readonly uncleanLeaderElectionEnable?: boolean
}

/**
 * Kafka's generateLeaderAndIsrUpdates: one PartitionChangeRecord per partition (of those selected)
 * whose leader or ISR changes, topics by name and partitions in order so the output is deterministic.
 */
export function leaderAndIsrUpdates(image: MetadataImage, update: LeaderAndIsrUpdate): ControllerRecord[] {
  const isAcceptableLeader = (id: number) =>
    id !== update.brokerToRemove && (id === update.brokerToAdd || isActiveBroker(image, id))
  const records: ControllerRecord[] = []
  const topics = [...image.topicsByName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const topic of topics) {
    const election: Election = uncleanLeaderElectionEnabled(image, topic.name, update.uncleanLeaderElectionEnable)
      ? 'UNCLEAN'
      : 'ONLINE'
    for (const partition of topic.partitions) {
      if (partition === undefined || !update.partitions(partition)) continue
      const record = buildPartitionChange({
        topicId: topic.topicId,
        partition,
        isAcceptableLeader,
        targetIsr: partition.isr.filter((id) => id !== update.brokerToRemove),
        election,
      })
      if (record !== null) records.push(record)
    }
  }
  return records
}
