// Goal: the follower state's effects fit the real PartitionLog, so a fetcher driver can apply them
// as they come: bytes read from a leader's log appended untouched, a divergent suffix written
// under a deposed leader's epoch truncated away, the HW and log start followed, and the logs end
// byte-identical. It doubles as the reference for that driver: `apply` below is the effect loop.
// Method: two PartitionLogs in a temp dir on a ManualClock, each with a LeaderEpochCache; the
// "network" is a direct call to the leader-side checks (leader-read.ts) and PartitionLog.read.
import { afterEach, describe, expect, it } from 'vitest'
import type { PartitionLog } from '../../../src/log/partition-log.js'
import { defaultPartitionData } from '../../../src/protocol/generated/message/fetch-response.js'
import { fetchedPartition } from '../../../src/replication/fetched-partition.js'
import {
  type FetchedPartition,
  type FetchPosition,
  type FollowerEffect,
  type FollowerLogView,
  FollowerState,
} from '../../../src/replication/follower-state.js'
import { LeaderEpochCache } from '../../../src/replication/leader-epoch-cache.js'
import { checkFollowerFetch } from '../../../src/replication/leader-read.js'
import { batch, openLog, tempDir } from '../log/log-kit.js'

interface Replica {
  readonly log: PartitionLog
  readonly epochs: LeaderEpochCache
}

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

function replica(): Replica {
  const { dir, cleanup } = tempDir()
  cleanups.push(cleanup)
  return { log: openLog(dir).log, epochs: new LeaderEpochCache() }
}

function view(r: Replica): FollowerLogView {
  return {
    logStartOffset: r.log.logStartOffset,
    logEndOffset: r.log.logEndOffset,
    highWatermark: r.log.highWatermark,
    epochs: r.epochs,
  }
}

async function appendAsLeader(r: Replica, epoch: number, count: number, tag: string): Promise<void> {
  r.epochs.assign(epoch, r.log.logEndOffset)
  r.log.appendAsLeader(await batch({ count, tag }), epoch)
}

/** What a fetcher driver does with the effects: in order, then onTruncated after a truncation. */
function apply(r: Replica, f: FollowerState, effects: readonly FollowerEffect[]): void {
  for (const e of effects) {
    switch (e.kind) {
      case 'append':
        if (e.records !== null) r.log.appendAsFollower(e.records)
        for (const b of e.batches)
          if (b.partitionLeaderEpoch >= 0) r.epochs.assign(b.partitionLeaderEpoch, b.baseOffset)
        break
      case 'truncate':
        r.log.truncateTo(e.offset)
        r.epochs.truncateFromEnd(r.log.logEndOffset)
        break
      case 'truncateFullyAndStartAt':
        r.log.truncateFullyAndStartAt(e.offset)
        r.epochs.truncateFromEnd(0)
        break
      case 'updateHighWatermark':
        r.log.updateHighWatermark(e.offset)
        break
      case 'incrementLogStartOffset':
        r.log.deleteRecordsBefore(e.offset)
        r.epochs.truncateFromStart(e.offset)
        break
    }
  }
  if (f.phase.kind === 'truncating') f.onTruncated(view(r))
}

/** The leader's answer: leader-read.ts first, then the log's bytes from the fetch offset. */
function serve(leader: Replica, leaderEpoch: number, replicaId: number, pos: FetchPosition): FetchedPartition {
  const data = {
    ...defaultPartitionData(),
    highWatermark: BigInt(leader.log.highWatermark),
    logStartOffset: BigInt(leader.log.logStartOffset),
  }
  const decision = checkFollowerFetch(
    {
      leaderEpoch,
      replicas: [1, 2],
      logStartOffset: leader.log.logStartOffset,
      logEndOffset: leader.log.logEndOffset,
      epochs: leader.epochs,
    },
    { replicaId, ...pos },
  )
  if (decision.kind === 'error') return fetchedPartition({ ...data, errorCode: decision.errorCode })
  if (decision.kind === 'diverging') {
    const { epoch, endOffset } = decision.divergingEpoch
    return fetchedPartition({ ...data, divergingEpoch: { epoch, endOffset: BigInt(endOffset) } })
  }
  const read = leader.log.read({
    fetchOffset: pos.fetchOffset,
    maxBytes: 300,
    maxOffset: leader.log.logEndOffset,
    minOneBatch: true,
  })
  if (!read.ok) throw new Error(read.error)
  return fetchedPartition({ ...data, records: read.records.length > 0 ? Buffer.from(read.records) : null })
}

function fetchUntilCaughtUp(leader: Replica, leaderEpoch: number, r: Replica, f: FollowerState): number {
  let rounds = 0
  for (; rounds < 50; rounds++) {
    const pos = f.nextFetch(0, view(r))
    if (pos === undefined) throw new Error(`follower in phase ${f.phase.kind}`)
    if (pos.fetchOffset === leader.log.logEndOffset && r.log.highWatermark === leader.log.highWatermark) break
    apply(r, f, f.onFetchResponse(pos, serve(leader, leaderEpoch, 2, pos), view(r), 0))
  }
  return rounds
}

