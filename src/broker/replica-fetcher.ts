// One fetch loop from this broker to one source broker (a partition leader), carrying every
// partition this broker follows from it (or the share of them that hashes to this fetcher when
// num.replica.fetchers > 1): Kafka's ReplicaFetcherThread over AbstractFetcherThread. The
// per-partition decisions are replication/follower-state.ts's; this file is its driver: it builds
// the Fetch, sends it, and applies the effects of each answer to the partition's log.
//
// Loop, one step at a time:
//   1. Partitions in phase outOfRange: ask the leader for its log end and log start (ListOffsets
//      v8 LATEST and EARLIEST as replica, with the current leader epoch), then onLeaderOffsets.
//   2. Partitions whose nextFetch() gives a position: one Fetch v16 (ReplicaState {replicaId =
//      this broker, replicaEpoch = its broker epoch}, topic ids, currentLeaderEpoch,
//      lastFetchedEpoch) in a fetch session (replica-fetch-session.ts, KIP-227: a full request,
//      then incremental ones naming only changed partitions and the forgotten ones),
//      replica.fetch.wait.max.ms / min.bytes / response.max.bytes for the request and
//      replica.fetch.max.bytes per partition. A partition that starts (again), gets a new leader
//      epoch or an error answer makes the next request full (a new session): its first answer (a
//      diverging epoch, say) then comes whatever else changed, and nothing stale stays cached in
//      the leader's session.
//   3. None: sleep until the earliest backoff ends or a partition is added.
// A failed request (transport error, top-level error code, no inter-broker clients yet) backs off
// every partition it carried by replica.fetch.backoff.ms; a lost or out-of-step session is fetched
// again in full at once.
//
// Every answer is checked after its await: a partition that was removed or re-added since (a new
// leader or leader epoch: `follow` again) is a different entry, and FollowerState ignores answers
// to any position but its current one. Effects are applied synchronously, in order, with no await
// between the check and the last log write, so a caller that removed a partition knows no write
// for it follows. Batches are appended as they came (PartitionLog.appendAsFollower: offsets and
// leader epochs untouched, producer state and transaction index updated as on the leader), after a
// CRC check of each (Kafka's analyzeAndValidateRecords); the partition's leader-epoch cache gets
// each batch's partition leader epoch at its base offset, as Kafka's follower assigns them.
//
// The leader-epoch cache of a followed partition comes from `epochsFor(log)`: the node passes the
// log's persisted cache (the one the broker answers OffsetForLeaderEpoch and divergence checks
// from when it leads); by default an in-memory cache seeded from the log's batch headers
// (log-summary.ts).
import type { Logger } from 'pino'
import type { PartitionLog } from '../log/partition-log.js'
import { ErrorCode } from '../protocol/errors.js'
import type { ApiDefinition } from '../protocol/generated/api-table.js'
import { fetchApi } from '../protocol/generated/apis/fetch.js'
import { listOffsetsApi } from '../protocol/generated/apis/list-offsets.js'
import type { FetchRequest, FetchTopic, ForgottenTopic } from '../protocol/generated/message/fetch-request.js'
import type { FetchResponse, PartitionData } from '../protocol/generated/message/fetch-response.js'
import type { ListOffsetsRequest } from '../protocol/generated/message/list-offsets-request.js'
import type { ListOffsetsResponse } from '../protocol/generated/message/list-offsets-response.js'
import { LOG_OVERHEAD, validateBatch } from '../protocol/records/batch.js'
import { fetchedPartition } from '../replication/fetched-partition.js'
import {
  type FetchPosition,
  type FollowerEffect,
  type FollowerLogView,
  FollowerState,
} from '../replication/follower-state.js'
import { type EpochEndOffset, LeaderEpochCache } from '../replication/leader-epoch-cache.js'
import { assert, assertNever } from '../util/assert.js'
import type { Clock } from '../util/clock.js'
import type { Scheduler } from '../util/scheduler.js'
import { type BrokerClients, transportFailureReason } from './broker-clients.js'
import { epochEntries } from './log-summary.js'
import { ReplicaFetchSession } from './replica-fetch-session.js'

/** Fetch v16: ReplicaState (v15), topic ids (v13), diverging epochs (v12). */
export const REPLICA_FETCH_VERSION = 16
/** ListOffsets v8 (replicaId, currentLeaderEpoch, flexible). */
export const REPLICA_LIST_OFFSETS_VERSION = 8
const LATEST_TIMESTAMP = -1n
const EARLIEST_TIMESTAMP = -2n
const ZERO_UUID = Buffer.alloc(16)

