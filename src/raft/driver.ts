// The I/O shell around the pure raft core (core.ts): disk through DiskRaftLog, the
// `quorum-state` file and snapshot files, the network through a RaftTransport, time through a
// Clock and injectable timers, as Kafka's KafkaRaftClient runs its state machine behind
// NetworkChannel and ReplicatedLog, and etcd's `node.go` runs `rawnode.go`.
//
// One job at a time: every input (a tick, an inbound request, a response to one of ours, the
// leader's background fsync finishing, a proposal, a resignation) becomes a job on one queue,
// started on a microtask (never inside the caller's stack). A job steps the core synchronously,
// then its effects are applied in the contract's order (core.ts): persist (write + fsync),
// snapshot chunk, snapshot install, truncate, append (fsynced before anything is sent when
// `appendSync`: a follower), send, arm the timer at `wakeAtMs`. The next job starts only when
// all of that is done, so the core never sees a log that lags its own effects, and a vote is on
// disk before the answer that grants it leaves. The leader's own appends are fsynced in the
// background, one fsync covering every append before it, and reported as `appended`.
//
// After each job: committed batches (below the high watermark) go to the onCommit listeners in
// offset order, exactly once; proposals they complete resolve; proposals whose leader epoch ended
// reject with NotLeaderError (their outcome is unknown, as in Kafka); inbound requests the core
// answered resolve, and inbound Fetches it no longer holds (it lost leadership, or a newer fetch
// from the same voter replaced a parked one) get a NOT_LEADER_OR_FOLLOWER answer.
//
// Snapshots (KIP-630): the state machine calls createSnapshot(endOffset, records) with its state
// as of a delivered offset; the file is written (snapshot-store.ts) and the log below it dropped.
// Listeners get a snapshot as a CommittedBatch with `snapshot: true` (replace the state): first
// when the log starts at one, and when a follower behind its leader's log start loads one.
//
// For the transport and the wire mapping:
// - inbound Vote/BeginQuorumEpoch/EndQuorumEpoch/Fetch: `handleRequest(from, request)` resolves
//   with the core's answer (the `send` effect addressed to the requester with the request's
//   correlation id); FetchSnapshot: `handleFetchSnapshot`. Both reject with
//   RaftDriverClosedError once the driver closes: answer nothing (or BROKER_NOT_AVAILABLE).
// - a Fetch answer's records as bytes: `recordBytes(response)`, the leader's on-disk batches;
//   a follower decodes received batches with disk-log.ts `decodeRaftBatches`, so it writes the
//   very same bytes.
// - outbound requests go to `transport.send` / `transport.sendFetchSnapshot`; their responses
//   are stepped as `receive` from that peer. Nothing is sent once close() resolves.
//
// A disk error, a failed assertion or a listener that throws closes the driver (logged at error
// level, `failure` set, `onFatal` called): a raft member that cannot trust its disk or its state
// machine must stop rather than vote or acknowledge.

import { type Logger, pino } from 'pino'
import { type FileSystem, nodeFileSystem } from '../log/fs.js'
import type { LogManager } from '../log/log-manager.js'
import { ErrorCode } from '../protocol/errors.js'
import { writeLeaderChangeMessage } from '../protocol/generated/message/leader-change-message.js'
import { Writer } from '../protocol/writer.js'
import { assertNever } from '../util/assert.js'
import type { Clock } from '../util/clock.js'
import type { RaftConfig } from './config.js'
import {
  createRaft,
  fetchSnapshotResponse,
  propose,
  type RaftEffects,
  type RaftInput,
  resign,
  step,
  validateFetchSnapshot,
} from './core.js'
import { type DescribedReplica, type DescribeQuorumPartition, describeQuorum } from './describe-quorum.js'
import { DiskRaftLog } from './disk-log.js'
import type { ElectionState, NodeId } from './election-state.js'
import type { LogEntry, OffsetAndEpoch } from './log.js'
import type { FetchResponse, FetchSnapshotRequest, FetchSnapshotResponse, RaftMessage } from './messages.js'
import { readQuorumState, writeQuorumState } from './quorum-file.js'
import { knownLeader, type RaftNode, type Role } from './quorum-state.js'
import {
  completeSnapshot,
  decodeSnapshot,
  deleteSnapshot,
  deleteSnapshotTemp,
  encodeSnapshot,
  listSnapshots,
  readSnapshot,
  readSnapshotChunk,
  renameSnapshotTemp,
  type SnapshotContents,
  writeSnapshotChunk,
  writeSnapshotTemp,
} from './snapshot-store.js'

export const METADATA_TOPIC = '__cluster_metadata'
export const METADATA_PARTITION = 0

