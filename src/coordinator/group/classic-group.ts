// A classic (JoinGroup/SyncGroup) consumer group: its members, generation, chosen protocol and
// state, and the rules that move it between states. The request handling that drives it lives in
// group-metadata-manager.ts; this file holds the group's own bookkeeping, as Kafka's
// `ClassicGroup.java` and `ClassicGroupState.java`.
//
// States, what each answers, and what moves it (Kafka's ClassicGroupState javadoc):
//
//   Empty                no members; the group lingers until its offsets expire. Also the state of
//                        a "simple" group that only commits offsets (generation -1 commits).
//       answers          JoinGroup: accepted (new members); SyncGroup, Heartbeat, LeaveGroup,
//                        OffsetCommit with a member id: UNKNOWN_MEMBER_ID; OffsetCommit with
//                        generation -1: accepted; OffsetFetch: accepted
//       moves            join from a new member -> PreparingRebalance
//                        all offsets expired, group deleted, partition unloaded -> Dead
//   PreparingRebalance   collecting JoinGroup requests for the next generation
//       answers          Heartbeat, SyncGroup: REBALANCE_IN_PROGRESS; LeaveGroup: removes the member;
//                        JoinGroup: parked until every member rejoined or the rebalance timeout;
//                        OffsetCommit from the previous generation: accepted
//       moves            every member joined, or the rebalance (or initial delay) timer fired
//                        -> CompletingRebalance (generation + 1), or -> Empty if nobody is left
//   CompletingRebalance  waiting for the leader's SyncGroup with the assignment
//       answers          Heartbeat: NONE; OffsetCommit: REBALANCE_IN_PROGRESS; SyncGroup from a
//                        follower: parked until the leader's arrives
//       moves            leader's SyncGroup -> Stable (assignment persisted)
//                        new member or changed metadata joins, a member leaves or fails,
//                        members that never synced expire -> PreparingRebalance
//   Stable               every member has its assignment
//       answers          Heartbeat: NONE; SyncGroup: the member's current assignment; JoinGroup
//                        from a follower with unchanged metadata: the current generation;
//                        OffsetCommit from the current generation: accepted
//       moves            member failure, a leave, a join from the leader, a join with new metadata,
//                        a new member -> PreparingRebalance
//   Dead                 removed (deleted or unloaded); every request gets COORDINATOR_NOT_AVAILABLE
//                        or UNKNOWN_MEMBER_ID; final
//
// Allowed transitions (target <- previous states):
//   Empty <- PreparingRebalance
//   PreparingRebalance <- Stable, CompletingRebalance, Empty
//   CompletingRebalance <- PreparingRebalance
//   Stable <- CompletingRebalance
//   Dead <- any state

import { ErrorCode } from '../../protocol/errors.js'
import type {
  JoinGroupResponse,
  JoinGroupResponseMember,
} from '../../protocol/generated/message/join-group-response.js'
import type { SyncGroupResponse } from '../../protocol/generated/message/sync-group-response.js'
import { assert } from '../../util/assert.js'
import { subscribedTopicsOf } from './consumer-protocol.js'
import type { Effects, RequestId } from './types.js'

export type ClassicGroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead'

export const CLASSIC_GROUP_STATES: readonly ClassicGroupState[] = [
  'Empty',
  'PreparingRebalance',
  'CompletingRebalance',
  'Stable',
  'Dead',
]

const VALID_PREVIOUS_STATES: Readonly<Record<ClassicGroupState, readonly ClassicGroupState[]>> = {
  Empty: ['PreparingRebalance'],
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Empty', 'PreparingRebalance', 'CompletingRebalance', 'Stable', 'Dead'],
}

export const CONSUMER_PROTOCOL_TYPE = 'consumer'
export const UNKNOWN_MEMBER_ID = ''
export const EMPTY_ASSIGNMENT: Buffer = Buffer.alloc(0)

