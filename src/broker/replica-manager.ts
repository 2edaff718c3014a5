// This broker's role for every partition it replicates, as Kafka's ReplicaManager applies
// metadata deltas (applyDelta: makeLeaders / makeFollowers): one LeaderState
// (replication/leader-state.ts) per partition it leads, and the follower assignments it hands to
// the replica fetchers. It is the driver around LeaderState: it owns the clock, the log writes of
// the high watermark, the acks=all purgatory, the ISR-expiration timer and the AlterPartition
// channel to the controller.
//
// Roles, per partition with this broker among its replicas, moved by each published image:
//   leader     image leader = this broker. Entered: assign (leaderEpoch, log end offset) in the
//              partition's epoch cache, new LeaderState (followers unknown), the fetchers stop
//              fetching it. Later images go to LeaderState.onMetadata (a new leader epoch assigns
//              it in the cache too); registrations and min.insync.replicas changes follow.
//   follower   another broker leads: the LeaderState goes (parked acks=all produces answer
//              NOT_LEADER_OR_FOLLOWER) and the fetchers follow the leader at its epoch.
//   none       no leader, not a replica any more, or the topic is gone: the fetchers stop.
//
// What moves the high watermark: LeaderState answers with a new one after a local append
// (`onLocalAppend`, called by every writer of a led partition: Produce, WriteTxnMarkers, the
// coordinators), a follower's fetch (`followerFetch`, from the Fetch handler), the ISR-expiration
// tick (every replica.lag.time.max.ms / 2), an AlterPartition answer or a new image. Each new high
// watermark is written to the log, wakes consumers' fetches parked on the partition (with the
// bytes it uncovered) and re-checks the partition's parked acks=all produces. An RF=1 partition's
// high watermark is its log end after every append, as a single broker always had it.
//
// AlterPartition: LeaderState's proposals are sent to the active controller through the broker's
// controller channel, v3, all pending partitions in one request and one request in flight, as
// Kafka's AlterPartitionManager. A failed request, a top-level error, or a partition answer that
// LeaderState wants resent goes again after a short backoff, while the proposal is still pending.
import type { PartitionLog } from '../log/partition-log.js'
import type { MetadataImage, PartitionImage, TopicImage } from '../metadata/image.js'
import { ConfigResourceType, configKey, topicConfigs, topicIdKey } from '../metadata/image.js'
import { ErrorCode } from '../protocol/errors.js'
import { alterPartitionApi } from '../protocol/generated/apis/alter-partition.js'
import type { AlterPartitionRequest } from '../protocol/generated/message/alter-partition-request.js'
import type { AlterPartitionResponse } from '../protocol/generated/message/alter-partition-response.js'
import {
  type AlterPartitionProposal,
  DEFAULT_REPLICA_LAG_TIME_MAX_MS,
  type LeaderEffects,
  LeaderState,
} from '../replication/leader-state.js'
import type { FollowerFetch } from '../replication/replica-state.js'
import type { Broker } from './broker.js'
import { delayedProduces } from './delayed-produce.js'
import { fetchPurgatory, partitionKey } from './fetch-purgatory.js'
import { leaderEpochs } from './leader-epochs.js'
import { METADATA_TOPIC } from './metadata-log.js'

/** What the replica fetchers (replica-fetchers.ts) are told; the same shape as theirs. */
export interface FollowerAssignment {
  readonly topic: string
  readonly topicId: Buffer
  readonly partition: number
  readonly leaderId: number
  readonly leaderEpoch: number
}

/** The replica fetchers as the replica manager drives them (replica-fetchers.ts implements it). */
export interface ReplicaFetchersControl {
  follow(assignments: readonly FollowerAssignment[]): void
  unfollow(partitions: readonly { topic: string; partition: number }[]): Promise<void>
  close(): Promise<void>
}

const NO_FETCHERS: ReplicaFetchersControl = {
  follow() {},
  unfollow: () => Promise.resolve(),
  close: () => Promise.resolve(),
}

