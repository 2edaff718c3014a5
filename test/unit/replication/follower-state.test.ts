// Goal: the follower's fetch state makes Kafka's AbstractFetcherThread decisions: the start
// position, appending answers with the leader's HW and log start, truncation on a diverging
// epoch (getOffsetTruncationState), OFFSET_OUT_OF_RANGE handling (fetchOffsetAndTruncate),
// fencing, back-off after errors, stale answers; and that fetched-partition.ts reads whole
// batches from the wire.
// Method: a fake log view (offsets plus a real LeaderEpochCache) changed by applying the returned
// effects; exact positions, phases and effects.
import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { defaultPartitionData } from '../../../src/protocol/generated/message/fetch-response.js'
import { assignOffsetAndEpoch } from '../../../src/protocol/records/batch.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { fetchedPartition } from '../../../src/replication/fetched-partition.js'
import {
  type FetchedBatch,
  type FetchedPartition,
  type FollowerEffect,
  type FollowerLogView,
  FollowerState,
} from '../../../src/replication/follower-state.js'
import { LeaderEpochCache } from '../../../src/replication/leader-epoch-cache.js'

class FakeLog implements FollowerLogView {
  epochs: LeaderEpochCache
  constructor(
    public logStartOffset: number,
    public logEndOffset: number,
    public highWatermark: number,
    epochs: [number, number][],
  ) {
    this.epochs = new LeaderEpochCache(epochs.map(([epoch, startOffset]) => ({ epoch, startOffset })))
  }

  apply(effects: readonly FollowerEffect[]): void {
    for (const e of effects) {
      switch (e.kind) {
        case 'append':
          for (const b of e.batches) this.epochs.assign(b.partitionLeaderEpoch, b.baseOffset)
          this.logEndOffset = e.batches.at(-1)!.lastOffset + 1
          break
        case 'truncate':
          this.logEndOffset = Math.min(this.logEndOffset, e.offset)
          this.highWatermark = Math.min(this.highWatermark, this.logEndOffset)
          this.epochs.truncateFromEnd(e.offset)
          break
        case 'truncateFullyAndStartAt':
          this.logStartOffset = this.logEndOffset = this.highWatermark = e.offset
          this.epochs.truncateFromEnd(0)
          break
        case 'updateHighWatermark':
          this.highWatermark = e.offset
          break
        case 'incrementLogStartOffset':
          this.logStartOffset = e.offset
          this.epochs.truncateFromStart(e.offset)
          break
      }
    }
  }
}

const answer = (fields: Partial<FetchedPartition> = {}): FetchedPartition => ({
  errorCode: 0,
  highWatermark: 0,
  logStartOffset: 0,
  records: null,
  batches: [],
  ...fields,
})
const batch = (baseOffset: number, lastOffset: number, partitionLeaderEpoch: number): FetchedBatch => ({
  baseOffset,
  lastOffset,
  partitionLeaderEpoch,
})

/** A follower with any initial truncation applied. */
function follower(log: FakeLog, leaderEpoch = 4): FollowerState {
  const f = new FollowerState({ leaderId: 2, leaderEpoch, log })
  if (f.initialEffects.length > 0) {
    log.apply(f.initialEffects)
    f.onTruncated(log)
  }
  return f
}

