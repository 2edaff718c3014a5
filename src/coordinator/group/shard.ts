// One __consumer_offsets partition's group coordinator, as Kafka's `GroupCoordinatorShard`: the
// classic groups and committed offsets of the groups that hash to this partition, the requests
// that read and change them, the timers that expire them, and replay of the partition's records.
//
// Pure: no I/O, no clock, no randomness of its own. Every call takes `nowMs` (wall-clock ms, used
// for timers and for record timestamps, as Kafka uses one `Time`), member ids come from the
// injected `newUuid`, and every call returns a CoordinatorResult (records to append, responses to
// send after the append; see types.ts for the deferred-response contract). After any call the
// driver re-arms its one timer for `nextDeadlineMs()` and calls `tick` when it fires.
//
// Lifecycle: construct, `replay` every record of the partition from the log start (or a snapshot),
// `onLoaded(nowMs)`, then serve requests. `unload()` when the partition's leadership moves away.

import { ErrorCode } from '../../protocol/errors.js'
import type { DeleteGroupsRequest } from '../../protocol/generated/message/delete-groups-request.js'
import type {
  DeletableGroupResult,
  DeleteGroupsResponse,
} from '../../protocol/generated/message/delete-groups-response.js'
import type { DescribeGroupsRequest } from '../../protocol/generated/message/describe-groups-request.js'
import type { DescribeGroupsResponse } from '../../protocol/generated/message/describe-groups-response.js'
import type { HeartbeatRequest } from '../../protocol/generated/message/heartbeat-request.js'
import type { HeartbeatResponse } from '../../protocol/generated/message/heartbeat-response.js'
import type { JoinGroupRequest } from '../../protocol/generated/message/join-group-request.js'
import type { LeaveGroupRequest } from '../../protocol/generated/message/leave-group-request.js'
import type { LeaveGroupResponse } from '../../protocol/generated/message/leave-group-response.js'
import type { ListGroupsRequest } from '../../protocol/generated/message/list-groups-request.js'
import type { ListGroupsResponse } from '../../protocol/generated/message/list-groups-response.js'
import type { OffsetCommitRequest } from '../../protocol/generated/message/offset-commit-request.js'
import type { OffsetCommitResponse } from '../../protocol/generated/message/offset-commit-response.js'
import type { OffsetDeleteRequest } from '../../protocol/generated/message/offset-delete-request.js'
import type { OffsetDeleteResponse } from '../../protocol/generated/message/offset-delete-response.js'
import type { OffsetFetchRequest } from '../../protocol/generated/message/offset-fetch-request.js'
import type { OffsetFetchResponse } from '../../protocol/generated/message/offset-fetch-response.js'
import type { SyncGroupRequest } from '../../protocol/generated/message/sync-group-request.js'
import type { TxnOffsetCommitRequest } from '../../protocol/generated/message/txn-offset-commit-request.js'
import type { TxnOffsetCommitResponse } from '../../protocol/generated/message/txn-offset-commit-response.js'
import { assert, assertNever } from '../../util/assert.js'
import type { ClassicGroup } from './classic-group.js'
import { defaultGroupCoordinatorConfig, type GroupCoordinatorConfig } from './config.js'
import { GroupMetadataManager } from './group-metadata-manager.js'
import {
  NO_PRODUCER_ID,
  type OffsetAndMetadata,
  OffsetMetadataManager,
  type TransactionResult,
} from './offset-metadata-manager.js'
import { type CoordinatorRecord, decodeRecord, groupMetadataRecord } from './records.js'
import { type TimerAction, Timers } from './timers.js'
import { type CoordinatorResult, type DeferredResponse, Effects, type RequestContext } from './types.js'

export interface GroupCoordinatorShardOptions {
  readonly config?: Partial<GroupCoordinatorConfig>
  /** A fresh UUID string for member ids (`${clientId}-${uuid}`); the driver passes crypto.randomUUID. */
  readonly newUuid: () => string
}

/** A bound on timer firings per tick; each firing removes or pushes back a timer, so far more is a bug. */
const MAX_TIMER_FIRINGS_PER_TICK = 1_000_000

export class GroupCoordinatorShard {
  readonly config: GroupCoordinatorConfig
  readonly #timers = new Timers()
  readonly #groups: GroupMetadataManager
  readonly #offsets: OffsetMetadataManager
  #loaded = false

