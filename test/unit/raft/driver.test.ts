// Goal: the raft driver turns the pure core into a working quorum on real disks and timers: one
// voter leads at once and commits; three voters elect one leader and every node delivers the
// same committed batches at the same offsets; a crashed or resigning leader is replaced and
// nothing committed is lost; a restarted node keeps its epoch and catches up.
// Method: real log dirs in a temp dir, real timers with 150 ms election / 300 ms fetch timeouts,
// an in-memory transport that delivers on the next macrotask and can cut a node off.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { readLeaderChangeMessage } from '../../../src/protocol/generated/message/leader-change-message.js'
import { Reader } from '../../../src/protocol/reader.js'
import { decodeBatch, encodeBatch } from '../../../src/protocol/records/codec.js'
import { ControlRecordType, decodeControlRecordKey } from '../../../src/protocol/records/control.js'
import { decodeRaftBatches } from '../../../src/raft/disk-log.js'
import { NotLeaderError, RaftDriverClosedError } from '../../../src/raft/driver.js'
import { fastConfig, offsets, TestCluster, values, waitFor } from './driver-kit.js'

let cluster: TestCluster | null = null
afterEach(async () => {
  await cluster?.destroy()
  cluster = null
})

const buffers = (...xs: string[]) => xs.map((x) => Buffer.from(x))

it('a single voter leads at once and commits proposals in order, each delivered before it resolves', async () => {
  cluster = new TestCluster([1])
  await cluster.start()
  const node = await cluster.readyLeader(1000)
  const leader = node.driver.leader()
  expect(leader).toEqual({ leaderId: 1, epoch: 1, isLocal: true, ready: true })
  const first = node.driver.propose(buffers('a', 'b'))
  const second = node.driver.propose(buffers('c'))
  expect(await first).toBe(1n)
  expect(node.committed.length).toBeGreaterThanOrEqual(1)
  expect(await second).toBe(3n)
  expect(values(node.committed)).toEqual([['a', 'b'], ['c']])
  expect(offsets(node.committed)).toEqual(['1-2@1', '3-3@1'])
  expect(node.driver.highWatermark()).toBe(4n)
  // Retention never deletes raft log entries: only snapshots do.
  const partition = node.logs.getLog({ topic: '__cluster_metadata', partition: 0 })
  expect([partition?.logConfig.retentionMs, partition?.logConfig.retentionBytes]).toEqual([-1, -1])
  expect(partition?.highWatermark).toBe(4)
  // A listener that registers late is replayed everything committed so far, in order.
  const late: string[][] = []
  node.driver.onCommit((b) => late.push(b.records.map((r) => r.toString())))
  expect(late).toEqual([['a', 'b'], ['c']])
})

it('three voters elect one leader; every node delivers the same batches at the same offsets', async () => {
  cluster = new TestCluster([1, 2, 3])
  await cluster.start()
  const leader = await cluster.readyLeader()
  const epoch = leader.driver.leader().epoch
  for (const node of cluster.running()) {
    await waitFor(() => node.driver.leader().leaderId === leader.id)
    expect(node.driver.leader().epoch).toBe(epoch)
  }
  const results = await Promise.all([
    leader.driver.propose(buffers('x1', 'x2')),
    leader.driver.propose(buffers('y')),
    leader.driver.propose(buffers('z1', 'z2', 'z3')),
  ])
  expect(results).toEqual([1n, 3n, 4n])
  const end = leader.driver.highWatermark()
  expect(end).toBe(7n)
  for (const node of cluster.running()) await waitFor(() => node.driver.deliveredOffset() === end)
  for (const node of cluster.running()) {
    expect(values(node.committed)).toEqual([['x1', 'x2'], ['y'], ['z1', 'z2', 'z3']])
    expect(offsets(node.committed)).toEqual([`1-2@${epoch}`, `3-3@${epoch}`, `4-6@${epoch}`])
    expect(node.committed.map((b) => b.appendTimeMs)).toEqual(leader.committed.map((b) => b.appendTimeMs))
  }
  // A follower refuses proposals and names the leader.
  const follower = cluster.running().find((n) => n.id !== leader.id)
  await expect(follower?.driver.propose(buffers('no'))).rejects.toEqual(new NotLeaderError(leader.id))
})

