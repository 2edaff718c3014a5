// Goal: the group coordinator APIs answer over the wire exactly as Kafka's classic group
// coordinator does, __consumer_offsets is created with Kafka's settings, and a partition's state
// survives an unload and reload from its log. Method: one in-process node on a temp dir (5
// offsets partitions, no initial rebalance delay) driven with raw frames at chosen versions;
// leadership moves are simulated by handing the runtime an image in which another node leads.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { offsetCommitRecord } from '../../../src/coordinator/group/records.js'
import { GROUP_METADATA_TOPIC } from '../../../src/coordinator/group/runtime.js'
import { ConfigResourceType, configKey, type MetadataImage } from '../../../src/metadata/image.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { writeConsumerProtocolSubscription } from '../../../src/protocol/generated/message/consumer-protocol-subscription.js'
import { encodeBatch, endTxnMarkerBatch } from '../../../src/protocol/records/index.js'
import { Writer } from '../../../src/protocol/writer.js'
import { RawClient } from '../../support/raw-client.js'

let dir: string
let node: RunningNode
let client: RawClient

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-groups-raw-'))
  node = await startNode({
    dataDir: dir,
    port: 0,
    properties: {
      'group.initial.rebalance.delay.ms': '0',
      'offsets.topic.num.partitions': '5',
      // Short sessions are allowed so that a session expiry runs through the runtime's timer.
      'group.min.session.timeout.ms': '100',
    },
  })
  client = await RawClient.connect(node.port)
})

