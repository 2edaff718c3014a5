// Goal: snapshots through the driver (KIP-630): a leader's snapshot replaces the log below it and
// survives a restart (listeners get the snapshot first, then the batches after it); a follower
// that falls behind the leader's log start loads the snapshot by FetchSnapshot and goes on.
// Method: real log dirs and timers, the in-memory transport of driver-kit.ts (which also carries
// FetchSnapshot). The state machine of these tests is "every record value so far".

import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { CommittedBatch } from '../../../src/raft/driver.js'
import { TestCluster, waitFor } from './driver-kit.js'

let cluster: TestCluster | null = null
afterEach(async () => {
  await cluster?.destroy()
  cluster = null
})

const buffers = (...xs: string[]) => xs.map((x) => Buffer.from(x))

/** What a listener builds: a snapshot replaces the state, a batch adds to it. */
function replay(batches: readonly CommittedBatch[]): string[] {
  let state: string[] = []
  for (const batch of batches) {
    const values = batch.records.map((r) => r.toString())
    state = batch.snapshot === true ? values : [...state, ...values]
  }
  return state
}

const describe = (b: CommittedBatch) =>
  `${b.snapshot === true ? 'snapshot ' : ''}${b.baseOffset}-${b.lastOffset}@${b.epoch}`

it("a single voter's snapshot cuts its log, and a restart replays the snapshot then the batches after it", async () => {
  cluster = new TestCluster([1])
  await cluster.start()
  let node = await cluster.readyLeader(1000)
  await node.driver.propose(buffers('x', 'y'))
  await node.driver.propose(buffers('z'))
  expect(node.driver.committedBytesSinceSnapshot()).toBeGreaterThan(0)
  const id = await node.driver.createSnapshot(4n, buffers('x', 'y', 'z'))
  expect(id).toEqual({ offset: 4n, epoch: 1 })
  expect(node.driver.committedBytesSinceSnapshot()).toBe(0)
  expect(node.driver.log.logStartOffset()).toBe(4n)
  await node.driver.propose(buffers('w'))
  await expect(node.driver.createSnapshot(7n, [])).rejects.toThrow('outside')
  const partitionDir = join(node.dir, '__cluster_metadata-0')
  expect(readdirSync(partitionDir).filter((n) => n.includes('.checkpoint'))).toEqual([
    '00000000000000000004-0000000001.checkpoint',
  ])

  await cluster.stopNode(1)
  node = await cluster.startNode(1)
  await cluster.readyLeader(1000)
  expect(node.committed.map(describe)).toEqual(['snapshot 0-3@1', '4-4@1'])
  expect(replay(node.committed)).toEqual(['x', 'y', 'z', 'w'])
  expect(node.driver.leader().epoch).toBe(2)

  // A newer snapshot replaces the older file.
  const end = node.driver.deliveredOffset()
  await node.driver.createSnapshot(end, buffers('x', 'y', 'z', 'w'))
  expect(readdirSync(partitionDir).filter((n) => n.includes('.checkpoint'))).toEqual([
    `${end.toString().padStart(20, '0')}-0000000002.checkpoint`,
  ])
})

it('a follower behind the leader log start loads the snapshot by FetchSnapshot and follows on', async () => {
  cluster = new TestCluster([1, 2, 3])
  // Small chunks: the snapshot comes over several FetchSnapshot round trips.
  cluster.driverOptions = { fetchSnapshotMaxBytes: 64 }
  await cluster.start()
  const leader = await cluster.readyLeader()
  const behind = cluster.running().find((n) => n.id !== leader.id)
  if (behind === undefined) throw new Error('no follower')
  await leader.driver.propose(buffers('a'))
  await waitFor(() => behind.driver.deliveredOffset() === leader.driver.highWatermark())
  await cluster.stopNode(behind.id)
  await leader.driver.propose(buffers('b', 'c'))
  await leader.driver.propose(buffers('d'))
  const snapshotAt = leader.driver.deliveredOffset()
  const state = buffers('a', 'b', 'c', 'd')
  await leader.driver.createSnapshot(snapshotAt, state)
  await leader.driver.propose(buffers('e'))

  const restarted = await cluster.startNode(behind.id)
  await waitFor(() => restarted.driver.deliveredOffset() === leader.driver.highWatermark())
  expect(restarted.committed[0]?.snapshot).toBe(true)
  expect(restarted.committed[0]?.lastOffset).toBe(snapshotAt - 1n)
  expect(replay(restarted.committed)).toEqual(['a', 'b', 'c', 'd', 'e'])
  expect(restarted.driver.log.logStartOffset()).toBe(snapshotAt)
  expect(restarted.driver.log.latestSnapshot()).toEqual(leader.driver.log.latestSnapshot())

  await leader.driver.propose(buffers('f'))
  await waitFor(() => restarted.driver.deliveredOffset() === leader.driver.highWatermark())
  expect(replay(restarted.committed)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
})
