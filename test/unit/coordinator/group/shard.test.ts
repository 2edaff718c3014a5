// Goal: the shard as the driver sees it: replaying its own records rebuilds the same groups and
// offsets (failover is the normal path), offsets expire by Kafka's rules, DescribeGroups,
// ListGroups and DeleteGroups answer as Kafka, and unloading answers every parked request.
// Method: run a GroupContext, replay its log into a fresh shard, and compare; drive retention with
// the simulated clock.

import { describe, expect, it } from 'vitest'
import { decodeRecord } from '../../../../src/coordinator/group/records.js'
import { GroupCoordinatorShard } from '../../../../src/coordinator/group/shard.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import { DEFAULT_SESSION_TIMEOUT_MS, GROUP, groupContext, subscription } from './group-context.js'

function kinds(records: ReadonlyArray<{ key: Buffer; value: Buffer | null }>) {
  return records.map((r) => {
    const d = decodeRecord(r)
    if (d.kind === 'offset-commit')
      return `offset ${d.key.group}/${d.key.topic}/${d.key.partition}${d.value === null ? ' tombstone' : ''}`
    if (d.kind === 'group-metadata') return `group ${d.key.group}${d.value === null ? ' tombstone' : ''}`
    return 'unsupported'
  })
}

describe('replay', () => {
  it('rebuilds groups (generation, protocol, members, assignments) and committed offsets from the log', () => {
    const g = groupContext()
    const { memberIds, leader, generationId } = g.withStableGroup(2)
    g.commit({ memberId: leader, generationId, offsets: [{ topic: 't', partition: 0, offset: 10n, metadata: 'meta' }] })
    g.commit({
      memberId: leader,
      generationId,
      offsets: [{ topic: 't', partition: 0, offset: 11n, metadata: 'later' }],
    })
    g.commit({ groupId: 'simple', offsets: [{ topic: 's', partition: 2, offset: 7n }] })
    g.commit({ groupId: 'deleted', offsets: [{ topic: 'd', partition: 0, offset: 1n }] })
    g.run(g.shard.deleteGroups(g.ctx(2), { groupsNames: ['deleted'] }, g.nowMs))

    const restored = new GroupCoordinatorShard({ config: g.shard.config, newUuid: () => 'x' })
    for (const record of g.log) restored.replay(record)
    restored.onLoaded(g.nowMs)

    expect(restored.groupIds().sort()).toEqual([GROUP, 'simple'])
    const group = restored.group(GROUP)
    expect(group).toMatchObject({
      state: 'Stable',
      generationId,
      protocolType: 'consumer',
      protocolName: 'range',
      leaderId: leader,
    })
    expect([...(group?.members.values() ?? [])].map((m) => [m.memberId, m.assignment.toString()])).toEqual([
      [memberIds[0], 'assignment-0'],
      [memberIds[1], 'assignment-1'],
    ])
    expect(restored.committedOffset(GROUP, 't', 0)).toEqual(g.shard.committedOffset(GROUP, 't', 0))
    expect(restored.committedOffset(GROUP, 't', 0)).toMatchObject({ offset: 11n, metadata: 'later' })
    expect(restored.committedOffset('simple', 's', 2)?.offset).toBe(7n)
    expect(restored.group('simple')).toMatchObject({ state: 'Empty', protocolType: null })
    expect(restored.committedOffset('deleted', 'd', 0)).toBeUndefined()
  })

  it('restores members with fresh sessions: they may carry on, or expire and leave the group Empty', () => {
    const g = groupContext()
    const { memberIds, generationId } = g.withStableGroup(2)
    const restored = new GroupCoordinatorShard({ config: g.shard.config, newUuid: () => 'x' })
    for (const record of g.log) restored.replay(record)
    restored.onLoaded(g.nowMs)
    const ctx = { requestId: 1, apiVersion: 4, clientId: 'c', clientHost: '/127.0.0.1' }
    const hb = (memberId: string, nowMs: number) =>
      restored.heartbeat(ctx, { groupId: GROUP, memberId, generationId, groupInstanceId: null }, nowMs).response
        .errorCode
    expect(hb(memberIds[0] ?? '', g.nowMs + 5000)).toBe(ErrorCode.NONE)
    // The second member never comes back: its session expires, the first must rejoin.
    const tick = restored.tick(g.nowMs + DEFAULT_SESSION_TIMEOUT_MS)
    expect(tick.deferred).toEqual([])
    expect(restored.group(GROUP)?.state).toBe('PreparingRebalance')
    expect(hb(memberIds[0] ?? '', g.nowMs + DEFAULT_SESSION_TIMEOUT_MS)).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
    // Nobody rejoins within the rebalance timeout: the group ends Empty, one generation on.
    const end = restored.tick(g.nowMs + 120_000)
    expect(restored.group(GROUP)).toMatchObject({ state: 'Empty', generationId: generationId + 1 })
    expect(kinds(end.records)).toEqual([`group ${GROUP}`])
  })

  it('skips records of other group types and rejects undecodable ones', () => {
    const shard = new GroupCoordinatorShard({ newUuid: () => 'x' })
    const key = Buffer.from([0, 3, 0, 1, 0x61])
    shard.replay({ key, value: Buffer.from([0, 0]) })
    expect(shard.groupIds()).toEqual([])
    expect(() => shard.replay({ key: Buffer.from([0]), value: null })).toThrow()
  })
})

