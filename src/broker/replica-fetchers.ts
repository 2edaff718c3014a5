// The follower side of partition replication on one broker: which partitions it copies from which
// leader, as Kafka's ReplicaFetcherManager (AbstractFetcherManager). The replica manager calls
// `follow` on become-follower (and when a followed partition gets a new leader or leader epoch) and
// `unfollow` when this broker leads the partition, stops replicating it, or deletes it.
//
// Partitions are grouped by source broker, and within one source broker spread over
// `num.replica.fetchers` fetch loops by Kafka's hash (abs(31 * topic.hashCode + partition) %
// num.replica.fetchers); each loop is a replica-fetcher.ts. A partition whose leader changes moves
// from one loop to another; one whose leader epoch changes stays and restarts its fetch position
// (FollowerState.onBecomeFollower). A loop left without partitions stops, as Kafka's
// shutdownIdleFetcherThreads.
//
// unfollow resolves once no answer for the partitions can be applied any more: removal is
// synchronous, and a fetcher applies an answer's effects synchronously after checking the
// partition is still its own, so nothing is written to their logs after this point even though
// a Fetch carrying them may still be on the wire (its answer is dropped, as Kafka's fetcher drops
// answers for partitions no longer in its map).
//
// Each followed partition's leader-epoch cache is the log's persisted one (leader-epochs.ts), so
// what a follower copied is what it answers OffsetForLeaderEpoch and divergence checks from once
// it leads.
//
// Wiring: the node sets `broker.brokerClients` (a NodeClientPool resolving broker ids with
// broker-clients.ts's interBrokerEndpoint over the current image), hands `replicaFetchers(broker)`
// to the replica manager (setFetchers), and calls `close()` before the logs close.

import type { PartitionLog } from '../log/partition-log.js'
import { assert } from '../util/assert.js'
import type { Scheduler } from '../util/scheduler.js'
import type { Broker } from './broker.js'
import { leaderEpochs } from './leader-epochs.js'
import {
  type FetcherPartition,
  type FollowerEpochs,
  partitionKeyOf,
  ReplicaFetcher,
  type ReplicaFetcherConfig,
  replicaFetcherConfig,
  type TopicPartitionKey,
} from './replica-fetcher.js'

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
  /**
   * Stops copying these partitions. They are removed before this returns (synchronously), so no
   * write to their logs follows the call; the promise resolves once that holds, at once.
   */
  unfollow(partitions: readonly { topic: string; partition: number }[]): Promise<void>
  /** Stops every fetch loop. */
  close(): Promise<void>
}

export interface ReplicaFetcherManagerOptions {
  readonly config?: ReplicaFetcherConfig
  readonly scheduler?: Scheduler
  /** A log's leader-epoch cache; default the broker's persisted one (leader-epochs.ts). */
  readonly epochsFor?: (log: PartitionLog) => FollowerEpochs
}

/** Node timers, unref'd: a fetcher's backoff never keeps a process alive. */
const timers: Scheduler = {
  schedule(delayMs, task) {
    const timer = setTimeout(task, Math.max(0, delayMs))
    timer.unref()
    return () => clearTimeout(timer)
  },
}

export class ReplicaFetcherManager implements ReplicaFetchers {
  readonly config: ReplicaFetcherConfig
  private readonly broker: Broker
  private readonly scheduler: Scheduler
  private readonly epochsFor: (log: PartitionLog) => FollowerEpochs
  /** Fetch loops by `${sourceBrokerId}:${fetcherId}`. */
  private readonly fetchers = new Map<string, ReplicaFetcher>()
  /** Which loop carries each followed partition. */
  private readonly placement = new Map<string, string>()
  private readonly stopping = new Set<Promise<void>>()
  private closed = false

  constructor(broker: Broker, options: ReplicaFetcherManagerOptions = {}) {
    this.broker = broker
    this.config = options.config ?? replicaFetcherConfig(broker.config.properties)
    this.scheduler = options.scheduler ?? timers
    this.epochsFor =
      options.epochsFor ??
      ((log) =>
        leaderEpochs(log, {
          onWriteError: (err) => broker.logger.warn({ err, dir: log.dir }, 'leader-epoch-checkpoint not written'),
        }))
  }

