// Goal: OffsetCommit, OffsetFetch and OffsetDelete answer as Kafka's OffsetMetadataManager does:
// who may commit in which group state (members of the current generation, simple consumers with
// generation -1 on Empty groups), metadata kept verbatim, Kafka's values for missing offsets per
// version, the batched v8+ fetch, and the subscription check of OffsetDelete.
// Method: drive a GroupCoordinatorShard through GroupContext and assert exact responses and records.

import { describe, expect, it } from 'vitest'
import { decodeRecord } from '../../../../src/coordinator/group/records.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import type { OffsetFetchRequest } from '../../../../src/protocol/generated/message/offset-fetch-request.js'
import { GROUP, groupContext, subscription } from './group-context.js'

function fetchRequest(
  groupId: string,
  topics: Array<{ name: string; partitionIndexes: number[] }> | null,
): OffsetFetchRequest {
  return { groupId, topics, groups: [], requireStable: false }
}

describe('OffsetCommit', () => {
  it('round-trips offsets, leader epochs and metadata strings verbatim', () => {
    const g = groupContext()
    const { leader, generationId } = g.withStableGroup(1)
    const metadata = 'ünïcødé {"k": [1, 2]} \u0000 end'
    const response = g.commit({
      memberId: leader,
      generationId,
      offsets: [
        { topic: 't', partition: 0, offset: 42n, metadata, leaderEpoch: 7 },
        { topic: 't', partition: 1, offset: 0n, metadata: null },
        { topic: 'u', partition: 3, offset: 9_007_199_254_740_993n, metadata: '' },
      ],
    })
    expect(response).toEqual({
      throttleTimeMs: 0,
      topics: [
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, errorCode: 0 },
            { partitionIndex: 1, errorCode: 0 },
          ],
        },
        { name: 'u', partitions: [{ partitionIndex: 3, errorCode: 0 }] },
      ],
    })
    const fetched = g.shard.offsetFetch(g.ctx(7), fetchRequest(GROUP, [{ name: 't', partitionIndexes: [0, 1, 2] }]))
    expect(fetched).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
      groups: [],
      topics: [
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, committedOffset: 42n, committedLeaderEpoch: 7, metadata, errorCode: 0 },
            { partitionIndex: 1, committedOffset: 0n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
            { partitionIndex: 2, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
          ],
        },
      ],
    })
    const record = decodeRecord(g.log.at(-1) ?? { key: Buffer.alloc(0), value: null })
    expect(record).toMatchObject({
      kind: 'offset-commit',
      key: { group: GROUP, topic: 'u', partition: 3 },
      value: { offset: 9_007_199_254_740_993n, metadata: '', commitTimestamp: BigInt(g.nowMs), expireTimestamp: -1n },
    })
  })

  it('accepts simple commits (generation -1, no member) only while the group is Empty', () => {
    const g = groupContext()
    const simple = g.commit({ groupId: 'simple', offsets: [{ topic: 't', partition: 0, offset: 5n }] })
    expect(simple.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE)
    expect(g.state('simple')).toBe('Empty')
    expect(g.shard.group('simple')?.protocolType).toBeNull()
    expect(g.shard.committedOffset('simple', 't', 0)?.offset).toBe(5n)

    g.withStableGroup(1)
    const rejected = g.commit({ offsets: [{ topic: 't', partition: 0, offset: 5n }] })
    expect(rejected.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    // OffsetCommit v0 has neither member id nor generation: the same rule.
    expect(
      g.commit({ version: 0, offsets: [{ topic: 't', partition: 0, offset: 5n }] }).topics[0]?.partitions[0]?.errorCode,
    ).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
  })

  it('checks member, instance id and generation, and refuses commits while CompletingRebalance', () => {
    const g = groupContext()
    const { leader, followers, generationId } = g.withStableGroup(2)
    const error = (o: Parameters<typeof g.commit>[0]) => g.commit(o).topics[0]?.partitions[0]?.errorCode
    const offsets = [{ topic: 't', partition: 0, offset: 1n }]
    expect(error({ memberId: 'ghost', generationId, offsets })).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    expect(error({ memberId: leader, generationId: generationId - 1, offsets })).toBe(ErrorCode.ILLEGAL_GENERATION)
    expect(error({ memberId: leader, generationId, groupInstanceId: 'x', offsets })).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    expect(error({ memberId: leader, generationId: -1, offsets })).toBe(ErrorCode.ILLEGAL_GENERATION)
    // PreparingRebalance: the previous generation may still commit.
    g.join({ memberId: leader })
    expect(g.state()).toBe('PreparingRebalance')
    expect(error({ memberId: followers[0], generationId, offsets })).toBe(ErrorCode.NONE)
    g.join({ memberId: followers[0] })
    expect(g.state()).toBe('CompletingRebalance')
    expect(error({ memberId: leader, generationId: generationId + 1, offsets })).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
  })

  it('answers an unknown group with a generation: ILLEGAL_GENERATION before v9, GROUP_ID_NOT_FOUND from v9', () => {
    const g = groupContext()
    const offsets = [{ topic: 't', partition: 0, offset: 1n }]
    expect(g.commit({ memberId: 'm', generationId: 3, offsets, version: 8 }).topics[0]?.partitions[0]?.errorCode).toBe(
      ErrorCode.ILLEGAL_GENERATION,
    )
    expect(g.commit({ memberId: 'm', generationId: 3, offsets, version: 9 }).topics[0]?.partitions[0]?.errorCode).toBe(
      ErrorCode.GROUP_ID_NOT_FOUND,
    )
    expect(g.shard.groupIds()).toEqual([])
  })

  it('refuses metadata longer than offset.metadata.max.bytes per partition, keeping the others', () => {
    const g = groupContext({ offsetMetadataMaxBytes: 10 })
    const response = g.commit({
      groupId: 'simple',
      offsets: [
        { topic: 't', partition: 0, offset: 1n, metadata: 'x'.repeat(11) },
        { topic: 't', partition: 1, offset: 1n, metadata: 'x'.repeat(10) },
      ],
    })
    expect(response.topics[0]?.partitions).toEqual([
      { partitionIndex: 0, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE },
      { partitionIndex: 1, errorCode: ErrorCode.NONE },
    ])
    expect(g.shard.committedOffset('simple', 't', 0)).toBeUndefined()
    expect(g.log.filter((r) => decodeRecord(r).kind === 'offset-commit')).toHaveLength(1)
  })

  it('records an explicit retention (v2-v4) as an expire timestamp in OffsetCommitValue v1', () => {
    const g = groupContext()
    g.commit({
      groupId: 'simple',
      version: 2,
      retentionTimeMs: 60_000n,
      offsets: [{ topic: 't', partition: 0, offset: 1n }],
    })
    const record = g.log.at(-1)
    expect(record?.value?.readInt16BE(0)).toBe(1)
    expect(decodeRecord(record ?? { key: Buffer.alloc(0), value: null })).toMatchObject({
      value: { expireTimestamp: BigInt(g.nowMs + 60_000) },
    })
    expect(g.shard.committedOffset('simple', 't', 0)?.expireTimestampMs).toBe(g.nowMs + 60_000)
  })

  it('keeps the committing member session alive', () => {
    const g = groupContext()
    const { leader, generationId } = g.withStableGroup(1)
    for (let i = 0; i < 5; i++) {
      g.advance(9000)
      g.commit({ memberId: leader, generationId, offsets: [{ topic: 't', partition: 0, offset: BigInt(i) }] })
    }
    expect(g.state()).toBe('Stable')
  })
})