describe('start', () => {
  it('fetches from the log end with its latest epoch', () => {
    const log = new FakeLog(0, 25, 20, [
      [1, 0],
      [3, 10],
    ])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    expect(f.initialEffects).toEqual([])
    expect(f.nextFetch(0, log)).toEqual({
      fetchOffset: 25,
      lastFetchedEpoch: 3,
      currentLeaderEpoch: 4,
      logStartOffset: 0,
    })
  })

  it('truncates a log without epochs to its high watermark first', () => {
    const log = new FakeLog(0, 10, 6, [])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    expect(f.initialEffects).toEqual([{ kind: 'truncate', offset: 6 }])
    expect(f.phase.kind).toBe('truncating')
    expect(f.nextFetch(0, log)).toBeUndefined()
    log.apply(f.initialEffects)
    f.onTruncated(log)
    expect(f.nextFetch(0, log)).toEqual({
      fetchOffset: 6,
      lastFetchedEpoch: -1,
      currentLeaderEpoch: 4,
      logStartOffset: 0,
    })
  })

  it('keeps its state for the same leader epoch and restarts for a new one', () => {
    const log = new FakeLog(0, 5, 5, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    const req = f.nextFetch(0, log)!
    f.onFetchResponse(req, answer({ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }), log, 0)
    expect(f.onBecomeFollower(2, 4, log)).toEqual([])
    expect(f.phase.kind).toBe('delayed')
    expect(f.onBecomeFollower(3, 5, log)).toEqual([])
    expect(f.nextFetch(0, log)).toEqual({
      fetchOffset: 5,
      lastFetchedEpoch: 1,
      currentLeaderEpoch: 5,
      logStartOffset: 0,
    })
  })
})

describe('answers with records', () => {
  it('appends, moves to the next offset and the last batch epoch, and follows the leader HW', () => {
    const log = new FakeLog(0, 5, 3, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    const req = f.nextFetch(0, log)!
    const batches = [batch(5, 7, 1), batch(8, 9, 4)]
    const fx = f.onFetchResponse(req, answer({ highWatermark: 12, batches, records: Buffer.from('x') }), log, 0)
    expect(fx).toEqual([
      { kind: 'append', records: Buffer.from('x'), batches },
      { kind: 'updateHighWatermark', offset: 10 },
    ])
    log.apply(fx)
    expect(f.nextFetch(0, log)).toEqual({
      fetchOffset: 10,
      lastFetchedEpoch: 4,
      currentLeaderEpoch: 4,
      logStartOffset: 0,
    })
  })

  it('takes the leader HW below its own end and moves its log start up to the leader one', () => {
    const log = new FakeLog(0, 10, 4, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    const fx = f.onFetchResponse(f.nextFetch(0, log)!, answer({ highWatermark: 8, logStartOffset: 6 }), log, 0)
    expect(fx).toEqual([
      { kind: 'updateHighWatermark', offset: 8 },
      { kind: 'incrementLogStartOffset', offset: 6 },
    ])
    expect(f.fetchOffset).toBe(10)
  })

  it('starts an empty log at a batch that holds its start offset, and fails on one below a non-empty log', () => {
    const empty = new FakeLog(7, 7, 7, [])
    const f = follower(empty)
    const fx = f.onFetchResponse(
      f.nextFetch(0, empty)!,
      answer({ highWatermark: 9, batches: [batch(5, 9, 3)] }),
      empty,
      0,
    )
    expect(fx.map((e) => e.kind)).toEqual(['truncateFullyAndStartAt', 'append', 'updateHighWatermark'])
    expect(fx[0]).toEqual({ kind: 'truncateFullyAndStartAt', offset: 5 })
    const full = new FakeLog(0, 7, 7, [[3, 0]])
    const g = new FollowerState({ leaderId: 2, leaderEpoch: 4, log: full })
    expect(g.onFetchResponse(g.nextFetch(0, full)!, answer({ batches: [batch(5, 9, 3)] }), full, 0)).toEqual([])
    expect(g.phase).toEqual({ kind: 'failed', reason: 'batch at 5 below the log end 7' })
    expect(g.nextFetch(0, full)).toBeUndefined()
  })

  it('ignores an answer to a position it no longer has', () => {
    const log = new FakeLog(0, 5, 5, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    const req = f.nextFetch(0, log)!
    expect(f.onFetchResponse({ ...req, fetchOffset: 4 }, answer({ batches: [batch(4, 4, 1)] }), log, 0)).toEqual([])
    expect(f.onFetchResponse({ ...req, currentLeaderEpoch: 3 }, answer({ errorCode: 74 }), log, 0)).toEqual([])
    expect(f.phase.kind).toBe('fetching')
  })
})

describe('diverging epoch', () => {
  const truncateTo = (epochs: [number, number][], leo: number, diverging: { epoch: number; endOffset: number }) => {
    const log = new FakeLog(0, leo, leo, epochs)
    const f = follower(log, 6)
    const fx = f.onFetchResponse(f.nextFetch(0, log)!, answer({ divergingEpoch: diverging }), log, 0)
    expect(f.phase.kind).toBe('truncating')
    log.apply(fx)
    f.onTruncated(log)
    return { fx, next: f.nextFetch(0, log) }
  }

  it('truncates to where the leader epoch ended when both logs know the epoch', () => {
    const { fx, next } = truncateTo(
      [
        [1, 0],
        [3, 10],
      ],
      25,
      { epoch: 3, endOffset: 20 },
    )
    expect(fx).toEqual([{ kind: 'truncate', offset: 20 }])
    expect(next).toMatchObject({ fetchOffset: 20, lastFetchedEpoch: 3 })
  })

  it('truncates to the end of its largest earlier epoch when it does not know the leader epoch', () => {
    const { fx, next } = truncateTo(
      [
        [1, 0],
        [4, 10],
      ],
      25,
      { epoch: 3, endOffset: 15 },
    )
    expect(fx).toEqual([{ kind: 'truncate', offset: 10 }])
    expect(next).toMatchObject({ fetchOffset: 10, lastFetchedEpoch: 1 })
  })

  it('truncates to the leader offset for an epoch older than all of its own', () => {
    const { fx } = truncateTo([[2, 5]], 12, { epoch: 1, endOffset: 3 })
    expect(fx).toEqual([{ kind: 'truncate', offset: 3 }])
  })

  it('uses the leader offset when its own cache has no epoch at or below it', () => {
    const { fx } = truncateTo([], 12, { epoch: 1, endOffset: 8 })
    expect(fx).toEqual([{ kind: 'truncate', offset: 8 }])
  })
})

describe('errors', () => {
  it('OFFSET_OUT_OF_RANGE asks for the leader offsets: a shorter leader log truncates ours', () => {
    const log = new FakeLog(0, 25, 20, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    f.onFetchResponse(f.nextFetch(0, log)!, answer({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }), log, 0)
    expect(f.wantsLeaderOffsets).toBe(true)
    expect(f.nextFetch(0, log)).toBeUndefined()
    expect(f.onLeaderOffsets({ logEndOffset: 22, logStartOffset: 0 }, log)).toEqual([{ kind: 'truncate', offset: 22 }])
  })

  it('OFFSET_OUT_OF_RANGE below the leader log start starts empty there; otherwise fetches again', () => {
    const log = new FakeLog(0, 25, 20, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    f.onFetchResponse(f.nextFetch(0, log)!, answer({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }), log, 0)
    expect(f.onLeaderOffsets({ logEndOffset: 90, logStartOffset: 40 }, log)).toEqual([
      { kind: 'truncateFullyAndStartAt', offset: 40 },
    ])
    const g = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    g.onFetchResponse(g.nextFetch(0, log)!, answer({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }), log, 0)
    expect(g.onLeaderOffsets({ logEndOffset: 90, logStartOffset: 10 }, log)).toEqual([])
    expect(g.nextFetch(0, log)?.fetchOffset).toBe(25)
    const h = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    h.onFetchResponse(h.nextFetch(0, log)!, answer({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }), log, 0)
    h.onLeaderOffsetsFailed(ErrorCode.NOT_LEADER_OR_FOLLOWER, 100)
    expect(h.wakeAtMs).toBe(1100)
  })

  it('FENCED_LEADER_EPOCH waits for metadata with a newer epoch', () => {
    const log = new FakeLog(0, 5, 5, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    f.onFetchResponse(f.nextFetch(0, log)!, answer({ errorCode: ErrorCode.FENCED_LEADER_EPOCH }), log, 0)
    expect(f.phase).toEqual({ kind: 'fenced' })
    expect(f.nextFetch(99_999, log)).toBeUndefined()
    f.onBecomeFollower(3, 5, log)
    expect(f.nextFetch(0, log)?.currentLeaderEpoch).toBe(5)
  })

  it.each([
    ErrorCode.NOT_LEADER_OR_FOLLOWER,
    ErrorCode.UNKNOWN_LEADER_EPOCH,
    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    ErrorCode.UNKNOWN_TOPIC_ID,
    ErrorCode.INCONSISTENT_TOPIC_ID,
    ErrorCode.KAFKA_STORAGE_ERROR,
  ])('error %i backs off replica.fetch.backoff.ms and retries the same position', (errorCode) => {
    const log = new FakeLog(0, 5, 5, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log })
    const req = f.nextFetch(100, log)!
    expect(f.onFetchResponse(req, answer({ errorCode }), log, 100)).toEqual([])
    expect(f.phase).toEqual({ kind: 'delayed', untilMs: 1100, errorCode })
    expect(f.nextFetch(1099, log)).toBeUndefined()
    expect(f.nextFetch(1100, log)).toEqual(req)
  })

  it('a failed request backs off; a storage error on append stops until new metadata', () => {
    const log = new FakeLog(0, 5, 5, [[1, 0]])
    const f = new FollowerState({ leaderId: 2, leaderEpoch: 4, log, fetchBackoffMs: 50 })
    f.onFetchFailed(f.nextFetch(0, log)!, 10)
    expect(f.wakeAtMs).toBe(60)
    f.nextFetch(60, log)
    f.onAppendFailed('storage', 70)
    expect(f.phase.kind).toBe('failed')
    f.onBecomeFollower(2, 4, log)
    expect(f.phase.kind).toBe('fetching')
  })
})

describe('fetchedPartition', () => {
  it('reads whole batches from the wire and drops a partial trailing one', async () => {
    const rec = { timestamp: 1n, key: null, value: Buffer.from('v') }
    const a = await encodeBatch({ records: [rec, rec, rec] })
    const b = await encodeBatch({ records: [rec] })
    assignOffsetAndEpoch(a, 0, { baseOffset: 10n, partitionLeaderEpoch: 2 })
    assignOffsetAndEpoch(b, 0, { baseOffset: 13n, partitionLeaderEpoch: 3 })
    const bytes = Buffer.concat([a, b, b.subarray(0, 20)])
    const data = {
      ...defaultPartitionData(),
      highWatermark: 12n,
      logStartOffset: 4n,
      records: bytes,
    }
    const fetched = fetchedPartition(data)
    expect(fetched.batches).toEqual([batch(10, 12, 2), batch(13, 13, 3)])
    expect(fetched.records?.length).toBe(a.length + b.length)
    expect(fetched.highWatermark).toBe(12)
    expect(fetched.logStartOffset).toBe(4)
    expect(fetched.divergingEpoch).toBeUndefined()
    const diverging = fetchedPartition({ ...data, records: null, divergingEpoch: { epoch: 2, endOffset: 11n } })
    expect(diverging.divergingEpoch).toEqual({ epoch: 2, endOffset: 11 })
    expect(diverging.batches).toEqual([])
  })
})
