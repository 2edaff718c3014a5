// The classic group protocol: JoinGroup, SyncGroup, Heartbeat, LeaveGroup, DescribeGroups and
// ListGroups against the groups of one __consumer_offsets partition, with the timers that expire
// sessions, join phases and sync phases. Semantics follow Kafka's `GroupMetadataManager.java`
// (classicGroupJoin, classicGroupSync, classicGroupHeartbeat, classicGroupLeave and the timer
// callbacks); the state machine itself is in classic-group.ts.
//
// Membership is soft state, changed in place as in Kafka (whose classic-group results are not
// replayed: `replayRecords = false`); the GroupMetadataValue records written when a generation
// completes or a group empties are what a reload restores. Parked requests are answered through
// `Effects.deferred` (see types.ts).

import { ErrorCode } from '../../protocol/errors.js'
import type {
  GroupMetadataValue,
  MemberMetadata,
} from '../../protocol/generated/group-coordinator/group-metadata-value.js'
import type { DescribeGroupsRequest } from '../../protocol/generated/message/describe-groups-request.js'
import type {
  DescribedGroup,
  DescribeGroupsResponse,
} from '../../protocol/generated/message/describe-groups-response.js'
import type { HeartbeatRequest } from '../../protocol/generated/message/heartbeat-request.js'
import type { HeartbeatResponse } from '../../protocol/generated/message/heartbeat-response.js'
import type { JoinGroupRequest } from '../../protocol/generated/message/join-group-request.js'
import type { JoinGroupResponse } from '../../protocol/generated/message/join-group-response.js'
import type { LeaveGroupRequest, MemberIdentity } from '../../protocol/generated/message/leave-group-request.js'
import type { LeaveGroupResponse, MemberResponse } from '../../protocol/generated/message/leave-group-response.js'
import type { ListGroupsRequest } from '../../protocol/generated/message/list-groups-request.js'
import type { ListGroupsResponse } from '../../protocol/generated/message/list-groups-response.js'
import type { SyncGroupRequest } from '../../protocol/generated/message/sync-group-request.js'
import type { SyncGroupResponse } from '../../protocol/generated/message/sync-group-response.js'
import { assert, assertNever } from '../../util/assert.js'
import {
  ClassicGroup,
  ClassicGroupMember,
  EMPTY_ASSIGNMENT,
  joinResponse,
  type MemberProtocol,
  type PendingRequest,
  syncResponse,
  UNKNOWN_MEMBER_ID,
} from './classic-group.js'
import type { GroupCoordinatorConfig } from './config.js'
import { groupMetadataRecord } from './records.js'
import type { TimerAction, Timers } from './timers.js'
import type { Effects, RequestContext } from './types.js'

/** The group type ListGroups v5+ reports and filters on. */
export const CLASSIC_GROUP_TYPE = 'classic'

/** DescribeGroups' authorizedOperations when they were not asked for (Integer.MIN_VALUE). */
const AUTHORIZED_OPERATIONS_OMITTED = -2147483648

/** First version of JoinGroup where a new member must rejoin with the id it is given (KIP-394). */
const JOIN_GROUP_REQUIRES_KNOWN_MEMBER_ID_VERSION = 4
/** First version of JoinGroup where a static leader may skip the assignment (KIP-814). */
const JOIN_GROUP_SUPPORTS_SKIP_ASSIGNMENT_VERSION = 9
/** First version of LeaveGroup with a batch of members (KIP-345). */
const LEAVE_GROUP_BATCH_VERSION = 3

export class GroupMetadataManager {
  readonly groups = new Map<string, ClassicGroup>()

