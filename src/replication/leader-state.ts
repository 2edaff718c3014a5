// A partition leader's replication state: the ISR, the high watermark, what each follower has,
// and the one AlterPartition it may have in flight. Kafka's Partition as seen on its leader
// (core/.../cluster/Partition.scala: makeLeader, updateFollowerFetchState, maybeExpandIsr,
// maybeShrinkIsr, maybeIncrementLeaderHW, checkEnoughReplicasReachOffset, handleAlterPartition*).
//
// Pure: the driver owns the log, the clock and the network, and feeds this object inputs:
//   - new LeaderState(...)     on become-leader (image leader = this broker). The driver first
//                              assigns (leaderEpoch, log end offset) in the leader-epoch cache.
//   - followerFetch(...)       after serving a follower's Fetch that had no error and no diverging
//                              epoch (leader-read.ts decides that), with the log end before the read.
//   - localAppend(leo)         after each append to the leader's log.
//   - tick(nowMs)              every replica.lag.time.max.ms / 2, as Kafka's isr-expiration task.
//   - onAlterPartitionResponse after the controller answers the pending proposal; the driver keeps
//                              the LeaderState that sent it with the request and drops answers
//                              meant for an earlier LeaderState of the partition (ids restart).
//   - onMetadata(partition)    for every new image of this partition while it leads (a result of
//                              `resigned` means drop this object and become a follower; an image
//                              whose partition epoch is not newer than ours changes nothing).
//   - canAppend / isAcked      Produce with acks=all: before the append, and for each waiting
//                              produce after every effect (the purgatory; REQUEST_TIMED_OUT after
//                              request.timeout.ms and NOT_LEADER_OR_FOLLOWER on resign are the
//                              driver's). min.insync.replicas is the state's (updateMinInsyncReplicas).
//   - updateBrokers(image.brokers) / updateMinInsyncReplicas when registrations or topic config change.
// Each returns LeaderEffects: a new high watermark to write to the log (then complete delayed
// produces and wake fetches), and an AlterPartition proposal to send (AlterPartition v3:
// newIsrWithEpochs; the sender batches, and resends the same proposal after a top-level error
// such as NOT_CONTROLLER or STALE_BROKER_EPOCH, as Kafka's AlterPartitionManager).
//
// ISR states (Kafka's PartitionState):
//   committed       the ISR the controller last confirmed; proposals may start.
//   pendingExpand   one follower proposed for the ISR. The maximal ISR (ISR + it) already holds
//                   the high watermark back (KIP-497), so a success changes nothing unsafe and a
//                   failure only made the rule stricter for a while.
//   pendingShrink   followers proposed out. The maximal ISR is the old ISR until confirmed:
//                   acting on an unconfirmed shrink could advance the HW past a replica the
//                   controller still counts as in sync.
// At most one proposal is in flight. Results: success (same leader epoch, partition epoch not
// older) commits its ISR and partition epoch; INELIGIBLE_REPLICA / OPERATION_NOT_ATTEMPTED return
// to the last committed state (the controller says it did not apply it); NOT_CONTROLLER and
// unknown errors resend the same proposal; FENCED_LEADER_EPOCH, INVALID_UPDATE_VERSION,
// UNKNOWN_TOPIC_OR_PARTITION, UNKNOWN_TOPIC_ID, INVALID_REQUEST, NEW_LEADER_ELECTED keep it
// pending until metadata replaces the state (a newer image always resets to committed).
//
// High watermark: min over the log ends of the maximal ISR and of caught-up, ISR-eligible
// followers about to join; an ISR member that has not fetched since this leader took over has an
// unknown log end and holds the HW where it is. Never decreases. Strict min ISR (Kafka 3.7+,
// KAFKA-15583): no advance while the committed ISR is smaller than the effective min ISR,
// min(min.insync.replicas, replication factor).
import { type BrokerImage, LeaderRecoveryState, type PartitionImage } from '../metadata/image.js'
import { ErrorCode } from '../protocol/errors.js'
import { assert } from '../util/assert.js'
import {
  type FollowerFetch,
  isCaughtUp,
  newReplicaState,
  type ReplicaState,
  resetReplicaState,
  updateFetchState,
} from './replica-state.js'

/** `replica.lag.time.max.ms` default. */
export const DEFAULT_REPLICA_LAG_TIME_MAX_MS = 30_000