/** The replica.* configs a fetcher reads, with Kafka's names and defaults. */
export interface ReplicaFetcherConfig {
  /** `replica.fetch.max.bytes` (1048576): per partition; the first batch comes whole anyway. */
  readonly fetchMaxBytes: number
  /** `replica.fetch.response.max.bytes` (10485760): per request. */
  readonly fetchResponseMaxBytes: number
  /** `replica.fetch.wait.max.ms` (500). */
  readonly fetchWaitMaxMs: number
  /** `replica.fetch.min.bytes` (1). */
  readonly fetchMinBytes: number
  /** `replica.fetch.backoff.ms` (1000). */
  readonly fetchBackoffMs: number
  /** `num.replica.fetchers` (1): fetch loops per source broker. */
  readonly numFetchers: number
  /** `replica.socket.timeout.ms` (30000): one request's timeout. */
  readonly socketTimeoutMs: number
}

export const DEFAULT_REPLICA_FETCHER_CONFIG: ReplicaFetcherConfig = Object.freeze({
  fetchMaxBytes: 1_048_576,
  fetchResponseMaxBytes: 10_485_760,
  fetchWaitMaxMs: 500,
  fetchMinBytes: 1,
  fetchBackoffMs: 1000,
  numFetchers: 1,
  socketTimeoutMs: 30_000,
})

/** Reads the replica.* properties; a missing or malformed value keeps Kafka's default. */
export function replicaFetcherConfig(properties: ReadonlyMap<string, string>): ReplicaFetcherConfig {
  const read = (name: string, fallback: number, min: number): number => {
    const raw = properties.get(name)
    if (raw === undefined) return fallback
    const value = Number(raw.trim())
    return Number.isSafeInteger(value) && value >= min ? value : fallback
  }
  const d = DEFAULT_REPLICA_FETCHER_CONFIG
  const fetchWaitMaxMs = read('replica.fetch.wait.max.ms', d.fetchWaitMaxMs, 0)
  return {
    fetchMaxBytes: read('replica.fetch.max.bytes', d.fetchMaxBytes, 0),
    fetchResponseMaxBytes: read('replica.fetch.response.max.bytes', d.fetchResponseMaxBytes, 0),
    fetchWaitMaxMs,
    fetchMinBytes: read('replica.fetch.min.bytes', d.fetchMinBytes, 0),
    fetchBackoffMs: read('replica.fetch.backoff.ms', d.fetchBackoffMs, 0),
    numFetchers: read('num.replica.fetchers', d.numFetchers, 1),
    // Kafka requires replica.socket.timeout.ms >= replica.fetch.wait.max.ms; a long poll must not time out.
    socketTimeoutMs: Math.max(read('replica.socket.timeout.ms', d.socketTimeoutMs, 1), fetchWaitMaxMs + 1000),
  }
}

export interface TopicPartitionKey {
  readonly topic: string
  readonly partition: number
}

/** A partition's leader-epoch cache as the follower changes it (leader-epochs.ts's PartitionEpochs has this shape). */
export interface FollowerEpochs {
  latestEpoch(): number | undefined
  /** Kafka's endOffsetFor against the log's current end. */
  endOffsetFor(requestedEpoch: number): EpochEndOffset
  assign(epoch: number, startOffset: number): void
  truncateFromEnd(endOffset: number): void
  truncateFromStart(startOffset: number): void
}

/** An in-memory cache seeded from the log's batch headers, for a node that keeps no other. */
export function memoryEpochs(log: PartitionLog): FollowerEpochs {
  const cache = new LeaderEpochCache(epochEntries(log, -1))
  return {
    latestEpoch: () => cache.latestEpoch(),
    endOffsetFor: (epoch) => cache.endOffsetFor(epoch, log.logEndOffset),
    assign: (epoch, startOffset) => void cache.assign(epoch, startOffset),
    truncateFromEnd: (endOffset) => void cache.truncateFromEnd(endOffset),
    truncateFromStart: (startOffset) => void cache.truncateFromStart(startOffset),
  }
}