  follow(assignments: readonly FollowerAssignment[]): void {
    if (this.closed) return
    const added = new Map<string, FetcherPartition[]>()
    const leaderless: TopicPartitionKey[] = []
    for (const a of assignments) {
      // No leader (-1): nothing to copy from, as Kafka's fetcher manager removes the partition.
      if (a.leaderId < 0) {
        leaderless.push(a)
        continue
      }
      assert(a.leaderId !== this.broker.nodeId, `follow ${a.topic}-${a.partition} from this broker itself`)
      const key = partitionKeyOf(a)
      const target = `${a.leaderId}:${fetcherId(a.topic, a.partition, this.config.numFetchers)}`
      const current = this.placement.get(key)
      if (current !== undefined && current !== target) this.fetchers.get(current)?.removePartitions([a])
      this.placement.set(key, target)
      let list = added.get(target)
      if (list === undefined) {
        list = []
        added.set(target, list)
      }
      list.push({ topic: a.topic, topicId: a.topicId, partition: a.partition, leaderEpoch: a.leaderEpoch })
    }
    for (const [target, partitions] of added) this.fetcherFor(target).addPartitions(partitions)
    if (leaderless.length > 0) void this.unfollow(leaderless)
    else this.stopIdle()
  }

  async unfollow(partitions: readonly TopicPartitionKey[]): Promise<void> {
    for (const p of partitions) {
      const key = partitionKeyOf(p)
      const current = this.placement.get(key)
      if (current === undefined) continue
      this.placement.delete(key)
      this.fetchers.get(current)?.removePartitions([p])
    }
    this.stopIdle()
  }

  async close(): Promise<void> {
    this.closed = true
    const fetchers = [...this.fetchers.values()]
    this.fetchers.clear()
    this.placement.clear()
    await Promise.all([...fetchers.map((f) => f.close()), ...this.stopping])
  }

  /** The loop carrying a partition (tests, diagnostics). */
  fetcherOf(tp: TopicPartitionKey): ReplicaFetcher | undefined {
    const target = this.placement.get(partitionKeyOf(tp))
    return target === undefined ? undefined : this.fetchers.get(target)
  }

  get fetcherCount(): number {
    return this.fetchers.size
  }

  private fetcherFor(target: string): ReplicaFetcher {
    let fetcher = this.fetchers.get(target)
    if (fetcher === undefined) {
      const broker = this.broker
      fetcher = new ReplicaFetcher({
        localBrokerId: broker.nodeId,
        sourceBrokerId: Number(target.slice(0, target.indexOf(':'))),
        clients: () => broker.brokerClients,
        brokerEpoch: () => broker.image.brokers.get(broker.nodeId)?.brokerEpoch ?? -1n,
        getLog: (tp) => broker.logs.getLog(tp),
        epochsFor: this.epochsFor,
        config: this.config,
        clock: broker.clock,
        scheduler: this.scheduler,
        logger: broker.logger,
      })
      this.fetchers.set(target, fetcher)
    }
    return fetcher
  }

  private stopIdle(): void {
    for (const [target, fetcher] of this.fetchers) {
      if (fetcher.partitionCount > 0) continue
      this.fetchers.delete(target)
      const stopped = fetcher.close().finally(() => this.stopping.delete(stopped))
      this.stopping.add(stopped)
    }
  }
}

/** Kafka's AbstractFetcherManager.getFetcherId: Utils.abs(31 * topic.hashCode() + partition) % numFetchers. */
export function fetcherId(topic: string, partition: number, numFetchers: number): number {
  let hash = 0
  for (let i = 0; i < topic.length; i++) hash = (Math.imul(31, hash) + topic.charCodeAt(i)) | 0
  const value = (Math.imul(31, hash) + partition) | 0
  // Utils.abs maps Integer.MIN_VALUE to 0.
  const abs = value === -0x80000000 ? 0 : Math.abs(value)
  return abs % numFetchers
}

const managers = new WeakMap<Broker, ReplicaFetcherManager>()

/** The broker's replica fetchers (one per broker). */
export function replicaFetchers(broker: Broker): ReplicaFetcherManager {
  let manager = managers.get(broker)
  if (manager === undefined) {
    manager = new ReplicaFetcherManager(broker)
    managers.set(broker, manager)
  }
  return manager
}