it('a leader that stops without resigning is replaced; proposals continue and nothing committed is lost', async () => {
  cluster = new TestCluster([1, 2, 3])
  await cluster.start()
  const old = await cluster.readyLeader()
  const oldEpoch = old.driver.leader().epoch
  await old.driver.propose(buffers('before'))
  cluster.network.cut.add(old.id)
  const stoppedAt = performance.now()
  await cluster.stopNode(old.id, { crash: true })
  const next = await cluster.readyLeader(3000)
  // Fetch timeout (300 ms), a pre-vote and a vote: well within a few election timeouts.
  expect(performance.now() - stoppedAt).toBeLessThan(1500)
  expect(next.id).not.toBe(old.id)
  expect(next.driver.leader().epoch).toBeGreaterThan(oldEpoch)
  await next.driver.propose(buffers('after'))
  for (const node of cluster.running()) {
    await waitFor(() => node.driver.deliveredOffset() === next.driver.highWatermark())
    expect(values(node.committed)).toEqual([['before'], ['after']])
  }

  // The old leader restarts from its directory (recovering: no clean shutdown): it keeps its
  // epoch, learns the new leader and catches up.
  cluster.network.cut.delete(old.id)
  const quorumState = JSON.parse(readFileSync(join(old.dir, '__cluster_metadata-0', 'quorum-state'), 'utf8'))
  expect(quorumState).toMatchObject({ leaderId: old.id, leaderEpoch: oldEpoch, votedId: -1, data_version: 0 })
  const restarted = await cluster.startNode(old.id)
  expect(restarted.driver.leader().epoch).toBe(oldEpoch)
  await waitFor(() => restarted.driver.deliveredOffset() === next.driver.highWatermark())
  expect(restarted.driver.leader()).toMatchObject({ leaderId: next.id, isLocal: false })
  expect(values(restarted.committed)).toEqual([['before'], ['after']])
})

it('a leader that resigns on close is replaced within about one election timeout', async () => {
  cluster = new TestCluster([1, 2, 3])
  await cluster.start()
  const old = await cluster.readyLeader()
  await old.driver.propose(buffers('kept'))
  const closedAt = performance.now()
  await cluster.stopNode(old.id, { resign: true })
  const next = await cluster.readyLeader(1000)
  // Without resigning, followers first wait out the 300 ms fetch timeout.
  expect(performance.now() - closedAt).toBeLessThan(300)
  expect(next.id).not.toBe(old.id)
  await next.driver.propose(buffers('more'))
  await waitFor(() => next.driver.deliveredOffset() === next.driver.highWatermark())
  expect(values(next.committed)).toEqual([['kept'], ['more']])
  await expect(old.driver.propose(buffers('late'))).rejects.toBeInstanceOf(NotLeaderError)
  expect(old.driver.leader()).toMatchObject({ leaderId: null, isLocal: false, ready: false })
})

it('rejects a proposal whose leader loses its epoch before the batch commits', async () => {
  cluster = new TestCluster([1, 2, 3])
  await cluster.start()
  const old = await cluster.readyLeader()
  // Cut the leader off: its proposal cannot reach a majority, and check-quorum makes it resign.
  cluster.network.cut.add(old.id)
  const lost = old.driver.propose(buffers('lost'))
  await expect(lost).rejects.toBeInstanceOf(NotLeaderError)
  expect(old.driver.leader().isLocal).toBe(false)
})

it("writes the new leader's LeaderChangeMessage and answers DescribeQuorum for every voter", async () => {
  cluster = new TestCluster([1, 2, 3])
  await cluster.start()
  const leader = await cluster.readyLeader()
  const epoch = leader.driver.leader().epoch
  await leader.driver.propose(buffers('p'))
  const bytes = leader.driver.log.readBatchBytes(0n, 2n)
  const control = await decodeBatch(bytes)
  expect(control.header.isControl).toBe(true)
  expect(control.header.partitionLeaderEpoch).toBe(epoch)
  expect(decodeControlRecordKey(control.records[0]?.key ?? null).type).toBe(ControlRecordType.LEADER_CHANGE)
  const message = readLeaderChangeMessage(new Reader(control.records[0]?.value as Buffer), 0)
  expect(message.leaderId).toBe(leader.id)
  expect(message.voters.map((v) => v.voterId)).toEqual([1, 2, 3])
  // The leader and at least one other voter granted the vote.
  expect(message.grantingVoters.length).toBeGreaterThanOrEqual(2)
  expect(message.grantingVoters.map((v) => v.voterId)).toContain(leader.id)

  for (const node of cluster.running()) await waitFor(() => node.driver.deliveredOffset() === 2n)
  const described = leader.driver.describeQuorum()
  expect(described).toMatchObject({ errorCode: 0, leaderId: leader.id, leaderEpoch: epoch, highWatermark: 2n })
  expect(described.currentVoters.map((v) => v.replicaId)).toEqual([1, 2, 3])
  for (const voter of described.currentVoters) {
    expect(voter.lastFetchTimestamp).toBeGreaterThan(Date.now() - 5000)
    expect(voter.lastFetchTimestamp).toBeLessThanOrEqual(Date.now())
  }
  const follower = cluster.running().find((n) => n.id !== leader.id)
  expect(follower?.driver.describeQuorum()).toMatchObject({ errorCode: 6, leaderId: leader.id, leaderEpoch: epoch })
})

it('an observer follows the voters and delivers the same batches, and is never elected', async () => {
  cluster = new TestCluster([1, 2, 3], fastConfig, [4])
  await cluster.start()
  const leader = await cluster.readyLeader()
  await leader.driver.propose(buffers('o1'))
  await leader.driver.propose(buffers('o2', 'o3'))
  const observer = cluster.get(4)
  await waitFor(() => observer.driver.deliveredOffset() === leader.driver.highWatermark())
  expect(values(observer.committed)).toEqual([['o1'], ['o2', 'o3']])
  expect(offsets(observer.committed)).toEqual(offsets(leader.committed))
  expect(observer.driver.leader()).toMatchObject({ leaderId: leader.id, isLocal: false })
  await expect(observer.driver.propose(buffers('x'))).rejects.toBeInstanceOf(NotLeaderError)
})

