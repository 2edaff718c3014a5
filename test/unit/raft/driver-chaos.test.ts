// Goal: under cuts, crashes, restarts and resignations of random nodes while a client keeps
// proposing, the drivers never lose or reorder a committed batch: every node's delivered
// sequence is a prefix of one history, every acknowledged proposal is in it at the offset it was
// acknowledged with, and once the faults stop the quorum commits again and every node catches up.
// Method: 3 voters on real disks and timers (150 ms election timeout), the in-memory transport;
// a seeded PRNG picks the faults (timing is real, so a run is not exactly repeatable).

import { afterEach, expect, it } from 'vitest'
import type { CommittedBatch } from '../../../src/raft/driver.js'
import { Prng } from '../../../src/util/prng.js'
import { TestCluster, waitFor } from './driver-kit.js'

let cluster: TestCluster | null = null
afterEach(async () => {
  await cluster?.destroy()
  cluster = null
})

const key = (b: CommittedBatch) => `${b.baseOffset}-${b.lastOffset}:${b.records.map((r) => r.toString()).join(',')}`

it('keeps one committed history through 2.5 s of faults and recovers after them', async () => {
  const prng = new Prng(Number(process.env.CHAOS_SEED ?? 8))
  cluster = new TestCluster([1, 2, 3])
  await cluster.start()
  const c = cluster
  const acknowledged = new Map<bigint, string>()
  /** Every node's deliveries since it last started: each must be a prefix of the one history. */
  const history: string[] = []
  const check = () => {
    for (const node of c.nodes.values()) {
      node.committed.forEach((batch, i) => {
        const k = key(batch)
        if (history[i] === undefined) history[i] = k
        expect(k, `node ${node.id} batch ${i}`).toBe(history[i])
      })
    }
  }
  let proposals = 0
  let stopping = false
  const client = (async () => {
    while (!stopping) {
      const leader = c.running().find((n) => n.driver.leader().ready)
      if (leader !== undefined) {
        const value = `p${proposals++}`
        leader.driver.propose([Buffer.from(value)]).then(
          (offset) => acknowledged.set(offset, value),
          () => {},
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  })()

  const down = new Set<number>()
  const startedAt = performance.now()
  while (performance.now() - startedAt < 2500) {
    await new Promise((resolve) => setTimeout(resolve, 50 + prng.nextInt(200)))
    check()
    const id = 1 + prng.nextInt(3)
    switch (prng.nextInt(4)) {
      case 0:
        if (c.network.cut.has(id)) c.network.cut.delete(id)
        else if (c.network.cut.size + down.size === 0) c.network.cut.add(id)
        break
      case 1:
        if (down.has(id)) {
          down.delete(id)
          await c.startNode(id)
        } else if (c.network.cut.size + down.size === 0) {
          down.add(id)
          await c.stopNode(id, { crash: prng.bool() })
        }
        break
      case 2: {
        const leader = c.running().find((n) => n.driver.leader().isLocal)
        if (leader !== undefined && down.size === 0) {
          await c.stopNode(leader.id, { resign: true })
          await c.startNode(leader.id)
        }
        break
      }
      default:
        break
    }
  }
  c.network.cut.clear()
  for (const id of down) await c.startNode(id)
  const leader = await c.readyLeader(3000)
  await leader.driver.propose([Buffer.from('final')])
  stopping = true
  await client
  const end = leader.driver.highWatermark()
  for (const node of c.running()) await waitFor(() => node.driver.deliveredOffset() >= end, 3000)
  check()
  const all = history.join('|')
  expect(all).toContain('final')
  // Every acknowledged proposal is committed where it was acknowledged.
  const byOffset = new Map(leader.committed.map((b) => [b.baseOffset, b.records[0]?.toString()]))
  for (const [offset, value] of acknowledged) expect(byOffset.get(offset), `offset ${offset}`).toBe(value)
  expect(acknowledged.size).toBeGreaterThan(10)
}, 15_000)