/** A parked JoinGroup or SyncGroup request. */
export interface PendingRequest {
  readonly requestId: RequestId
  readonly apiVersion: number
}

export interface MemberProtocol {
  readonly name: string
  readonly metadata: Buffer
}

export class ClassicGroupMember {
  awaitingJoin: PendingRequest | null = null
  awaitingSync: PendingRequest | null = null
  /** Joined but not yet through a completed join phase: its session cannot be satisfied yet. */
  isNew = false

  constructor(
    public memberId: string,
    readonly groupInstanceId: string | null,
    readonly clientId: string,
    readonly clientHost: string,
    public rebalanceTimeoutMs: number,
    public sessionTimeoutMs: number,
    readonly protocolType: string,
    public supportedProtocols: readonly MemberProtocol[],
    public assignment: Buffer = EMPTY_ASSIGNMENT,
  ) {}

  get isStatic(): boolean {
    return this.groupInstanceId !== null
  }

  /** The member's metadata for a protocol it supports. */
  metadata(protocolName: string): Buffer {
    const protocol = this.supportedProtocols.find((p) => p.name === protocolName)
    assert(protocol !== undefined, `member ${this.memberId} does not support protocol ${protocolName}`)
    return protocol.metadata
  }

  /** Same protocols, in the same order, with byte-identical metadata. */
  matches(protocols: readonly MemberProtocol[]): boolean {
    if (protocols.length !== this.supportedProtocols.length) return false
    return protocols.every((p, i) => {
      const mine = this.supportedProtocols[i]
      return mine !== undefined && mine.name === p.name && mine.metadata.equals(p.metadata)
    })
  }

  /** The member's most preferred protocol among the candidates. */
  vote(candidates: ReadonlySet<string>): string {
    const choice = this.supportedProtocols.find((p) => candidates.has(p.name))
    assert(choice !== undefined, `member ${this.memberId} supports none of the candidate protocols`)
    return choice.name
  }

  /**
   * Whether a session timeout that fires now is harmless: members parked in a join or sync are
   * alive by definition (their heartbeat is rescheduled when the phase completes), except new
   * members, whose parked join is bounded by the new-member join timeout.
   */
  hasSatisfiedHeartbeat(): boolean {
    if (this.isNew) return false
    return this.awaitingJoin !== null || this.awaitingSync !== null
  }
}

export class ClassicGroup {
  state: ClassicGroupState
  previousState: ClassicGroupState | null = null
  /** Wall-clock ms of the last transition (GroupMetadataValue.currentStateTimestamp); null if unknown. */
  currentStateTimestampMs: number | null
  /** Set when a member joins during the initial delayed rebalance, so the delay extends. */
  newMemberAdded = false
  /** Topics the members subscribe to, when the consumer protocol is in use and parses; else null. */
  subscribedTopics: ReadonlySet<string> | null = null

  /** Insertion ordered, so the choice of a new leader is deterministic. */
  readonly members = new Map<string, ClassicGroupMember>()
  /** groupInstanceId -> memberId */
  readonly staticMembers = new Map<string, string>()
  /** KIP-394: ids handed out with MEMBER_ID_REQUIRED whose owners have not joined with them yet. */
  readonly pendingJoinMembers = new Set<string>()
  /** Members that got their JoinGroup response but have not sent SyncGroup yet. */
  readonly pendingSyncMembers = new Set<string>()
  #numMembersAwaitingJoin = 0
  /** How many members support each protocol name. */
  readonly #supportedProtocols = new Map<string, number>()

  constructor(
    readonly groupId: string,
    state: ClassicGroupState,
    public generationId: number,
    public protocolType: string | null,
    public protocolName: string | null,
    public leaderId: string | null,
    currentStateTimestampMs: number | null,
  ) {
    this.state = state
    this.currentStateTimestampMs = currentStateTimestampMs
  }

  static empty(groupId: string, nowMs: number): ClassicGroup {
    return new ClassicGroup(groupId, 'Empty', 0, null, null, null, nowMs)
  }

