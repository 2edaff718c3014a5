// This broker's replication health, as Kafka's ReplicaManager gauges and the controller's
// OfflinePartitionsCount: what the admin/metrics endpoints expose and what an operator watches
// when a broker goes away.
//
// - underReplicatedPartitions: partitions this broker leads whose ISR is smaller than the replica
//   set (Kafka's Partition.isUnderReplicated: leader and isr.size < assignment size);
// - underMinIsrPartitions: partitions this broker leads whose ISR is below the effective
//   min.insync.replicas, min(min.insync.replicas, replicas) (Partition.isUnderMinIsr);
// - atMinIsrPartitions: ISR exactly at that minimum (Partition.isAtMinIsr);
// - offlinePartitions: partitions of the cluster with no leader (leader -1), which every node
//   reads from the same image (Kafka reports it on the active controller).
// The ISR of a led partition is its leader state's committed ISR (replica-manager.ts), or the
// image's before the replica manager has taken the partition on; a partition the image gives to
// this broker is counted either way.
//
// `watchReplicationMetrics` recomputes after every published image (ISR changes only ever arrive
// through the image) and logs the counts at info when they change.
import type { Logger } from 'pino'
import type { MetadataImage } from '../metadata/image.js'
import type { Broker } from './broker.js'
import { partitionKey } from './fetch-purgatory.js'
import { minInsyncReplicas, replicaManager } from './replica-manager.js'

export interface ReplicationMetrics {
  readonly underReplicatedPartitions: number
  readonly underMinIsrPartitions: number
  readonly atMinIsrPartitions: number
  readonly offlinePartitions: number
}

export interface ReplicationMetricsInput {
  readonly image: MetadataImage
  readonly nodeId: number
  /** The committed ISR this broker's leader state holds for a partition, if it has one. */
  readonly leaderIsr: (topic: string, partition: number) => readonly number[] | undefined
  /** min.insync.replicas of a topic. */
  readonly minInsyncReplicas: (topic: string) => number
}

/** The counts from an image and this broker's leader states (pure). */
export function computeReplicationMetrics(input: ReplicationMetricsInput): ReplicationMetrics {
  let underReplicated = 0
  let underMinIsr = 0
  let atMinIsr = 0
  let offline = 0
  for (const topic of input.image.topicsByName.values()) {
    let minIsr: number | undefined
    for (const partition of topic.partitions) {
      if (partition === undefined) continue
      if (partition.leader < 0) offline++
      if (partition.leader !== input.nodeId) continue
      const isr = input.leaderIsr(topic.name, partition.partition) ?? partition.isr
      minIsr ??= input.minInsyncReplicas(topic.name)
      const effectiveMinIsr = Math.min(minIsr, partition.replicas.length)
      if (isr.length < partition.replicas.length) underReplicated++
      if (isr.length < effectiveMinIsr) underMinIsr++
      else if (isr.length === effectiveMinIsr) atMinIsr++
    }
  }
  return {
    underReplicatedPartitions: underReplicated,
    underMinIsrPartitions: underMinIsr,
    atMinIsrPartitions: atMinIsr,
    offlinePartitions: offline,
  }
}

/** This broker's counts now. */
export function replicationMetrics(broker: Broker): ReplicationMetrics {
  const image = broker.image
  const led = replicaManager(broker).ledPartitions()
  return computeReplicationMetrics({
    image,
    nodeId: broker.nodeId,
    leaderIsr: (topic, partition) => led.get(partitionKey(topic, partition))?.state.isr,
    minInsyncReplicas: (topic) => minInsyncReplicas(broker, image, topic),
  })
}

/** Logs the counts at info whenever a published image changes them; the returned function stops. */
export function watchReplicationMetrics(broker: Broker, logger: Logger = broker.logger): () => void {
  let last: ReplicationMetrics = {
    underReplicatedPartitions: 0,
    underMinIsrPartitions: 0,
    atMinIsrPartitions: 0,
    offlinePartitions: 0,
  }
  return broker.metadata.onImage(() => {
    const now = replicationMetrics(broker)
    if (sameMetrics(now, last)) return
    last = now
    logger.info(now, 'replication: partition counts changed')
  })
}

function sameMetrics(a: ReplicationMetrics, b: ReplicationMetrics): boolean {
  return (
    a.underReplicatedPartitions === b.underReplicatedPartitions &&
    a.underMinIsrPartitions === b.underMinIsrPartitions &&
    a.atMinIsrPartitions === b.atMinIsrPartitions &&
    a.offlinePartitions === b.offlinePartitions
  )
}