export interface RaftTransport {
  /** Sends a request to a peer; its response comes back through onResponse, or never (drop/timeout: the core retries). */
  send(to: NodeId, request: RaftMessage, onResponse: (response: RaftMessage) => void): void
  /** FetchSnapshot (KIP-630) to the leader, same rules; without it a follower cannot load snapshots. */
  sendFetchSnapshot?(
    to: NodeId,
    request: FetchSnapshotRequest,
    onResponse: (response: FetchSnapshotResponse) => void,
  ): void
}

export interface CommittedBatch {
  readonly baseOffset: bigint
  readonly lastOffset: bigint
  readonly epoch: number
  readonly appendTimeMs: number
  readonly records: readonly Buffer[]
  /**
   * Set for a snapshot (KIP-630): `records` are the whole state as of lastOffset + 1 (the
   * snapshot's end offset), not a delta. Drop the state built from earlier batches and load
   * these. It comes first to a listener when the log starts at a snapshot, and later when a
   * follower too far behind loads its leader's snapshot. appendTimeMs is the time of the last
   * entry it covers; baseOffset is 0.
   */
  readonly snapshot?: true
}

export interface LeaderInfo {
  readonly leaderId: NodeId | null
  readonly epoch: number
  /** This node is the leader of `epoch`. */
  readonly isLocal: boolean
  /** The local leader's epoch-start entry is committed and delivered: state built from onCommit is current. */
  readonly ready: boolean
}

export class NotLeaderError extends Error {
  constructor(
    readonly leaderId: NodeId | null,
    message = leaderId === null
      ? 'not the raft leader; no leader known'
      : `not the raft leader; the leader is ${leaderId}`,
  ) {
    super(message)
    this.name = 'NotLeaderError'
  }
}

export class RaftDriverClosedError extends Error {
  constructor(message = 'the raft driver is closed') {
    super(message)
    this.name = 'RaftDriverClosedError'
  }
}

export interface RaftTimers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const globalTimers: RaftTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface RaftDriverOptions {
  readonly localId: NodeId
  readonly voters: readonly NodeId[]
  readonly config: RaftConfig
  readonly logs: LogManager
  readonly clock: Clock
  readonly transport: RaftTransport
  /** Uniform in [0, 1), for election timeouts; default Math.random. */
  readonly random?: () => number
  readonly logger?: Logger
  readonly timers?: RaftTimers
  /** Where the `quorum-state` file lives; default the real file system (the LogManager's own). */
  readonly fs?: FileSystem
  /** Most snapshot bytes in one FetchSnapshot answer; default 1 MiB. */
  readonly fetchSnapshotMaxBytes?: number
  /** Called once if the driver closes itself on a disk error or a failed assertion. */
  readonly onFatal?: (error: Error) => void
}

interface PendingInbound {
  readonly from: NodeId
  readonly request: RaftMessage
  readonly resolve: (response: RaftMessage) => void
  readonly reject: (error: Error) => void
  /** The core has seen it; until then it is only queued. */
  stepped: boolean
}

interface PendingProposal {
  readonly epoch: number
  readonly baseOffset: bigint
  readonly lastOffset: bigint
  readonly resolve: (baseOffset: bigint) => void
  readonly reject: (error: Error) => void
}

type Job = () => RaftEffects | null

/** setTimeout's largest delay; a later wake is re-armed when it fires. */
const MAX_TIMER_MS = 0x7fffffff
/** Bytes of snapshot per FetchSnapshot response (Kafka bounds it by the request's MaxBytes). */
const SNAPSHOT_CHUNK_BYTES = 1 << 20

/** The snapshot the log starts at, kept decoded for listeners that register later. */
interface BaseSnapshot {
  readonly id: OffsetAndEpoch
  readonly contents: SnapshotContents
}

export class RaftDriver {
  private readonly inbox: Job[] = []
  private running = false
  private readonly idleWaiters: (() => void)[] = []
  private state: 'open' | 'closing' | 'closed' = 'open'
  private closing: Promise<void> | null = null
  private timer: unknown = null
  private tickQueued = false
  /** Offsets below this were delivered to the onCommit listeners. */
  private deliveredTo: bigint
  private readonly inbound = new Set<PendingInbound>()
  private readonly proposals: PendingProposal[] = []
  private readonly commitListeners = new Set<(batch: CommittedBatch) => void>()
  private readonly leaderListeners = new Set<(leader: LeaderInfo) => void>()
  private lastLeader: LeaderInfo
  private flushing = false
  private flushAgain = false
  /** Bumped at every truncation, so a background fsync that began before it reports nothing. */
  private truncations = 0
  /** The role before the current step (the granting voters of a new leader's leader-change entry). */
  private roleBeforeStep: Role
  private readonly responseBytes = new WeakMap<FetchResponse, Buffer>()
  /** The snapshot at the log start, if any: delivered before the batches after it. */
  private baseSnapshot: BaseSnapshot | null
  /** A snapshot installed in this step, to deliver to the listeners after it. */
  private installed: BaseSnapshot | null = null
  /** createSnapshot calls, one at a time. */
  private snapshotting: Promise<unknown> = Promise.resolve()
  /** The error that closed the driver, if one did. */
  failure: Error | null = null

