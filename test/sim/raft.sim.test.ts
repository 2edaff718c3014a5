// Goal: the raft core keeps Raft's safety properties under network and disk faults and makes
// progress once they stop, with observers that join late and snapshots that cut the logs short.
// Method: runRaftSimulation (harness/raft-cluster.ts) runs one seeded cluster of voters and
// observers, checking the invariants of harness/invariants.ts after every event, and requires a
// proposal to commit, and every observer to learn so, within a bound after the network heals. CI runs a fixed seed list;
// `SEED=n npx vitest run test/sim` replays one seed, and `SIM_SEEDS=n` runs n random seeds, and TRACE=ms (with SEED) prints each step's effects.

import { describe, expect, it } from 'vitest'
import { runRaftSimulation } from './harness/raft-cluster.js'

const CI_SEEDS = Array.from({ length: 1000 }, (_, i) => i + 1)

function seedsToRun(): number[] {
  const one = process.env.SEED
  if (one !== undefined) return [Number(one)]
  const count = process.env.SIM_SEEDS
  if (count !== undefined) {
    const base = Math.floor(Math.random() * 2 ** 40)
    return Array.from({ length: Number(count) }, (_, i) => base + i)
  }
  return CI_SEEDS
}

function runSeed(seed: number): ReturnType<typeof runRaftSimulation> {
  try {
    return runRaftSimulation(seed)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`SEED=${seed} npx vitest run test/sim  # ${message}`, { cause: error })
  }
}

// A long run (SIM_SEEDS) gets about 100 ms per seed; the CI list stays well under 20 s.
const timeout = 30_000 + 100 * Number(process.env.SIM_SEEDS ?? 0)

describe('raft simulation', () => {
  it('keeps safety under faults and commits after healing, for every seed', { timeout }, () => {
    const seeds = seedsToRun()
    let events = 0
    let committed = 0
    let installed = 0
    for (const seed of seeds) {
      const result = runSeed(seed)
      events += result.events
      committed += result.committedEntries
      installed += result.snapshotsInstalled
    }
    expect(events).toBeGreaterThan(seeds.length)
    expect(committed).toBeGreaterThan(seeds.length)
    // Late observers and lagging voters do catch up through snapshots in the swarm.
    if (seeds.length >= 100) expect(installed).toBeGreaterThan(seeds.length / 10)
  })

  it('replays a seed exactly', () => {
    const a = runRaftSimulation(42)
    const b = runRaftSimulation(42)
    expect(b).toEqual(a)
  })
})
