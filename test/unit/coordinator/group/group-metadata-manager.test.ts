// Goal: the classic group protocol answers exactly as Kafka's GroupMetadataManager does: every
// state transition, every timeout (session, rebalance, initial delay, pending member, sync), the
// error codes and generation ids clients see, and static membership (KIP-345).
// Method: drive a GroupCoordinatorShard through GroupContext on a simulated clock, starting from
// named states (`withStableGroup`), and assert exact responses, states and records.

import { describe, expect, it } from 'vitest'
import { decodeRecord } from '../../../../src/coordinator/group/records.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import {
  DEFAULT_REBALANCE_TIMEOUT_MS,
  DEFAULT_SESSION_TIMEOUT_MS,
  GROUP,
  groupContext,
  subscription,
} from './group-context.js'

function lastGroupRecord(log: ReturnType<typeof groupContext>['log']) {
  for (let i = log.length - 1; i >= 0; i--) {
    const record = log[i]
    if (record === undefined) continue
    const decoded = decodeRecord(record)
    if (decoded.kind === 'group-metadata') return decoded
  }
  return undefined
}

describe('JoinGroup', () => {
  it('requires a member id on the first join (v4+, KIP-394), then completes the join phase after the initial delay', () => {
    const g = groupContext({ groupInitialRebalanceDelayMs: 3000 })
    const first = g.joinResponse(g.join({ clientId: 'app' }))
    expect(first).toMatchObject({ errorCode: ErrorCode.MEMBER_ID_REQUIRED, memberId: 'app-uuid-1', generationId: -1 })
    expect(g.state()).toBe('Empty')
    // The new group is committed with an empty GroupMetadataValue, as Kafka does.
    expect(lastGroupRecord(g.log)?.value).toMatchObject({
      protocolType: '',
      generation: 0,
      protocol: null,
      members: [],
    })

    const second = g.join({ clientId: 'app', memberId: 'app-uuid-1' })
    expect(g.joinResponse(second)).toBeUndefined()
    expect(g.state()).toBe('PreparingRebalance')
    g.advance(2999)
    expect(g.joinResponse(second)).toBeUndefined()
    g.advance(1)
    expect(g.joinResponse(second)).toMatchObject({
      errorCode: ErrorCode.NONE,
      generationId: 1,
      protocolType: 'consumer',
      protocolName: 'range',
      leader: 'app-uuid-1',
      memberId: 'app-uuid-1',
      members: [{ memberId: 'app-uuid-1', groupInstanceId: null, metadata: subscription(['t']) }],
    })
    expect(g.state()).toBe('CompletingRebalance')
  })

  it('joins directly without a member id before v4', () => {
    const g = groupContext()
    const id = g.join({ version: 3, clientId: 'old' })
    g.advance(0)
    expect(g.joinResponse(id)).toMatchObject({
      errorCode: ErrorCode.NONE,
      memberId: 'old-uuid-1',
      generationId: 1,
      protocolName: 'range',
    })
  })

  it('answers errors with a non-null protocol name before v7', () => {
    const g = groupContext()
    const response = g.joinResponse(g.join({ version: 6, memberId: 'nobody' }))
    expect(response).toMatchObject({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, protocolName: '', protocolType: null })
    const v7 = g.joinResponse(g.join({ version: 7, memberId: 'nobody' }))
    expect(v7?.protocolName).toBeNull()
  })

  it('gives the leader every member metadata and followers none', () => {
    const g = groupContext()
    const joins = ['a', 'b', 'c'].map((c) =>
      g.joinWithId({ clientId: c, protocols: [{ name: 'range', metadata: subscription([c]) }] }),
    )
    g.advance(0)
    const [leader, b, c] = joins.map((j) => g.joinResponse(j.requestId))
    expect(leader).toMatchObject({ generationId: 1, leader: 'a-uuid-1', memberId: 'a-uuid-1' })
    expect(leader?.members).toEqual([
      { memberId: 'a-uuid-1', groupInstanceId: null, metadata: subscription(['a']) },
      { memberId: 'b-uuid-2', groupInstanceId: null, metadata: subscription(['b']) },
      { memberId: 'c-uuid-3', groupInstanceId: null, metadata: subscription(['c']) },
    ])
    expect(b).toMatchObject({ generationId: 1, leader: 'a-uuid-1', memberId: 'b-uuid-2', members: [] })
    expect(c).toMatchObject({ generationId: 1, leader: 'a-uuid-1', memberId: 'c-uuid-3', members: [] })
  })

  it('selects the protocol all members support with the most votes', () => {
    const g = groupContext()
    const m = Buffer.from('m')
    const joins = [
      g.joinWithId({
        clientId: 'a',
        protocols: [
          { name: 'cooperative-sticky', metadata: m },
          { name: 'range', metadata: m },
        ],
      }),
      g.joinWithId({
        clientId: 'b',
        protocols: [
          { name: 'range', metadata: m },
          { name: 'cooperative-sticky', metadata: m },
          { name: 'roundrobin', metadata: m },
        ],
      }),
      g.joinWithId({
        clientId: 'c',
        protocols: [
          { name: 'cooperative-sticky', metadata: m },
          { name: 'range', metadata: m },
        ],
      }),
    ]
    g.advance(0)
    expect(g.joinResponse(joins[1]?.requestId ?? -1)?.protocolName).toBe('cooperative-sticky')
  })

  it('rejects a member whose protocol type or protocols the group cannot support', () => {
    const g = groupContext()
    g.withStableGroup(1)
    expect(g.joinResponse(g.join({ protocolType: 'connect' }))).toMatchObject({
      errorCode: ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
      memberId: '',
    })
    expect(g.joinResponse(g.join({ protocols: [{ name: 'sticky', metadata: Buffer.alloc(0) }] }))).toMatchObject({
      errorCode: ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
    })
    expect(g.joinResponse(g.join({ protocolType: '', groupId: 'other' }))).toMatchObject({
      errorCode: ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
    })
  })

  it('checks the session timeout bounds and the group id', () => {
    const g = groupContext()
    expect(g.joinResponse(g.join({ sessionTimeoutMs: 5999 }))?.errorCode).toBe(ErrorCode.INVALID_SESSION_TIMEOUT)
    expect(g.joinResponse(g.join({ sessionTimeoutMs: 1_800_001 }))?.errorCode).toBe(ErrorCode.INVALID_SESSION_TIMEOUT)
    expect(g.joinResponse(g.join({ groupId: '' }))?.errorCode).toBe(ErrorCode.INVALID_GROUP_ID)
    expect(g.shard.groupIds()).toEqual([])
  })

  it('answers UNKNOWN_MEMBER_ID to a member id the group does not know', () => {
    const g = groupContext()
    g.withStableGroup(1)
    expect(g.joinResponse(g.join({ memberId: 'ghost' }))?.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    expect(g.joinResponse(g.join({ memberId: 'ghost', groupId: 'missing' }))?.errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    )
  })

  it('enforces group.max.size', () => {
    const g = groupContext({ groupMaxSize: 2 })
    g.withStableGroup(2)
    const third = g.joinResponse(g.join({ clientId: 'c2' }))
    expect(third).toMatchObject({ errorCode: ErrorCode.GROUP_MAX_SIZE_REACHED, memberId: '' })
    expect(g.state()).toBe('Stable')
  })

  it('extends the initial delay while members keep joining, up to the rebalance timeout', () => {
    const g = groupContext({ groupInitialRebalanceDelayMs: 3000 })
    const a = g.joinWithId({ clientId: 'a', rebalanceTimeoutMs: 10_000 })
    g.advance(2000)
    const b = g.joinWithId({ clientId: 'b', rebalanceTimeoutMs: 10_000 })
    g.advance(1000) // t=3000: b joined during the delay, wait another 3000
    expect(g.joinResponse(a.requestId)).toBeUndefined()
    g.advance(2999)
    expect(g.joinResponse(a.requestId)).toBeUndefined()
    g.advance(1) // t=6000
    expect(g.joinResponse(a.requestId)).toMatchObject({ generationId: 1 })
    expect(g.joinResponse(b.requestId)).toMatchObject({ generationId: 1 })
  })

  it('stops extending the initial delay at the rebalance timeout', () => {
    const g = groupContext({ groupInitialRebalanceDelayMs: 3000 })
    const a = g.joinWithId({ clientId: 'a', rebalanceTimeoutMs: 7000 })
    // Delay 3000 (4000 of the rebalance timeout left); a join in every delay extends it:
    // 3000 -> 6000 (1000 left) -> 7000 (none left), however many members keep coming.
    for (const [i, t] of [2500, 5000, 6500].entries()) {
      g.advance(t - (g.nowMs - 1_000_000))
      expect(g.joinResponse(a.requestId)).toBeUndefined()
      g.joinWithId({ clientId: `x${i}`, rebalanceTimeoutMs: 7000 })
    }
    g.advance(499)
    expect(g.joinResponse(a.requestId)).toBeUndefined()
    g.advance(1)
    expect(g.joinResponse(a.requestId)).toMatchObject({ generationId: 1 })
    expect(g.joinResponse(a.requestId)?.members).toHaveLength(4)
  })

  it('drops a pending member that never rejoins within its session timeout', () => {
    const g = groupContext()
    const first = g.joinResponse(g.join({ sessionTimeoutMs: 6000 }))
    expect(first?.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED)
    expect(g.shard.group(GROUP)?.pendingJoinMembers.has('client-uuid-1')).toBe(true)
    g.advance(6000)
    expect(g.shard.group(GROUP)?.pendingJoinMembers.size).toBe(0)
    expect(g.joinResponse(g.join({ memberId: 'client-uuid-1' }))?.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
  })

  it('holds a rebalance until pending members join, then completes', () => {
    const g = groupContext()
    const { memberIds } = g.withStableGroup(1)
    const pending = g.joinResponse(g.join({ clientId: 'late' }))
    expect(pending?.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED)
    const rejoin = g.join({ memberId: memberIds[0] }) // leader rejoins: rebalance
    expect(g.state()).toBe('PreparingRebalance')
    expect(g.joinResponse(rejoin)).toBeUndefined()
    const late = g.join({ clientId: 'late', memberId: pending?.memberId })
    expect(g.joinResponse(rejoin)).toMatchObject({ generationId: 2 })
    expect(g.joinResponse(late)).toMatchObject({ generationId: 2, memberId: 'late-uuid-2' })
  })
})

describe('SyncGroup', () => {
  it('parks followers until the leader assigns, then persists the generation and goes Stable', () => {
    const g = groupContext()
    const joins = ['a', 'b'].map((c) => g.joinWithId({ clientId: c }))
    g.advance(0)
    const follower = g.sync({ generationId: 1, memberId: 'b-uuid-2' })
    expect(g.syncResponse(follower)).toBeUndefined()
    expect(g.state()).toBe('CompletingRebalance')
    const leader = g.sync({
      generationId: 1,
      memberId: 'a-uuid-1',
      assignments: [
        { memberId: 'a-uuid-1', assignment: Buffer.from('A') },
        { memberId: 'b-uuid-2', assignment: Buffer.from('B') },
      ],
    })
    expect(g.syncResponse(leader)).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
      protocolType: 'consumer',
      protocolName: 'range',
      assignment: Buffer.from('A'),
    })
    expect(g.syncResponse(follower)).toMatchObject({ errorCode: ErrorCode.NONE, assignment: Buffer.from('B') })
    expect(g.state()).toBe('Stable')
    const record = lastGroupRecord(g.log)
    expect(record?.value).toMatchObject({
      protocolType: 'consumer',
      generation: 1,
      protocol: 'range',
      leader: 'a-uuid-1',
      members: [
        {
          memberId: 'a-uuid-1',
          clientId: 'a',
          clientHost: '/127.0.0.1',
          sessionTimeout: 10_000,
          rebalanceTimeout: 60_000,
          assignment: Buffer.from('A'),
        },
        { memberId: 'b-uuid-2', clientId: 'b', assignment: Buffer.from('B') },
      ],
    })
    expect(joins).toHaveLength(2)
    // In Stable a sync returns the current assignment at once.
    expect(g.syncResponse(g.sync({ generationId: 1, memberId: 'b-uuid-2' }))?.assignment).toEqual(Buffer.from('B'))
  })

  it('gives members the leader left out an empty assignment', () => {
    const g = groupContext()
    ;['a', 'b'].map((c) => g.joinWithId({ clientId: c }))
    g.advance(0)
    const follower = g.sync({ generationId: 1, memberId: 'b-uuid-2' })
    g.sync({
      generationId: 1,
      memberId: 'a-uuid-1',
      assignments: [{ memberId: 'a-uuid-1', assignment: Buffer.from('A') }],
    })
    expect(g.syncResponse(follower)).toMatchObject({ errorCode: ErrorCode.NONE, assignment: Buffer.alloc(0) })
  })

  it('answers UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, INCONSISTENT_GROUP_PROTOCOL and REBALANCE_IN_PROGRESS as Kafka', () => {
    const g = groupContext()
    const { leader, generationId } = g.withStableGroup(2)
    expect(g.syncResponse(g.sync({ generationId, memberId: 'ghost' }))?.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    expect(g.syncResponse(g.sync({ generationId, memberId: leader, groupId: 'nope' }))?.errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    )
    expect(g.syncResponse(g.sync({ generationId: generationId + 1, memberId: leader }))?.errorCode).toBe(
      ErrorCode.ILLEGAL_GENERATION,
    )
    expect(g.syncResponse(g.sync({ generationId, memberId: leader, protocolType: 'connect' }))?.errorCode).toBe(
      ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
    )
    expect(g.syncResponse(g.sync({ generationId, memberId: leader, protocolName: 'roundrobin' }))?.errorCode).toBe(
      ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
    )
    // v0-4 carry no protocol fields: nothing to check.
    expect(
      g.syncResponse(g.sync({ generationId, memberId: leader, protocolType: null, protocolName: null, version: 3 }))
        ?.errorCode,
    ).toBe(ErrorCode.NONE)
    g.join({ memberId: leader })
    expect(g.state()).toBe('PreparingRebalance')
    expect(g.syncResponse(g.sync({ generationId, memberId: leader }))?.errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
  })
})

describe('Heartbeat', () => {
  it('answers NONE in Stable, REBALANCE_IN_PROGRESS while rebalancing, and rejects strangers', () => {
    const g = groupContext()
    const { leader, followers, generationId } = g.withStableGroup(2)
    expect(g.heartbeat(leader, generationId).errorCode).toBe(ErrorCode.NONE)
    expect(g.heartbeat(leader, generationId + 1).errorCode).toBe(ErrorCode.ILLEGAL_GENERATION)
    expect(g.heartbeat('ghost', generationId).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    expect(g.heartbeat(leader, generationId, null, 'missing').errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    expect(g.heartbeat(leader, generationId, 'not-static').errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    g.join({ memberId: leader })
    expect(g.heartbeat(followers[0] ?? '', generationId).errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
  })

  it('answers NONE between the JoinGroup response and the SyncGroup (CompletingRebalance)', () => {
    const g = groupContext()
    const a = g.joinWithId({ clientId: 'a' })
    g.advance(0)
    expect(g.state()).toBe('CompletingRebalance')
    expect(g.heartbeat(a.memberId, 1).errorCode).toBe(ErrorCode.NONE)
  })
})

describe('rebalances', () => {
  it('a new member joining a Stable group rebalances: heartbeats see REBALANCE_IN_PROGRESS, rejoins get generation + 1', () => {
    const g = groupContext()
    const { memberIds, leader, generationId } = g.withStableGroup(2)
    const newcomer = g.joinWithId({ clientId: 'new' })
    expect(g.state()).toBe('PreparingRebalance')
    expect(g.joinResponse(newcomer.requestId)).toBeUndefined()
    for (const m of memberIds) expect(g.heartbeat(m, generationId).errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
    const rejoins = memberIds.map((memberId) => g.join({ memberId }))
    // The last rejoin completes the join phase at once.
    expect(g.state()).toBe('CompletingRebalance')
    expect(g.generation()).toBe(generationId + 1)
    const leaderResponse = g.joinResponse(rejoins[0] ?? -1)
    expect(leaderResponse).toMatchObject({ generationId: 2, leader })
    expect(leaderResponse?.members.map((m) => m.memberId)).toEqual([...memberIds, newcomer.memberId])
    expect(g.joinResponse(newcomer.requestId)).toMatchObject({ generationId: 2, leader, members: [] })
  })

  it('a follower rejoining in Stable with unchanged metadata gets the current generation; with new metadata it rebalances', () => {
    const g = groupContext()
    const { followers, leader, generationId } = g.withStableGroup(2)
    const follower = followers[0] ?? ''
    expect(g.joinResponse(g.join({ memberId: follower }))).toMatchObject({
      errorCode: 0,
      generationId,
      leader,
      members: [],
    })
    expect(g.state()).toBe('Stable')
    // Cooperative rebalancing: the follower's subscription now lists owned partitions.
    const changed = g.join({ memberId: follower, protocols: [{ name: 'range', metadata: subscription(['t'], 1) }] })
    expect(g.state()).toBe('PreparingRebalance')
    const leaderJoin = g.join({ memberId: leader })
    expect(g.joinResponse(changed)).toMatchObject({ generationId: generationId + 1 })
    expect(g.joinResponse(leaderJoin)).toMatchObject({ generationId: generationId + 1 })
  })

  it('a member that stops heartbeating is removed after its session timeout and the group rebalances without it', () => {
    const g = groupContext()
    const { memberIds, leader, generationId } = g.withStableGroup(3)
    const [, quiet, other] = memberIds
    g.advance(DEFAULT_SESSION_TIMEOUT_MS - 1)
    g.heartbeat(leader, generationId)
    g.heartbeat(other ?? '', generationId)
    expect(g.state()).toBe('Stable')
    g.advance(1)
    expect(g.state()).toBe('PreparingRebalance')
    expect(g.shard.group(GROUP)?.members.has(quiet ?? '')).toBe(false)
    expect(g.heartbeat(quiet ?? '', generationId).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    const a = g.join({ memberId: leader })
    const b = g.join({ memberId: other })
    expect(g.joinResponse(a)?.members.map((m) => m.memberId)).toEqual([leader, other])
    expect(g.joinResponse(b)).toMatchObject({ generationId: generationId + 1 })
  })

  it('a member that does not rejoin within the rebalance timeout is dropped and the join completes with the others', () => {
    const g = groupContext()
    const { memberIds, leader, generationId } = g.withStableGroup(2, { rebalanceTimeoutMs: 30_000 })
    const follower = memberIds[1] ?? ''
    const rejoin = g.join({ memberId: leader, rebalanceTimeoutMs: 30_000 })
    // The follower keeps heartbeating (REBALANCE_IN_PROGRESS) but never rejoins.
    for (let i = 0; i < 9; i++) {
      g.advance(3000)
      expect(g.heartbeat(follower, generationId).errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
    }
    g.advance(2999)
    expect(g.joinResponse(rejoin)).toBeUndefined()
    g.advance(1)
    expect(g.joinResponse(rejoin)).toMatchObject({
      generationId: generationId + 1,
      leader,
      members: [{ memberId: leader }],
    })
    expect(g.heartbeat(follower, generationId).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
  })

  it('a leader that never syncs: after the rebalance timeout it is removed, parked syncs get REBALANCE_IN_PROGRESS, the group rebalances', () => {
    const g = groupContext()
    const joins = ['a', 'b'].map((c) => g.joinWithId({ clientId: c, rebalanceTimeoutMs: 20_000 }))
    g.advance(0)
    const [leader, follower] = joins.map((j) => j.memberId)
    const parked = g.sync({ generationId: 1, memberId: follower ?? '' })
    // Both keep their sessions; the leader just never sends its SyncGroup.
    for (let i = 0; i < 3; i++) {
      g.advance(6000)
      expect(g.heartbeat(leader ?? '', 1).errorCode).toBe(ErrorCode.NONE)
    }
    g.advance(1999)
    expect(g.syncResponse(parked)).toBeUndefined()
    g.advance(1)
    expect(g.syncResponse(parked)).toMatchObject({
      errorCode: ErrorCode.REBALANCE_IN_PROGRESS,
      protocolType: null,
      protocolName: null,
    })
    expect(g.state()).toBe('PreparingRebalance')
    expect(g.shard.group(GROUP)?.members.has(leader ?? '')).toBe(false)
    expect(g.heartbeat(leader ?? '', 1).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    const rejoin = g.join({ memberId: follower, rebalanceTimeoutMs: 20_000 })
    expect(g.joinResponse(rejoin)).toMatchObject({ generationId: 2, leader: follower })
  })

  it('a member that never rejoins a Stable group after everyone else left makes the group Empty with generation + 1', () => {
    const g = groupContext()
    const { memberIds, generationId } = g.withStableGroup(1)
    expect(g.leave([{ memberId: memberIds[0] ?? '' }]).members).toEqual([
      { memberId: memberIds[0], groupInstanceId: null, errorCode: 0 },
    ])
    expect(g.state()).toBe('Empty')
    expect(g.generation()).toBe(generationId + 1)
    expect(lastGroupRecord(g.log)?.value).toMatchObject({
      generation: generationId + 1,
      protocol: null,
      leader: null,
      members: [],
    })
  })

  it('a parked new member whose join never completes is dropped after the new-member join timeout', () => {
    const g = groupContext({ groupNewMemberJoinTimeoutMs: 5000 })
    const { memberIds, generationId } = g.withStableGroup(1)
    const newcomer = g.joinWithId({ clientId: 'new' })
    // The old member keeps heartbeating but never rejoins; the rebalance timeout is 60 s.
    for (let i = 0; i < 2; i++) {
      g.advance(2500)
      g.heartbeat(memberIds[0] ?? '', generationId)
    }
    expect(g.joinResponse(newcomer.requestId)).toMatchObject({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, memberId: '' })
  })
})

describe('static membership (KIP-345)', () => {
  it('a static member restarting with a new member id takes its place without a rebalance; the old id is fenced', () => {
    const g = groupContext()
    const a = g.join({ clientId: 'a', groupInstanceId: 'ia' })
    const b = g.join({ clientId: 'b', groupInstanceId: 'ib' })
    g.advance(0)
    const leaderId = g.joinResponse(a)?.memberId ?? ''
    const followerId = g.joinResponse(b)?.memberId ?? ''
    expect(leaderId).toBe('ia-uuid-1')
    expect(followerId).toBe('ib-uuid-2')
    g.sync({ generationId: 1, memberId: followerId, groupInstanceId: 'ib' })
    g.sync({
      generationId: 1,
      memberId: leaderId,
      groupInstanceId: 'ia',
      assignments: [
        { memberId: leaderId, assignment: Buffer.from('A') },
        { memberId: followerId, assignment: Buffer.from('B') },
      ],
    })
    expect(g.state()).toBe('Stable')

    const restart = g.join({ clientId: 'b', groupInstanceId: 'ib', version: 8 })
    expect(g.joinResponse(restart)).toMatchObject({
      errorCode: 0,
      generationId: 1,
      memberId: 'ib-uuid-3',
      leader: leaderId,
      members: [],
    })
    expect(g.state()).toBe('Stable')
    expect(lastGroupRecord(g.log)?.value?.members.map((m) => m.memberId)).toEqual([leaderId, 'ib-uuid-3'])
    expect(
      g.syncResponse(g.sync({ generationId: 1, memberId: 'ib-uuid-3', groupInstanceId: 'ib' }))?.assignment,
    ).toEqual(Buffer.from('B'))
    expect(g.heartbeat(followerId, 1, 'ib').errorCode).toBe(ErrorCode.FENCED_INSTANCE_ID)
    expect(g.heartbeat('ib-uuid-3', 1, 'ib').errorCode).toBe(ErrorCode.NONE)
    expect(g.joinResponse(g.join({ memberId: followerId, groupInstanceId: 'ib' }))?.errorCode).toBe(
      ErrorCode.FENCED_INSTANCE_ID,
    )

    // A restarted static leader (before v9) is told the old leader id so it does not reassign.
    const leaderRestart = g.joinResponse(g.join({ clientId: 'a', groupInstanceId: 'ia', version: 8 }))
    expect(leaderRestart).toMatchObject({ memberId: 'ia-uuid-4', leader: leaderId, members: [], skipAssignment: false })
    expect(g.shard.group(GROUP)?.leaderId).toBe('ia-uuid-4')
    // From v9 it is told it is the leader, gets the members, and may skip the assignment (KIP-814).
    const v9 = g.joinResponse(g.join({ clientId: 'a', groupInstanceId: 'ia', version: 9 }))
    expect(v9).toMatchObject({ memberId: 'ia-uuid-5', leader: 'ia-uuid-5', skipAssignment: true })
    expect(v9?.members.map((m) => m.groupInstanceId).sort()).toEqual(['ia', 'ib'])
    expect(g.state()).toBe('Stable')
  })

  it('a static member restarting with different protocols triggers a rebalance', () => {
    const g = groupContext()
    const m = subscription(['t'])
    const a = g.join({
      clientId: 'a',
      groupInstanceId: 'ia',
      protocols: [
        { name: 'range', metadata: m },
        { name: 'roundrobin', metadata: m },
      ],
    })
    g.advance(0)
    const memberId = g.joinResponse(a)?.memberId ?? ''
    g.sync({ generationId: 1, memberId, groupInstanceId: 'ia', assignments: [] })
    // Still compatible, but its first choice (and so the group's protocol) changes.
    const restart = g.join({
      groupInstanceId: 'ia',
      protocols: [
        { name: 'roundrobin', metadata: m },
        { name: 'range', metadata: m },
      ],
    })
    expect(g.joinResponse(restart)).toMatchObject({
      generationId: 2,
      protocolName: 'roundrobin',
      memberId: 'ia-uuid-2',
    })
  })

  it('a static member that does not rejoin is kept through the join phase and removed when it fails to sync', () => {
    const g = groupContext()
    const a = g.join({ clientId: 'a', groupInstanceId: 'ia', rebalanceTimeoutMs: 20_000, sessionTimeoutMs: 30_000 })
    const b = g.joinWithId({ clientId: 'b', rebalanceTimeoutMs: 20_000 })
    g.advance(0)
    const staticId = g.joinResponse(a)?.memberId ?? ''
    g.sync({ generationId: 1, memberId: b.memberId })
    g.sync({ generationId: 1, memberId: staticId, groupInstanceId: 'ia', assignments: [] })
    expect(g.state()).toBe('Stable')
    // b's subscription changes: rebalance. The static member keeps heartbeating but does not rejoin.
    const rejoin = g.join({
      memberId: b.memberId,
      rebalanceTimeoutMs: 20_000,
      protocols: [{ name: 'range', metadata: subscription(['u']) }],
    })
    g.advance(10_000)
    expect(g.heartbeat(b.memberId, 1).errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
    expect(g.heartbeat(staticId, 1, 'ia').errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
    g.advance(10_000)
    // A dynamic member would have been dropped; the static one stays, and b is now the leader.
    expect(g.joinResponse(rejoin)).toMatchObject({ generationId: 2, leader: b.memberId })
    expect(g.joinResponse(rejoin)?.members.map((m) => m.memberId)).toEqual([staticId, b.memberId])
    g.sync({ generationId: 2, memberId: b.memberId, assignments: [] })
    expect(g.state()).toBe('Stable')
    for (let i = 0; i < 3; i++) {
      g.advance(5000)
      expect(g.heartbeat(b.memberId, 2).errorCode).toBe(ErrorCode.NONE)
    }
    g.advance(4999)
    expect(g.shard.group(GROUP)?.members.has(staticId)).toBe(true)
    g.advance(1)
    // The rebalance timeout after the join phase passed without its SyncGroup.
    expect(g.shard.group(GROUP)?.members.has(staticId)).toBe(false)
    expect(g.state()).toBe('PreparingRebalance')
  })
})

describe('LeaveGroup', () => {
  it('removes a batch of members (v3+) with per-member errors and rebalances', () => {
    const g = groupContext()
    const { memberIds } = g.withStableGroup(3)
    const [a, b, c] = memberIds
    const response = g.leave([
      { memberId: b ?? '' },
      { memberId: 'ghost' },
      { memberId: c ?? '', groupInstanceId: 'not-mine' },
    ])
    expect(response).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
      members: [
        { memberId: b, groupInstanceId: null, errorCode: ErrorCode.NONE },
        { memberId: 'ghost', groupInstanceId: null, errorCode: ErrorCode.UNKNOWN_MEMBER_ID },
        { memberId: c, groupInstanceId: 'not-mine', errorCode: ErrorCode.UNKNOWN_MEMBER_ID },
      ],
    })
    expect(g.state()).toBe('PreparingRebalance')
    expect([...(g.shard.group(GROUP)?.members.keys() ?? [])]).toEqual([a, c])
  })

  it('answers v0-2 with the member error at the top level', () => {
    const g = groupContext()
    const { memberIds } = g.withStableGroup(2)
    expect(g.leave([{ memberId: 'ghost' }], 0)).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.UNKNOWN_MEMBER_ID,
      members: [],
    })
    expect(g.leave([{ memberId: memberIds[1] ?? '' }], 2)).toEqual({ throttleTimeMs: 0, errorCode: 0, members: [] })
    expect(g.leave([{ memberId: 'x' }], 2, 'missing').errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
  })

  it('removes a static member by instance id alone (admin removal)', () => {
    const g = groupContext()
    const a = g.join({ groupInstanceId: 'ia' })
    g.advance(0)
    const memberId = g.joinResponse(a)?.memberId ?? ''
    g.sync({ generationId: 1, memberId, groupInstanceId: 'ia', assignments: [] })
    expect(
      g.leave([
        { memberId: '', groupInstanceId: 'ia' },
        { memberId: '', groupInstanceId: 'ib' },
      ]).members,
    ).toEqual([
      { memberId: '', groupInstanceId: 'ia', errorCode: 0 },
      { memberId: '', groupInstanceId: 'ib', errorCode: ErrorCode.UNKNOWN_MEMBER_ID },
    ])
    expect(g.state()).toBe('Empty')
  })

  it('answers a leaving member parked in JoinGroup with UNKNOWN_MEMBER_ID and completes the join for the rest', () => {
    const g = groupContext()
    const { memberIds, leader } = g.withStableGroup(2)
    const follower = memberIds[1] ?? ''
    const followerJoin = g.join({
      memberId: follower,
      protocols: [{ name: 'range', metadata: subscription(['t', 'u']) }],
    })
    expect(g.joinResponse(followerJoin)).toBeUndefined()
    g.leave([{ memberId: follower }])
    expect(g.joinResponse(followerJoin)).toMatchObject({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, memberId: '' })
    const leaderJoin = g.join({ memberId: leader })
    expect(g.joinResponse(leaderJoin)).toMatchObject({ generationId: 2, members: [{ memberId: leader }] })
  })

  it('removes a pending member', () => {
    const g = groupContext()
    g.withStableGroup(1)
    const pending = g.joinResponse(g.join({ clientId: 'p' }))
    expect(g.leave([{ memberId: pending?.memberId ?? '' }]).members[0]?.errorCode).toBe(ErrorCode.NONE)
    expect(g.shard.group(GROUP)?.pendingJoinMembers.size).toBe(0)
    // Kafka rebalances after any successful leave, a pending member's included.
    expect(g.state()).toBe('PreparingRebalance')
  })
})

describe('deadlines', () => {
  it('returns the earliest armed deadline and none in the past', () => {
    const g = groupContext({ groupInitialRebalanceDelayMs: 3000 })
    expect(g.shard.nextDeadlineMs()).toBe(g.nowMs + 600_000) // the offsets retention check
    g.join()
    expect(g.shard.nextDeadlineMs()).toBe(g.nowMs + DEFAULT_SESSION_TIMEOUT_MS) // the pending member
    g.join({ memberId: 'client-uuid-1' })
    expect(g.shard.nextDeadlineMs()).toBe(g.nowMs + 3000) // the initial delay
    g.advance(3000)
    expect(g.shard.nextDeadlineMs()).toBe(g.nowMs + DEFAULT_SESSION_TIMEOUT_MS)
    expect(g.shard.timers().map((t) => t.action.kind)).toEqual(['heartbeat', 'sync', 'offsets-expiration'])
    expect(g.shard.timers()[1]?.deadlineMs).toBe(g.nowMs + DEFAULT_REBALANCE_TIMEOUT_MS)
  })
})