  private constructor(
    private readonly node: RaftNode,
    /** The on-disk log (the wire helper reads batch bytes through it). */
    readonly log: DiskRaftLog,
    private readonly options: RaftDriverOptions,
    private readonly fs: FileSystem,
    private readonly logger: Logger,
    private readonly timers: RaftTimers,
    baseSnapshot: BaseSnapshot | null,
  ) {
    this.baseSnapshot = baseSnapshot
    this.deliveredTo = log.logStartOffset()
    this.roleBeforeStep = node.role
    this.lastLeader = this.leader()
  }

  /** Opens `__cluster_metadata-0` and its `quorum-state`, and starts the core (its first tick is queued). */
  static async open(options: RaftDriverOptions): Promise<RaftDriver> {
    const partition = options.logs.getOrCreateLog({ topic: METADATA_TOPIC, partition: METADATA_PARTITION })
    // Only snapshots shorten the raft log (as Kafka's KafkaMetadataLog): the log manager's time and
    // size retention must never delete committed entries that no snapshot covers.
    partition.updateConfig({ ...partition.logConfig, retentionMs: -1, retentionBytes: -1, cleanupPolicy: ['delete'] })
    const fs = options.fs ?? nodeFileSystem
    // The latest snapshot is the one the log starts at; older ones are of no more use.
    const snapshots = listSnapshots(fs, partition.dir)
    const latest = snapshots.pop() ?? null
    for (const old of snapshots) deleteSnapshot(fs, partition.dir, old)
    const log = await DiskRaftLog.open(partition, options.clock, latest)
    // The core takes everything in the log at start as flushed; after a crash the tail may only
    // be in the page cache.
    await log.flush()
    const baseSnapshot =
      latest === null ? null : { id: latest, contents: decodeSnapshot(readSnapshot(fs, partition.dir, latest)) }
    let persisted: ElectionState = readQuorumState(fs, partition.dir)
    // As Kafka's QuorumState.initialize: a log with a later epoch than the file (the single-voter
    // MetadataLog wrote epoch 1 and no file) starts unattached in the log's epoch.
    if (log.lastEpoch() > persisted.epoch) persisted = { epoch: log.lastEpoch(), leaderId: null, votedId: null }
    const node = createRaft({
      localId: options.localId,
      voters: options.voters,
      config: options.config,
      random: options.random ?? Math.random,
      log,
      persisted,
      nowMs: options.clock.monotonicMs(),
    })
    const logger = (options.logger ?? pino({ level: 'silent' })).child({ raft: options.localId })
    const driver = new RaftDriver(node, log, options, fs, logger, options.timers ?? globalTimers, baseSnapshot)
    logger.info(
      {
        epoch: persisted.epoch,
        leaderId: persisted.leaderId,
        votedId: persisted.votedId,
        startOffset: log.logStartOffset(),
        endOffset: log.endOffset(),
      },
      'raft driver open',
    )
    // The first tick runs on a timer, after the caller has registered its listeners.
    driver.armTimer(options.clock.monotonicMs())
    return driver
  }

  // --- public API ------------------------------------------------------------------------------------

  /**
   * An inbound Vote, BeginQuorumEpoch, EndQuorumEpoch or Fetch request; resolves with the core's
   * answer (a Fetch may be held up to fetchMaxWaitMs). Rejects with RaftDriverClosedError once the
   * driver is closed: the transport then answers nothing and the peer retries.
   */
  handleRequest(from: NodeId, request: RaftMessage): Promise<RaftMessage> {
    return new Promise((resolve, reject) => {
      if (responseKindOf(request) === null) {
        reject(new Error(`raft: ${request.kind} is not a request`))
        return
      }
      const pending: PendingInbound = { from, request, resolve, reject, stepped: false }
      this.inbound.add(pending)
      const accepted = this.enqueue(() => {
        pending.stepped = true
        return this.step({ kind: 'receive', nowMs: this.now(), from, message: request })
      })
      if (!accepted) {
        this.inbound.delete(pending)
        reject(new RaftDriverClosedError())
      }
    })
  }

