// Goal: under cuts, crashes, restarts and resignations of random nodes while a client keeps
// proposing, the drivers never lose or reorder a committed batch: every node's state (built from
// what it delivered) is a prefix of one history, every acknowledged proposal is in it in offset
// order, and once the faults stop the quorum commits again and every node catches up. The second
// run also takes snapshots on the leader, so restarted and lagging nodes load them.
// Method: 3 voters on real disks and timers (150 ms election timeout), the in-memory transport;
// a seeded PRNG picks the faults (timing is real, so a run is not exactly repeatable).

import { afterEach, expect, it } from 'vitest'
import { type CommittedBatch, NotLeaderError } from '../../../src/raft/driver.js'
import { Prng } from '../../../src/util/prng.js'
import { TestCluster, waitFor } from './driver-kit.js'

let cluster: TestCluster | null = null
afterEach(async () => {
  await cluster?.destroy()
  cluster = null
})

/** The state machine: every value so far; a snapshot replaces it. */
function replay(batches: readonly CommittedBatch[]): string[] {
  let state: string[] = []
  for (const batch of batches) {
    const values = batch.records.map((r) => r.toString())
    state = batch.snapshot === true ? values : [...state, ...values]
  }
  return state
}

it.each([{ snapshots: false }, { snapshots: true }])(
  'keeps one committed history through 2 s of faults and recovers after them (%o)',
  async ({ snapshots }) => {
    const prng = new Prng(Number(process.env.CHAOS_SEED ?? 8))
    cluster = new TestCluster([1, 2, 3])
    await cluster.start()
    const c = cluster
    const acknowledged = new Map<bigint, string>()
    /** The longest state seen: every node's state must be a prefix of it. */
    let history: string[] = []
    const check = () => {
      for (const node of c.nodes.values()) {
        const state = replay(node.committed)
        const [shorter, longer] = state.length <= history.length ? [state, history] : [history, state]
        expect(shorter, `node ${node.id}`).toEqual(longer.slice(0, shorter.length))
        history = longer
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
    while (performance.now() - startedAt < 2000) {
      await new Promise((resolve) => setTimeout(resolve, 50 + prng.nextInt(200)))
      check()
      const id = 1 + prng.nextInt(3)
      switch (prng.nextInt(snapshots ? 5 : 4)) {
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
        case 4: {
          const leader = c.running().find((n) => n.driver.leader().ready)
          if (leader === undefined || leader.driver.deliveredOffset() <= leader.driver.log.logStartOffset()) break
          leader.driver
            .createSnapshot(
              leader.driver.deliveredOffset(),
              replay(leader.committed).map((v) => Buffer.from(v)),
            )
            .catch(() => {})
          break
        }
        default:
          break
      }
    }
    c.network.cut.clear()
    for (const id of down) await c.startNode(id)
    // Real timers on a busy machine may still cost a leader its epoch: try again with the next.
    const commit = async (value: string) => {
      for (;;) {
        const leader = await c.readyLeader(3000)
        try {
          await leader.driver.propose([Buffer.from(value)])
          return leader
        } catch (err) {
          if (!(err instanceof NotLeaderError)) throw err
        }
      }
    }
    await commit('final')
    stopping = true
    await client
    if (snapshots) {
      // One more snapshot, then a batch after it: every node ends on the same state either way.
      const leader = await c.readyLeader(3000)
      const state = replay(leader.committed).map((v) => Buffer.from(v))
      await leader.driver.createSnapshot(leader.driver.deliveredOffset(), state)
    }
    // Proposals still in flight were queued before this one: it is the last batch.
    const leader = await commit('last')
    const end = leader.driver.highWatermark()
    for (const node of c.running()) await waitFor(() => node.driver.deliveredOffset() >= end, 3000)
    check()
    expect(history).toContain('final')
    expect(history.at(-1)).toBe('last')
    for (const node of c.running()) expect(replay(node.committed)).toEqual(history)
    // Every acknowledged proposal is committed, in the order of the offsets it was acknowledged with.
    const inOrder = [...acknowledged.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v)
    expect(history.filter((v) => acknowledged.size > 0 && inOrder.includes(v))).toEqual(inOrder)
    expect(acknowledged.size).toBeGreaterThan(10)
    if (snapshots) expect(c.running().some((n) => n.driver.log.latestSnapshot() !== null)).toBe(true)
  },
  15_000,
)