export interface ReplicaFetcherOptions {
  readonly localBrokerId: number
  readonly sourceBrokerId: number
  /** The transport; null until the node wires one (requests then fail and back off). */
  readonly clients: () => BrokerClients | null
  /** This broker's current broker epoch (ReplicaState.replicaEpoch), -1 when not registered. */
  readonly brokerEpoch: () => bigint
  /** The partition's local log, created by the log reconciler before the replica manager follows it. */
  readonly getLog: (tp: TopicPartitionKey) => PartitionLog | undefined
  /** The log's leader-epoch cache; default memoryEpochs. */
  readonly epochsFor?: (log: PartitionLog) => FollowerEpochs
  readonly config: ReplicaFetcherConfig
  readonly clock: Clock
  readonly scheduler: Scheduler
  readonly logger?: Logger | undefined
}

/** What this fetcher is told about one partition. */
export interface FetcherPartition {
  readonly topic: string
  readonly topicId: Buffer
  readonly partition: number
  readonly leaderEpoch: number
}

/** A followed partition: its fetch state over one open log. */
interface Entry {
  readonly topic: string
  readonly partition: number
  topicId: Buffer
  leaderEpoch: number
  /** Undefined until the log exists (then bound on the next loop step). */
  bound: Bound | undefined
}

interface Bound {
  readonly log: PartitionLog
  readonly epochs: FollowerEpochs
  readonly state: FollowerState
}

export function partitionKeyOf(tp: TopicPartitionKey): string {
  return `${tp.topic}\u0000${tp.partition}`
}

export class ReplicaFetcher {
  readonly sourceBrokerId: number
  private readonly options: ReplicaFetcherOptions
  private readonly entries = new Map<string, Entry>()
  private readonly session = new ReplicaFetchSession()
  private closed = false
  private wake: (() => void) | null = null
  private readonly closedSignal: Promise<void>
  private signalClosed: () => void = () => {}
  private readonly loop: Promise<void>

  constructor(options: ReplicaFetcherOptions) {
    this.options = options
    this.sourceBrokerId = options.sourceBrokerId
    this.closedSignal = new Promise((resolve) => {
      this.signalClosed = resolve
    })
    this.loop = this.run()
  }

  get partitionCount(): number {
    return this.entries.size
  }

  /** The fetch state of a partition (tests, diagnostics). */
  stateOf(tp: TopicPartitionKey): FollowerState | undefined {
    return this.entries.get(partitionKeyOf(tp))?.bound?.state
  }

  /** Starts (or moves to a new leader epoch) following partitions from this fetcher's source broker. */
  addPartitions(partitions: readonly FetcherPartition[]): void {
    assert(!this.closed, 'addPartitions on a closed fetcher')
    for (const p of partitions) {
      const key = partitionKeyOf(p)
      const existing = this.entries.get(key)
      if (existing === undefined) {
        const entry: Entry = { ...p, bound: undefined }
        this.entries.set(key, entry)
        this.bind(entry)
        continue
      }
      if (existing.leaderEpoch !== p.leaderEpoch || !existing.topicId.equals(p.topicId)) this.session.reset()
      existing.topicId = p.topicId
      existing.leaderEpoch = p.leaderEpoch
      const bound = existing.bound
      if (bound !== undefined && !bound.log.isClosed) {
        const effects = bound.state.onBecomeFollower(this.sourceBrokerId, p.leaderEpoch, this.view(bound))
        this.apply(existing, effects)
      } else {
        existing.bound = undefined
        this.bind(existing)
      }
    }
    this.wakeUp()
  }

  /** Stops following partitions; answers for them that arrive later are dropped. */
  removePartitions(partitions: readonly TopicPartitionKey[]): void {
    for (const p of partitions) this.entries.delete(partitionKeyOf(p))
    this.wakeUp()
  }

  /** Stops the loop; resolves once it has exited (an in-flight request is abandoned, not awaited). */
  async close(): Promise<void> {
    this.closed = true
    this.signalClosed()
    this.wakeUp()
    await this.loop
  }

  // ------------------------------------------------------------------ the loop

  private async run(): Promise<void> {
    while (!this.closed) {
      try {
        await this.step()
      } catch (err) {
        // A bug in a step: log it and back off rather than spin; partitions keep their state.
        this.options.logger?.error({ err, leader: this.sourceBrokerId }, 'replica fetcher step failed')
        await this.sleep(this.options.config.fetchBackoffMs)
      }
    }
  }