/** What the leader reads of a broker's registration: `image.brokers` serves as the map. */
export type BrokerLiveness = Pick<BrokerImage, 'fenced' | 'inControlledShutdown' | 'brokerEpoch'>

export interface AlterPartitionProposal {
  /** Matches the response to the proposal; a response for another id is stale and ignored. */
  readonly id: number
  readonly kind: 'expand' | 'shrink'
  readonly leaderId: number
  readonly leaderEpoch: number
  readonly partitionEpoch: number
  readonly newIsr: readonly number[]
  /** AlterPartition v3 NewIsrWithEpochs: each member's broker epoch from its fetches (-1n unknown). */
  readonly newIsrWithEpochs: readonly { readonly brokerId: number; readonly brokerEpoch: bigint }[]
  readonly leaderRecoveryState: number
}

/**
 * One partition of the controller's AlterPartition answer, as on the wire (AlterPartition
 * response PartitionData); the other fields mean nothing when errorCode is not NONE.
 */
export interface AlterPartitionResult {
  readonly errorCode: number
  readonly leaderId: number
  readonly leaderEpoch: number
  readonly isr: readonly number[]
  readonly partitionEpoch: number
  readonly leaderRecoveryState: number
}

export interface LeaderEffects {
  /** The high watermark moved up to this offset. */
  readonly highWatermark?: number
  /** Send this AlterPartition proposal (new, or a resend of the pending one). */
  readonly alterPartition?: AlterPartitionProposal
}

export type IsrState =
  | { readonly kind: 'committed'; readonly isr: readonly number[] }
  | {
      readonly kind: 'pendingExpand' | 'pendingShrink'
      /** The last committed ISR: min-ISR checks and under-replication use it. */
      readonly isr: readonly number[]
      /** The ISR that holds the high watermark back while the proposal is in flight. */
      readonly maximalIsr: readonly number[]
      readonly proposal: AlterPartitionProposal
    }

export interface LeaderInit {
  readonly localBrokerId: number
  /** This broker's own epoch, sent for itself in NewIsrWithEpochs. */
  readonly localBrokerEpoch: bigint
  readonly partition: PartitionImage
  readonly logEndOffset: number
  readonly highWatermark: number
  readonly nowMs: number
  readonly minInsyncReplicas: number
  readonly brokers: ReadonlyMap<number, BrokerLiveness>
  readonly replicaLagTimeMaxMs?: number
}

export type AckCheck = { readonly kind: 'done'; readonly errorCode: number } | { readonly kind: 'waiting' }

export class LeaderState {
  readonly localBrokerId: number
  readonly replicaLagTimeMaxMs: number
  #localBrokerEpoch: bigint
  #leaderEpoch: number
  #partitionEpoch: number
  #epochStartOffset: number
  #replicas: readonly number[]
  #remote = new Map<number, ReplicaState>()
  #isrState: IsrState
  #leo: number
  #hw: number
  #minIsr: number
  #brokers: ReadonlyMap<number, BrokerLiveness>
  #recovery: number
  #nextProposalId = 1