  /**
   * An inbound FetchSnapshot (KIP-630): the leader answers with a chunk of its latest snapshot
   * file, or an error (core.ts validateFetchSnapshot). Rejects as handleRequest once closed.
   */
  handleFetchSnapshot(from: NodeId, request: FetchSnapshotRequest): Promise<FetchSnapshotResponse> {
    return new Promise((resolve, reject) => {
      const accepted = this.enqueue(() => {
        let errorCode = validateFetchSnapshot(this.node, from, request, this.now())
        if (errorCode !== ErrorCode.NONE) {
          resolve(fetchSnapshotResponse(this.node, request, { errorCode }))
          return null
        }
        const dir = this.log.partition.dir
        const chunk = readSnapshotChunk(
          this.fs,
          dir,
          request.snapshotId,
          request.position,
          this.options.fetchSnapshotMaxBytes ?? SNAPSHOT_CHUNK_BYTES,
        )
        if (request.position >= chunk.size) errorCode = ErrorCode.POSITION_OUT_OF_RANGE
        resolve(fetchSnapshotResponse(this.node, request, { errorCode, size: chunk.size, bytes: chunk.bytes }))
        return null
      })
      if (!accepted) reject(new RaftDriverClosedError())
    })
  }

  /**
   * Writes a snapshot of the state machine as of `endOffset` (the state built from every batch
   * below it, which must have been delivered to onCommit), then drops the log below it, as Kafka's
   * controller does every `metadata.log.max.record.bytes.between.snapshots`. Followers behind the
   * new log start load the snapshot instead (FetchSnapshot). Resolves with the snapshot id.
   */
  createSnapshot(endOffset: bigint, records: readonly Buffer[]): Promise<OffsetAndEpoch> {
    const run = async (): Promise<OffsetAndEpoch> => {
      if (this.state !== 'open') throw new RaftDriverClosedError()
      const start = this.log.logStartOffset()
      if (endOffset <= start || endOffset > this.deliveredTo) {
        throw new Error(`raft: snapshot at ${endOffset} outside (${start}, ${this.deliveredTo}] (log start, delivered)`)
      }
      const last = this.log.batchAt(endOffset - 1n)
      if (last.lastOffset !== endOffset - 1n) throw new Error(`raft: snapshot at ${endOffset} inside a batch`)
      const id = { offset: endOffset, epoch: last.epoch }
      const contents = { lastContainedLogTimestampMs: last.timestampMs, records: [...records] }
      const dir = this.log.partition.dir
      const temp = await writeSnapshotTemp(this.fs, dir, id, encodeSnapshot(id, contents))
      // While the file was written, this node may have loaded a snapshot from its leader (as a
      // follower) that covers as much or more: then ours is of no use. Checked in a job, so no
      // install runs between the check and the rename.
      const superseded = await this.inJob(() => {
        const latest = this.log.latestSnapshot()
        if (latest !== null && latest.offset >= id.offset) {
          deleteSnapshotTemp(this.fs, temp)
          return latest
        }
        renameSnapshotTemp(this.fs, dir, id, temp)
        return null
      })
      if (superseded !== null) return superseded
      // Durable before the log below it goes.
      await this.fs.syncDir(dir)
      return this.inJob(() => {
        const latest = this.log.latestSnapshot()
        if (latest !== null && latest.offset >= id.offset) return latest
        // Committed entries are never truncated, and no install ran (it would have a newer
        // snapshot): the log still holds endOffset - 1.
        this.log.setLatestSnapshot(id)
        this.log.deleteBefore(id.offset)
        this.baseSnapshot = { id, contents }
        if (latest !== null) deleteSnapshot(this.fs, dir, latest)
        this.logger.info({ offset: id.offset, epoch: id.epoch, records: records.length }, 'raft snapshot written')
        return id
      })
    }
    const next = this.snapshotting.then(run, run)
    this.snapshotting = next.catch(() => undefined)
    return next
  }

  /** Runs fn as a job (between steps), resolving with its result. */
  private inJob<T>(fn: () => T): Promise<T> {
    return new Promise((resolve, reject) => {
      const accepted = this.enqueue(() => {
        try {
          resolve(fn())
        } catch (err) {
          reject(err)
          throw err
        }
        return null
      })
      if (!accepted) reject(new RaftDriverClosedError())
    })
  }

  /** Bytes of committed batches after the latest snapshot (the log start): when to take the next one. */
  committedBytesSinceSnapshot(): number {
    let bytes = 0
    for (const batch of this.log.batchesFrom(this.log.logStartOffset())) {
      if (batch.baseOffset >= this.deliveredTo) break
      bytes += batch.sizeInBytes
    }
    return bytes
  }