describe('OffsetFetch', () => {
  it('returns every committed partition when topics is null (v2+)', () => {
    const g = groupContext()
    g.commit({
      groupId: 'simple',
      offsets: [
        { topic: 'b', partition: 1, offset: 11n },
        { topic: 'a', partition: 0, offset: 10n },
      ],
    })
    const response = g.shard.offsetFetch(g.ctx(2), fetchRequest('simple', null))
    expect(
      response.topics.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.committedOffset])]),
    ).toEqual([
      ['b', [[1, 11n]]],
      ['a', [[0, 10n]]],
    ])
    expect(g.shard.offsetFetch(g.ctx(2), fetchRequest('unknown', null))).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
      groups: [],
      topics: [],
    })
  })

  it('answers -1 with empty metadata for unknown groups and partitions', () => {
    const g = groupContext()
    const response = g.shard.offsetFetch(g.ctx(1), fetchRequest('unknown', [{ name: 't', partitionIndexes: [0] }]))
    expect(response.topics).toEqual([
      {
        name: 't',
        partitions: [{ partitionIndex: 0, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 }],
      },
    ])
  })

  it('answers several groups at once (v8+)', () => {
    const g = groupContext()
    g.commit({ groupId: 'g1', offsets: [{ topic: 't', partition: 0, offset: 1n }] })
    g.commit({ groupId: 'g2', offsets: [{ topic: 't', partition: 0, offset: 2n }] })
    const response = g.shard.offsetFetch(g.ctx(8), {
      groupId: '',
      topics: [],
      requireStable: false,
      groups: [
        { groupId: 'g1', memberId: null, memberEpoch: -1, topics: [{ name: 't', partitionIndexes: [0] }] },
        { groupId: 'g2', memberId: null, memberEpoch: -1, topics: null },
        { groupId: '', memberId: null, memberEpoch: -1, topics: null },
      ],
    })
    expect(response.topics).toEqual([])
    expect(response.groups).toEqual([
      {
        groupId: 'g1',
        errorCode: 0,
        topics: [
          {
            name: 't',
            partitions: [
              { partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
            ],
          },
        ],
      },
      {
        groupId: 'g2',
        errorCode: 0,
        topics: [
          {
            name: 't',
            partitions: [
              { partitionIndex: 0, committedOffset: 2n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
            ],
          },
        ],
      },
      { groupId: '', errorCode: ErrorCode.INVALID_GROUP_ID, topics: [] },
    ])
  })

  it('puts a group error on every partition for v0-1 and at the top level for v2-7', () => {
    const g = groupContext()
    const v1 = g.shard.offsetFetch(g.ctx(1), fetchRequest('', [{ name: 't', partitionIndexes: [0, 1] }]))
    expect(v1.topics[0]?.partitions.map((p) => p.errorCode)).toEqual([
      ErrorCode.INVALID_GROUP_ID,
      ErrorCode.INVALID_GROUP_ID,
    ])
    const v2 = g.shard.offsetFetch(g.ctx(2), fetchRequest('', [{ name: 't', partitionIndexes: [0] }]))
    expect(v2).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.INVALID_GROUP_ID, groups: [], topics: [] })
  })
})