  /** Kafka's makeLeader for a broker that was not leading: followers' state starts unknown. */
  constructor(init: LeaderInit) {
    const p = init.partition
    assert(p.leader === init.localBrokerId, `broker ${init.localBrokerId} is not the leader (${p.leader})`)
    assert(init.highWatermark <= init.logEndOffset, 'high watermark past the log end')
    this.localBrokerId = init.localBrokerId
    this.replicaLagTimeMaxMs = init.replicaLagTimeMaxMs ?? DEFAULT_REPLICA_LAG_TIME_MAX_MS
    this.#localBrokerEpoch = init.localBrokerEpoch
    this.#leaderEpoch = p.leaderEpoch
    this.#partitionEpoch = p.partitionEpoch
    this.#epochStartOffset = init.logEndOffset
    this.#replicas = p.replicas
    this.#isrState = { kind: 'committed', isr: p.isr }
    this.#leo = init.logEndOffset
    this.#hw = init.highWatermark
    this.#minIsr = init.minInsyncReplicas
    this.#brokers = init.brokers
    this.#recovery = p.leaderRecoveryState ?? LeaderRecoveryState.RECOVERED
    for (const id of p.replicas) {
      if (id === this.localBrokerId) continue
      this.#remote.set(
        id,
        resetReplicaState(newReplicaState(id), init.nowMs, init.logEndOffset, true, p.isr.includes(id)),
      )
    }
    this.maybeIncrementHighWatermark(init.nowMs)
  }

  get leaderEpoch(): number {
    return this.#leaderEpoch
  }
  get partitionEpoch(): number {
    return this.#partitionEpoch
  }
  /** The log end offset when this leader epoch began: a follower must reach it to join the ISR. */
  get epochStartOffset(): number {
    return this.#epochStartOffset
  }
  get replicas(): readonly number[] {
    return this.#replicas
  }
  get highWatermark(): number {
    return this.#hw
  }
  get logEndOffset(): number {
    return this.#leo
  }
  get isrState(): IsrState {
    return this.#isrState
  }
  /** The committed ISR. */
  get isr(): readonly number[] {
    return this.#isrState.isr
  }
  get maximalIsr(): readonly number[] {
    return this.#isrState.kind === 'committed' ? this.#isrState.isr : this.#isrState.maximalIsr
  }
  get pendingAlterPartition(): AlterPartitionProposal | undefined {
    return this.#isrState.kind === 'committed' ? undefined : this.#isrState.proposal
  }
  get leaderRecoveryState(): number {
    return this.#recovery
  }
  replicaState(brokerId: number): ReplicaState | undefined {
    return this.#remote.get(brokerId)
  }

  /** min(min.insync.replicas, replication factor), as Kafka 3.7+. */
  get effectiveMinIsr(): number {
    return Math.min(this.#minIsr, this.#replicas.length)
  }
  /** Kafka's UnderReplicated gauge: the ISR is smaller than the replica set. */
  get underReplicated(): boolean {
    return this.isr.length < this.#replicas.length
  }
  /** Kafka's UnderMinIsr gauge. */
  get underMinIsr(): boolean {
    return this.isr.length < this.effectiveMinIsr
  }
  get atMinIsr(): boolean {
    return this.isr.length === this.effectiveMinIsr
  }

  /** Kafka's appendRecordsToLeader check: acks=all is refused while the ISR is below the min ISR. */
  canAppend(requiredAcks: number): number {
    if (requiredAcks === -1 && this.isr.length < this.effectiveMinIsr) return ErrorCode.NOT_ENOUGH_REPLICAS
    return ErrorCode.NONE
  }

  /**
   * Kafka's checkEnoughReplicasReachOffset for a waiting acks=all produce: done once the high
   * watermark reaches `requiredOffset` (the appended batch's last offset + 1), with
   * NOT_ENOUGH_REPLICAS_AFTER_APPEND when the maximal ISR has meanwhile dropped below the min ISR.
   */
  isAcked(requiredOffset: number): AckCheck {
    if (this.#hw < requiredOffset) return { kind: 'waiting' }
    const errorCode =
      this.effectiveMinIsr <= this.maximalIsr.length ? ErrorCode.NONE : ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND
    return { kind: 'done', errorCode }
  }

  /** The leader's log grew to `logEndOffset` (an append). */
  localAppend(logEndOffset: number, nowMs: number): LeaderEffects {
    assert(logEndOffset >= this.#leo, `leader log end moved back from ${this.#leo} to ${logEndOffset}`)
    this.#leo = logEndOffset
    return this.hwEffect(nowMs)
  }

  /**
   * A follower's fetch was served (Kafka's updateFollowerFetchState): record its position, maybe
   * propose it for the ISR, maybe advance the HW. NOT_LEADER_OR_FOLLOWER for a stale broker
   * epoch or a broker that is not a replica; the fetch is then answered with that error.
   */
  followerFetch(replicaId: number, fetch: FollowerFetch): LeaderEffects & { readonly errorCode: number } {
    const current = this.#remote.get(replicaId)
    if (current === undefined) return { errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }
    const updated = updateFetchState(current, fetch)
    if (!updated.ok) return { errorCode: updated.errorCode }
    this.#remote.set(replicaId, updated.state)
    const alterPartition = this.maybeExpandIsr(updated.state)
    const hw = current.logEndOffset !== updated.state.logEndOffset ? this.hwEffect(fetch.fetchTimeMs) : {}
    return { errorCode: ErrorCode.NONE, ...hw, ...(alterPartition === undefined ? {} : { alterPartition }) }
  }

  /** Kafka's isr-expiration task: propose dropping followers not caught up within the lag time. */
  tick(nowMs: number): LeaderEffects {
    const alterPartition = this.maybeShrinkIsr(nowMs)
    return { ...this.hwEffect(nowMs), ...(alterPartition === undefined ? {} : { alterPartition }) }
  }

  /** min.insync.replicas changed for the topic. */
  updateMinInsyncReplicas(minInsyncReplicas: number, nowMs: number): LeaderEffects {
    this.#minIsr = minInsyncReplicas
    return this.hwEffect(nowMs)
  }

  /** Broker registrations changed (fenced, controlled shutdown, a new broker epoch). */
  updateBrokers(brokers: ReadonlyMap<number, BrokerLiveness>, nowMs: number): LeaderEffects {
    this.#brokers = brokers
    return this.hwEffect(nowMs)
  }

  /**
   * The controller answered proposal `id`. An answer for anything but the pending proposal is
   * stale (metadata or a later proposal replaced it) and ignored, as Kafka does.
   */
  onAlterPartitionResponse(id: number, result: AlterPartitionResult, nowMs: number): LeaderEffects {
    const state = this.#isrState
    if (state.kind === 'committed' || state.proposal.id !== id) return {}
    if (result.errorCode === ErrorCode.NONE) {
      if (result.leaderEpoch !== this.#leaderEpoch || result.partitionEpoch < this.#partitionEpoch) {
        // A stale answer: stay pending until metadata says what happened.
        return {}
      }
      this.#isrState = { kind: 'committed', isr: result.isr }
      this.#partitionEpoch = result.partitionEpoch
      this.#recovery = result.leaderRecoveryState
      return this.hwEffect(nowMs)
    }
    switch (result.errorCode) {
      case ErrorCode.OPERATION_NOT_ATTEMPTED:
      case ErrorCode.INELIGIBLE_REPLICA:
        this.#isrState = { kind: 'committed', isr: state.isr }
        return this.hwEffect(nowMs)
      case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
      case ErrorCode.UNKNOWN_TOPIC_ID:
      case ErrorCode.FENCED_LEADER_EPOCH:
      case ErrorCode.INVALID_UPDATE_VERSION:
      case ErrorCode.INVALID_REQUEST:
      case ErrorCode.NEW_LEADER_ELECTED:
        return {}
      default:
        // NOT_CONTROLLER and anything unexpected: the same proposal again.
        return { alterPartition: state.proposal }
    }
  }

  /**
   * A new image of the partition (Kafka's makeLeader on a metadata delta). Only a newer partition
   * epoch counts: every partition change bumps it, and Kafka applies only partitions a delta
   * changed. An older or equal one is ignored (an AlterPartition answer may have told us a newer
   * one first), which matters: re-applying the image a pending expansion started from would drop
   * the maximal ISR while the controller may already have the new member in its ISR. The ISR
   * becomes the image's, which ends any pending proposal. A new leader epoch restarts the epoch:
   * the driver assigns (leaderEpoch, log end offset) in the epoch cache (`newEpoch`), and
   * followers get replica.lag.time.max.ms from now to fetch.
   */
  onMetadata(
    partition: PartitionImage,
    nowMs: number,
  ):
    | { readonly kind: 'resigned' }
    | ({ readonly kind: 'leader'; readonly newEpoch?: { epoch: number; startOffset: number } } & LeaderEffects) {
    if (partition.leader !== this.localBrokerId) return { kind: 'resigned' }
    if (partition.partitionEpoch <= this.#partitionEpoch) return { kind: 'leader' }
    const newLeaderEpoch = partition.leaderEpoch > this.#leaderEpoch
    const remote = new Map<number, ReplicaState>()
    for (const id of partition.replicas) {
      if (id === this.localBrokerId) continue
      remote.set(id, this.#remote.get(id) ?? newReplicaState(id))
    }
    this.#remote = remote
    this.#replicas = partition.replicas
    this.#isrState = { kind: 'committed', isr: partition.isr }
    this.#partitionEpoch = partition.partitionEpoch
    this.#recovery = partition.leaderRecoveryState ?? LeaderRecoveryState.RECOVERED
    let newEpoch: { epoch: number; startOffset: number } | undefined
    if (newLeaderEpoch) {
      for (const [id, state] of this.#remote) {
        this.#remote.set(id, resetReplicaState(state, nowMs, this.#leo, false, partition.isr.includes(id)))
      }
      this.#leaderEpoch = partition.leaderEpoch
      this.#epochStartOffset = this.#leo
      newEpoch = { epoch: partition.leaderEpoch, startOffset: this.#leo }
    }
    return { kind: 'leader', ...(newEpoch === undefined ? {} : { newEpoch }), ...this.hwEffect(nowMs) }
  }

  /** Kafka's isReplicaIsrEligible: registered, unfenced, not shutting down, same broker epoch (KIP-841, KIP-903). */
  isReplicaIsrEligible(brokerId: number): boolean {
    const broker = this.#brokers.get(brokerId)
    const stored = this.#remote.get(brokerId)?.brokerEpoch
    if (broker === undefined || stored === undefined) return false
    if (broker.fenced || broker.inControlledShutdown === true) return false
    return stored === -1n || stored === (broker.brokerEpoch ?? -1n)
  }

  private hwEffect(nowMs: number): LeaderEffects {
    return this.maybeIncrementHighWatermark(nowMs) ? { highWatermark: this.#hw } : {}
  }

  private maybeIncrementHighWatermark(nowMs: number): boolean {
    if (this.underMinIsr) return false
    const maximal = this.maximalIsr
    let newHw = this.#leo
    for (const replica of this.#remote.values()) {
      if (replica.logEndOffset >= newHw) continue
      const holds =
        maximal.includes(replica.brokerId) ||
        (isCaughtUp(replica, this.#leo, nowMs, this.replicaLagTimeMaxMs) && this.isReplicaIsrEligible(replica.brokerId))
      if (holds) newHw = replica.logEndOffset
    }
    if (newHw <= this.#hw) return false
    this.#hw = newHw
    return true
  }

  /** Kafka's maybeExpandIsr / isFollowerInSync: at the HW and past this epoch's start. */
  private maybeExpandIsr(replica: ReplicaState): AlterPartitionProposal | undefined {
    const state = this.#isrState
    if (state.kind !== 'committed' || state.isr.includes(replica.brokerId)) return undefined
    if (!this.isReplicaIsrEligible(replica.brokerId)) return undefined
    if (replica.logEndOffset < this.#hw || replica.logEndOffset < this.#epochStartOffset) return undefined
    const newIsr = [...state.isr, replica.brokerId]
    // The proposal says RECOVERED: the controller refuses RECOVERING with more than the leader in
    // the ISR, and recovery after an unclean election has no work to do yet (KIP-704), so the
    // first expansion ends it. (Kafka 4's prepareIsrExpand sends the current state.)
    const proposal = this.propose('expand', newIsr, LeaderRecoveryState.RECOVERED)
    this.#isrState = { kind: 'pendingExpand', isr: state.isr, maximalIsr: newIsr, proposal }
    return proposal
  }

  private maybeShrinkIsr(nowMs: number): AlterPartitionProposal | undefined {
    const state = this.#isrState
    if (state.kind !== 'committed') return undefined
    const outOfSync = state.isr.filter((id) => {
      if (id === this.localBrokerId) return false
      const replica = this.#remote.get(id)
      return replica === undefined || !isCaughtUp(replica, this.#leo, nowMs, this.replicaLagTimeMaxMs)
    })
    if (outOfSync.length === 0) return undefined
    const newIsr = state.isr.filter((id) => !outOfSync.includes(id))
    const proposal = this.propose('shrink', newIsr, this.#recovery)
    this.#isrState = { kind: 'pendingShrink', isr: state.isr, maximalIsr: state.isr, proposal }
    return proposal
  }

  private propose(
    kind: 'expand' | 'shrink',
    newIsr: readonly number[],
    leaderRecoveryState: number,
  ): AlterPartitionProposal {
    return {
      id: this.#nextProposalId++,
      kind,
      leaderId: this.localBrokerId,
      leaderEpoch: this.#leaderEpoch,
      partitionEpoch: this.#partitionEpoch,
      newIsr,
      newIsrWithEpochs: newIsr.map((brokerId) => ({
        brokerId,
        brokerEpoch:
          brokerId === this.localBrokerId ? this.#localBrokerEpoch : (this.#remote.get(brokerId)?.brokerEpoch ?? -1n),
      })),
      leaderRecoveryState,
    }
  }
}