  /**
   * Appends the records as one batch on the leader. Resolves with its base offset once it is
   * committed and every onCommit listener has seen it; rejects with NotLeaderError when this node
   * is not a ready leader, or when its leadership ends before the batch commits (the batch may
   * still commit under the next leader: the outcome is unknown, as in Kafka). The driver keeps
   * the buffers (the log index and onCommit share them): do not modify them afterwards.
   */
  propose(records: readonly Buffer[]): Promise<bigint> {
    return new Promise((resolve, reject) => {
      if (records.length === 0) {
        reject(new Error('raft: propose needs at least one record'))
        return
      }
      const ready = this.leader()
      if (!ready.ready) {
        reject(new NotLeaderError(ready.isLocal ? null : ready.leaderId))
        return
      }
      const accepted = this.enqueue(() => {
        const info = this.leader()
        if (!info.ready) {
          reject(new NotLeaderError(info.isLocal ? null : info.leaderId))
          return null
        }
        this.roleBeforeStep = this.node.role
        const result = propose(this.node, { records, nowMs: this.now() })
        if (!result.ok) {
          reject(new NotLeaderError(knownLeader(this.node)))
          return result.effects
        }
        const lastOffset = result.baseOffset + BigInt(records.length - 1)
        this.proposals.push({ epoch: result.epoch, baseOffset: result.baseOffset, lastOffset, resolve, reject })
        return result.effects
      })
      if (!accepted) reject(new NotLeaderError(null, 'the raft driver is closed'))
    })
  }

  /**
   * Every committed data batch exactly once, in offset order (leader-change batches are skipped).
   * Batches committed before the listener registered are replayed to it first, synchronously. A
   * listener that throws closes the driver: skipping a batch would fork the state built on it.
   */
  onCommit(listener: (batch: CommittedBatch) => void): () => void {
    if (this.baseSnapshot !== null) listener(snapshotBatch(this.baseSnapshot))
    const start = this.log.logStartOffset()
    if (start < this.deliveredTo) {
      for (const batch of this.log.batchesFrom(start)) {
        if (batch.baseOffset >= this.deliveredTo) break
        if (batch.kind === 'data') listener(this.committedBatch(batch.baseOffset, batch.lastOffset))
      }
    }
    this.commitListeners.add(listener)
    return () => this.commitListeners.delete(listener)
  }

  leader(): LeaderInfo {
    const role = this.node.role
    if (this.state === 'closed') return { leaderId: null, epoch: role.epoch, isLocal: false, ready: false }
    const isLocal = role.kind === 'leader'
    const known = knownLeader(this.node)
    return {
      // A resigned leader (and then a prospective one) still names itself in its epoch, but it
      // takes no more writes: no leader to send them to.
      leaderId: known === this.node.localId && !isLocal ? null : known,
      epoch: role.epoch,
      isLocal,
      ready: role.kind === 'leader' && this.deliveredTo > role.epochStartOffset,
    }
  }

  /**
   * Called whenever leader() changes (after the step that changed it); read leader() for the
   * current value when registering. A listener that throws closes the driver.
   */
  onLeaderChange(listener: (leader: LeaderInfo) => void): () => void {
    this.leaderListeners.add(listener)
    return () => this.leaderListeners.delete(listener)
  }

  highWatermark(): bigint {
    return this.node.highWatermark
  }

  /**
   * DescribeQuorum's partition data (describe-quorum.ts) with the replicas' fetch and caught-up
   * times as wall-clock milliseconds, as Kafka reports them (-1 stays -1).
   */
  describeQuorum(): DescribeQuorumPartition {
    const nowMs = this.now()
    const wallOffsetMs = this.options.clock.wallMs() - nowMs
    const wall = (ms: number) => (ms < 0 ? ms : Math.round(ms + wallOffsetMs))
    const replica = (r: DescribedReplica): DescribedReplica => ({
      ...r,
      lastFetchTimestamp: wall(r.lastFetchTimestamp),
      lastCaughtUpTimestamp: wall(r.lastCaughtUpTimestamp),
    })
    const described = describeQuorum(this.node, nowMs)
    return {
      ...described,
      currentVoters: described.currentVoters.map(replica),
      observers: described.observers.map(replica),
    }
  }

  /** Offsets below this were delivered to the onCommit listeners. */
  deliveredOffset(): bigint {
    return this.deliveredTo
  }

  /**
   * The on-disk batches holding a Fetch response's entries, for the wire (Kafka's `Records`).
   * Only for a response this driver gave through handleRequest; empty when it has no entries.
   */
  recordBytes(response: FetchResponse): Buffer {
    return this.responseBytes.get(response) ?? Buffer.alloc(0)
  }

  /**
   * Stops the driver: a leader resigns first when asked (EndQuorumEpoch to the voters, best
   * effort), queued work finishes, timers stop, pending proposals reject, inbound requests reject
   * with RaftDriverClosedError, and the log is flushed. Nothing is sent after it resolves.
   */
  close(options: { resign?: boolean } = {}): Promise<void> {
    this.closing ??= this.shutdown(options.resign === true)
    return this.closing
  }

  // --- the job queue ---------------------------------------------------------------------------------