  private async step(): Promise<void> {
    for (const entry of this.entries.values())
      if (entry.bound === undefined || entry.bound.log.isClosed) this.bind(entry)
    const outOfRange = [...this.entries.values()].filter((e) => e.bound?.state.wantsLeaderOffsets === true)
    if (outOfRange.length > 0) {
      await this.fetchLeaderOffsets(outOfRange)
      return
    }
    const nowMs = this.options.clock.monotonicMs()
    const requested: { entry: Entry; position: FetchPosition }[] = []
    let wakeAtMs = Number.POSITIVE_INFINITY
    for (const entry of this.entries.values()) {
      const bound = entry.bound
      if (bound === undefined) {
        // No log yet: look again after a backoff.
        wakeAtMs = Math.min(wakeAtMs, nowMs + this.options.config.fetchBackoffMs)
        continue
      }
      let position: FetchPosition | undefined
      try {
        position = bound.state.nextFetch(nowMs, this.view(bound))
      } catch (err) {
        // The log moved under the fetch state (something else wrote or cut it): start again from
        // the log as it is, as a new become-follower would.
        this.options.logger?.error(
          { err, topic: entry.topic, partition: entry.partition, leader: this.sourceBrokerId },
          'follower fetch state out of step with its log; restarting it',
        )
        entry.bound = undefined
        wakeAtMs = Math.min(wakeAtMs, nowMs)
        continue
      }
      if (position !== undefined) requested.push({ entry, position })
      else if (bound.state.wakeAtMs !== undefined) wakeAtMs = Math.min(wakeAtMs, bound.state.wakeAtMs)
    }
    if (requested.length === 0) {
      // A partition was just reset: bind it on the next step at once.
      if (wakeAtMs <= nowMs) return
      await this.sleep(wakeAtMs === Number.POSITIVE_INFINITY ? undefined : Math.max(0, wakeAtMs - nowMs))
      return
    }
    await this.fetch(requested)
  }

  private async fetch(requested: readonly { entry: Entry; position: FetchPosition }[]): Promise<void> {
    const { config } = this.options
    const fetch = this.session.build(
      requested.map(({ entry, position }) => ({
        topic: entry.topic,
        topicId: entry.topicId,
        partition: entry.partition,
        fetchOffset: position.fetchOffset,
        logStartOffset: position.logStartOffset,
        currentLeaderEpoch: position.currentLeaderEpoch,
        lastFetchedEpoch: position.lastFetchedEpoch,
        partitionMaxBytes: config.fetchMaxBytes,
      })),
    )
    const topics = new Map<string, FetchTopic>()
    for (const p of fetch.partitions) {
      let topic = topics.get(p.topic)
      if (topic === undefined) {
        topic = { topic: p.topic, topicId: p.topicId, partitions: [] }
        topics.set(p.topic, topic)
      }
      topic.partitions.push({
        partition: p.partition,
        currentLeaderEpoch: p.currentLeaderEpoch,
        fetchOffset: BigInt(p.fetchOffset),
        lastFetchedEpoch: p.lastFetchedEpoch,
        logStartOffset: BigInt(p.logStartOffset),
        partitionMaxBytes: p.partitionMaxBytes,
        replicaDirectoryId: ZERO_UUID,
      })
    }
    const forgotten = new Map<string, ForgottenTopic>()
    for (const p of fetch.forgotten) {
      const key = p.topicId.toString('hex')
      let topic = forgotten.get(key)
      if (topic === undefined) {
        topic = { topic: p.topic, topicId: p.topicId, partitions: [] }
        forgotten.set(key, topic)
      }
      topic.partitions.push(p.partition)
    }
    const request: FetchRequest = {
      ...fetchApi.request.create(),
      // Kafka's replica fetcher leaves the cluster id out (only KRaft's own fetches carry it).
      clusterId: null,
      replicaId: -1,
      replicaState: { replicaId: this.options.localBrokerId, replicaEpoch: this.options.brokerEpoch() },
      maxWaitMs: config.fetchWaitMaxMs,
      minBytes: config.fetchMinBytes,
      maxBytes: config.fetchResponseMaxBytes,
      isolationLevel: 0,
      sessionId: fetch.sessionId,
      sessionEpoch: fetch.sessionEpoch,
      topics: [...topics.values()],
      forgottenTopicsData: [...forgotten.values()],
      rackId: '',
    }
    const answer = await this.send(fetchApi, REPLICA_FETCH_VERSION, request)
    if (this.closed) return
    const nowMs = this.options.clock.monotonicMs()
    if (!answer.ok) this.session.onFailure()
    const outcome = answer.ok
      ? this.session.onResponse(fetch, answer.response.errorCode, answer.response.sessionId)
      : 'error'
    // The session was lost or out of step: the next step fetches in full at once.
    if (outcome === 'retryFull') return
    if (!answer.ok || outcome === 'error') {
      const errorCode = answer.ok ? answer.response.errorCode : ErrorCode.NETWORK_EXCEPTION
      for (const { entry, position } of requested) {
        if (this.isLive(entry)) entry.bound?.state.onFetchFailed(position, nowMs, errorCode)
      }
      return
    }
    // An incremental answer leaves out partitions with nothing new: their positions stay current.
    const byPartition = indexResponse(answer.response)
    for (const { entry, position } of requested) {
      if (!this.isLive(entry)) continue
      const data = byPartition.get(`${entry.topicId.toString('hex')}:${entry.partition}`)
      if (data === undefined) continue
      // An errored partition may sit in the leader's session in a state no incremental request
      // corrects (a topic id it could not resolve when the session was made): start a new one.
      if (data.errorCode !== ErrorCode.NONE) this.session.reset()
      this.processPartition(entry, position, data, nowMs)
    }
  }