describe('offsets retention', () => {
  it('expires the offsets of an Empty group counted from when it became Empty, then the group', () => {
    const g = groupContext({ offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 10_000 })
    const { leader, generationId } = g.withStableGroup(1)
    g.commit({ memberId: leader, generationId, offsets: [{ topic: 't', partition: 0, offset: 1n }] })
    g.advance(1000)
    g.leave([{ memberId: leader }])
    expect(g.state()).toBe('Empty')
    const before = g.log.length
    g.advance(59_000) // +60000: 59000 since Empty
    expect(g.log.length).toBe(before)
    g.advance(10_000) // +70000: the check after the retention passed
    expect(kinds(g.log.slice(before))).toEqual([`offset ${GROUP}/t/0 tombstone`, `group ${GROUP} tombstone`])
    expect(g.shard.groupIds()).toEqual([])
    expect(g.shard.committedOffset(GROUP, 't', 0)).toBeUndefined()
  })

  it('expires offsets of a simple group by commit time, and of a Stable consumer group only for topics it does not subscribe to', () => {
    const g = groupContext({ offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 10_000 })
    const { leader, generationId } = g.withStableGroup(1)
    g.commit({ groupId: 'simple', offsets: [{ topic: 's', partition: 0, offset: 1n }] })
    g.commit({
      memberId: leader,
      generationId,
      offsets: [
        { topic: 't', partition: 0, offset: 1n },
        { topic: 'gone', partition: 0, offset: 1n },
      ],
    })
    const before = g.log.length
    for (let i = 0; i < 12; i++) {
      g.advance(5000)
      expect(g.heartbeat(leader, generationId).errorCode).toBe(ErrorCode.NONE)
    }
    expect(kinds(g.log.slice(before))).toEqual([
      `offset ${GROUP}/gone/0 tombstone`,
      'offset simple/s/0 tombstone',
      'group simple tombstone',
    ])
    expect(g.shard.committedOffset(GROUP, 't', 0)?.offset).toBe(1n)
  })

  it('honours an explicit expire timestamp and deletes Empty groups without offsets at the next check', () => {
    const g = groupContext({ offsetsRetentionMs: 1_000_000, offsetsRetentionCheckIntervalMs: 10_000 })
    g.commit({
      groupId: 'simple',
      version: 2,
      retentionTimeMs: 5000n,
      offsets: [{ topic: 's', partition: 0, offset: 1n }],
    })
    g.join({ groupId: 'abandoned' }) // MEMBER_ID_REQUIRED; the pending member never returns
    const result = g.shard.expireOffsets(g.nowMs + 5000)
    expect(kinds(result.records)).toEqual([
      'offset simple/s/0 tombstone',
      'group simple tombstone',
      'group abandoned tombstone',
    ])
  })
})