it('loads the single-voter MetadataLog data as committed epoch-1 batches, then leads in epoch 2', async () => {
  cluster = new TestCluster([1])
  const logs = cluster.openLogs(1)
  const partition = logs.getOrCreateLog({ topic: '__cluster_metadata', partition: 0 })
  for (const batch of [['m0', 'm1'], ['m2']]) {
    const records = batch.map((v) => ({ timestamp: 1_700_000_000_000n, key: null, value: Buffer.from(v) }))
    partition.appendAsLeader(await encodeBatch({ records }), 1)
  }
  await logs.close()
  const node = await cluster.startNode(1)
  await cluster.readyLeader(1000)
  expect(node.driver.leader()).toEqual({ leaderId: 1, epoch: 2, isLocal: true, ready: true })
  expect(offsets(node.committed)).toEqual(['0-1@1', '2-2@1'])
  expect(values(node.committed)).toEqual([['m0', 'm1'], ['m2']])
  expect(node.committed[0]?.appendTimeMs).toBe(1_700_000_000_000)
  expect(await node.driver.propose(buffers('new'))).toBe(4n)
  const quorumState = JSON.parse(readFileSync(join(node.dir, '__cluster_metadata-0', 'quorum-state'), 'utf8'))
  expect(quorumState).toMatchObject({ leaderId: 1, leaderEpoch: 2, votedId: -1, currentVoters: [{ voterId: 1 }] })
})

it('closes itself when an onCommit listener throws, and says so', async () => {
  cluster = new TestCluster([1])
  await cluster.start()
  const node = await cluster.readyLeader(1000)
  node.driver.onCommit((batch) => {
    if (batch.records[0]?.toString() === 'poison') throw new Error('replay failed')
  })
  await expect(node.driver.propose(buffers('poison'))).rejects.toBeInstanceOf(NotLeaderError)
  expect(node.driver.failure?.message).toBe('replay failed')
  expect(node.driver.leader()).toMatchObject({ leaderId: null, isLocal: false, ready: false })
  await expect(
    node.driver.handleRequest(2, { kind: 'BeginQuorumEpochRequest', correlationId: 1, leaderId: 2, leaderEpoch: 9 }),
  ).rejects.toBeInstanceOf(RaftDriverClosedError)
})

it('closes itself when the quorum-state file cannot be written, before it acts on the new state', async () => {
  cluster = new TestCluster([1])
  const fatal: Error[] = []
  cluster.driverOptions = {
    fs: {
      ...nodeFileSystem,
      open: (path, mode) => {
        if (path.endsWith('quorum-state.tmp')) throw new Error('EIO: disk failed')
        return nodeFileSystem.open(path, mode)
      },
    },
    onFatal: (err) => fatal.push(err),
  }
  await cluster.start()
  const node = cluster.get(1)
  await waitFor(() => fatal.length === 1)
  expect(fatal[0]?.message).toBe('EIO: disk failed')
  expect(node.driver.failure).toBe(fatal[0])
  expect(node.driver.leader()).toMatchObject({ leaderId: null, isLocal: false, ready: false })
  // The leader-change entry was never appended: persist comes first.
  expect(node.driver.log.endOffset()).toBe(0n)
  await expect(node.driver.propose(buffers('x'))).rejects.toBeInstanceOf(NotLeaderError)
})

it('answers a Fetch through handleRequest with entries whose on-disk bytes recordBytes gives for the wire', async () => {
  cluster = new TestCluster([1])
  await cluster.start()
  const node = await cluster.readyLeader(1000)
  await node.driver.propose(buffers('w1', 'w2'))
  // An observer (id 9) fetching from the start.
  const response = await node.driver.handleRequest(9, {
    kind: 'FetchRequest',
    correlationId: 77,
    replicaId: 9,
    currentLeaderEpoch: 1,
    fetchOffset: 0n,
    lastFetchedEpoch: 0,
    maxWaitMs: 0,
  })
  if (response.kind !== 'FetchResponse') throw new Error(response.kind)
  expect(response.correlationId).toBe(77)
  expect(response.records.map((e) => `${e.offset}:${e.kind}${e.lastInBatch ? '|' : ''}`)).toEqual([
    '0:leader-change|',
    '1:data',
    '2:data|',
  ])
  const bytes = node.driver.recordBytes(response)
  expect(bytes).toEqual(node.driver.log.readBatchBytes(0n, 3n))
  const decoded = decodeRaftBatches(bytes)
  expect(decoded.map((e) => [e.offset, e.epoch, e.kind, e.value.toString('hex')])).toEqual(
    response.records.map((e) => [e.offset, e.epoch, e.kind, e.value.toString('hex')]),
  )
})