/** AlterPartition version sent: v3 carries each ISR member's broker epoch (KIP-903). */
const ALTER_PARTITION_VERSION = 3
/** Wait before resending a proposal the controller did not take (Kafka's retry backoff). */
const ALTER_PARTITION_RETRY_MS = 100
/** Entries kept per partition of bytes above the high watermark; older ones merge. */
const MAX_UNREPLICATED_ENTRIES = 10_000

/** A partition this broker leads. */
export interface LedPartition {
  readonly topic: string
  readonly topicId: Buffer
  readonly partition: number
  readonly key: string
  readonly log: PartitionLog
  readonly state: LeaderState
  minInsyncReplicas: number
  /** Appends above the high watermark as (end offset, bytes), oldest first: what a move uncovers. */
  readonly unreplicated: { end: number; bytes: number }[]
}

interface QueuedProposal {
  readonly led: LedPartition
  readonly proposal: AlterPartitionProposal
}

export class ReplicaManager {
  readonly #broker: Broker
  readonly replicaLagTimeMaxMs: number
  #fetchers: ReplicaFetchersControl = NO_FETCHERS
  readonly #led = new Map<string, LedPartition>()
  readonly #followed = new Map<string, FollowerAssignment>()
  #brokers: MetadataImage['brokers'] | null = null
  #expiration: ReturnType<typeof setInterval> | null = null
  readonly #alterQueue = new Map<string, QueuedProposal>()
  #alterInFlight = false
  readonly #retryTimers = new Set<ReturnType<typeof setTimeout>>()
  #closed = false

  constructor(broker: Broker) {
    this.#broker = broker
    const lag = Number(broker.config.properties.get('replica.lag.time.max.ms')?.trim())
    this.replicaLagTimeMaxMs = Number.isSafeInteger(lag) && lag > 0 ? lag : DEFAULT_REPLICA_LAG_TIME_MAX_MS
  }