  constructor(
    readonly config: GroupCoordinatorConfig,
    readonly timers: Timers,
    readonly newUuid: () => string,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // JoinGroup

  joinGroup(ctx: RequestContext, request: JoinGroupRequest, nowMs: number, effects: Effects): void {
    const join: PendingRequest = { requestId: ctx.requestId, apiVersion: ctx.apiVersion }
    const fail = (errorCode: ErrorCode, memberId: string): void => {
      effects.deferred.push({
        kind: 'join',
        requestId: ctx.requestId,
        response: joinResponse(ctx.apiVersion, { errorCode, memberId }),
      })
    }
    if (request.groupId === '') {
      fail(ErrorCode.INVALID_GROUP_ID, request.memberId)
      return
    }
    const sessionTimeoutMs = request.sessionTimeoutMs
    if (
      sessionTimeoutMs < this.config.groupMinSessionTimeoutMs ||
      sessionTimeoutMs > this.config.groupMaxSessionTimeoutMs
    ) {
      fail(ErrorCode.INVALID_SESSION_TIMEOUT, request.memberId)
      return
    }
    // JoinGroup v0 has no rebalance timeout; Kafka uses the session timeout for it.
    const joinRequest: JoinRequest = {
      ctx,
      join,
      groupInstanceId: request.groupInstanceId,
      memberId: request.memberId,
      sessionTimeoutMs,
      rebalanceTimeoutMs: ctx.apiVersion === 0 ? sessionTimeoutMs : request.rebalanceTimeoutMs,
      protocolType: request.protocolType,
      protocols: request.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
    }

    const isUnknownMember = request.memberId === UNKNOWN_MEMBER_ID
    let group = this.groups.get(request.groupId)
    const isNewGroup = group === undefined
    if (group === undefined) {
      // A member id for a group we do not know: it belongs to a group that expired or moved.
      if (!isUnknownMember) {
        fail(ErrorCode.UNKNOWN_MEMBER_ID, request.memberId)
        return
      }
      group = ClassicGroup.empty(request.groupId, nowMs)
      this.groups.set(group.groupId, group)
    }
    const recordsBefore = effects.records.length

    if (!this.#acceptJoiningMember(group, request.memberId)) {
      this.#removeMember(group, request.memberId, effects)
      fail(ErrorCode.GROUP_MAX_SIZE_REACHED, UNKNOWN_MEMBER_ID)
    } else if (isUnknownMember) {
      this.#joinNewMember(group, joinRequest, nowMs, effects)
    } else {
      this.#joinExistingMember(group, joinRequest, nowMs, effects)
    }

    // A new group is committed to the log even when the join wrote nothing yet, as Kafka does.
    if (isNewGroup && effects.records.length === recordsBefore) {
      effects.records.push(groupMetadataRecord({ group: group.groupId }, emptyGroupMetadataValue(group)))
    }
  }

  #acceptJoiningMember(group: ClassicGroup, memberId: string): boolean {
    const maxSize = this.config.groupMaxSize
    switch (group.state) {
      case 'Empty':
      case 'Dead':
        return true
      case 'PreparingRebalance':
        // Counting members awaiting a join (not the group size, which may be above a lowered
        // limit) lets the last members to rejoin be the ones turned away.
        return (group.members.get(memberId)?.awaitingJoin ?? null) !== null || group.numAwaitingJoin < maxSize
      case 'CompletingRebalance':
      case 'Stable':
        return group.members.has(memberId) || group.size < maxSize
      default:
        return assertNever(group.state, 'group state')
    }
  }

  #joinNewMember(group: ClassicGroup, req: JoinRequest, nowMs: number, effects: Effects): void {
    const respond = (errorCode: ErrorCode): void =>
      this.#respondJoin(req, { errorCode, memberId: UNKNOWN_MEMBER_ID }, effects)
    if (group.is('Dead')) {
      respond(ErrorCode.COORDINATOR_NOT_AVAILABLE)
      return
    }
    if (!group.supportsProtocols(req.protocolType, req.protocols)) {
      respond(ErrorCode.INCONSISTENT_GROUP_PROTOCOL)
      return
    }