describe('OffsetDelete', () => {
  it('deletes offsets of topics a consumer group does not subscribe to, refuses subscribed ones', () => {
    const g = groupContext()
    const { leader, generationId } = g.withStableGroup(1) // subscribes to 't'
    g.commit({
      memberId: leader,
      generationId,
      offsets: [
        { topic: 't', partition: 0, offset: 1n },
        { topic: 'old', partition: 0, offset: 2n },
      ],
    })
    const before = g.log.length
    const response = g.run(
      g.shard.offsetDelete(
        g.ctx(0),
        {
          groupId: GROUP,
          topics: [
            { name: 't', partitions: [{ partitionIndex: 0 }] },
            { name: 'old', partitions: [{ partitionIndex: 0 }, { partitionIndex: 9 }] },
          ],
        },
        g.nowMs,
      ),
    )
    expect(response).toEqual({
      errorCode: 0,
      throttleTimeMs: 0,
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC }] },
        {
          name: 'old',
          partitions: [
            { partitionIndex: 0, errorCode: 0 },
            { partitionIndex: 9, errorCode: 0 },
          ],
        },
      ],
    })
    expect(g.log.slice(before).map((r) => [decodeRecord(r).kind, r.value])).toEqual([['offset-commit', null]])
    expect(g.shard.committedOffset(GROUP, 'old', 0)).toBeUndefined()
    expect(g.shard.committedOffset(GROUP, 't', 0)?.offset).toBe(1n)
  })

  it('reads subscriptions that claim a version whose fields they lack (@platformatic/kafka)', () => {
    const g = groupContext()
    // Version 1 header, v0 body only.
    const bytes = subscription(['t'], 0)
    bytes.writeInt16BE(1, 0)
    const { leader, generationId } = g.withStableGroup(1, { protocols: [{ name: 'range', metadata: bytes }] })
    g.commit({ memberId: leader, generationId, offsets: [{ topic: 'other', partition: 0, offset: 1n }] })
    expect([...(g.shard.group(GROUP)?.subscribedTopics ?? [])]).toEqual(['t'])
    const response = g.run(
      g.shard.offsetDelete(
        g.ctx(0),
        { groupId: GROUP, topics: [{ name: 'other', partitions: [{ partitionIndex: 0 }] }] },
        g.nowMs,
      ),
    )
    expect(response.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE)
  })

  it('answers GROUP_ID_NOT_FOUND for unknown groups and NON_EMPTY_GROUP for non-consumer groups with members', () => {
    const g = groupContext()
    const request = { groupId: 'missing', topics: [{ name: 't', partitions: [{ partitionIndex: 0 }] }] }
    expect(g.run(g.shard.offsetDelete(g.ctx(0), request, g.nowMs))).toEqual({
      errorCode: ErrorCode.GROUP_ID_NOT_FOUND,
      throttleTimeMs: 0,
      topics: [],
    })
    g.withStableGroup(1, {
      protocolType: 'connect',
      protocols: [{ name: 'default', metadata: Buffer.from('x') }],
      groupId: 'connect',
    })
    const nonEmpty = g.run(g.shard.offsetDelete(g.ctx(0), { ...request, groupId: 'connect' }, g.nowMs))
    expect(nonEmpty.errorCode).toBe(ErrorCode.NON_EMPTY_GROUP)
  })
})