  constructor(options: GroupCoordinatorShardOptions) {
    this.config = { ...defaultGroupCoordinatorConfig, ...options.config }
    this.#groups = new GroupMetadataManager(this.config, this.#timers, options.newUuid)
    this.#offsets = new OffsetMetadataManager(this.config, this.#groups)
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  /**
   * Applies one record read from the partition's log (loading before `onLoaded`). `producerId` is
   * the producer of a transactional batch (TxnOffsetCommit), -1 for other records.
   */
  replay(record: CoordinatorRecord, producerId = NO_PRODUCER_ID): void {
    const decoded = decodeRecord(record)
    switch (decoded.kind) {
      case 'offset-commit':
        this.#offsets.replay(decoded.key, decoded.value, producerId)
        return
      case 'group-metadata':
        this.#groups.replayGroupMetadata(decoded.key.group, decoded.value)
        return
      case 'unsupported':
        // KIP-848 and share group records: not ours to serve; skipped (see records.ts).
        return
      default:
        assertNever(decoded, 'record kind')
        return
    }
  }

  /** Loading is done: restored members get sessions and the retention check starts. */
  onLoaded(nowMs: number): CoordinatorResult<undefined> {
    assert(!this.#loaded, 'onLoaded is called once')
    this.#loaded = true
    const effects = new Effects()
    this.#groups.onLoaded(nowMs, effects)
    this.#timers.schedule(nowMs, this.config.offsetsRetentionCheckIntervalMs, { kind: 'offsets-expiration' })
    return effects.result(undefined)
  }

  /** The partition moved away: parked requests get NOT_COORDINATOR; the shard is then empty. */
  unload(): DeferredResponse[] {
    const effects = new Effects()
    this.#groups.unload(effects)
    this.#offsets.offsetsByGroup.clear()
    this.#offsets.pendingByProducer.clear()
    this.#timers.clear()
    this.#loaded = false
    return effects.deferred
  }

  // ---------------------------------------------------------------------------------------------
  // Group membership (answers through `deferred` for JoinGroup and SyncGroup)

  joinGroup(ctx: RequestContext, request: JoinGroupRequest, nowMs: number): CoordinatorResult<undefined> {
    const effects = new Effects()
    this.#groups.joinGroup(ctx, request, nowMs, effects)
    return effects.result(undefined)
  }

  syncGroup(ctx: RequestContext, request: SyncGroupRequest, nowMs: number): CoordinatorResult<undefined> {
    const effects = new Effects()
    this.#groups.syncGroup(ctx, request, nowMs, effects)
    return effects.result(undefined)
  }

  heartbeat(_ctx: RequestContext, request: HeartbeatRequest, nowMs: number): CoordinatorResult<HeartbeatResponse> {
    return new Effects().result(this.#groups.heartbeat(request, nowMs))
  }

  leaveGroup(ctx: RequestContext, request: LeaveGroupRequest, nowMs: number): CoordinatorResult<LeaveGroupResponse> {
    const effects = new Effects()
    const response = this.#groups.leaveGroup(ctx.apiVersion, request, nowMs, effects)
    return effects.result(response)
  }

  describeGroups(_ctx: RequestContext, request: DescribeGroupsRequest): DescribeGroupsResponse {
    return this.#groups.describeGroups(request)
  }

  listGroups(_ctx: RequestContext, request: ListGroupsRequest): ListGroupsResponse {
    return this.#groups.listGroups(request)
  }

  /** DeleteGroups for the groups of this shard (the driver splits a request by coordinator). */
  deleteGroups(
    _ctx: RequestContext,
    request: DeleteGroupsRequest,
    _nowMs: number,
  ): CoordinatorResult<DeleteGroupsResponse> {
    const effects = new Effects()
    const results: DeletableGroupResult[] = request.groupsNames.map((groupId) => {
      const error = this.#validateDeleteGroup(groupId)
      if (error === ErrorCode.NONE) {
        const records: CoordinatorRecord[] = []
        this.#offsets.deleteAllOffsets(groupId, records)
        records.push(groupMetadataRecord({ group: groupId }, null))
        this.#apply(records, effects)
      }
      return { groupId, errorCode: error }
    })
    return effects.result({ throttleTimeMs: 0, results })
  }

  #validateDeleteGroup(groupId: string): ErrorCode {
    if (groupId === '') return ErrorCode.INVALID_GROUP_ID
    const group = this.#groups.groups.get(groupId)
    if (group === undefined) return ErrorCode.GROUP_ID_NOT_FOUND
    switch (group.state) {
      case 'Dead':
        return ErrorCode.GROUP_ID_NOT_FOUND
      case 'Stable':
      case 'PreparingRebalance':
      case 'CompletingRebalance':
        return ErrorCode.NON_EMPTY_GROUP
      case 'Empty':
        return ErrorCode.NONE
      default:
        return assertNever(group.state, 'group state')
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Offsets

  offsetCommit(
    ctx: RequestContext,
    request: OffsetCommitRequest,
    nowMs: number,
  ): CoordinatorResult<OffsetCommitResponse> {
    const effects = new Effects()
    const records: CoordinatorRecord[] = []
    const response = this.#offsets.commitOffset(ctx.apiVersion, request, nowMs, records)
    this.#apply(records, effects)
    return effects.result(response)
  }

  /**
   * TxnOffsetCommit: records the driver appends as a transactional batch of the producer; they are
   * pending (invisible to OffsetFetch) until `replayEndTransaction` completes the transaction.
   */
  txnOffsetCommit(
    _ctx: RequestContext,
    request: TxnOffsetCommitRequest,
    nowMs: number,
  ): CoordinatorResult<TxnOffsetCommitResponse> {
    const effects = new Effects()
    const records: CoordinatorRecord[] = []
    const response = this.#offsets.commitTransactionalOffset(request, nowMs, records)
    const producerId = Number(request.producerId)
    for (const record of records) {
      this.replay(record, producerId)
      effects.records.push(record)
    }
    return effects.result(response)
  }

  /** A COMMIT or ABORT marker of `producerId` is in this partition's log (written, or read while loading). */
  replayEndTransaction(producerId: number, result: TransactionResult): void {
    this.#offsets.replayEndTransaction(producerId, result)
  }

  /** Offsets of the partition pending in an open transaction (OffsetFetch requireStable). */
  hasPendingTransactionalOffsets(groupId: string, topic: string, partition: number): boolean {
    return this.#offsets.hasPendingTransactionalOffsets(groupId, topic, partition)
  }

  offsetFetch(ctx: RequestContext, request: OffsetFetchRequest): OffsetFetchResponse {
    return this.#offsets.fetchOffsets(ctx.apiVersion, request)
  }

  offsetDelete(
    _ctx: RequestContext,
    request: OffsetDeleteRequest,
    _nowMs: number,
  ): CoordinatorResult<OffsetDeleteResponse> {
    const effects = new Effects()
    const records: CoordinatorRecord[] = []
    const response = this.#offsets.deleteOffsets(request, records)
    this.#apply(records, effects)
    return effects.result(response)
  }

  /**
   * Tombstones for expired offsets, and for Empty groups left with no offsets (Kafka's
   * `cleanupGroupMetadata`). `tick` runs this every offsets.retention.check.interval.ms.
   */
  expireOffsets(nowMs: number): CoordinatorResult<undefined> {
    const effects = new Effects()
    this.#expireOffsets(nowMs, effects)
    return effects.result(undefined)
  }

  #expireOffsets(nowMs: number, effects: Effects): void {
    for (const group of [...this.#groups.groups.values()]) {
      const records: CoordinatorRecord[] = []
      const allExpired = this.#offsets.cleanupExpiredOffsets(group, nowMs, records)
      if (allExpired && group.is('Empty')) records.push(groupMetadataRecord({ group: group.groupId }, null))
      this.#apply(records, effects)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Time

  /**
   * Fires every timer due at or before nowMs, in deadline order. Each timer fires as of its own
   * deadline (what it schedules counts from there), so the outcome does not depend on how late
   * or how coarsely the driver ticks, as if it fired on time like Kafka's timer.
   */
  tick(nowMs: number): CoordinatorResult<undefined> & { readonly nextDeadlineMs: number | null } {
    const effects = new Effects()
    let firings = 0
    for (let due = this.#timers.popExpired(nowMs); due !== undefined; due = this.#timers.popExpired(nowMs)) {
      firings++
      assert(firings <= MAX_TIMER_FIRINGS_PER_TICK, 'tick: timers keep firing')
      this.#fire(due.action, due.deadlineMs, effects)
    }
    return { ...effects.result(undefined), nextDeadlineMs: this.#timers.nextDeadlineMs() }
  }

  #fire(action: TimerAction, nowMs: number, effects: Effects): void {
    if (action.kind === 'offsets-expiration') {
      this.#expireOffsets(nowMs, effects)
      this.#timers.schedule(nowMs, this.config.offsetsRetentionCheckIntervalMs, action)
      return
    }
    this.#groups.onTimer(action, nowMs, effects)
  }

  /** When the driver must call `tick` next; null when no timer is armed. */
  nextDeadlineMs(): number | null {
    return this.#timers.nextDeadlineMs()
  }

  // ---------------------------------------------------------------------------------------------
  // Inspection (driver metrics, tests)

  group(groupId: string): Readonly<ClassicGroup> | undefined {
    return this.#groups.groups.get(groupId)
  }

  groupIds(): string[] {
    return [...this.#groups.groups.keys()]
  }

  committedOffset(groupId: string, topic: string, partition: number): OffsetAndMetadata | undefined {
    return this.#offsets.offset(groupId, topic, partition)
  }

  /** Every armed timer, earliest first. */
  timers(): Array<{ deadlineMs: number; action: TimerAction }> {
    return this.#timers.list()
  }

  /** Records that are hard state are applied by replaying them, as loading does, then appended. */
  #apply(records: readonly CoordinatorRecord[], effects: Effects): void {
    for (const record of records) {
      this.replay(record)
      effects.records.push(record)
    }
  }
}