  private async shutdown(resignFirst: boolean): Promise<void> {
    if (this.state === 'open') {
      if (resignFirst) {
        this.enqueue(() => {
          this.roleBeforeStep = this.node.role
          return resign(this.node, this.now())
        })
      }
      this.state = 'closing'
      await this.idle()
    }
    this.finish(new RaftDriverClosedError())
    try {
      await this.log.flush()
    } catch (err) {
      this.logger.error({ err }, 'raft log flush at close failed')
    }
    this.logger.info('raft driver closed')
  }

  /** A method, not a property test: the type checker would keep a narrowing across awaits. */
  private isClosed(): boolean {
    return this.state === 'closed'
  }

  private now(): number {
    return this.options.clock.monotonicMs()
  }

  private step(input: RaftInput): RaftEffects {
    this.roleBeforeStep = this.node.role
    return step(this.node, input)
  }

  private enqueue(job: Job): boolean {
    if (this.state !== 'open') return false
    this.inbox.push(job)
    if (!this.running) {
      // Jobs never run inside the caller's stack (a transport callback, a listener, propose).
      this.running = true
      queueMicrotask(() => void this.run())
    }
    return true
  }

  private enqueueTick(): void {
    if (this.tickQueued) return
    // Set before enqueue: the job may run (and clear it) before enqueue returns.
    this.tickQueued = true
    const accepted = this.enqueue(() => {
      this.tickQueued = false
      return this.step({ kind: 'tick', nowMs: this.now() })
    })
    if (!accepted) this.tickQueued = false
  }

  private async run(): Promise<void> {
    try {
      for (let job = this.inbox.shift(); job !== undefined; job = this.inbox.shift()) {
        const fx = job()
        if (fx !== null) await this.apply(fx)
        if (this.state === 'closed') break
        this.afterStep()
      }
    } catch (err) {
      this.fail(err)
    } finally {
      this.running = false
      for (const wake of this.idleWaiters.splice(0)) wake()
    }
  }

  private idle(): Promise<void> {
    if (!this.running) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** The driver contract, in order: persist, truncate, append (+fsync when sync), send, timer. */
  private async apply(fx: RaftEffects): Promise<void> {
    const dir = this.log.partition.dir
    if (fx.persist !== null) {
      await writeQuorumState(this.fs, dir, fx.persist, this.node.voters)
      if (this.isClosed()) return
    }
    if (fx.snapshotChunk !== null) {
      const chunk = fx.snapshotChunk
      writeSnapshotChunk(this.fs, dir, chunk.snapshotId, chunk.position, chunk.bytes)
    }
    if (fx.installSnapshot !== null) {
      const id = fx.installSnapshot
      await completeSnapshot(this.fs, dir, id)
      if (this.isClosed()) return
      const contents = decodeSnapshot(readSnapshot(this.fs, dir, id))
      const previous = this.log.latestSnapshot()
      this.log.installSnapshot(id)
      this.truncations++
      await this.log.flush()
      if (this.isClosed()) return
      if (previous !== null && previous.offset !== id.offset) deleteSnapshot(this.fs, dir, previous)
      this.installed = { id, contents }
      this.logger.info({ offset: id.offset, epoch: id.epoch }, 'raft snapshot installed')
    }
    if (fx.truncateToOffset !== null) {
      this.log.truncateTo(fx.truncateToOffset)
      this.truncations++
    }
    if (fx.append.length > 0) {
      this.log.append(fx.append.map((entry) => this.withLeaderChangeValue(entry)))
      if (fx.appendSync) {
        await this.log.flush()
        if (this.isClosed()) return
      } else {
        this.flushInBackground()
      }
    }
    for (const out of fx.send) this.dispatch(out.to, out.message)
    if (fx.sendFetchSnapshot !== null) this.dispatchFetchSnapshot(fx.sendFetchSnapshot.to, fx.sendFetchSnapshot.message)
    this.armTimer(fx.wakeAtMs)
  }

  private dispatch(to: NodeId, message: RaftMessage): void {
    if (responseKindOf(message) === null) {
      this.answerInbound(to, message)
      return
    }
    if (this.isClosed()) return
    try {
      this.options.transport.send(to, message, (response) => {
        this.enqueue(() => this.step({ kind: 'receive', nowMs: this.now(), from: to, message: response }))
      })
    } catch (err) {
      // The transport failing to send is a lost message: the core retries.
      this.logger.warn({ err, to, kind: message.kind }, 'raft transport send failed')
    }
  }

  private dispatchFetchSnapshot(to: NodeId, request: FetchSnapshotRequest): void {
    if (this.isClosed()) return
    const transport = this.options.transport
    if (transport.sendFetchSnapshot === undefined) {
      this.logger.warn({ to }, 'raft transport cannot send FetchSnapshot')
      return
    }
    try {
      transport.sendFetchSnapshot(to, request, (response) => {
        this.enqueue(() => this.step({ kind: 'receive', nowMs: this.now(), from: to, message: response }))
      })
    } catch (err) {
      this.logger.warn({ err, to, kind: request.kind }, 'raft transport send failed')
    }
  }

  private answerInbound(to: NodeId, response: RaftMessage): void {
    for (const pending of this.inbound) {
      if (
        pending.from !== to ||
        !pending.stepped ||
        responseKindOf(pending.request) !== response.kind ||
        (pending.request as { correlationId: number }).correlationId !== response.correlationId
      ) {
        continue
      }
      this.inbound.delete(pending)
      if (response.kind === 'FetchResponse' && response.records.length > 0) {
        const first = response.records[0] as LogEntry
        const last = response.records.at(-1) as LogEntry
        this.responseBytes.set(response, this.log.readBatchBytes(first.offset, last.offset + 1n))
      }
      pending.resolve(response)
      return
    }
    this.logger.debug({ to, kind: response.kind }, 'raft answer for no pending request (dropped)')
  }

  /** The leader's own appends: one fsync at a time, covering everything appended before it began. */
  private flushInBackground(): void {
    if (this.flushing) {
      this.flushAgain = true
      return
    }
    this.flushing = true
    const target = this.log.endOffset()
    const truncations = this.truncations
    this.log.flush().then(
      () => {
        this.flushing = false
        this.enqueue(() => {
          if (truncations !== this.truncations || target > this.log.endOffset()) return null
          return this.step({ kind: 'appended', nowMs: this.now(), flushedEndOffset: target })
        })
        if (this.flushAgain && this.state === 'open') {
          this.flushAgain = false
          this.flushInBackground()
        }
      },
      (err: unknown) => {
        this.flushing = false
        this.fail(err)
      },
    )
  }

  private armTimer(wakeAtMs: number): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
    if (this.isClosed()) return
    const delayMs = Math.min(MAX_TIMER_MS, Math.max(0, Math.ceil(wakeAtMs - this.now())))
    this.timer = this.timers.setTimeout(() => {
      this.timer = null
      this.enqueueTick()
    }, delayMs)
  }