    const newMemberId = `${req.groupInstanceId ?? req.ctx.clientId}-${this.newUuid()}`
    if (req.groupInstanceId !== null) {
      const existingMemberId = group.staticMembers.get(req.groupInstanceId)
      if (existingMemberId !== undefined) {
        this.#updateStaticMemberThenRebalanceOrCompleteJoin(group, req, existingMemberId, newMemberId, nowMs, effects)
        return
      }
      this.#addMemberThenRebalanceOrCompleteJoin(group, req, newMemberId, nowMs, effects)
      return
    }
    if (req.ctx.apiVersion >= JOIN_GROUP_REQUIRES_KNOWN_MEMBER_ID_VERSION) {
      // KIP-394: hand out the id and expect the member back with it within its session timeout.
      group.pendingJoinMembers.add(newMemberId)
      this.timers.schedule(nowMs, req.sessionTimeoutMs, {
        kind: 'heartbeat',
        groupId: group.groupId,
        memberId: newMemberId,
      })
      this.#respondJoin(req, { errorCode: ErrorCode.MEMBER_ID_REQUIRED, memberId: newMemberId }, effects)
      return
    }
    this.#addMemberThenRebalanceOrCompleteJoin(group, req, newMemberId, nowMs, effects)
  }

  #joinExistingMember(group: ClassicGroup, req: JoinRequest, nowMs: number, effects: Effects): void {
    const memberId = req.memberId
    const respond = (errorCode: ErrorCode): void => this.#respondJoin(req, { errorCode, memberId }, effects)
    if (group.is('Dead')) {
      respond(ErrorCode.COORDINATOR_NOT_AVAILABLE)
      return
    }
    if (!group.supportsProtocols(req.protocolType, req.protocols)) {
      respond(ErrorCode.INCONSISTENT_GROUP_PROTOCOL)
      return
    }
    if (group.pendingJoinMembers.has(memberId)) {
      // Pending ids are only handed to dynamic members; Kafka fails such a request as a server error.
      if (req.groupInstanceId !== null) {
        respond(ErrorCode.UNKNOWN_SERVER_ERROR)
        return
      }
      this.#addMemberThenRebalanceOrCompleteJoin(group, req, memberId, nowMs, effects)
      return
    }
    const error = group.validateMember(memberId, req.groupInstanceId)
    if (error !== ErrorCode.NONE) {
      respond(error)
      return
    }

    const member = group.member(memberId)
    switch (group.state) {
      case 'PreparingRebalance':
        this.#updateMemberThenRebalanceOrCompleteJoin(group, member, req, nowMs, effects)
        return
      case 'CompletingRebalance':
        if (member.matches(req.protocols)) {
          // The member lost its JoinGroup response; give it the current generation again.
          this.#respondJoin(req, this.#currentGenerationResponse(group, memberId, group.isLeader(memberId)), effects)
          return
        }
        this.#updateMemberThenRebalanceOrCompleteJoin(group, member, req, nowMs, effects)
        return
      case 'Stable':
        // A join from the leader always rebalances: it is how the leader reacts to changes the
        // metadata does not show (new partitions of a subscribed topic, cooperative follow-ups).
        if (group.isLeader(memberId) || !member.matches(req.protocols)) {
          this.#updateMemberThenRebalanceOrCompleteJoin(group, member, req, nowMs, effects)
          return
        }
        this.#respondJoin(req, this.#currentGenerationResponse(group, memberId, false), effects)
        return
      case 'Empty':
      case 'Dead':
        // Unreachable after validateMember (these states have no members); answered as Kafka does.
        respond(ErrorCode.UNKNOWN_MEMBER_ID)
        return
      default:
        assertNever(group.state, 'group state')
        return
    }
  }

  #currentGenerationResponse(group: ClassicGroup, memberId: string, withMembers: boolean): Partial<JoinGroupResponse> {
    return {
      members: withMembers ? group.joinResponseMembers() : [],
      memberId,
      generationId: group.generationId,
      protocolName: group.protocolName,
      protocolType: group.protocolType,
      leader: group.leaderId ?? '',
    }
  }

  #respondJoin(req: JoinRequest, fields: Partial<JoinGroupResponse>, effects: Effects): void {
    effects.deferred.push({
      kind: 'join',
      requestId: req.ctx.requestId,
      response: joinResponse(req.ctx.apiVersion, fields),
    })
  }

  #addMemberThenRebalanceOrCompleteJoin(
    group: ClassicGroup,
    req: JoinRequest,
    memberId: string,
    nowMs: number,
    effects: Effects,
  ): void {
    const member = new ClassicGroupMember(
      memberId,
      req.groupInstanceId,
      req.ctx.clientId,
      req.ctx.clientHost,
      req.rebalanceTimeoutMs,
      req.sessionTimeoutMs,
      req.protocolType,
      req.protocols,
    )
    member.isNew = true
    // A member joining during the initial delayed rebalance extends the delay.
    if (group.is('PreparingRebalance') && group.previousState === 'Empty') group.newMemberAdded = true
    group.add(member, req.join)
    // A parked join of a new member cannot be satisfied by heartbeats (it has no id yet), and a
    // client that gave up may retry with a fresh join; bound how long the old one counts.
    this.#scheduleHeartbeat(group, member, nowMs, this.config.groupNewMemberJoinTimeoutMs)
    this.#maybePrepareRebalanceOrCompleteJoin(group, nowMs, effects)
  }

  #updateMemberThenRebalanceOrCompleteJoin(
    group: ClassicGroup,
    member: ClassicGroupMember,
    req: JoinRequest,
    nowMs: number,
    effects: Effects,
  ): void {
    group.updateMember(member, req.protocols, req.rebalanceTimeoutMs, req.sessionTimeoutMs, req.join, effects)
    this.#maybePrepareRebalanceOrCompleteJoin(group, nowMs, effects)
  }

  #updateStaticMemberThenRebalanceOrCompleteJoin(
    group: ClassicGroup,
    req: JoinRequest,
    oldMemberId: string,
    newMemberId: string,
    nowMs: number,
    effects: Effects,
  ): void {
    assert(req.groupInstanceId !== null, 'a static member has an instance id')
    const currentLeader = group.leaderId
    const member = group.replaceStaticMember(req.groupInstanceId, oldMemberId, newMemberId, effects)
    this.timers.cancel({ kind: 'heartbeat', groupId: group.groupId, memberId: oldMemberId })
    this.#scheduleHeartbeat(group, member, nowMs)
    group.updateMember(member, req.protocols, req.rebalanceTimeoutMs, req.sessionTimeoutMs, req.join, effects)

    switch (group.state) {
      case 'Stable': {
        if ((group.protocolName ?? '') !== group.selectProtocol()) {
          // The group's protocol would change: rebalance so assignment and protocol stay consistent.
          this.#maybePrepareRebalanceOrCompleteJoin(group, nowMs, effects)
          return
        }
        // KIP-345: the restarted member takes its old place and assignment without a rebalance.
        // Persist the new member id, then answer. Before JoinGroup v9 the leader field keeps the old
        // leader id, so a static leader that restarted does not recompute (and change) the assignment.
        effects.records.push(groupMetadataRecord({ group: group.groupId }, groupMetadataValue(group, null)))
        const skipAssignment = req.ctx.apiVersion >= JOIN_GROUP_SUPPORTS_SKIP_ASSIGNMENT_VERSION
        const isLeader = group.isLeader(newMemberId)
        group.completeJoin(
          member,
          {
            members: skipAssignment && isLeader ? group.joinResponseMembers() : [],
            memberId: newMemberId,
            generationId: group.generationId,
            protocolName: group.protocolName,
            protocolType: group.protocolType,
            leader: (skipAssignment ? group.leaderId : currentLeader) ?? '',
            skipAssignment: skipAssignment && isLeader,
          },
          effects,
        )
        return
      }
      case 'CompletingRebalance':
        // The leader may already be assigning for the old member id: start over.
        this.#prepareRebalance(group, nowMs, effects)
        return
      case 'PreparingRebalance':
        this.#maybeCompleteJoinPhase(group, nowMs, effects)
        return
      case 'Empty':
      case 'Dead':
        assert(false, `group ${group.groupId} in ${group.state} cannot have static member ${req.groupInstanceId}`)
        return
      default:
        assertNever(group.state, 'group state')
        return
    }
  }

  #maybePrepareRebalanceOrCompleteJoin(group: ClassicGroup, nowMs: number, effects: Effects): void {
    if (group.canRebalance()) this.#prepareRebalance(group, nowMs, effects)
    else this.#maybeCompleteJoinPhase(group, nowMs, effects)
  }

  /** Completes the join phase when everyone is in, except during the delayed initial rebalance. */
  #maybeCompleteJoinPhase(group: ClassicGroup, nowMs: number, effects: Effects): void {
    if (group.is('PreparingRebalance') && group.hasAllMembersJoined() && group.previousState !== 'Empty') {
      this.#completeJoinPhase(group, nowMs, effects)
    }
  }

  #prepareRebalance(group: ClassicGroup, nowMs: number, effects: Effects): void {
    // Members parked in SyncGroup must rejoin.
    if (group.is('CompletingRebalance'))
      this.#resetAndPropagateAssignmentWithError(group, ErrorCode.REBALANCE_IN_PROGRESS, nowMs, effects)
    group.pendingSyncMembers.clear()
    this.timers.cancel({ kind: 'sync', groupId: group.groupId, generationId: group.generationId })

    const isInitialRebalance = group.is('Empty')
    if (isInitialRebalance) {
      const delayMs = this.config.groupInitialRebalanceDelayMs
      const remainingMs = Math.max(group.rebalanceTimeoutMs() - delayMs, 0)
      this.timers.schedule(nowMs, delayMs, { kind: 'initial-join', groupId: group.groupId, delayMs, remainingMs })
    }
    group.transitionTo('PreparingRebalance', nowMs)
    if (!isInitialRebalance) this.#maybeCompleteJoinElseSchedule(group, nowMs, effects)
  }

  #maybeCompleteJoinElseSchedule(group: ClassicGroup, nowMs: number, effects: Effects): void {
    if (group.hasAllMembersJoined()) this.#completeJoinPhase(group, nowMs, effects)
    else this.timers.schedule(nowMs, group.rebalanceTimeoutMs(), { kind: 'join', groupId: group.groupId })
  }

  /**
   * Ends the join phase: dynamic members that did not rejoin are dropped, the generation moves on
   * and every parked JoinGroup is answered (the leader's with all members' metadata). A group left
   * without members becomes Empty and that is persisted.
   */
  #completeJoinPhase(group: ClassicGroup, nowMs: number, effects: Effects): void {
    this.timers.cancel({ kind: 'join', groupId: group.groupId })
    for (const member of group.notYetRejoinedMembers()) {
      if (!member.isStatic) this.#removeMember(group, member.memberId, effects)
    }
    if (group.is('Dead')) return
    if (!group.maybeElectNewJoinedLeader() && group.size > 0) {
      // Nobody rejoined: wait another rebalance timeout, by when sessions will have expired.
      this.timers.schedule(nowMs, group.rebalanceTimeoutMs(), { kind: 'join', groupId: group.groupId })
      return
    }
    group.initNextGeneration(nowMs)
    if (group.is('Empty')) {
      effects.records.push(groupMetadataRecord({ group: group.groupId }, groupMetadataValue(group, null)))
      return
    }
    for (const member of group.members.values()) {
      group.completeJoin(
        member,
        {
          members: group.isLeader(member.memberId) ? group.joinResponseMembers() : [],
          memberId: member.memberId,
          generationId: group.generationId,
          protocolName: group.protocolName,
          protocolType: group.protocolType,
          leader: group.leaderId ?? '',
        },
        effects,
      )
      this.#scheduleHeartbeat(group, member, nowMs)
      member.isNew = false
      group.pendingSyncMembers.add(member.memberId)
    }
    this.timers.schedule(nowMs, group.rebalanceTimeoutMs(), {
      kind: 'sync',
      groupId: group.groupId,
      generationId: group.generationId,
    })
  }

  // ---------------------------------------------------------------------------------------------
  // SyncGroup

  syncGroup(ctx: RequestContext, request: SyncGroupRequest, nowMs: number, effects: Effects): void {
    const respond = (fields: Partial<SyncGroupResponse>): void => {
      effects.deferred.push({ kind: 'sync', requestId: ctx.requestId, response: syncResponse(fields) })
    }
    if (request.groupId === '') {
      respond({ errorCode: ErrorCode.INVALID_GROUP_ID })
      return
    }
    const group = this.groups.get(request.groupId)
    if (group === undefined) {
      respond({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID })
      return
    }
    const error = validateSyncGroup(group, request)
    if (error !== ErrorCode.NONE) {
      respond({ errorCode: error })
      return
    }

    const memberId = request.memberId
    switch (group.state) {
      case 'Empty':
        respond({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID })
        return
      case 'PreparingRebalance':
        respond({ errorCode: ErrorCode.REBALANCE_IN_PROGRESS })
        return
      case 'CompletingRebalance': {
        const member = group.member(memberId)
        // A second SyncGroup while the first is parked: answer the first (see updateMember).
        group.completeSync(member, { errorCode: ErrorCode.REBALANCE_IN_PROGRESS }, effects)
        member.awaitingSync = { requestId: ctx.requestId, apiVersion: ctx.apiVersion }
        this.#removePendingSyncMember(group, memberId)
        if (group.isLeader(memberId)) this.#completeSyncPhase(group, request, nowMs, effects)
        return
      }
      case 'Stable':
        this.#removePendingSyncMember(group, memberId)
        respond({
          protocolType: group.protocolType,
          protocolName: group.protocolName,
          assignment: group.member(memberId).assignment,
        })
        return
      case 'Dead':
        assert(false, `validateSyncGroup lets no request through for dead group ${group.groupId}`)
        return
      default:
        assertNever(group.state, 'group state')
        return
    }
  }

  /** The leader's assignment: persisted with the generation, handed to every member, group Stable. */
  #completeSyncPhase(group: ClassicGroup, request: SyncGroupRequest, nowMs: number, effects: Effects): void {
    const assignment = new Map<string, Buffer>()
    for (const a of request.assignments) assignment.set(a.memberId, a.assignment)
    // Members the leader left out get an empty assignment, as in Kafka.
    effects.records.push(groupMetadataRecord({ group: group.groupId }, groupMetadataValue(group, assignment)))
    for (const member of group.members.values()) member.assignment = assignment.get(member.memberId) ?? EMPTY_ASSIGNMENT
    this.#propagateAssignment(group, ErrorCode.NONE, nowMs, effects)
    group.transitionTo('Stable', nowMs)
  }

  #resetAndPropagateAssignmentWithError(group: ClassicGroup, error: ErrorCode, nowMs: number, effects: Effects): void {
    assert(group.is('CompletingRebalance'), `group ${group.groupId} must be CompletingRebalance to reset assignments`)
    for (const member of group.members.values()) member.assignment = EMPTY_ASSIGNMENT
    this.#propagateAssignment(group, error, nowMs, effects)
  }

  #propagateAssignment(group: ClassicGroup, error: ErrorCode, nowMs: number, effects: Effects): void {
    const ok = error === ErrorCode.NONE
    for (const member of group.members.values()) {
      const completed = group.completeSync(
        member,
        {
          errorCode: error,
          protocolType: ok ? group.protocolType : null,
          protocolName: ok ? group.protocolName : null,
          assignment: member.assignment,
        },
        effects,
      )
      // A session that expired while the member was parked was ignored; start a fresh one.
      if (completed) this.#scheduleHeartbeat(group, member, nowMs)
    }
  }

  #removePendingSyncMember(group: ClassicGroup, memberId: string): void {
    group.pendingSyncMembers.delete(memberId)
    const syncTimer: TimerAction = { kind: 'sync', groupId: group.groupId, generationId: group.generationId }
    switch (group.state) {
      case 'Dead':
      case 'Empty':
      case 'PreparingRebalance':
        this.timers.cancel(syncTimer)
        return
      case 'CompletingRebalance':
      case 'Stable':
        if (group.pendingSyncMembers.size === 0) this.timers.cancel(syncTimer)
        return
      default:
        assertNever(group.state, 'group state')
        return
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Heartbeat

  heartbeat(request: HeartbeatRequest, nowMs: number): HeartbeatResponse {
    const respond = (errorCode: ErrorCode): HeartbeatResponse => ({ throttleTimeMs: 0, errorCode })
    if (request.groupId === '') return respond(ErrorCode.INVALID_GROUP_ID)
    const group = this.groups.get(request.groupId)
    if (group === undefined) return respond(ErrorCode.UNKNOWN_MEMBER_ID)
    if (group.is('Dead')) return respond(ErrorCode.COORDINATOR_NOT_AVAILABLE)
    const error = group.validateMember(request.memberId, request.groupInstanceId)
    if (error !== ErrorCode.NONE) return respond(error)
    if (request.generationId !== group.generationId) return respond(ErrorCode.ILLEGAL_GENERATION)
    switch (group.state) {
      case 'Empty':
        return respond(ErrorCode.UNKNOWN_MEMBER_ID)
      case 'PreparingRebalance':
        this.#scheduleHeartbeat(group, group.member(request.memberId), nowMs)
        return respond(ErrorCode.REBALANCE_IN_PROGRESS)
      case 'CompletingRebalance':
      case 'Stable':
        // Members may heartbeat between their JoinGroup response and their SyncGroup.
        this.#scheduleHeartbeat(group, group.member(request.memberId), nowMs)
        return respond(ErrorCode.NONE)
      case 'Dead':
        return respond(ErrorCode.COORDINATOR_NOT_AVAILABLE)
      default:
        return assertNever(group.state, 'group state')
    }
  }

  /** An OffsetCommit from a member in Stable or PreparingRebalance keeps its session alive too. */
  refreshSessionOnCommit(group: ClassicGroup, memberId: string, nowMs: number): void {
    if (!group.is('Stable') && !group.is('PreparingRebalance')) return
    const member = group.members.get(memberId)
    if (member !== undefined) this.#scheduleHeartbeat(group, member, nowMs)
  }

  // ---------------------------------------------------------------------------------------------
  // LeaveGroup

  leaveGroup(apiVersion: number, request: LeaveGroupRequest, nowMs: number, effects: Effects): LeaveGroupResponse {
    const topLevel = (errorCode: ErrorCode): LeaveGroupResponse => ({ throttleTimeMs: 0, errorCode, members: [] })
    if (request.groupId === '') return topLevel(ErrorCode.INVALID_GROUP_ID)
    const group = this.groups.get(request.groupId)
    if (group === undefined) return topLevel(ErrorCode.UNKNOWN_MEMBER_ID)
    if (group.is('Dead')) return topLevel(ErrorCode.COORDINATOR_NOT_AVAILABLE)

    const identities: readonly MemberIdentity[] =
      apiVersion >= LEAVE_GROUP_BATCH_VERSION
        ? request.members
        : [{ memberId: request.memberId, groupInstanceId: null, reason: null }]
    const errors: ErrorCode[] = identities.map((identity) => this.#leaveOne(group, identity, effects))
    const responses: MemberResponse[] = identities.map((identity, i) => ({
      memberId: identity.memberId,
      groupInstanceId: identity.groupInstanceId,
      errorCode: errors[i] ?? ErrorCode.UNKNOWN_SERVER_ERROR,
    }))

    if (errors.includes(ErrorCode.NONE)) {
      switch (group.state) {
        case 'Stable':
        case 'CompletingRebalance':
          this.#maybePrepareRebalanceOrCompleteJoin(group, nowMs, effects)
          break
        case 'PreparingRebalance':
          this.#maybeCompleteJoinPhase(group, nowMs, effects)
          break
        case 'Empty':
        case 'Dead':
          break
        default:
          assertNever(group.state, 'group state')
      }
    }
    // Before v3 the one member's error is the response's error.
    if (apiVersion < LEAVE_GROUP_BATCH_VERSION) return topLevel(errors[0] ?? ErrorCode.NONE)
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, members: responses }
  }

  #leaveOne(group: ClassicGroup, identity: MemberIdentity, effects: Effects): ErrorCode {
    if (identity.memberId === UNKNOWN_MEMBER_ID) {
      // Administrative removal of a static member by instance id (AdminClient removeMembersFromConsumerGroup).
      const memberId = identity.groupInstanceId === null ? undefined : group.staticMembers.get(identity.groupInstanceId)
      if (memberId === undefined) return ErrorCode.UNKNOWN_MEMBER_ID
      this.#removeMember(group, memberId, effects)
      return ErrorCode.NONE
    }
    if (group.pendingJoinMembers.has(identity.memberId)) {
      this.#removeMember(group, identity.memberId, effects)
      return ErrorCode.NONE
    }
    const error = group.validateMember(identity.memberId, identity.groupInstanceId)
    if (error !== ErrorCode.NONE) return error
    this.#removeMember(group, identity.memberId, effects)
    return ErrorCode.NONE
  }

  /**
   * Removes a member (or pending member) and its session timer. A parked JoinGroup is answered
   * UNKNOWN_MEMBER_ID so a still-running client rejoins, as Kafka; a parked SyncGroup likewise
   * (Kafka leaves it unanswered, which would leak the driver's pending request).
   */
  #removeMember(group: ClassicGroup, memberId: string, effects: Effects): void {
    this.timers.cancel({ kind: 'heartbeat', groupId: group.groupId, memberId })
    const member = group.members.get(memberId)
    if (member !== undefined) {
      group.completeJoin(member, { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, memberId: UNKNOWN_MEMBER_ID }, effects)
      group.completeSync(member, { errorCode: ErrorCode.UNKNOWN_MEMBER_ID }, effects)
    }
    group.remove(memberId)
  }

  // ---------------------------------------------------------------------------------------------
  // DescribeGroups, ListGroups

  describeGroups(request: DescribeGroupsRequest): DescribeGroupsResponse {
    return { throttleTimeMs: 0, groups: request.groups.map((groupId) => this.#describeGroup(groupId)) }
  }

  #describeGroup(groupId: string): DescribedGroup {
    const described: DescribedGroup = {
      errorCode: ErrorCode.NONE,
      groupId,
      groupState: 'Dead',
      protocolType: '',
      protocolData: '',
      members: [],
      authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
    }
    if (groupId === '') return { ...described, errorCode: ErrorCode.INVALID_GROUP_ID, groupState: '' }
    const group = this.groups.get(groupId)
    // An unknown group is described as Dead with no error, as Kafka does before DescribeGroups v6.
    if (group === undefined) return described
    const stable = group.is('Stable')
    const protocolName = group.protocolName
    return {
      ...described,
      groupState: group.state,
      protocolType: group.protocolType ?? '',
      protocolData: stable ? (protocolName ?? '') : '',
      members: [...group.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        memberMetadata: stable && protocolName !== null ? m.metadata(protocolName) : EMPTY_ASSIGNMENT,
        memberAssignment: stable ? m.assignment : EMPTY_ASSIGNMENT,
      })),
    }
  }

  listGroups(request: ListGroupsRequest): ListGroupsResponse {
    const states = new Set(request.statesFilter.map((s) => s.toLowerCase()))
    const types = new Set(request.typesFilter.map((t) => t.toLowerCase()))
    const groups = []
    for (const group of this.groups.values()) {
      if (states.size > 0 && !states.has(group.state.toLowerCase())) continue
      if (types.size > 0 && !types.has(CLASSIC_GROUP_TYPE)) continue
      groups.push({
        groupId: group.groupId,
        protocolType: group.protocolType ?? '',
        groupState: group.state,
        groupType: CLASSIC_GROUP_TYPE,
      })
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, groups }
  }

  // ---------------------------------------------------------------------------------------------
  // Timers

  onTimer(action: TimerAction, nowMs: number, effects: Effects): void {
    switch (action.kind) {
      case 'heartbeat':
        this.#expireHeartbeat(action.groupId, action.memberId, nowMs, effects)
        return
      case 'join': {
        const group = this.groups.get(action.groupId)
        if (group?.is('PreparingRebalance')) this.#completeJoinPhase(group, nowMs, effects)
        return
      }
      case 'initial-join':
        this.#tryCompleteInitialRebalance(action.groupId, action.delayMs, action.remainingMs, nowMs, effects)
        return
      case 'sync':
        this.#expirePendingSync(action.groupId, action.generationId, nowMs, effects)
        return
      case 'offsets-expiration':
        assert(false, 'the shard handles offsets expiration')
        return
      default:
        assertNever(action, 'timer action')
        return
    }
  }

  #expireHeartbeat(groupId: string, memberId: string, nowMs: number, effects: Effects): void {
    const group = this.groups.get(groupId)
    if (group === undefined || group.is('Dead')) return
    if (group.pendingJoinMembers.has(memberId)) {
      group.remove(memberId)
      if (group.is('PreparingRebalance') && group.hasAllMembersJoined()) this.#completeJoinPhase(group, nowMs, effects)
      return
    }
    const member = group.members.get(memberId)
    if (member === undefined || member.hasSatisfiedHeartbeat()) return
    this.#removeMember(group, memberId, effects)
    if (group.is('Stable') || group.is('CompletingRebalance'))
      this.#maybePrepareRebalanceOrCompleteJoin(group, nowMs, effects)
    else if (group.is('PreparingRebalance') && group.hasAllMembersJoined())
      this.#completeJoinPhase(group, nowMs, effects)
  }

  #tryCompleteInitialRebalance(
    groupId: string,
    delayMs: number,
    remainingMs: number,
    nowMs: number,
    effects: Effects,
  ): void {
    const group = this.groups.get(groupId)
    if (group === undefined || !group.is('PreparingRebalance')) return
    if (group.newMemberAdded && remainingMs !== 0) {
      // Someone joined during the delay: wait again, up to the rebalance timeout in total.
      group.newMemberAdded = false
      const newDelayMs = Math.min(this.config.groupInitialRebalanceDelayMs, remainingMs)
      const newRemainingMs = Math.max(remainingMs - delayMs, 0)
      this.timers.schedule(nowMs, newDelayMs, {
        kind: 'initial-join',
        groupId,
        delayMs: newDelayMs,
        remainingMs: newRemainingMs,
      })
      return
    }
    this.#completeJoinPhase(group, nowMs, effects)
  }

  /** Members that got the new generation but never synced are removed, and the group rebalances. */
  #expirePendingSync(groupId: string, generationId: number, nowMs: number, effects: Effects): void {
    const group = this.groups.get(groupId)
    if (group === undefined || generationId !== group.generationId) return
    if (!group.is('CompletingRebalance') && !group.is('Stable')) return
    if (group.pendingSyncMembers.size === 0) return
    for (const memberId of [...group.pendingSyncMembers]) this.#removeMember(group, memberId, effects)
    this.#prepareRebalance(group, nowMs, effects)
  }

  #scheduleHeartbeat(
    group: ClassicGroup,
    member: ClassicGroupMember,
    nowMs: number,
    timeoutMs = member.sessionTimeoutMs,
  ): void {
    this.timers.schedule(nowMs, timeoutMs, { kind: 'heartbeat', groupId: group.groupId, memberId: member.memberId })
  }

  // ---------------------------------------------------------------------------------------------
  // Loading and unloading

  /** Replays a GroupMetadata record: a value replaces the group as persisted, a tombstone removes it. */
  replayGroupMetadata(groupId: string, value: GroupMetadataValue | null): void {
    if (value === null) {
      this.removeGroup(groupId)
      return
    }
    const group = new ClassicGroup(
      groupId,
      value.members.length === 0 ? 'Empty' : 'Stable',
      value.generation,
      value.protocolType === '' ? null : value.protocolType,
      value.protocol,
      value.leader,
      value.currentStateTimestamp === -1n ? null : Number(value.currentStateTimestamp),
    )
    for (const m of value.members) {
      assert(value.protocol !== null, `GroupMetadataValue of ${groupId} has members but no protocol`)
      group.add(
        new ClassicGroupMember(
          m.memberId,
          m.groupInstanceId,
          m.clientId,
          m.clientHost,
          m.rebalanceTimeout === -1 ? m.sessionTimeout : m.rebalanceTimeout,
          m.sessionTimeout,
          value.protocolType,
          [{ name: value.protocol, metadata: m.subscription }],
          m.assignment,
        ),
        null,
      )
    }
    group.subscribedTopics = group.computeSubscribedTopics()
    this.removeGroup(groupId)
    this.groups.set(groupId, group)
  }

  /** Creates the group of offsets committed without group membership (a "simple" group), if missing. */
  getOrCreateSimpleGroup(groupId: string, nowMs: number | null): ClassicGroup {
    let group = this.groups.get(groupId)
    if (group === undefined) {
      group = new ClassicGroup(groupId, 'Empty', 0, null, null, null, nowMs)
      this.groups.set(groupId, group)
    }
    return group
  }

  removeGroup(groupId: string): void {
    const group = this.groups.get(groupId)
    if (group === undefined) return
    for (const memberId of [...group.members.keys(), ...group.pendingJoinMembers]) {
      this.timers.cancel({ kind: 'heartbeat', groupId, memberId })
    }
    this.timers.cancel({ kind: 'join', groupId })
    this.timers.cancel({ kind: 'sync', groupId, generationId: group.generationId })
    group.transitionTo('Dead', group.currentStateTimestampMs ?? 0)
    this.groups.delete(groupId)
  }

  /** After loading: every restored member gets a session, and oversized groups rebalance. */
  onLoaded(nowMs: number, effects: Effects): void {
    for (const group of this.groups.values()) {
      for (const member of group.members.values()) this.#scheduleHeartbeat(group, member, nowMs)
      if (group.size > this.config.groupMaxSize) this.#prepareRebalance(group, nowMs, effects)
    }
  }

  /** The partition moved away: every parked request is told to find the new coordinator. */
  unload(effects: Effects): void {
    for (const group of this.groups.values()) {
      for (const member of group.members.values()) {
        group.completeJoin(member, { errorCode: ErrorCode.NOT_COORDINATOR, memberId: member.memberId }, effects)
        group.completeSync(member, { errorCode: ErrorCode.NOT_COORDINATOR }, effects)
      }
      group.transitionTo('Dead', group.currentStateTimestampMs ?? 0)
    }
    this.groups.clear()
  }
}

