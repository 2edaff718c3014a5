// The follower side of partition replication on one broker: which partitions it copies from which
// leader, as Kafka's ReplicaFetcherManager (AbstractFetcherManager). The replica manager calls
// `follow` on become-follower (and when a followed partition gets a new leader or leader epoch) and
// `unfollow` when this broker leads the partition, stops replicating it, or deletes it.
//
// Skeleton: the interface the replica manager compiles against; the fetch loops follow.
import type { Broker } from './broker.js'

export interface FollowerAssignment {
  readonly topic: string
  readonly topicId: Buffer
  readonly partition: number
  readonly leaderId: number
  readonly leaderEpoch: number
}

export interface ReplicaFetchers {
  /** Become-follower, or a new leader or leader epoch for a followed partition. */
  follow(assignments: readonly FollowerAssignment[]): void
  /** Stops copying these partitions; resolves when no fetch answer or append for them is in progress. */
  unfollow(partitions: readonly { topic: string; partition: number }[]): Promise<void>
  /** Stops every fetch loop. */
  close(): Promise<void>
}

const managers = new WeakMap<Broker, ReplicaFetchers>()

/** The broker's replica fetchers (one per broker). */
export function replicaFetchers(broker: Broker): ReplicaFetchers {
  let manager = managers.get(broker)
  if (manager === undefined) {
    const followed = new Map<string, FollowerAssignment>()
    manager = {
      follow(assignments) {
        for (const a of assignments) followed.set(`${a.topic}-${a.partition}`, a)
      },
      async unfollow(partitions) {
        for (const p of partitions) followed.delete(`${p.topic}-${p.partition}`)
      },
      async close() {
        followed.clear()
      },
    }
    managers.set(broker, manager)
  }
  return manager
}
