// Test scaffolding for the group coordinator shard: a simulated clock, deterministic member ids,
// a log that keeps every record the shard asked to append, and a table of answers to parked
// requests by request id. Builders start tests from a named state (`withStableGroup`), as Kafka's
// GroupMetadataManagerTestContext does.

import { expect } from 'vitest'
import type { GroupCoordinatorConfig } from '../../../../src/coordinator/group/config.js'
import type { CoordinatorRecord } from '../../../../src/coordinator/group/records.js'
import { GroupCoordinatorShard } from '../../../../src/coordinator/group/shard.js'
import type { CoordinatorResult, RequestContext } from '../../../../src/coordinator/group/types.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import { writeConsumerProtocolSubscription } from '../../../../src/protocol/generated/message/consumer-protocol-subscription.js'
import type { HeartbeatResponse } from '../../../../src/protocol/generated/message/heartbeat-response.js'
import type { JoinGroupResponse } from '../../../../src/protocol/generated/message/join-group-response.js'
import type { LeaveGroupResponse } from '../../../../src/protocol/generated/message/leave-group-response.js'
import type { OffsetCommitResponse } from '../../../../src/protocol/generated/message/offset-commit-response.js'
import type { SyncGroupResponse } from '../../../../src/protocol/generated/message/sync-group-response.js'
import { Writer } from '../../../../src/protocol/writer.js'

export const GROUP = 'g'

/** ConsumerProtocolSubscription bytes (int16 version + struct) for these topics. */
export function subscription(topics: string[], version = 0): Buffer {
  const w = new Writer()
  w.writeInt16(version)
  writeConsumerProtocolSubscription(
    w,
    { topics, userData: null, ownedPartitions: [], generationId: -1, rackId: null },
    version,
  )
  return w.toBuffer()
}

export interface JoinOptions {
  groupId?: string
  memberId?: string
  clientId?: string
  groupInstanceId?: string | null
  sessionTimeoutMs?: number
  rebalanceTimeoutMs?: number
  protocolType?: string
  protocols?: Array<{ name: string; metadata: Buffer }>
  version?: number
  reason?: string | null
}

export interface SyncOptions {
  groupId?: string
  generationId: number
  memberId: string
  groupInstanceId?: string | null
  protocolType?: string | null
  protocolName?: string | null
  assignments?: Array<{ memberId: string; assignment: Buffer }>
  version?: number
}

export const DEFAULT_SESSION_TIMEOUT_MS = 10_000
export const DEFAULT_REBALANCE_TIMEOUT_MS = 60_000

export class GroupContext {
  nowMs = 1_000_000
  readonly shard: GroupCoordinatorShard
  /** Every record the shard returned, in order: what the log would hold. */
  readonly log: CoordinatorRecord[] = []
  readonly joinResponses = new Map<number, JoinGroupResponse>()
  readonly syncResponses = new Map<number, SyncGroupResponse>()
  #nextRequestId = 1
  #uuids = 0

  constructor(config: Partial<GroupCoordinatorConfig> = {}) {
    this.shard = new GroupCoordinatorShard({
      config: { groupInitialRebalanceDelayMs: 0, ...config },
      newUuid: () => `uuid-${++this.#uuids}`,
    })
    this.#collect(this.shard.onLoaded(this.nowMs))
  }

  ctx(version: number, clientId = 'client'): RequestContext {
    return { requestId: this.#nextRequestId++, apiVersion: version, clientId, clientHost: '/127.0.0.1' }
  }

  #collect<T>(result: CoordinatorResult<T>): T {
    this.log.push(...result.records)
    for (const d of result.deferred) {
      if (d.kind === 'join') {
        expect(this.joinResponses.has(d.requestId), `join ${d.requestId} answered twice`).toBe(false)
        this.joinResponses.set(d.requestId, d.response)
      } else {
        expect(this.syncResponses.has(d.requestId), `sync ${d.requestId} answered twice`).toBe(false)
        this.syncResponses.set(d.requestId, d.response)
      }
    }
    return result.response
  }