  // --- after each step -------------------------------------------------------------------------------

  private afterStep(): void {
    const role = this.node.role
    if (
      role !== this.roleBeforeStep &&
      (role.kind !== this.roleBeforeStep.kind || role.epoch !== this.roleBeforeStep.epoch)
    ) {
      this.logger.debug({ from: this.roleBeforeStep.kind, to: role.kind, epoch: role.epoch }, 'raft role changed')
    }
    this.deliverCommits()
    this.failLostProposals()
    this.answerDroppedRequests()
    this.notifyLeader()
  }

  private deliverCommits(): void {
    const installed = this.installed
    if (installed !== null) {
      this.installed = null
      this.baseSnapshot = installed
      this.deliveredTo = installed.id.offset
      const batch = snapshotBatch(installed)
      for (const listener of [...this.commitListeners]) listener(batch)
    }
    const hw = this.node.highWatermark
    if (hw > BigInt(this.log.partition.highWatermark)) this.log.partition.updateHighWatermark(Number(hw))
    while (this.deliveredTo < hw) {
      const batch = this.log.batchAt(this.deliveredTo)
      if (batch.lastOffset >= hw) break
      if (batch.kind === 'data') {
        const committed = this.committedBatch(batch.baseOffset, batch.lastOffset)
        for (const listener of [...this.commitListeners]) listener(committed)
      }
      this.deliveredTo = batch.lastOffset + 1n
      while (this.proposals.length > 0 && (this.proposals[0] as PendingProposal).lastOffset < this.deliveredTo) {
        const done = this.proposals.shift() as PendingProposal
        done.resolve(done.baseOffset)
      }
    }
  }

  private committedBatch(baseOffset: bigint, lastOffset: bigint): CommittedBatch {
    const batch = this.log.batchAt(baseOffset)
    return {
      baseOffset,
      lastOffset,
      epoch: batch.epoch,
      appendTimeMs: batch.timestampMs,
      records: this.log.slice(baseOffset, lastOffset + 1n).map((entry) => entry.value),
    }
  }

  private failLostProposals(): void {
    const role = this.node.role
    if (this.proposals.length === 0) return
    const lost = this.proposals.filter((p) => role.kind !== 'leader' || role.epoch !== p.epoch)
    if (lost.length === 0) return
    const leaderId = this.leader().leaderId
    for (const p of lost) {
      this.proposals.splice(this.proposals.indexOf(p), 1)
      p.reject(
        new NotLeaderError(leaderId, `leadership of epoch ${p.epoch} ended before offset ${p.lastOffset} committed`),
      )
    }
  }