function bytesOf(log: PartitionLog): Buffer {
  const read = log.read({
    fetchOffset: log.logStartOffset,
    maxBytes: 1 << 20,
    maxOffset: log.logEndOffset,
    minOneBatch: true,
  })
  if (!read.ok) throw new Error(read.error)
  return Buffer.from(read.records)
}

describe('follower effects on a PartitionLog', () => {
  it('copies the leader byte for byte and follows its HW', async () => {
    const leader = replica()
    const follower = replica()
    await appendAsLeader(leader, 0, 3, 'a')
    await appendAsLeader(leader, 0, 2, 'b')
    await appendAsLeader(leader, 1, 4, 'c')
    leader.log.updateHighWatermark(7)
    const f = new FollowerState({ leaderId: 1, leaderEpoch: 1, log: view(follower) })
    apply(follower, f, f.initialEffects)
    expect(fetchUntilCaughtUp(leader, 1, follower, f)).toBeGreaterThan(1)
    expect(follower.log.logEndOffset).toBe(9)
    expect(follower.log.highWatermark).toBe(7)
    expect(follower.epochs.entries()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 1, startOffset: 5 },
    ])
    expect(bytesOf(follower.log).equals(bytesOf(leader.log))).toBe(true)
  })

  it('drops the suffix a deposed leader wrote in its own epoch, then catches up', async () => {
    // Both have epoch 0 offsets 0-4. Broker 2 led epoch 1 and wrote 5-7 that nobody copied;
    // broker 1 leads epoch 2 from offset 5 and wrote 5-10.
    const leader = replica()
    const old = replica()
    for (const r of [leader, old]) {
      await appendAsLeader(r, 0, 3, 'a')
      await appendAsLeader(r, 0, 2, 'b')
      r.log.updateHighWatermark(5)
    }
    await appendAsLeader(old, 1, 3, 'lost')
    await appendAsLeader(leader, 2, 6, 'new')
    leader.log.updateHighWatermark(8)
    const f = new FollowerState({ leaderId: 1, leaderEpoch: 2, log: view(old) })
    expect(f.initialEffects).toEqual([])
    const pos = f.nextFetch(0, view(old))!
    expect(pos).toEqual({ fetchOffset: 8, lastFetchedEpoch: 1, currentLeaderEpoch: 2, logStartOffset: 0 })
    const answer = serve(leader, 2, 2, pos)
    expect(answer.divergingEpoch).toEqual({ epoch: 0, endOffset: 5 })
    const fx = f.onFetchResponse(pos, answer, view(old), 0)
    expect(fx).toEqual([{ kind: 'truncate', offset: 5 }])
    apply(old, f, fx)
    expect(old.log.logEndOffset).toBe(5)
    expect(f.nextFetch(0, view(old))).toEqual({
      fetchOffset: 5,
      lastFetchedEpoch: 0,
      currentLeaderEpoch: 2,
      logStartOffset: 0,
    })
    fetchUntilCaughtUp(leader, 2, old, f)
    expect(old.log.logEndOffset).toBe(11)
    expect(old.log.highWatermark).toBe(8)
    expect(bytesOf(old.log).equals(bytesOf(leader.log))).toBe(true)
  })

  it('follows the leader log start and starts over when it is behind it', async () => {
    const leader = replica()
    await appendAsLeader(leader, 0, 4, 'a')
    await appendAsLeader(leader, 0, 4, 'b')
    await appendAsLeader(leader, 0, 4, 'c')
    leader.log.updateHighWatermark(12)
    const near = replica()
    const f = new FollowerState({ leaderId: 1, leaderEpoch: 0, log: view(near) })
    apply(near, f, f.initialEffects)
    fetchUntilCaughtUp(leader, 0, near, f)
    leader.log.deleteRecordsBefore(4)
    leader.epochs.truncateFromStart(4)
    const pos = f.nextFetch(0, view(near))!
    apply(near, f, f.onFetchResponse(pos, serve(leader, 0, 2, pos), view(near), 0))
    expect(near.log.logStartOffset).toBe(4)
    expect(near.epochs.entries()).toEqual([{ epoch: 0, startOffset: 4 }])

    leader.log.deleteRecordsBefore(8)
    const far = replica()
    const g = new FollowerState({ leaderId: 1, leaderEpoch: 0, log: view(far) })
    apply(far, g, g.initialEffects)
    const first = g.nextFetch(0, view(far))!
    expect(g.onFetchResponse(first, serve(leader, 0, 2, first), view(far), 0)).toEqual([])
    expect(g.wantsLeaderOffsets).toBe(true)
    const fx = g.onLeaderOffsets({ logEndOffset: 12, logStartOffset: leader.log.logStartOffset }, view(far))
    expect(fx).toEqual([{ kind: 'truncateFullyAndStartAt', offset: 8 }])
    apply(far, g, fx)
    fetchUntilCaughtUp(leader, 0, far, g)
    expect([far.log.logStartOffset, far.log.logEndOffset, far.log.highWatermark]).toEqual([8, 12, 12])
  })
})