afterAll(async () => {
  client?.close()
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

function subscription(topics: string[]): Buffer {
  const w = new Writer()
  w.writeInt16(0)
  writeConsumerProtocolSubscription(
    w,
    { topics, userData: null, ownedPartitions: [], generationId: -1, rackId: null },
    0,
  )
  return w.toBuffer()
}

function join_(
  version: number,
  groupId: string,
  memberId: string,
  c = client,
  options: { groupInstanceId?: string | null; sessionTimeoutMs?: number } = {},
) {
  return c.request(apis.JOIN_GROUP, version, {
    groupId,
    sessionTimeoutMs: options.sessionTimeoutMs ?? 10_000,
    rebalanceTimeoutMs: 10_000,
    memberId,
    groupInstanceId: options.groupInstanceId ?? null,
    protocolType: 'consumer',
    protocols: [{ name: 'range', metadata: subscription(['t']) }],
    reason: null,
  })
}

/** Joins as the only member of a new group and syncs; returns the member id and generation. */
async function stableGroup(groupId: string, assignment = Buffer.from([1, 2, 3])) {
  const first = await join_(9, groupId, '')
  expect(first.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED)
  const joined = await join_(9, groupId, first.memberId)
  expect(joined.errorCode).toBe(ErrorCode.NONE)
  const synced = await client.request(apis.SYNC_GROUP, 5, {
    groupId,
    generationId: joined.generationId,
    memberId: joined.memberId,
    groupInstanceId: null,
    protocolType: 'consumer',
    protocolName: 'range',
    assignments: [{ memberId: joined.memberId, assignment }],
  })
  expect(synced).toMatchObject({ errorCode: ErrorCode.NONE, protocolType: 'consumer', protocolName: 'range' })
  expect(synced.assignment).toEqual(assignment)
  return { memberId: joined.memberId, generationId: joined.generationId }
}

function commit(
  version: number,
  groupId: string,
  generationId: number,
  memberId: string,
  offset: bigint,
  metadata: string,
) {
  return client.request(apis.OFFSET_COMMIT, version, {
    groupId,
    generationIdOrMemberEpoch: generationId,
    memberId,
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [
      {
        name: 't',
        partitions: [
          {
            partitionIndex: 0,
            committedOffset: offset,
            committedLeaderEpoch: 3,
            commitTimestamp: -1n,
            committedMetadata: metadata,
          },
        ],
      },
    ],
  })
}

/**
 * A consumer's group loop as stock clients run it: join (again with the member id it is given),
 * sync (the leader assigns each member its own id), and rejoin whenever a sync or heartbeat says
 * REBALANCE_IN_PROGRESS; done when a round of heartbeats finds the group stable.
 */
async function runMember(c: RawClient, groupId: string) {
  let memberId = ''
  for (let attempt = 0; attempt < 20; attempt++) {
    const joined = await join_(9, groupId, memberId, c)
    memberId = joined.memberId
    if (joined.errorCode === ErrorCode.MEMBER_ID_REQUIRED) continue
    expect(joined.errorCode).toBe(ErrorCode.NONE)
    const synced = await c.request(apis.SYNC_GROUP, 5, {
      groupId,
      generationId: joined.generationId,
      memberId,
      groupInstanceId: null,
      protocolType: 'consumer',
      protocolName: 'range',
      assignments:
        joined.leader === memberId
          ? joined.members.map((m) => ({ memberId: m.memberId, assignment: Buffer.from(m.memberId) }))
          : [],
    })
    if (synced.errorCode === ErrorCode.REBALANCE_IN_PROGRESS) continue
    expect(synced.errorCode).toBe(ErrorCode.NONE)
    let rebalancing = false
    for (let i = 0; i < 3 && !rebalancing; i++) {
      await new Promise((r) => setTimeout(r, 30))
      const hb = await c.request(apis.HEARTBEAT, 4, {
        groupId,
        generationId: joined.generationId,
        memberId,
        groupInstanceId: null,
      })
      rebalancing = hb.errorCode === ErrorCode.REBALANCE_IN_PROGRESS
    }
    if (!rebalancing) return { groupId, joined, synced }
  }
  throw new Error(`${groupId}: no stable generation after 20 rounds`)
}

/** The same image with another node leading the partitions of __consumer_offsets. */
function imageLedElsewhere(image: MetadataImage): MetadataImage {
  const topic = image.topicsByName.get(GROUP_METADATA_TOPIC)!
  const moved = {
    ...topic,
    partitions: topic.partitions.map((p) => ({ ...p, leader: 99, leaderEpoch: p.leaderEpoch + 1 })),
  }
  return { ...image, topicsByName: new Map([...image.topicsByName, [GROUP_METADATA_TOPIC, moved]]) }
}

describe('FindCoordinator', () => {
  it('creates __consumer_offsets on first use with Kafka settings and answers this node at every version', async () => {
    expect(node.broker.image.topicsByName.has(GROUP_METADATA_TOPIC)).toBe(false)
    const v0 = await client.request(apis.FIND_COORDINATOR, 0, { key: 'g1', keyType: 0, coordinatorKeys: [] })
    expect(v0).toMatchObject({ errorCode: 0, nodeId: node.nodeId, host: '127.0.0.1', port: node.port })
    const topic = node.broker.image.topicsByName.get(GROUP_METADATA_TOPIC)!
    expect(topic.partitions.map((p) => [p.replicas, p.leader])).toEqual(Array(5).fill([[node.nodeId], node.nodeId]))
    const configs = node.broker.image.configs.get(configKey(ConfigResourceType.TOPIC, GROUP_METADATA_TOPIC))
    expect(Object.fromEntries(configs ?? [])).toEqual({
      'cleanup.policy': 'compact',
      'compression.type': 'producer',
      'segment.bytes': '104857600',
    })
    for (const version of [1, 2, 3]) {
      const r = await client.request(apis.FIND_COORDINATOR, version, { key: 'g1', keyType: 0, coordinatorKeys: [] })
      expect(r).toMatchObject({ errorCode: 0, errorMessage: 'NONE', nodeId: node.nodeId, port: node.port })
    }
    // Kafka answers every key, the empty group id too.
    for (const version of [4, 5, 6]) {
      const groups = await client.request(apis.FIND_COORDINATOR, version, {
        key: '',
        keyType: 0,
        coordinatorKeys: ['a', ''],
      })
      expect(groups.coordinators).toEqual([
        { key: 'a', nodeId: node.nodeId, host: '127.0.0.1', port: node.port, errorCode: 0, errorMessage: 'NONE' },
        { key: '', nodeId: node.nodeId, host: '127.0.0.1', port: node.port, errorCode: 0, errorMessage: 'NONE' },
      ])
    }
    const txn = await client.request(apis.FIND_COORDINATOR, 4, { key: '', keyType: 1, coordinatorKeys: ['tx'] })
    expect(txn.coordinators).toMatchObject([
      { key: 'tx', nodeId: node.nodeId, host: '127.0.0.1', port: node.port, errorCode: ErrorCode.NONE },
    ])
    const share = await client.request(apis.FIND_COORDINATOR, 6, { key: '', keyType: 2, coordinatorKeys: ['s'] })
    expect(share.coordinators[0]?.errorCode).toBe(ErrorCode.INVALID_REQUEST)
  })
})

describe('classic group round trip', () => {
  it('join (KIP-394), sync, heartbeat, commit, fetch, describe, list, leave, delete with exact values', async () => {
    const { memberId, generationId } = await stableGroup('round-trip')
    expect(memberId).toMatch(/^oxbow-test-[0-9a-f-]{36}$/)
    expect(generationId).toBe(1)
    expect(
      await client.request(apis.HEARTBEAT, 4, { groupId: 'round-trip', generationId, memberId, groupInstanceId: null }),
    ).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
    })
    const stale = await client.request(apis.HEARTBEAT, 0, {
      groupId: 'round-trip',
      generationId: 7,
      memberId,
      groupInstanceId: null,
    })
    expect(stale.errorCode).toBe(ErrorCode.ILLEGAL_GENERATION)

    const committed = await commit(8, 'round-trip', generationId, memberId, 42n, 'meta-✓')
    expect(committed.topics).toEqual([{ name: 't', partitions: [{ partitionIndex: 0, errorCode: 0 }] }])
    const wrongGeneration = await commit(5, 'round-trip', generationId + 1, memberId, 43n, '')
    expect(wrongGeneration.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.ILLEGAL_GENERATION)

    const v1 = await client.request(apis.OFFSET_FETCH, 1, {
      groupId: 'round-trip',
      topics: [{ name: 't', partitionIndexes: [0, 1] }],
      groups: [],
      requireStable: false,
    })
    expect(v1.topics).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 0, committedOffset: 42n, committedLeaderEpoch: -1, metadata: 'meta-✓', errorCode: 0 },
          { partitionIndex: 1, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
        ],
      },
    ])
    // v8: groups of different coordinator partitions in one request, answered per group.
    const v8 = await client.request(apis.OFFSET_FETCH, 8, {
      groupId: '',
      topics: [],
      groups: [
        { groupId: 'round-trip', memberId: null, memberEpoch: -1, topics: null },
        { groupId: 'someone', memberId: null, memberEpoch: -1, topics: [{ name: 't', partitionIndexes: [0] }] },
        { groupId: '', memberId: null, memberEpoch: -1, topics: null },
      ],
      requireStable: true,
    })
    expect(new Set(['round-trip', 'someone'].map((g) => node.broker.groupCoordinator.partitionFor(g))).size).toBe(2)
    expect(v8.groups).toEqual([
      {
        groupId: 'round-trip',
        errorCode: 0,
        topics: [
          {
            name: 't',
            partitions: [
              { partitionIndex: 0, committedOffset: 42n, committedLeaderEpoch: 3, metadata: 'meta-✓', errorCode: 0 },
            ],
          },
        ],
      },
      {
        groupId: 'someone',
        errorCode: 0,
        topics: [
          {
            name: 't',
            partitions: [
              { partitionIndex: 0, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
            ],
          },
        ],
      },
      { groupId: '', errorCode: ErrorCode.INVALID_GROUP_ID, topics: [] },
    ])

    const described = await client.request(apis.DESCRIBE_GROUPS, 5, {
      groups: ['round-trip', 'someone', ''],
      includeAuthorizedOperations: true,
    })
    expect(
      described.groups.map((g) => [
        g.groupId,
        g.errorCode,
        g.groupState,
        g.protocolType,
        g.protocolData,
        g.authorizedOperations,
      ]),
    ).toEqual([
      ['round-trip', 0, 'Stable', 'consumer', 'range', (1 << 3) | (1 << 6) | (1 << 8)],
      ['someone', 0, 'Dead', '', '', (1 << 3) | (1 << 6) | (1 << 8)],
      ['', ErrorCode.INVALID_GROUP_ID, '', '', '', -2147483648],
    ])
    expect(described.groups[0]?.members).toEqual([
      {
        memberId,
        groupInstanceId: null,
        clientId: 'oxbow-test',
        clientHost: '/127.0.0.1',
        memberMetadata: subscription(['t']),
        memberAssignment: Buffer.from([1, 2, 3]),
      },
    ])
    const listed = await client.request(apis.LIST_GROUPS, 5, { statesFilter: ['stable'], typesFilter: [] })
    expect(listed).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
      groups: [{ groupId: 'round-trip', protocolType: 'consumer', groupState: 'Stable', groupType: 'classic' }],
    })

    const nonEmpty = await client.request(apis.DELETE_GROUPS, 2, { groupsNames: ['round-trip', 'someone'] })
    expect(nonEmpty.results).toEqual([
      { groupId: 'round-trip', errorCode: ErrorCode.NON_EMPTY_GROUP },
      { groupId: 'someone', errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
    ])
    const left = await client.request(apis.LEAVE_GROUP, 5, {
      groupId: 'round-trip',
      memberId: '',
      members: [{ memberId, groupInstanceId: null, reason: 'done' }],
    })
    expect(left).toEqual({
      throttleTimeMs: 0,
      errorCode: 0,
      members: [{ memberId, groupInstanceId: null, errorCode: 0 }],
    })
    const deleted = await client.request(apis.DELETE_GROUPS, 0, { groupsNames: ['round-trip'] })
    expect(deleted.results).toEqual([{ groupId: 'round-trip', errorCode: 0 }])
    const after = await client.request(apis.OFFSET_FETCH, 3, {
      groupId: 'round-trip',
      topics: [{ name: 't', partitionIndexes: [0] }],
      groups: [],
      requireStable: false,
    })
    expect(after.topics[0]?.partitions[0]?.committedOffset).toBe(-1n)
  })

  it('a follower waits in JoinGroup and SyncGroup until the leader completes the rebalance', async () => {
    // One connection per member: a connection waits for each response before its next request, as Kafka's.
    const other = await RawClient.connect(node.port)
    const leader = await stableGroup('two')
    const first = await join_(5, 'two', '', other)
    const followerJoin = join_(5, 'two', first.memberId, other)
    const heartbeat = await client.request(apis.HEARTBEAT, 3, { groupId: 'two', ...leader, groupInstanceId: null })
    expect(heartbeat.errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS)
    const leaderJoin = await join_(5, 'two', leader.memberId)
    const follower = await followerJoin
    expect([leaderJoin.errorCode, follower.errorCode]).toEqual([0, 0])
    expect([leaderJoin.generationId, follower.generationId]).toEqual([2, 2])
    expect(leaderJoin.leader).toBe(leader.memberId)
    expect(leaderJoin.members.map((m) => m.memberId).sort()).toEqual([leader.memberId, follower.memberId].sort())
    expect(follower.members).toEqual([])
    const followerSync = other.request(apis.SYNC_GROUP, 3, {
      groupId: 'two',
      generationId: 2,
      memberId: follower.memberId,
      groupInstanceId: null,
      protocolType: null,
      protocolName: null,
      assignments: [],
    })
    await client.request(apis.SYNC_GROUP, 3, {
      groupId: 'two',
      generationId: 2,
      memberId: leader.memberId,
      groupInstanceId: null,
      protocolType: null,
      protocolName: null,
      assignments: [
        { memberId: leader.memberId, assignment: Buffer.from('L') },
        { memberId: follower.memberId, assignment: Buffer.from('F') },
      ],
    })
    expect((await followerSync).assignment.toString()).toBe('F')
    other.close()
  })
})