  get size(): number {
    return this.members.size
  }

  get numAwaitingJoin(): number {
    return this.#numMembersAwaitingJoin
  }

  is(state: ClassicGroupState): boolean {
    return this.state === state
  }

  isLeader(memberId: string): boolean {
    return this.leaderId !== null && this.leaderId === memberId
  }

  usesConsumerProtocol(): boolean {
    return this.protocolType === CONSUMER_PROTOCOL_TYPE
  }

  canRebalance(): boolean {
    return VALID_PREVIOUS_STATES.PreparingRebalance.includes(this.state)
  }

  transitionTo(target: ClassicGroupState, nowMs: number): void {
    assert(
      VALID_PREVIOUS_STATES[target].includes(this.state),
      `group ${this.groupId}: transition ${this.state} -> ${target} is not allowed`,
    )
    this.previousState = this.state
    this.state = target
    this.currentStateTimestampMs = nowMs
  }

  member(memberId: string): ClassicGroupMember {
    const member = this.members.get(memberId)
    assert(member !== undefined, `group ${this.groupId} has no member ${memberId}`)
    return member
  }

  add(member: ClassicGroupMember, join: PendingRequest | null): void {
    if (member.groupInstanceId !== null) {
      assert(
        !this.staticMembers.has(member.groupInstanceId),
        `static member ${member.groupInstanceId} is already in the group`,
      )
      this.staticMembers.set(member.groupInstanceId, member.memberId)
    }
    if (this.members.size === 0) this.protocolType = member.protocolType
    assert(this.protocolType === member.protocolType, 'the group and member protocol types must match')
    assert(
      this.supportsProtocols(member.protocolType, member.supportedProtocols),
      'the member must support a common protocol',
    )
    if (this.leaderId === null) this.leaderId = member.memberId
    this.members.set(member.memberId, member)
    this.#countProtocols(member, 1)
    member.awaitingJoin = join
    if (join !== null) this.#numMembersAwaitingJoin++
    this.pendingJoinMembers.delete(member.memberId)
  }

  remove(memberId: string): void {
    const removed = this.members.get(memberId)
    if (removed !== undefined) {
      this.members.delete(memberId)
      this.#countProtocols(removed, -1)
      if (removed.awaitingJoin !== null) this.#numMembersAwaitingJoin--
      if (removed.groupInstanceId !== null) this.staticMembers.delete(removed.groupInstanceId)
    }
    if (this.isLeader(memberId)) {
      const next = this.members.keys().next()
      this.leaderId = next.done ? null : next.value
    }
    this.pendingJoinMembers.delete(memberId)
    this.pendingSyncMembers.delete(memberId)
  }