  /** One partition of a Fetch answer: Kafka's processFetchRequest for it. */
  private processPartition(entry: Entry, position: FetchPosition, data: PartitionData, nowMs: number): void {
    const bound = entry.bound
    if (bound === undefined || bound.log.isClosed) return
    const fetched = fetchedPartition(data)
    if (fetched.errorCode === ErrorCode.NONE && fetched.records !== null && isCurrent(bound.state, position)) {
      // Checked before the state moves past them: a corrupt answer is fetched again after the backoff.
      if (!validBatches(fetched.records)) {
        this.options.logger?.warn(
          {
            topic: entry.topic,
            partition: entry.partition,
            leader: this.sourceBrokerId,
            fetchOffset: position.fetchOffset,
          },
          'replica fetch returned a corrupt batch; retrying after backoff',
        )
        bound.state.onAppendFailed('corrupt', nowMs)
        return
      }
    }
    const effects = bound.state.onFetchResponse(position, fetched, this.view(bound), nowMs)
    if (fetched.errorCode !== ErrorCode.NONE) {
      this.options.logger?.debug(
        { topic: entry.topic, partition: entry.partition, leader: this.sourceBrokerId, errorCode: fetched.errorCode },
        'replica fetch partition error',
      )
    }
    this.apply(entry, effects)
  }

  private async fetchLeaderOffsets(entries: readonly Entry[]): Promise<void> {
    const build = (timestamp: bigint): ListOffsetsRequest => {
      const topics = new Map<string, ListOffsetsRequest['topics'][number]>()
      for (const entry of entries) {
        let topic = topics.get(entry.topic)
        if (topic === undefined) {
          topic = { name: entry.topic, partitions: [] }
          topics.set(entry.topic, topic)
        }
        topic.partitions.push({
          partitionIndex: entry.partition,
          currentLeaderEpoch: entry.leaderEpoch,
          timestamp,
          maxNumOffsets: 1,
        })
      }
      return {
        ...listOffsetsApi.request.create(),
        replicaId: this.options.localBrokerId,
        isolationLevel: 0,
        topics: [...topics.values()],
      }
    }
    const epochs = new Map(entries.map((e) => [e, e.leaderEpoch]))
    const [latest, earliest] = await Promise.all([
      this.send(listOffsetsApi, REPLICA_LIST_OFFSETS_VERSION, build(LATEST_TIMESTAMP)),
      this.send(listOffsetsApi, REPLICA_LIST_OFFSETS_VERSION, build(EARLIEST_TIMESTAMP)),
    ])
    if (this.closed) return
    const nowMs = this.options.clock.monotonicMs()
    const latestBy = latest.ok ? indexListOffsets(latest.response) : null
    const earliestBy = earliest.ok ? indexListOffsets(earliest.response) : null
    for (const entry of entries) {
      // A new leader epoch since the request: its answer is not for this leadership.
      if (!this.isLive(entry) || epochs.get(entry) !== entry.leaderEpoch) continue
      const bound = entry.bound
      if (bound === undefined || bound.log.isClosed || !bound.state.wantsLeaderOffsets) continue
      const key = partitionKeyOf(entry)
      const end = latestBy?.get(key)
      const start = earliestBy?.get(key)
      if (end === undefined || start === undefined) {
        bound.state.onLeaderOffsetsFailed(ErrorCode.NETWORK_EXCEPTION, nowMs)
        continue
      }
      if (end.errorCode !== ErrorCode.NONE || start.errorCode !== ErrorCode.NONE) {
        bound.state.onLeaderOffsetsFailed(end.errorCode !== ErrorCode.NONE ? end.errorCode : start.errorCode, nowMs)
        continue
      }
      const effects = bound.state.onLeaderOffsets(
        { logEndOffset: Number(end.offset), logStartOffset: Number(start.offset) },
        this.view(bound),
      )
      this.apply(entry, effects)
    }
  }