describe('DescribeGroups, ListGroups, DeleteGroups', () => {
  it('describes Stable groups with member metadata and assignments, others without, unknown groups as Dead', () => {
    const g = groupContext()
    const { memberIds } = g.withStableGroup(1)
    g.commit({ groupId: 'simple', offsets: [{ topic: 't', partition: 0, offset: 1n }] })
    const response = g.shard.describeGroups(g.ctx(5), {
      groups: [GROUP, 'simple', 'unknown', ''],
      includeAuthorizedOperations: false,
    })
    expect(response.groups).toEqual([
      {
        errorCode: 0,
        groupId: GROUP,
        groupState: 'Stable',
        protocolType: 'consumer',
        protocolData: 'range',
        authorizedOperations: -2147483648,
        members: [
          {
            memberId: memberIds[0],
            groupInstanceId: null,
            clientId: 'c0',
            clientHost: '/127.0.0.1',
            memberMetadata: subscription(['t']),
            memberAssignment: Buffer.from('assignment-0'),
          },
        ],
      },
      {
        errorCode: 0,
        groupId: 'simple',
        groupState: 'Empty',
        protocolType: '',
        protocolData: '',
        members: [],
        authorizedOperations: -2147483648,
      },
      {
        errorCode: 0,
        groupId: 'unknown',
        groupState: 'Dead',
        protocolType: '',
        protocolData: '',
        members: [],
        authorizedOperations: -2147483648,
      },
      {
        errorCode: ErrorCode.INVALID_GROUP_ID,
        groupId: '',
        groupState: '',
        protocolType: '',
        protocolData: '',
        members: [],
        authorizedOperations: -2147483648,
      },
    ])
    g.join({ clientId: 'new' })
    g.join({ clientId: 'new', memberId: 'new-uuid-2' })
    const rebalancing = g.shard.describeGroups(g.ctx(5), { groups: [GROUP], includeAuthorizedOperations: false })
      .groups[0]
    expect(rebalancing).toMatchObject({ groupState: 'PreparingRebalance', protocolType: 'consumer', protocolData: '' })
    expect(rebalancing?.members.map((m) => [m.memberId, m.memberMetadata.length, m.memberAssignment.length])).toEqual([
      [memberIds[0], 0, 0],
      ['new-uuid-2', 0, 0],
    ])
  })

  it('lists groups with state (v4+, case-insensitive) and type (v5+) filters', () => {
    const g = groupContext()
    g.withStableGroup(1)
    g.commit({ groupId: 'simple', offsets: [{ topic: 't', partition: 0, offset: 1n }] })
    const list = (statesFilter: string[], typesFilter: string[] = []) =>
      g.shard.listGroups(g.ctx(5), { statesFilter, typesFilter })
    expect(list([])).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
      groups: [
        { groupId: GROUP, protocolType: 'consumer', groupState: 'Stable', groupType: 'classic' },
        { groupId: 'simple', protocolType: '', groupState: 'Empty', groupType: 'classic' },
      ],
    })
    expect(list(['stable']).groups.map((x) => x.groupId)).toEqual([GROUP])
    expect(list(['EMPTY', 'Dead']).groups.map((x) => x.groupId)).toEqual(['simple'])
    expect(list([], ['Classic']).groups).toHaveLength(2)
    expect(list([], ['consumer']).groups).toEqual([])
  })

  it('deletes Empty groups with their offsets; refuses non-empty and unknown groups', () => {
    const g = groupContext()
    g.withStableGroup(1)
    g.commit({
      groupId: 'simple',
      offsets: [
        { topic: 't', partition: 0, offset: 1n },
        { topic: 't', partition: 1, offset: 1n },
      ],
    })
    const before = g.log.length
    const response = g.run(g.shard.deleteGroups(g.ctx(2), { groupsNames: [GROUP, 'simple', 'unknown', ''] }, g.nowMs))
    expect(response).toEqual({
      throttleTimeMs: 0,
      results: [
        { groupId: GROUP, errorCode: ErrorCode.NON_EMPTY_GROUP },
        { groupId: 'simple', errorCode: 0 },
        { groupId: 'unknown', errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
        { groupId: '', errorCode: ErrorCode.INVALID_GROUP_ID },
      ],
    })
    expect(kinds(g.log.slice(before))).toEqual([
      'offset simple/t/0 tombstone',
      'offset simple/t/1 tombstone',
      'group simple tombstone',
    ])
    expect(g.shard.groupIds()).toEqual([GROUP])
    expect(
      g.shard.offsetFetch(g.ctx(7), { groupId: 'simple', topics: null, groups: [], requireStable: false }).topics,
    ).toEqual([])
  })
})

describe('unload', () => {
  it('answers every parked JoinGroup and SyncGroup with NOT_COORDINATOR and forgets everything', () => {
    const g = groupContext()
    const a = g.joinWithId({ clientId: 'a' })
    const b = g.joinWithId({ clientId: 'b' })
    g.advance(0)
    const parkedSync = g.sync({ generationId: 1, memberId: b.memberId })
    const newcomer = g.joinWithId({ clientId: 'c', groupId: 'h' })
    const deferred = g.shard.unload()
    expect(deferred).toEqual([
      {
        kind: 'sync',
        requestId: parkedSync,
        response: expect.objectContaining({ errorCode: ErrorCode.NOT_COORDINATOR }),
      },
      {
        kind: 'join',
        requestId: newcomer.requestId,
        response: expect.objectContaining({ errorCode: ErrorCode.NOT_COORDINATOR }),
      },
    ])
    expect(a.memberId).toBe('a-uuid-1')
    expect(g.shard.groupIds()).toEqual([])
    expect(g.shard.nextDeadlineMs()).toBeNull()
  })
})