  /** The fetchers that follow other leaders; until set, following is a no-op. */
  setFetchers(fetchers: ReplicaFetchersControl): void {
    this.#fetchers = fetchers
    if (this.#followed.size > 0) fetchers.follow([...this.#followed.values()])
  }

  /** Applies a published image: become leader, become follower, stop replicating. */
  applyImage(image: MetadataImage): void {
    if (this.#closed) return
    const me = this.#broker.nodeId
    const nowMs = this.#now()
    const brokersChanged = this.#brokers !== null && this.#brokers !== image.brokers
    this.#brokers = image.brokers
    const seen = new Set<string>()
    const unfollow: { topic: string; partition: number }[] = []
    const follow: FollowerAssignment[] = []
    for (const topic of image.topicsByName.values()) {
      if (topic.name === METADATA_TOPIC) continue
      for (const p of topic.partitions) {
        if (!p.replicas.includes(me)) continue
        const key = partitionKey(topic.name, p.partition)
        seen.add(key)
        if (p.leader === me) {
          if (this.#followed.delete(key)) unfollow.push({ topic: topic.name, partition: p.partition })
          this.#lead(image, topic, p, key, nowMs, brokersChanged)
          continue
        }
        this.#resign(key)
        const current = this.#followed.get(key)
        if (p.leader < 0) {
          if (current !== undefined) {
            this.#followed.delete(key)
            unfollow.push({ topic: topic.name, partition: p.partition })
          }
          continue
        }
        if (
          current === undefined ||
          current.leaderId !== p.leader ||
          current.leaderEpoch !== p.leaderEpoch ||
          !current.topicId.equals(topic.topicId)
        ) {
          const assignment: FollowerAssignment = {
            topic: topic.name,
            topicId: topic.topicId,
            partition: p.partition,
            leaderId: p.leader,
            leaderEpoch: p.leaderEpoch,
          }
          this.#followed.set(key, assignment)
          follow.push(assignment)
        }
      }
    }
    for (const key of [...this.#led.keys()]) if (!seen.has(key)) this.#resign(key)
    for (const [key, a] of [...this.#followed]) {
      if (seen.has(key)) continue
      this.#followed.delete(key)
      unfollow.push({ topic: a.topic, partition: a.partition })
    }
    if (unfollow.length > 0) {
      this.#fetchers
        .unfollow(unfollow)
        .catch((err: unknown) => this.#broker.logger.warn({ err }, 'replica fetchers did not stop'))
    }
    if (follow.length > 0) this.#fetchers.follow(follow)
  }

  /** The partition when this broker leads it (per the current image), else undefined. */
  leader(topic: string, partition: number): LedPartition | undefined {
    const key = partitionKey(topic, partition)
    const led = this.#led.get(key)
    if (led !== undefined || this.#closed) return led
    // A request ahead of the first published image (or of a publish in progress) sees the image's leadership.
    const image = this.#broker.image
    const t = image.topicsByName.get(topic)
    const p = t?.partitions[partition]
    if (t === undefined || p === undefined || p.leader !== this.#broker.nodeId) return undefined
    this.#lead(image, t, p, key, this.#now(), false)
    return this.#led.get(key)
  }

  /** Kafka's check before an append: acks=all with the ISR below min.insync.replicas is NOT_ENOUGH_REPLICAS. */
  canAppend(topic: string, partition: number, requiredAcks: number): number {
    return this.leader(topic, partition)?.state.canAppend(requiredAcks) ?? ErrorCode.NONE
  }

  /**
   * The leader's log of a partition grew by an append ending at `lastOffset` (default: the log
   * end - 1) and `bytes` long:
   * followers' parked fetches wake, and the high watermark moves if the ISR allows.
   */
  onLocalAppend(
    topic: string,
    partition: number,
    appended: { readonly lastOffset?: number; readonly bytes: number },
  ): void {
    const key = partitionKey(topic, partition)
    const led = this.leader(topic, partition)
    const purgatory = fetchPurgatory(this.#broker)
    purgatory.notifyAppend(key, appended.bytes)
    if (led === undefined) return
    const pending = led.unreplicated
    const last = pending.at(-1)
    const end = (appended.lastOffset ?? led.log.logEndOffset - 1) + 1
    if (pending.length >= MAX_UNREPLICATED_ENTRIES && last !== undefined) {
      last.end = end
      last.bytes += appended.bytes
    } else {
      pending.push({ end, bytes: appended.bytes })
    }
    this.#apply(led, led.state.localAppend(led.log.logEndOffset, this.#now()))
  }

  /**
   * A follower's fetch of a led partition was served from `fetch.fetchOffset` (Kafka's
   * updateFollowerFetchState): its position is recorded, the ISR may grow, the HW may move.
   * Returns the partition's error code (NOT_LEADER_OR_FOLLOWER for a stale broker epoch).
   */
  followerFetch(led: LedPartition, replicaId: number, fetch: FollowerFetch): number {
    if (this.#led.get(led.key) !== led) return ErrorCode.NOT_LEADER_OR_FOLLOWER
    const result = led.state.followerFetch(replicaId, fetch)
    this.#apply(led, result)
    return result.errorCode
  }

  /** acks=all's answer now for an append up to `requiredOffset` (exclusive), or null while it must wait. */
  acksFor(topic: string, partition: number, requiredOffset: number): number | null {
    const led = this.leader(topic, partition)
    if (led === undefined) return ErrorCode.NOT_LEADER_OR_FOLLOWER
    const check = led.state.isAcked(requiredOffset)
    return check.kind === 'done' ? check.errorCode : null
  }

  /**
   * An acks=all produce appended up to `requiredOffset` (exclusive): resolves with NONE once the
   * high watermark reaches it, NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR meanwhile dropped
   * below min.insync.replicas, REQUEST_TIMED_OUT after `timeoutMs`, NOT_LEADER_OR_FOLLOWER when
   * leadership moves.
   */
  waitForAcks(topic: string, partition: number, requiredOffset: number, timeoutMs: number): Promise<number> {
    const led = this.leader(topic, partition)
    if (led === undefined) return Promise.resolve(ErrorCode.NOT_LEADER_OR_FOLLOWER)
    const state = led.state
    return delayedProduces(this.#broker).wait(led.key, timeoutMs, () => {
      if (this.#led.get(led.key)?.state !== state) return ErrorCode.NOT_LEADER_OR_FOLLOWER
      const check = state.isAcked(requiredOffset)
      return check.kind === 'done' ? check.errorCode : null
    })
  }

  /**
   * Resolves with NONE once the partition's high watermark reaches `offset` (a coordinator's write
   * is committed), with NOT_LEADER_OR_FOLLOWER when leadership moves, REQUEST_TIMED_OUT after
   * `timeoutMs`. Kafka's coordinators write with acks=all and answer once committed.
   */
  waitForHighWatermark(topic: string, partition: number, offset: number, timeoutMs: number): Promise<number> {
    const led = this.leader(topic, partition)
    if (led === undefined) return Promise.resolve(ErrorCode.NOT_LEADER_OR_FOLLOWER)
    const state = led.state
    return delayedProduces(this.#broker).wait(led.key, timeoutMs, () => {
      if (this.#led.get(led.key)?.state !== state) return ErrorCode.NOT_LEADER_OR_FOLLOWER
      return state.highWatermark >= offset ? ErrorCode.NONE : null
    })
  }

  /**
   * Whether the leader's log of a partition is committed up to its end (a coordinator's write just
   * appended): NONE now, or a promise of the outcome (waitForHighWatermark).
   */
  committedToEnd(topic: string, partition: number, timeoutMs: number): number | Promise<number> {
    const led = this.leader(topic, partition)
    if (led === undefined) return ErrorCode.NOT_LEADER_OR_FOLLOWER
    const offset = led.log.logEndOffset
    if (led.state.highWatermark >= offset) return ErrorCode.NONE
    return this.waitForHighWatermark(topic, partition, offset, timeoutMs)
  }

  /** The partitions led here (tests, metrics). */
  ledPartitions(): ReadonlyMap<string, LedPartition> {
    return this.#led
  }

  /** The partitions followed here, as given to the fetchers. */
  followedPartitions(): ReadonlyMap<string, FollowerAssignment> {
    return this.#followed
  }

  /** Stops the timers, answers parked produces, stops the fetchers. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    if (this.#expiration !== null) clearInterval(this.#expiration)
    for (const timer of this.#retryTimers) clearTimeout(timer)
    this.#retryTimers.clear()
    this.#alterQueue.clear()
    delayedProduces(this.#broker).close()
    await this.#fetchers.close()
  }

  // ---------------------------------------------------------------------------------------------

  #now(): number {
    return this.#broker.clock.wallMs()
  }

  #lead(
    image: MetadataImage,
    topic: TopicImage,
    p: PartitionImage,
    key: string,
    nowMs: number,
    brokersChanged: boolean,
  ): void {
    let led = this.#led.get(key)
    const log = this.#broker.logs.getLog({ topic: topic.name, partition: p.partition })
    if (led !== undefined && (led.log !== log || !led.topicId.equals(topic.topicId))) {
      this.#resign(key)
      led = undefined
    }
    if (log === undefined) return
    const minIsr = minInsyncReplicas(this.#broker, image, topic.name)
    if (led === undefined) {
      leaderEpochs(log, { onWriteError: (err) => this.#epochWriteFailed(topic.name, p.partition, err) }).assign(
        p.leaderEpoch,
        log.logEndOffset,
      )
      const state = new LeaderState({
        localBrokerId: this.#broker.nodeId,
        localBrokerEpoch: image.brokers.get(this.#broker.nodeId)?.brokerEpoch ?? -1n,
        partition: p,
        logEndOffset: log.logEndOffset,
        highWatermark: Math.min(log.highWatermark, log.logEndOffset),
        nowMs,
        minInsyncReplicas: minIsr,
        brokers: image.brokers,
        replicaLagTimeMaxMs: this.replicaLagTimeMaxMs,
      })
      const created: LedPartition = {
        topic: topic.name,
        topicId: topic.topicId,
        partition: p.partition,
        key,
        log,
        state,
        minInsyncReplicas: minIsr,
        unreplicated: [],
      }
      this.#led.set(key, created)
      this.#ensureExpirationTimer()
      if (state.highWatermark > log.highWatermark) this.#apply(created, { highWatermark: state.highWatermark })
      return
    }
    const result = led.state.onMetadata(p, nowMs)
    if (result.kind === 'resigned') {
      this.#resign(key)
      return
    }
    if (result.newEpoch !== undefined) {
      leaderEpochs(log).assign(result.newEpoch.epoch, result.newEpoch.startOffset)
    }
    this.#apply(led, result)
    if (brokersChanged) this.#apply(led, led.state.updateBrokers(image.brokers, nowMs))
    if (minIsr !== led.minInsyncReplicas) {
      led.minInsyncReplicas = minIsr
      this.#apply(led, led.state.updateMinInsyncReplicas(minIsr, nowMs))
    }
  }

  /** This broker no longer leads the partition: its parked acks=all produces answer NOT_LEADER_OR_FOLLOWER. */
  #resign(key: string): void {
    if (!this.#led.delete(key)) return
    this.#alterQueue.delete(key)
    delayedProduces(this.#broker).failPartition(key, ErrorCode.NOT_LEADER_OR_FOLLOWER)
  }

  /** Performs LeaderState's effects: the new HW to the log and its waiters, a proposal to the controller. */
  #apply(led: LedPartition, effects: LeaderEffects, proposalDelayMs = 0): void {
    if (effects.highWatermark !== undefined) {
      led.log.updateHighWatermark(effects.highWatermark)
      const hw = led.log.highWatermark
      let bytes = 0
      while (led.unreplicated.length > 0 && led.unreplicated[0]!.end <= hw) bytes += led.unreplicated.shift()!.bytes
      // A move always uncovers at least one record, whatever was appended before this state existed.
      fetchPurgatory(this.#broker).notifyHighWatermark(led.key, Math.max(1, bytes))
    }
    // The HW or the ISR may have changed: parked acks=all produces look again.
    delayedProduces(this.#broker).check(led.key)
    if (effects.alterPartition !== undefined) this.#propose(led, effects.alterPartition, proposalDelayMs)
  }

  #ensureExpirationTimer(): void {
    if (this.#expiration !== null || this.#closed) return
    const intervalMs = Math.max(1, Math.floor(this.replicaLagTimeMaxMs / 2))
    this.#expiration = setInterval(() => this.#expireIsr(), intervalMs)
    this.#expiration.unref?.()
  }

  /** Kafka's isr-expiration task. */
  #expireIsr(): void {
    const nowMs = this.#now()
    for (const led of [...this.#led.values()]) {
      if (this.#led.get(led.key) === led) this.#apply(led, led.state.tick(nowMs))
    }
  }

  #propose(led: LedPartition, proposal: AlterPartitionProposal, delayMs: number): void {
    if (this.#closed) return
    if (delayMs <= 0) {
      this.#alterQueue.set(led.key, { led, proposal })
      this.#sendAlterPartitions()
      return
    }
    const timer = setTimeout(() => {
      this.#retryTimers.delete(timer)
      // Resent only while it is still the pending proposal of the current leader state.
      if (this.#led.get(led.key) !== led || led.state.pendingAlterPartition?.id !== proposal.id) return
      if (this.#alterQueue.has(led.key)) return
      this.#propose(led, proposal, 0)
    }, delayMs)
    timer.unref?.()
    this.#retryTimers.add(timer)
  }

  #sendAlterPartitions(): void {
    if (this.#alterInFlight || this.#closed || this.#alterQueue.size === 0) return
    const channel = this.#broker.controllerChannel
    if (channel === null) return
    const batch = [...this.#alterQueue.values()].filter(
      (q) => this.#led.get(q.led.key) === q.led && q.led.state.pendingAlterPartition?.id === q.proposal.id,
    )
    this.#alterQueue.clear()
    if (batch.length === 0) return
    const request = alterPartitionRequest(
      this.#broker.nodeId,
      this.#broker.image.brokers.get(this.#broker.nodeId)?.brokerEpoch ?? -1n,
      batch,
    )
    this.#alterInFlight = true
    channel
      .request(alterPartitionApi, ALTER_PARTITION_VERSION, request)
      .then(
        (response) => this.#onAlterPartitionResponse(batch, response),
        (err: unknown) => {
          this.#broker.logger.debug({ err }, 'AlterPartition failed; retrying')
          for (const q of batch) this.#propose(q.led, q.proposal, ALTER_PARTITION_RETRY_MS)
        },
      )
      .finally(() => {
        this.#alterInFlight = false
        this.#sendAlterPartitions()
      })
  }

  #onAlterPartitionResponse(batch: readonly QueuedProposal[], response: AlterPartitionResponse): void {
    if (this.#closed) return
    if (response.errorCode !== ErrorCode.NONE) {
      this.#broker.logger.debug({ errorCode: response.errorCode }, 'AlterPartition refused; retrying')
      for (const q of batch) this.#propose(q.led, q.proposal, ALTER_PARTITION_RETRY_MS)
      return
    }
    const nowMs = this.#now()
    const answered = new Set<QueuedProposal>()
    for (const topic of response.topics) {
      for (const p of topic.partitions) {
        const q = batch.find((b) => b.led.topicId.equals(topic.topicId) && b.led.partition === p.partitionIndex)
        if (q === undefined) continue
        answered.add(q)
        if (this.#led.get(q.led.key) !== q.led) continue
        if (p.errorCode !== ErrorCode.NONE) {
          this.#broker.logger.debug(
            { topic: q.led.topic, partition: q.led.partition, errorCode: p.errorCode },
            'AlterPartition answered with an error',
          )
        }
        const effects = q.led.state.onAlterPartitionResponse(q.proposal.id, p, nowMs)
        this.#apply(q.led, effects, ALTER_PARTITION_RETRY_MS)
      }
    }
    for (const q of batch) if (!answered.has(q)) this.#propose(q.led, q.proposal, ALTER_PARTITION_RETRY_MS)
  }

  #epochWriteFailed(topic: string, partition: number, err: unknown): void {
    this.#broker.logger.debug({ err, topic, partition }, 'leader-epoch-checkpoint not written')
  }
}

function alterPartitionRequest(
  brokerId: number,
  brokerEpoch: bigint,
  batch: readonly QueuedProposal[],
): AlterPartitionRequest {
  const topics = new Map<string, AlterPartitionRequest['topics'][number]>()
  for (const { led, proposal } of batch) {
    const id = topicIdKey(led.topicId)
    let topic = topics.get(id)
    if (topic === undefined) {
      topic = { topicName: led.topic, topicId: led.topicId, partitions: [] }
      topics.set(id, topic)
    }
    topic.partitions.push({
      partitionIndex: led.partition,
      leaderEpoch: proposal.leaderEpoch,
      // v3 carries the ISR only as newIsrWithEpochs.
      newIsr: [],
      newIsrWithEpochs: proposal.newIsrWithEpochs.map((m) => ({ brokerId: m.brokerId, brokerEpoch: m.brokerEpoch })),
      leaderRecoveryState: proposal.leaderRecoveryState,
      partitionEpoch: proposal.partitionEpoch,
    })
  }
  return { brokerId, brokerEpoch, topics: [...topics.values()] }
}

/**
 * `min.insync.replicas` of a topic: its override, else the dynamic broker config (this node's,
 * then the cluster default), else the static property, else Kafka's default 1.
 */
export function minInsyncReplicas(broker: Broker, image: MetadataImage, topic: string): number {
  const key = 'min.insync.replicas'
  const text =
    topicConfigs(image, topic).get(key) ??
    image.configs.get(configKey(ConfigResourceType.BROKER, String(broker.nodeId)))?.get(key) ??
    image.configs.get(configKey(ConfigResourceType.BROKER, ''))?.get(key) ??
    broker.config.properties.get(key)
  const value = Number(text?.trim())
  return Number.isSafeInteger(value) && value >= 1 ? value : 1
}

const byBroker = new WeakMap<Broker, ReplicaManager>()

/** The node's replica manager (one per broker). */
export function replicaManager(broker: Broker): ReplicaManager {
  let manager = byBroker.get(broker)
  if (manager === undefined) {
    manager = new ReplicaManager(broker)
    byBroker.set(broker, manager)
  }
  return manager
}