/** A JoinGroup request after version defaults are applied. */
interface JoinRequest {
  readonly ctx: RequestContext
  readonly join: PendingRequest
  readonly groupInstanceId: string | null
  readonly memberId: string
  readonly sessionTimeoutMs: number
  readonly rebalanceTimeoutMs: number
  readonly protocolType: string
  readonly protocols: readonly MemberProtocol[]
}

function validateSyncGroup(group: ClassicGroup, request: SyncGroupRequest): ErrorCode {
  if (group.is('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE
  const error = group.validateMember(request.memberId, request.groupInstanceId)
  if (error !== ErrorCode.NONE) return error
  if (request.generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION
  if (isProtocolInconsistent(request.protocolType, group.protocolType)) return ErrorCode.INCONSISTENT_GROUP_PROTOCOL
  if (isProtocolInconsistent(request.protocolName, group.protocolName)) return ErrorCode.INCONSISTENT_GROUP_PROTOCOL
  return ErrorCode.NONE
}

/** SyncGroup v5+ names the protocol type and name; both sides must agree when both are known. */
function isProtocolInconsistent(fromRequest: string | null, fromGroup: string | null): boolean {
  return fromRequest !== null && fromGroup !== null && fromRequest !== fromGroup
}

/** The record of a group: its generation and members with their subscription and assignment. */
export function groupMetadataValue(
  group: ClassicGroup,
  assignment: ReadonlyMap<string, Buffer> | null,
): GroupMetadataValue {
  const members: MemberMetadata[] = [...group.members.values()].map((m) => {
    assert(group.protocolName !== null, `group ${group.groupId} has members but no protocol`)
    return {
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      rebalanceTimeout: m.rebalanceTimeoutMs,
      sessionTimeout: m.sessionTimeoutMs,
      subscription: m.metadata(group.protocolName),
      assignment: assignment === null ? m.assignment : (assignment.get(m.memberId) ?? EMPTY_ASSIGNMENT),
    }
  })
  return {
    protocolType: group.protocolType ?? '',
    generation: group.generationId,
    protocol: group.protocolName,
    leader: group.leaderId,
    currentStateTimestamp: BigInt(group.currentStateTimestampMs ?? -1),
    members,
  }
}

/** What Kafka writes for a group created by a JoinGroup that did not write anything else. */
function emptyGroupMetadataValue(group: ClassicGroup): GroupMetadataValue {
  return {
    protocolType: '',
    generation: 0,
    protocol: null,
    leader: null,
    currentStateTimestamp: BigInt(group.currentStateTimestampMs ?? -1),
    members: [],
  }
}