  // ------------------------------------------------------------------ effects

  /** Applies FollowerState's effects in order, synchronously (see the file header). */
  private apply(entry: Entry, effects: readonly FollowerEffect[]): void {
    const bound = entry.bound
    if (bound === undefined || effects.length === 0) return
    const { log, state, epochs } = bound
    try {
      for (const effect of effects) {
        switch (effect.kind) {
          case 'append':
            if (effect.records === null) break
            log.appendAsFollower(effect.records)
            for (const batch of effect.batches) {
              if (batch.partitionLeaderEpoch >= 0) epochs.assign(batch.partitionLeaderEpoch, batch.baseOffset)
            }
            break
          case 'truncate':
            if (effect.offset < log.logEndOffset) {
              this.options.logger?.info(
                {
                  topic: entry.topic,
                  partition: entry.partition,
                  leader: this.sourceBrokerId,
                  from: log.logEndOffset,
                  to: effect.offset,
                },
                'follower truncating its log to the leader’s history',
              )
            }
            log.truncateTo(effect.offset)
            // Whole batches go, so the log may end below the offset asked for: epochs starting
            // past its new end describe nothing it holds.
            epochs.truncateFromEnd(Math.min(effect.offset, log.logEndOffset))
            // log-summary.ts notices a truncation only while the log is shorter than its scan:
            // asking now, before appends regrow it, makes it rescan (the leader's OffsetForLeaderEpoch
            // and divergence checks read it if this broker leads later).
            epochEntries(log, -1)
            break
          case 'truncateFullyAndStartAt':
            this.options.logger?.info(
              { topic: entry.topic, partition: entry.partition, leader: this.sourceBrokerId, offset: effect.offset },
              'follower log starts over at the leader’s log start',
            )
            log.truncateFullyAndStartAt(effect.offset)
            // Kafka clears the cache: nothing of the old history is left in the log.
            epochs.truncateFromEnd(0)
            break
          case 'updateHighWatermark':
            log.updateHighWatermark(effect.offset)
            break
          case 'incrementLogStartOffset':
            if (effect.offset > log.logStartOffset && effect.offset <= log.highWatermark) {
              log.deleteRecordsBefore(effect.offset)
              epochs.truncateFromStart(effect.offset)
            }
            break
          default:
            assertNever(effect)
        }
      }
    } catch (err) {
      // Kafka's markPartitionFailed: a log that cannot take the follower's writes stops this
      // partition until the next become-follower; the other partitions carry on.
      if (log.isClosed) {
        // The log was closed or deleted under us (node stopping, partition deleted): bind again
        // to whatever log the partition has on the next step.
        entry.bound = undefined
        return
      }
      this.options.logger?.error(
        { err, topic: entry.topic, partition: entry.partition, leader: this.sourceBrokerId },
        'replica fetcher could not write the partition log; partition stopped',
      )
      state.onAppendFailed('storage', this.options.clock.monotonicMs())
      return
    }
    if (state.phase.kind === 'truncating') state.onTruncated(this.view(bound))
  }