  /** Sends a JoinGroup; returns its request id (see `joinResponse`). */
  join(options: JoinOptions = {}): number {
    const version = options.version ?? 9
    const ctx = this.ctx(version, options.clientId ?? 'client')
    this.#collect(
      this.shard.joinGroup(
        ctx,
        {
          groupId: options.groupId ?? GROUP,
          sessionTimeoutMs: options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS,
          rebalanceTimeoutMs: options.rebalanceTimeoutMs ?? DEFAULT_REBALANCE_TIMEOUT_MS,
          memberId: options.memberId ?? '',
          groupInstanceId: options.groupInstanceId ?? null,
          protocolType: options.protocolType ?? 'consumer',
          protocols: options.protocols ?? [{ name: 'range', metadata: subscription(['t']) }],
          reason: options.reason ?? null,
        },
        this.nowMs,
      ),
    )
    return ctx.requestId
  }

  joinResponse(requestId: number): JoinGroupResponse | undefined {
    return this.joinResponses.get(requestId)
  }

  /** A dynamic member's two-step join (KIP-394); returns the request id of the second join. */
  joinWithId(options: JoinOptions = {}): { memberId: string; requestId: number } {
    const first = this.joinResponse(this.join(options))
    expect(first?.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED)
    const memberId = first?.memberId ?? ''
    return { memberId, requestId: this.join({ ...options, memberId }) }
  }

  sync(options: SyncOptions): number {
    const version = options.version ?? 5
    const ctx = this.ctx(version)
    this.#collect(
      this.shard.syncGroup(
        ctx,
        {
          groupId: options.groupId ?? GROUP,
          generationId: options.generationId,
          memberId: options.memberId,
          groupInstanceId: options.groupInstanceId ?? null,
          protocolType: options.protocolType === undefined ? 'consumer' : options.protocolType,
          protocolName: options.protocolName === undefined ? 'range' : options.protocolName,
          assignments: options.assignments ?? [],
        },
        this.nowMs,
      ),
    )
    return ctx.requestId
  }

  syncResponse(requestId: number): SyncGroupResponse | undefined {
    return this.syncResponses.get(requestId)
  }

  heartbeat(
    memberId: string,
    generationId: number,
    groupInstanceId: string | null = null,
    groupId = GROUP,
  ): HeartbeatResponse {
    return this.#collect(
      this.shard.heartbeat(this.ctx(4), { groupId, memberId, generationId, groupInstanceId }, this.nowMs),
    )
  }

  leave(
    members: Array<{ memberId: string; groupInstanceId?: string | null }>,
    version = 5,
    groupId = GROUP,
  ): LeaveGroupResponse {
    return this.#collect(
      this.shard.leaveGroup(
        this.ctx(version),
        {
          groupId,
          memberId: members[0]?.memberId ?? '',
          members: members.map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId ?? null,
            reason: null,
          })),
        },
        this.nowMs,
      ),
    )
  }

  commit(options: {
    groupId?: string
    memberId?: string
    generationId?: number
    groupInstanceId?: string | null
    offsets: Array<{ topic: string; partition: number; offset: bigint; metadata?: string | null; leaderEpoch?: number }>
    retentionTimeMs?: bigint
    version?: number
  }): OffsetCommitResponse {
    const byTopic = new Map<string, Array<(typeof options.offsets)[number]>>()
    for (const o of options.offsets) byTopic.set(o.topic, [...(byTopic.get(o.topic) ?? []), o])
    return this.#collect(
      this.shard.offsetCommit(
        this.ctx(options.version ?? 9),
        {
          groupId: options.groupId ?? GROUP,
          generationIdOrMemberEpoch: options.generationId ?? -1,
          memberId: options.memberId ?? '',
          groupInstanceId: options.groupInstanceId ?? null,
          retentionTimeMs: options.retentionTimeMs ?? -1n,
          topics: [...byTopic].map(([name, parts]) => ({
            name,
            partitions: parts.map((p) => ({
              partitionIndex: p.partition,
              committedOffset: p.offset,
              committedLeaderEpoch: p.leaderEpoch ?? -1,
              commitTimestamp: -1n,
              committedMetadata: p.metadata === undefined ? '' : p.metadata,
            })),
          })),
        },
        this.nowMs,
      ),
    )
  }

  /** Moves the clock and fires due timers. */
  advance(ms: number): void {
    this.nowMs += ms
    this.#collect(this.shard.tick(this.nowMs))
  }

  /** Runs any other shard call whose result should be collected. */
  run<T>(result: CoordinatorResult<T>): T {
    return this.#collect(result)
  }

  state(groupId = GROUP): string | undefined {
    return this.shard.group(groupId)?.state
  }

  generation(groupId = GROUP): number | undefined {
    return this.shard.group(groupId)?.generationId
  }

  /**
   * Joins `count` dynamic members (KIP-394 two-step joins), completes the join phase and syncs
   * with the given assignments (the leader assigns `assignment-<i>` to member i by default).
   */
  withStableGroup(count: number, options: JoinOptions = {}): StableGroup {
    const joins = [...Array(count).keys()].map((i) => this.joinWithId({ clientId: `c${i}`, ...options }))
    // With no initial delay, the join phase completes at the next tick.
    this.advance(0)
    const responses = joins.map((j) => this.joinResponse(j.requestId))
    for (const r of responses) expect(r?.errorCode).toBe(ErrorCode.NONE)
    const first = responses[0]
    expect(first).toBeDefined()
    const generationId = first?.generationId ?? -1
    const leader = first?.leader ?? ''
    const memberIds = joins.map((j) => j.memberId)
    const assignments = memberIds.map((memberId, i) => ({ memberId, assignment: Buffer.from(`assignment-${i}`) }))
    const groupId = options.groupId ?? GROUP
    const protocol = { protocolType: first?.protocolType ?? null, protocolName: first?.protocolName ?? null }
    const syncs = memberIds.map((memberId) => {
      if (memberId === leader) return -1
      return this.sync({ groupId, generationId, memberId, ...protocol })
    })
    const leaderSync = this.sync({ groupId, generationId, memberId: leader, assignments, ...protocol })
    for (const [i, s] of syncs.entries()) {
      const id = s === -1 ? leaderSync : s
      expect(this.syncResponse(id)).toMatchObject({
        errorCode: ErrorCode.NONE,
        assignment: Buffer.from(`assignment-${i}`),
      })
    }
    expect(this.state(groupId)).toBe('Stable')
    return { memberIds, leader, generationId, followers: memberIds.filter((m) => m !== leader) }
  }
}

export interface StableGroup {
  memberIds: string[]
  leader: string
  generationId: number
  followers: string[]
}

export function groupContext(config: Partial<GroupCoordinatorConfig> = {}): GroupContext {
  return new GroupContext(config)
}