  /** Requests the core stepped and no longer holds (a parked Fetch it dropped) get an error answer. */
  private answerDroppedRequests(): void {
    const role = this.node.role
    for (const pending of this.inbound) {
      if (!pending.stepped) continue
      if (pending.request.kind === 'FetchRequest' && role.kind === 'leader') {
        if (role.parked.get(pending.from)?.request === pending.request) continue
      }
      this.inbound.delete(pending)
      pending.resolve(this.errorAnswer(pending.request))
    }
  }

  private errorAnswer(request: RaftMessage): RaftMessage {
    const errorCode = ErrorCode.NOT_LEADER_OR_FOLLOWER
    const leaderId = knownLeader(this.node) ?? -1
    const leaderEpoch = this.node.role.epoch
    const correlationId = (request as { correlationId: number }).correlationId
    switch (request.kind) {
      case 'VoteRequest':
        return { kind: 'VoteResponse', correlationId, errorCode, leaderId, leaderEpoch, voteGranted: false }
      case 'BeginQuorumEpochRequest':
        return { kind: 'BeginQuorumEpochResponse', correlationId, errorCode, leaderId, leaderEpoch }
      case 'EndQuorumEpochRequest':
        return { kind: 'EndQuorumEpochResponse', correlationId, errorCode, leaderId, leaderEpoch }
      case 'FetchRequest':
        return {
          kind: 'FetchResponse',
          correlationId,
          errorCode,
          highWatermark: -1n,
          currentLeader: { leaderId, leaderEpoch },
          divergingEpoch: null,
          records: [],
        }
      default:
        throw new Error(`raft: no answer for ${request.kind}`)
    }
  }

  private notifyLeader(): void {
    const now = this.leader()
    const was = this.lastLeader
    if (
      now.leaderId === was.leaderId &&
      now.epoch === was.epoch &&
      now.isLocal === was.isLocal &&
      now.ready === was.ready
    ) {
      return
    }
    this.lastLeader = now
    this.logger.info({ ...now, role: this.node.role.kind }, 'raft leader changed')
    for (const listener of [...this.leaderListeners]) listener(now)
  }

  /** The core leaves a new leader's LeaderChangeMessage to the driver: version 0, voters, granting voters. */
  private withLeaderChangeValue(entry: LogEntry): LogEntry {
    if (entry.kind !== 'leader-change' || entry.value.length > 0) return entry
    const before = this.roleBeforeStep
    const granting =
      before.kind === 'candidate' || before.kind === 'prospective' ? [...before.granted] : [this.node.localId]
    const voter = (voterId: NodeId) => ({ voterId, voterDirectoryId: Buffer.alloc(16) })
    const w = new Writer()
    writeLeaderChangeMessage(
      w,
      {
        version: 0,
        leaderId: this.node.localId,
        voters: this.node.voters.map(voter),
        grantingVoters: granting.sort((a, b) => a - b).map(voter),
      },
      0,
    )
    return { ...entry, value: w.toBuffer() }
  }

  // --- failure and close -----------------------------------------------------------------------------

  private fail(err: unknown): void {
    if (this.isClosed()) return
    const error = err instanceof Error ? err : new Error(String(err))
    this.failure = error
    this.logger.error({ err: error }, 'raft driver failed; closing it')
    this.finish(error)
    this.options.onFatal?.(error)
  }

  /** Stops everything at once: no timer, no queued job, nothing pending. */
  private finish(reason: Error): void {
    if (this.isClosed()) return
    this.state = 'closed'
    this.inbox.length = 0
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
    for (const p of this.proposals.splice(0))
      p.reject(new NotLeaderError(null, `raft driver closed: ${reason.message}`))
    for (const pending of this.inbound)
      pending.reject(new RaftDriverClosedError(`raft driver closed: ${reason.message}`))
    this.inbound.clear()
    this.notifyLeader()
  }
}

function snapshotBatch(snapshot: BaseSnapshot): CommittedBatch {
  return {
    baseOffset: 0n,
    lastOffset: snapshot.id.offset - 1n,
    epoch: snapshot.id.epoch,
    appendTimeMs: snapshot.contents.lastContainedLogTimestampMs,
    records: snapshot.contents.records,
    snapshot: true,
  }
}

/** The response kind that answers a request kind, or null for a response. */
function responseKindOf(message: RaftMessage): RaftMessage['kind'] | null {
  switch (message.kind) {
    case 'VoteRequest':
      return 'VoteResponse'
    case 'BeginQuorumEpochRequest':
      return 'BeginQuorumEpochResponse'
    case 'EndQuorumEpochRequest':
      return 'EndQuorumEpochResponse'
    case 'FetchRequest':
      return 'FetchResponse'
    case 'VoteResponse':
    case 'BeginQuorumEpochResponse':
    case 'EndQuorumEpochResponse':
    case 'FetchResponse':
      return null
    default:
      return assertNever(message)
  }
}