  /** Keeps the leader if it rejoined, else picks the first member that did; false if nobody did. */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false
    if (this.member(this.leaderId).awaitingJoin !== null) return true
    for (const member of this.members.values()) {
      if (member.awaitingJoin !== null) {
        this.leaderId = member.memberId
        return true
      }
    }
    return false
  }

  /**
   * A static member restarted with a new member id: the old id is fenced (its parked requests get
   * FENCED_INSTANCE_ID) and the member continues under the new id with everything else unchanged.
   */
  replaceStaticMember(
    groupInstanceId: string,
    oldMemberId: string,
    newMemberId: string,
    effects: Effects,
  ): ClassicGroupMember {
    const old = this.member(oldMemberId)
    this.members.delete(oldMemberId)
    this.completeJoin(
      old,
      { errorCode: ErrorCode.FENCED_INSTANCE_ID, memberId: oldMemberId, generationId: -1, leader: '', members: [] },
      effects,
    )
    this.completeSync(old, { errorCode: ErrorCode.FENCED_INSTANCE_ID, assignment: EMPTY_ASSIGNMENT }, effects)
    const replacement = new ClassicGroupMember(
      newMemberId,
      old.groupInstanceId,
      old.clientId,
      old.clientHost,
      old.rebalanceTimeoutMs,
      old.sessionTimeoutMs,
      old.protocolType,
      old.supportedProtocols,
      old.assignment,
    )
    this.members.set(newMemberId, replacement)
    if (this.isLeader(oldMemberId)) this.leaderId = newMemberId
    this.staticMembers.set(groupInstanceId, newMemberId)
    return replacement
  }

  /** The existing member's new protocols and timeouts, and its new parked join (or none). */
  updateMember(
    member: ClassicGroupMember,
    protocols: readonly MemberProtocol[],
    rebalanceTimeoutMs: number,
    sessionTimeoutMs: number,
    join: PendingRequest | null,
    effects: Effects,
  ): void {
    this.#countProtocols(member, -1)
    member.supportedProtocols = protocols
    this.#countProtocols(member, 1)
    member.rebalanceTimeoutMs = rebalanceTimeoutMs
    member.sessionTimeoutMs = sessionTimeoutMs
    if (join !== null && member.awaitingJoin !== null) {
      // A second JoinGroup while the first is parked: answer the first so the driver does not hold
      // it forever (Kafka drops the first future; its client has usually disconnected already).
      this.completeJoin(member, { errorCode: ErrorCode.REBALANCE_IN_PROGRESS, memberId: member.memberId }, effects)
    }
    if (join !== null && member.awaitingJoin === null) this.#numMembersAwaitingJoin++
    else if (join === null && member.awaitingJoin !== null) this.#numMembersAwaitingJoin--
    member.awaitingJoin = join
  }

  /** Answers the member's parked JoinGroup, if any. */
  completeJoin(member: ClassicGroupMember, response: Partial<JoinGroupResponse>, effects: Effects): boolean {
    const pending = member.awaitingJoin
    if (pending === null) return false
    effects.deferred.push({
      kind: 'join',
      requestId: pending.requestId,
      response: joinResponse(pending.apiVersion, response),
    })
    member.awaitingJoin = null
    this.#numMembersAwaitingJoin--
    return true
  }

  /** Answers the member's parked SyncGroup, if any. */
  completeSync(member: ClassicGroupMember, response: Partial<SyncGroupResponse>, effects: Effects): boolean {
    const pending = member.awaitingSync
    if (pending === null) return false
    effects.deferred.push({ kind: 'sync', requestId: pending.requestId, response: syncResponse(response) })
    member.awaitingSync = null
    return true
  }

  hasAllMembersJoined(): boolean {
    return this.members.size === this.#numMembersAwaitingJoin && this.pendingJoinMembers.size === 0
  }

  notYetRejoinedMembers(): ClassicGroupMember[] {
    return [...this.members.values()].filter((m) => m.awaitingJoin === null)
  }

  /** The largest rebalance timeout of the members: how long a join or sync phase may take. */
  rebalanceTimeoutMs(): number {
    let max = 0
    for (const member of this.members.values()) max = Math.max(max, member.rebalanceTimeoutMs)
    return max
  }

  /**
   * Whether a member with these protocols could join: an empty group takes any non-empty protocol
   * type and list; otherwise the type must match and one protocol must be supported by all.
   */
  supportsProtocols(protocolType: string, protocols: readonly MemberProtocol[]): boolean {
    if (this.is('Empty')) return protocolType !== '' && protocols.length > 0
    return (
      this.protocolType === protocolType &&
      protocols.some((p) => (this.#supportedProtocols.get(p.name) ?? 0) === this.members.size)
    )
  }

  /** Each member votes for its most preferred protocol that all support; the most votes wins. */
  selectProtocol(): string {
    assert(this.members.size > 0, `cannot select a protocol for empty group ${this.groupId}`)
    const candidates = new Set<string>()
    for (const [name, count] of this.#supportedProtocols) if (count === this.members.size) candidates.add(name)
    const votes = new Map<string, number>()
    for (const member of this.members.values()) {
      const choice = member.vote(candidates)
      votes.set(choice, (votes.get(choice) ?? 0) + 1)
    }
    let best: string | undefined
    let bestVotes = -1
    for (const [name, count] of votes) {
      if (count > bestVotes) {
        best = name
        bestVotes = count
      }
    }
    assert(best !== undefined, 'a protocol is selected')
    return best
  }

  /** Moves to the next generation: CompletingRebalance with a protocol, or Empty without members. */
  initNextGeneration(nowMs: number): void {
    this.generationId++
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol()
      this.subscribedTopics = this.computeSubscribedTopics()
      this.transitionTo('CompletingRebalance', nowMs)
    } else {
      this.protocolName = null
      this.subscribedTopics = this.computeSubscribedTopics()
      this.transitionTo('Empty', nowMs)
    }
    this.pendingSyncMembers.clear()
  }

  /** The members as the leader's JoinGroup response lists them. */
  joinResponseMembers(): JoinGroupResponseMember[] {
    assert(
      !this.is('Dead') && !this.is('PreparingRebalance'),
      `no member metadata for group ${this.groupId} in ${this.state}`,
    )
    const protocolName = this.protocolName
    assert(protocolName !== null, 'a protocol is selected')
    return [...this.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      metadata: m.metadata(protocolName),
    }))
  }

  /** Kafka's `computeSubscribedTopics`: null when the group is not a parseable consumer group. */
  computeSubscribedTopics(): ReadonlySet<string> | null {
    if (this.protocolType !== CONSUMER_PROTOCOL_TYPE) return null
    if (this.members.size === 0) return new Set()
    if (this.protocolName === null) return null
    const topics = new Set<string>()
    for (const member of this.members.values()) {
      const memberTopics = subscribedTopicsOf(member.metadata(this.protocolName))
      if (memberTopics === null) return null
      for (const topic of memberTopics) topics.add(topic)
    }
    return topics
  }

  /** Whether offsets of this topic are in use; unknown subscriptions count for consumer groups. */
  isSubscribedToTopic(topic: string): boolean {
    if (this.subscribedTopics !== null) return this.subscribedTopics.has(topic)
    return this.usesConsumerProtocol()
  }

  /** The "validateMember" of Kafka: the instance id maps to this member id, and the member exists. */
  validateMember(memberId: string, groupInstanceId: string | null): ErrorCode {
    if (groupInstanceId !== null) {
      const existing = this.staticMembers.get(groupInstanceId)
      if (existing === undefined) return ErrorCode.UNKNOWN_MEMBER_ID
      if (existing !== memberId) return ErrorCode.FENCED_INSTANCE_ID
    }
    return this.members.has(memberId) ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID
  }

  #countProtocols(member: ClassicGroupMember, delta: 1 | -1): void {
    for (const p of member.supportedProtocols) {
      const count = (this.#supportedProtocols.get(p.name) ?? 0) + delta
      if (count === 0) this.#supportedProtocols.delete(p.name)
      else this.#supportedProtocols.set(p.name, count)
    }
  }
}

/**
 * A JoinGroup response with Kafka's defaults for the fields not given. Before v7 the protocol
 * name is not nullable, so null becomes '' as Kafka's JoinGroupResponse does.
 */
export function joinResponse(apiVersion: number, fields: Partial<JoinGroupResponse>): JoinGroupResponse {
  const protocolName = fields.protocolName ?? null
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    generationId: -1,
    protocolType: null,
    leader: '',
    skipAssignment: false,
    memberId: UNKNOWN_MEMBER_ID,
    members: [],
    ...fields,
    protocolName: protocolName === null && apiVersion < 7 ? '' : protocolName,
  }
}

export function syncResponse(fields: Partial<SyncGroupResponse>): SyncGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    protocolType: null,
    protocolName: null,
    assignment: EMPTY_ASSIGNMENT,
    ...fields,
  }
}