describe('leadership moves', () => {
  it('NOT_COORDINATOR once another node leads; parked joins are answered; reload from the log restores offsets', async () => {
    const runtime = node.broker.groupCoordinator
    const { memberId, generationId } = await stableGroup('moving')
    await commit(9, 'moving', generationId, memberId, 1234n, 'kept')
    const other = await RawClient.connect(node.port)
    const second = await join_(9, 'moving', '', other)
    const parked = join_(9, 'moving', second.memberId, other)
    await new Promise((r) => setTimeout(r, 20))
    expect(runtime.parkedCount).toBe(1)

    const image = node.broker.image
    runtime.onImage(imageLedElsewhere(image))
    expect((await parked).errorCode).toBe(ErrorCode.NOT_COORDINATOR)
    other.close()
    expect(runtime.parkedCount).toBe(0)
    const hb = await client.request(apis.HEARTBEAT, 4, {
      groupId: 'moving',
      generationId,
      memberId,
      groupInstanceId: null,
    })
    expect(hb.errorCode).toBe(ErrorCode.NOT_COORDINATOR)
    const fetched = await client.request(apis.OFFSET_FETCH, 5, {
      groupId: 'moving',
      topics: null,
      groups: [],
      requireStable: false,
    })
    expect(fetched).toMatchObject({ errorCode: ErrorCode.NOT_COORDINATOR, topics: [] })
    const v0 = await client.request(apis.OFFSET_FETCH, 0, {
      groupId: 'moving',
      topics: [{ name: 't', partitionIndexes: [0] }],
      groups: [],
      requireStable: false,
    })
    expect(v0.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NOT_COORDINATOR)

    // Leadership comes back: the partition loads from its log, answering LOAD_IN_PROGRESS meanwhile.
    runtime.onImage(image)
    const partition = runtime.partitionFor('moving')
    expect(runtime.partitionStates().get(partition)).toBe('loading')
    const loading = await runtime.read<string | number>(
      'moving',
      { apiVersion: 4, clientId: 'x', clientHost: '/h' },
      () => 'served',
      (e) => e,
    )
    expect(loading).toBe(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
    await new Promise((r) => setTimeout(r, 20))
    expect(runtime.partitionStates().get(partition)).toBe('active')
    const reloaded = await client.request(apis.OFFSET_FETCH, 6, {
      groupId: 'moving',
      topics: [{ name: 't', partitionIndexes: [0] }],
      groups: [],
      requireStable: false,
    })
    expect(reloaded.topics[0]?.partitions[0]).toMatchObject({
      committedOffset: 1234n,
      committedLeaderEpoch: 3,
      metadata: 'kept',
    })
    // The stable member was restored with its generation and gets a new session.
    const back = await client.request(apis.HEARTBEAT, 4, {
      groupId: 'moving',
      generationId,
      memberId,
      groupInstanceId: null,
    })
    expect(back.errorCode).toBe(ErrorCode.NONE)
  })
})

describe('timers, static members and concurrent rebalances', () => {
  it('a member that stops heartbeating is expired by the shard timer the runtime arms', async () => {
    const first = await join_(9, 'quiet', '', client, { sessionTimeoutMs: 300 })
    const joined = await join_(9, 'quiet', first.memberId, client, { sessionTimeoutMs: 300 })
    await client.request(apis.SYNC_GROUP, 5, {
      groupId: 'quiet',
      generationId: joined.generationId,
      memberId: joined.memberId,
      groupInstanceId: null,
      protocolType: 'consumer',
      protocolName: 'range',
      assignments: [],
    })
    const state = async () =>
      (await client.request(apis.DESCRIBE_GROUPS, 4, { groups: ['quiet'], includeAuthorizedOperations: false }))
        .groups[0]!.groupState
    expect(await state()).toBe('Stable')
    await new Promise((r) => setTimeout(r, 600))
    expect(await state()).toBe('Empty')
    const late = await client.request(apis.HEARTBEAT, 4, {
      groupId: 'quiet',
      generationId: joined.generationId,
      memberId: joined.memberId,
      groupInstanceId: null,
    })
    expect(late.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
  })

  it('a static member rejoining gets a new member id without a rebalance; the old id is fenced (KIP-345)', async () => {
    const options = { groupInstanceId: 'instance-1' }
    const joined = await join_(9, 'static', '', client, options)
    expect(joined).toMatchObject({ errorCode: 0, generationId: 1 })
    await client.request(apis.SYNC_GROUP, 5, {
      groupId: 'static',
      generationId: 1,
      memberId: joined.memberId,
      groupInstanceId: 'instance-1',
      protocolType: 'consumer',
      protocolName: 'range',
      assignments: [{ memberId: joined.memberId, assignment: Buffer.from('A') }],
    })
    const restarted = await join_(9, 'static', '', client, options)
    expect(restarted.errorCode).toBe(0)
    expect(restarted.generationId).toBe(1)
    expect(restarted.memberId).not.toBe(joined.memberId)
    const fenced = await client.request(apis.HEARTBEAT, 4, {
      groupId: 'static',
      generationId: 1,
      memberId: joined.memberId,
      groupInstanceId: 'instance-1',
    })
    expect(fenced.errorCode).toBe(ErrorCode.FENCED_INSTANCE_ID)
    const synced = await client.request(apis.SYNC_GROUP, 5, {
      groupId: 'static',
      generationId: 1,
      memberId: restarted.memberId,
      groupInstanceId: 'instance-1',
      protocolType: 'consumer',
      protocolName: 'range',
      assignments: [],
    })
    expect(synced).toMatchObject({ errorCode: 0, assignment: Buffer.from('A') })
  })

  it('several groups on several coordinator partitions rebalance at once (KAFKA-TRAPS 10)', async () => {
    const groups = ['c-0', 'c-1', 'c-2', 'c-3', 'c-4', 'c-5']
    expect(new Set(groups.map((g) => node.broker.groupCoordinator.partitionFor(g))).size).toBeGreaterThan(2)
    const connections = await Promise.all(
      groups.flatMap(() => [RawClient.connect(node.port), RawClient.connect(node.port)]),
    )
    const results = await Promise.all(
      groups.flatMap((groupId, i) => [connections[2 * i]!, connections[2 * i + 1]!].map((c) => runMember(c, groupId))),
    )
    for (const c of connections) c.close()
    for (const groupId of groups) {
      const mine = results.filter((r) => r.groupId === groupId)
      expect(mine).toHaveLength(2)
      expect(new Set(mine.map((r) => r.joined.generationId)).size).toBe(1)
      for (const r of mine) expect(r.synced.assignment.toString()).toBe(r.joined.memberId)
      const described = await client.request(apis.DESCRIBE_GROUPS, 5, {
        groups: [groupId],
        includeAuthorizedOperations: false,
      })
      expect(described.groups[0]!.members.map((m) => m.memberId).sort()).toEqual(
        mine.map((r) => r.joined.memberId).sort(),
      )
    }
  })

  it('a failed append answers NOT_COORDINATOR and the shard is rebuilt from what the log holds', async () => {
    const runtime = node.broker.groupCoordinator
    const { memberId, generationId } = await stableGroup('disk')
    expect((await commit(9, 'disk', generationId, memberId, 10n, 'written')).topics[0]?.partitions[0]?.errorCode).toBe(
      0,
    )
    const partition = runtime.partitionFor('disk')
    const log = node.broker.logs.getLog({ topic: GROUP_METADATA_TOPIC, partition })!
    const append = log.appendAsLeader
    log.appendAsLeader = () => {
      throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })
    }
    try {
      const failed = await commit(9, 'disk', generationId, memberId, 20n, 'lost')
      expect(failed.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NOT_COORDINATOR)
    } finally {
      log.appendAsLeader = append
    }
    // The reload (from the log, which never got the failed batch) may already be done.
    await new Promise((r) => setTimeout(r, 50))
    expect(runtime.partitionStates().get(partition)).toBe('active')
    expect(runtime.shard(partition)!.committedOffset('disk', 't', 0)).toMatchObject({
      offset: 10n,
      metadata: 'written',
    })
  })

  it('loading skips transaction markers and reads compressed batches, as a log written by Kafka may hold', async () => {
    const runtime = node.broker.groupCoordinator
    const partition = runtime.partitionFor('from-kafka')
    const log = node.broker.logs.getLog({ topic: GROUP_METADATA_TOPIC, partition })!
    const record = offsetCommitRecord(
      { group: 'from-kafka', topic: 't', partition: 2 },
      { offset: 77n, leaderEpoch: 1, metadata: 'gz', commitTimestamp: 1n, expireTimestamp: -1n },
    )
    const epoch = node.broker.image.topicsByName.get(GROUP_METADATA_TOPIC)!.partitions[partition]!.leaderEpoch
    log.appendAsLeader(await encodeBatch({ records: [{ timestamp: 1n, ...record }], compression: 'gzip' }), epoch)
    log.appendAsLeader(
      await encodeBatch(
        endTxnMarkerBatch({
          marker: { type: 'COMMIT', coordinatorEpoch: 0 },
          producerId: 5n,
          producerEpoch: 0,
          timestamp: 1n,
        }),
      ),
      epoch,
    )
    log.updateHighWatermark(log.logEndOffset)
    const image = node.broker.image
    runtime.onImage(imageLedElsewhere(image))
    runtime.onImage(image)
    await new Promise((r) => setTimeout(r, 50))
    expect(runtime.partitionStates().get(partition)).toBe('active')
    expect(runtime.shard(partition)!.committedOffset('from-kafka', 't', 2)).toMatchObject({
      offset: 77n,
      metadata: 'gz',
    })
  })
})