  /** Binds a partition to its open log: a fresh fetch state over an epoch cache read from the log. */
  private bind(entry: Entry): void {
    const log = this.options.getLog(entry)
    if (log === undefined || log.isClosed) {
      entry.bound = undefined
      return
    }
    // A partition starting (again) is sent in a full fetch, whose answer names every partition.
    this.session.reset()
    const epochs = (this.options.epochsFor ?? memoryEpochs)(log)
    const view = logView(log, epochs)
    const state = new FollowerState({
      leaderId: this.sourceBrokerId,
      leaderEpoch: entry.leaderEpoch,
      log: view,
      fetchBackoffMs: this.options.config.fetchBackoffMs,
    })
    entry.bound = { log, epochs, state }
    this.apply(entry, state.initialEffects)
  }

  private view(bound: { readonly log: PartitionLog; readonly epochs: FollowerEpochs }): FollowerLogView {
    return logView(bound.log, bound.epochs)
  }

  private isLive(entry: Entry): boolean {
    return !this.closed && this.entries.get(partitionKeyOf(entry)) === entry
  }

  // ------------------------------------------------------------------ I/O

  /** One request to the source broker; settles at once (reason 'closed') when the fetcher closes. */
  private async send<Req, Res>(
    api: ApiDefinition<Req, Res>,
    version: number,
    body: Req,
  ): Promise<{ ok: true; response: Res } | { ok: false; reason: string }> {
    const clients = this.options.clients()
    if (clients === null) return { ok: false, reason: 'no inter-broker clients' }
    const request = clients
      .request(this.sourceBrokerId, api, version, body, {
        timeoutMs: this.options.config.socketTimeoutMs,
      })
      .then(
        (response) => ({ ok: true as const, response }),
        (err: unknown) => {
          const reason = transportFailureReason(err)
          if (reason === null) {
            this.options.logger?.error(
              { err, leader: this.sourceBrokerId, api: api.name },
              'replica fetcher request failed',
            )
          } else if (reason === 'timeout' && clients.closeNode !== undefined) {
            void clients.closeNode(this.sourceBrokerId).catch(() => {})
          }
          return { ok: false as const, reason: reason ?? 'error' }
        },
      )
    const closed = this.closedSignal.then(() => ({ ok: false as const, reason: 'closed' }))
    return Promise.race([request, closed])
  }

  /** Waits `ms` (forever when undefined) or until woken by a change or close. */
  private sleep(ms: number | undefined): Promise<void> {
    if (this.closed) return Promise.resolve()
    return new Promise((resolve) => {
      let cancel: () => void = () => {}
      const done = () => {
        cancel()
        if (this.wake === done) this.wake = null
        resolve()
      }
      if (ms !== undefined) cancel = this.options.scheduler.schedule(ms, done)
      this.wake = done
    })
  }

  private wakeUp(): void {
    this.wake?.()
  }
}

function logView(log: PartitionLog, epochs: FollowerEpochs): FollowerLogView {
  return {
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    highWatermark: log.highWatermark,
    // FollowerState asks about the log's current end, which is what FollowerEpochs answers for.
    epochs: { latestEpoch: () => epochs.latestEpoch(), endOffsetFor: (epoch) => epochs.endOffsetFor(epoch) },
  }
}

/** Whether an answer to `position` would be taken (FollowerState's own staleness rule). */
function isCurrent(state: FollowerState, position: FetchPosition): boolean {
  return (
    state.phase.kind === 'fetching' &&
    state.fetchOffset === position.fetchOffset &&
    state.currentLeaderEpoch === position.currentLeaderEpoch
  )
}

/** Each whole batch's CRC and header (fetched-partition.ts already cut a trailing partial one). */
function validBatches(records: Buffer): boolean {
  for (let position = 0; position < records.length; ) {
    const checked = validateBatch(records, position, { mode: 'log' })
    if (!checked.ok) return false
    position += LOG_OVERHEAD + checked.header.batchLength
  }
  return true
}

function indexResponse(response: FetchResponse): Map<string, PartitionData> {
  const out = new Map<string, PartitionData>()
  for (const topic of response.responses) {
    for (const p of topic.partitions) out.set(`${topic.topicId.toString('hex')}:${p.partitionIndex}`, p)
  }
  return out
}

type ListOffsetsPartition = ListOffsetsResponse['topics'][number]['partitions'][number]

function indexListOffsets(response: ListOffsetsResponse): Map<string, ListOffsetsPartition> {
  const out = new Map<string, ListOffsetsPartition>()
  for (const topic of response.topics) {
    for (const p of topic.partitions) out.set(partitionKeyOf({ topic: topic.name, partition: p.partitionIndex }), p)
  }
  return out
}
