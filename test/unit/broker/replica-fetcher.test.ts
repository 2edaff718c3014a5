// Goal: the replica fetch loop (src/broker/replica-fetcher.ts) sends exactly the Fetch and
// ListOffsets requests Kafka's ReplicaFetcherThread would, and applies each answer to a real
// follower log: appends the leader's bytes untouched, truncates on a diverging epoch, truncates or
// starts over after OFFSET_OUT_OF_RANGE, backs off replica.fetch.backoff.ms after errors, drops
// corrupt batches, ignores answers that arrive after the partition moved to a new leader epoch or
// stopped being followed, and leaves the leader's producer state, aborted-transaction index and
// last stable offset after transactional batches and markers.
// Method: a fake transport that hands each request to the test and lets it answer by hand; a
// ManualClock and ManualScheduler for backoffs; a PartitionLog on a temp dir as the follower's log,
// and batches built with the records codec carrying the leader's offsets and epochs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BrokerClients } from '../../../src/broker/broker-clients.js'
import { epochEntries } from '../../../src/broker/log-summary.js'
import {
  DEFAULT_REPLICA_FETCHER_CONFIG,
  REPLICA_FETCH_VERSION,
  REPLICA_LIST_OFFSETS_VERSION,
  ReplicaFetcher,
  replicaFetcherConfig,
} from '../../../src/broker/replica-fetcher.js'
import { fetcherId } from '../../../src/broker/replica-fetchers.js'
import type { PartitionLog } from '../../../src/log/partition-log.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import type { ApiDefinition } from '../../../src/protocol/generated/api-table.js'
import type { FetchRequest } from '../../../src/protocol/generated/message/fetch-request.js'
import { defaultPartitionData, type FetchResponse } from '../../../src/protocol/generated/message/fetch-response.js'
import type { ListOffsetsRequest } from '../../../src/protocol/generated/message/list-offsets-request.js'
import type { ListOffsetsResponse } from '../../../src/protocol/generated/message/list-offsets-response.js'
import { assignOffsetAndEpoch } from '../../../src/protocol/records/batch.js'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'
import { batch, openLog, tempDir } from '../log/log-kit.js'
import { markerBatch, txnBatch } from '../log/txn-kit.js'

const TOPIC = 'orders'
const TOPIC_ID = Buffer.from('00112233445566778899aabbccddeeff', 'hex')
const LEADER = 1
const LOCAL = 2

interface Sent {
  readonly brokerId: number
  readonly api: string
  readonly version: number
  readonly body: unknown
  readonly resolve: (value: unknown) => void
  readonly reject: (err: unknown) => void
}

/** Hands every request to the test, which answers it (or fails it) by hand. */
class FakeClients implements BrokerClients {
  private readonly queued: Sent[] = []
  private readonly waiters: ((s: Sent) => void)[] = []

  request<Req, Res>(brokerId: number, api: ApiDefinition<Req, Res>, version: number, body: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      const sent: Sent = { brokerId, api: api.name, version, body, resolve: resolve as (v: unknown) => void, reject }
      const waiter = this.waiters.shift()
      if (waiter !== undefined) waiter(sent)
      else this.queued.push(sent)
    })
  }

  next(): Promise<Sent> {
    const sent = this.queued.shift()
    if (sent !== undefined) return Promise.resolve(sent)
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  get queuedCount(): number {
    return this.queued.length
  }

  async close(): Promise<void> {}
}

class TransportError extends Error {
  constructor(readonly reason: string) {
    super(reason)
  }
}

/** Lets the fetch loop run until it waits on the transport or a timer. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve))
}

/** Leader batches: [baseOffset, count, epoch] each, as whole v2 batches back to back. */
async function leaderBatches(...specs: [number, number, number][]): Promise<Buffer> {
  const parts: Buffer[] = []
  for (const [baseOffset, count, epoch] of specs) {
    const b = await batch({ count, tag: `${baseOffset}-${epoch}` })
    assignOffsetAndEpoch(b, 0, { baseOffset: BigInt(baseOffset), partitionLeaderEpoch: epoch })
    parts.push(b)
  }
  return Buffer.concat(parts)
}

function fetchAnswer(
  partition: Partial<{
    errorCode: number
    highWatermark: number
    logStartOffset: number
    records: Buffer | null
    divergingEpoch: { epoch: number; endOffset: number }
  }>,
  sessionId = 0,
): FetchResponse {
  const data = defaultPartitionData()
  data.partitionIndex = 0
  data.errorCode = partition.errorCode ?? ErrorCode.NONE
  data.highWatermark = BigInt(partition.highWatermark ?? 0)
  data.logStartOffset = BigInt(partition.logStartOffset ?? 0)
  data.records = partition.records ?? null
  if (partition.divergingEpoch !== undefined) {
    data.divergingEpoch = {
      epoch: partition.divergingEpoch.epoch,
      endOffset: BigInt(partition.divergingEpoch.endOffset),
    }
  }
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    sessionId,
    responses: [{ topic: '', topicId: TOPIC_ID, partitions: [data] }],
    nodeEndpoints: [],
  }
}

function listOffsetsAnswer(offset: number, errorCode: number = ErrorCode.NONE): ListOffsetsResponse {
  return {
    throttleTimeMs: 0,
    topics: [
      {
        name: TOPIC,
        partitions: [
          { partitionIndex: 0, errorCode, oldStyleOffsets: [], timestamp: -1n, offset: BigInt(offset), leaderEpoch: 3 },
        ],
      },
    ],
  }
}

/** What the follower's fetch of partition 0 asked for. */
function position(sent: Sent) {
  expect(sent.api).toBe('Fetch')
  const body = sent.body as FetchRequest
  expect(body.topics.length).toBe(1)
  const p = body.topics[0]!.partitions[0]!
  return {
    fetchOffset: Number(p.fetchOffset),
    lastFetchedEpoch: p.lastFetchedEpoch,
    currentLeaderEpoch: p.currentLeaderEpoch,
    logStartOffset: Number(p.logStartOffset),
  }
}

function allBytes(log: PartitionLog): Buffer {
  const read = log.read({
    fetchOffset: log.logStartOffset,
    maxBytes: 1 << 30,
    maxOffset: log.logEndOffset,
    minOneBatch: true,
  })
  expect(read.ok).toBe(true)
  return read.ok ? read.records : Buffer.alloc(0)
}

let dir: { dir: string; cleanup: () => void }
let log: PartitionLog
let clock: ManualClock
let scheduler: ManualScheduler
let clients: FakeClients
let fetcher: ReplicaFetcher | undefined

beforeEach(() => {
  dir = tempDir()
  clock = new ManualClock({ monotonicMs: 0, wallMs: 1_700_000_000_000 })
  log = openLog(dir.dir, {}, { clock }).log
  scheduler = new ManualScheduler(clock)
  clients = new FakeClients()
})

afterEach(async () => {
  await fetcher?.close()
  fetcher = undefined
  await log.close()
  dir.cleanup()
})

function start(leaderEpoch = 3): ReplicaFetcher {
  fetcher = new ReplicaFetcher({
    localBrokerId: LOCAL,
    sourceBrokerId: LEADER,
    clients: () => clients,
    brokerEpoch: () => 77n,
    getLog: (tp) => (tp.topic === TOPIC && tp.partition === 0 ? log : undefined),
    config: DEFAULT_REPLICA_FETCHER_CONFIG,
    clock,
    scheduler,
  })
  fetcher.addPartitions([{ topic: TOPIC, topicId: TOPIC_ID, partition: 0, leaderEpoch }])
  return fetcher
}

/** Advances the manual clock and runs due timers, then lets the loop run. */
async function advance(ms: number): Promise<void> {
  clock.advance(ms)
  scheduler.runDue()
  await settle()
}

describe('fetching', () => {
  it('sends Fetch v16 as replica with Kafka default sizes, appends the leader bytes untouched and follows its HW', async () => {
    start()
    const first = await clients.next()
    expect([first.brokerId, first.api, first.version]).toEqual([LEADER, 'Fetch', REPLICA_FETCH_VERSION])
    const body = first.body as FetchRequest
    expect(body.replicaState).toEqual({ replicaId: LOCAL, replicaEpoch: 77n })
    expect(body.replicaId).toBe(-1)
    expect([body.maxWaitMs, body.minBytes, body.maxBytes, body.isolationLevel]).toEqual([500, 1, 10_485_760, 0])
    // A full fetch asking for a session (KIP-227); the fake leader never gives one.
    expect([body.sessionId, body.sessionEpoch]).toEqual([0, 0])
    expect(body.topics.map((t) => t.topicId.toString('hex'))).toEqual([TOPIC_ID.toString('hex')])
    expect(body.topics[0]!.partitions[0]).toMatchObject({
      partition: 0,
      currentLeaderEpoch: 3,
      fetchOffset: 0n,
      lastFetchedEpoch: -1,
      logStartOffset: 0n,
      partitionMaxBytes: 1_048_576,
    })

    const records = await leaderBatches([0, 3, 1], [3, 2, 3])
    first.resolve(fetchAnswer({ highWatermark: 4, records }))
    const second = await clients.next()
    expect(position(second)).toEqual({ fetchOffset: 5, lastFetchedEpoch: 3, currentLeaderEpoch: 3, logStartOffset: 0 })
    expect(log.logEndOffset).toBe(5)
    expect(log.highWatermark).toBe(4)
    expect(allBytes(log).equals(records)).toBe(true)
    expect(epochEntries(log, -1)).toEqual([
      { epoch: 1, startOffset: 0 },
      { epoch: 3, startOffset: 3 },
    ])

    // An empty answer moves only the high watermark (capped by the local log end).
    second.resolve(fetchAnswer({ highWatermark: 9 }))
    const third = await clients.next()
    expect(position(third).fetchOffset).toBe(5)
    expect(log.highWatermark).toBe(5)
  })

  it('a partial trailing batch is left for the next fetch', async () => {
    start()
    const first = await clients.next()
    const whole = await leaderBatches([0, 2, 3])
    const next = await leaderBatches([2, 2, 3])
    first.resolve(fetchAnswer({ highWatermark: 4, records: Buffer.concat([whole, next.subarray(0, 30)]) }))
    const second = await clients.next()
    expect(position(second).fetchOffset).toBe(2)
    expect(allBytes(log).equals(whole)).toBe(true)
  })

  it('a follower that knows its epochs starts at its log end with its latest epoch', async () => {
    log.appendAsFollower(await leaderBatches([0, 3, 1], [3, 3, 2]))
    start(4)
    expect(position(await clients.next())).toEqual({
      fetchOffset: 6,
      lastFetchedEpoch: 2,
      currentLeaderEpoch: 4,
      logStartOffset: 0,
    })
  })

  it('moves its log start offset up to the leader’s, never past its high watermark', async () => {
    start()
    const first = await clients.next()
    first.resolve(fetchAnswer({ highWatermark: 6, records: await leaderBatches([0, 3, 3], [3, 3, 3]) }))
    const second = await clients.next()
    second.resolve(fetchAnswer({ highWatermark: 6, logStartOffset: 3 }))
    const third = await clients.next()
    expect(log.logStartOffset).toBe(3)
    expect(position(third)).toEqual({ fetchOffset: 6, lastFetchedEpoch: 3, currentLeaderEpoch: 3, logStartOffset: 3 })
  })
})

describe('truncation', () => {
  it('truncates to where its epoch ends on the leader (diverging epoch), then fetches from there', async () => {
    log.appendAsFollower(await leaderBatches([0, 3, 1], [3, 1, 2], [4, 1, 2], [5, 1, 2]))
    start(3)
    const first = await clients.next()
    expect(position(first)).toEqual({ fetchOffset: 6, lastFetchedEpoch: 2, currentLeaderEpoch: 3, logStartOffset: 0 })
    first.resolve(fetchAnswer({ highWatermark: 4, divergingEpoch: { epoch: 2, endOffset: 4 } }))
    const second = await clients.next()
    expect(log.logEndOffset).toBe(4)
    expect(position(second)).toEqual({ fetchOffset: 4, lastFetchedEpoch: 2, currentLeaderEpoch: 3, logStartOffset: 0 })
    const tail = await leaderBatches([4, 2, 3])
    second.resolve(fetchAnswer({ highWatermark: 6, records: tail }))
    const third = await clients.next()
    expect(position(third)).toEqual({ fetchOffset: 6, lastFetchedEpoch: 3, currentLeaderEpoch: 3, logStartOffset: 0 })
    expect(epochEntries(log, -1)).toEqual([
      { epoch: 1, startOffset: 0 },
      { epoch: 2, startOffset: 3 },
      { epoch: 3, startOffset: 4 },
    ])
    expect(allBytes(log).subarray(-tail.length).equals(tail)).toBe(true)
  })

  it('an epoch the leader never had: truncates to the end of the leader’s earlier epoch', async () => {
    log.appendAsFollower(await leaderBatches([0, 2, 1], [2, 2, 2], [4, 2, 2]))
    start(3)
    const first = await clients.next()
    expect(position(first).lastFetchedEpoch).toBe(2)
    // The leader's largest epoch <= 2 is 1, which ends at 3 there.
    first.resolve(fetchAnswer({ highWatermark: 3, divergingEpoch: { epoch: 1, endOffset: 3 } }))
    const second = await clients.next()
    // Our epoch 1 ends at 2: truncation goes to 2 (min of both ends), the whole-batch boundary.
    expect(log.logEndOffset).toBe(2)
    expect(position(second)).toEqual({ fetchOffset: 2, lastFetchedEpoch: 1, currentLeaderEpoch: 3, logStartOffset: 0 })
  })
})

describe('out of range', () => {
  it('asks the leader for its offsets and truncates to a shorter leader log', async () => {
    log.appendAsFollower(await leaderBatches([0, 5, 1], [5, 5, 1]))
    start(3)
    const first = await clients.next()
    expect(position(first).fetchOffset).toBe(10)
    first.resolve(fetchAnswer({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }))
    const a = await clients.next()
    const b = await clients.next()
    const [latest, earliest] = [a, b].sort(
      (x, y) =>
        Number((y.body as ListOffsetsRequest).topics[0]!.partitions[0]!.timestamp) -
        Number((x.body as ListOffsetsRequest).topics[0]!.partitions[0]!.timestamp),
    ) as [Sent, Sent]
    for (const sent of [latest, earliest]) {
      expect([sent.api, sent.version, sent.brokerId]).toEqual(['ListOffsets', REPLICA_LIST_OFFSETS_VERSION, LEADER])
      expect((sent.body as ListOffsetsRequest).replicaId).toBe(LOCAL)
      expect((sent.body as ListOffsetsRequest).topics[0]!.partitions[0]!.currentLeaderEpoch).toBe(3)
    }
    expect((latest.body as ListOffsetsRequest).topics[0]!.partitions[0]!.timestamp).toBe(-1n)
    expect((earliest.body as ListOffsetsRequest).topics[0]!.partitions[0]!.timestamp).toBe(-2n)
    latest.resolve(listOffsetsAnswer(5))
    earliest.resolve(listOffsetsAnswer(0))
    const again = await clients.next()
    expect(log.logEndOffset).toBe(5)
    expect(position(again)).toEqual({ fetchOffset: 5, lastFetchedEpoch: 1, currentLeaderEpoch: 3, logStartOffset: 0 })
  })

  it('starts empty at the leader’s log start when the leader starts past our end', async () => {
    log.appendAsFollower(await leaderBatches([0, 5, 1]))
    start(3)
    ;(await clients.next()).resolve(fetchAnswer({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }))
    const requests = [await clients.next(), await clients.next()]
    for (const sent of requests) {
      const timestamp = (sent.body as ListOffsetsRequest).topics[0]!.partitions[0]!.timestamp
      sent.resolve(listOffsetsAnswer(timestamp === -1n ? 25 : 20))
    }
    const again = await clients.next()
    expect([log.logStartOffset, log.logEndOffset, log.highWatermark]).toEqual([20, 20, 20])
    expect(position(again)).toEqual({
      fetchOffset: 20,
      lastFetchedEpoch: -1,
      currentLeaderEpoch: 3,
      logStartOffset: 20,
    })
  })

  it('a failed ListOffsets backs off, then fetches again', async () => {
    start(3)
    ;(await clients.next()).resolve(fetchAnswer({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }))
    const requests = [await clients.next(), await clients.next()]
    requests[0]!.resolve(listOffsetsAnswer(0, ErrorCode.NOT_LEADER_OR_FOLLOWER))
    requests[1]!.resolve(listOffsetsAnswer(0))
    await settle()
    await advance(999)
    expect(clients.queuedCount).toBe(0)
    await advance(1)
    expect(position(await clients.next()).fetchOffset).toBe(0)
  })
})

describe('errors and backoff', () => {
  it('a partition error backs off replica.fetch.backoff.ms, then fetches the same position', async () => {
    start()
    const first = await clients.next()
    first.resolve(fetchAnswer({ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }))
    await settle()
    await advance(999)
    expect(clients.queuedCount).toBe(0)
    await advance(1)
    expect(position(await clients.next())).toEqual(position(first))
  })

  it('a failed request and a top-level error back off every partition it carried', async () => {
    start()
    ;(await clients.next()).reject(new TransportError('disconnected'))
    await settle()
    await advance(999)
    expect(clients.queuedCount).toBe(0)
    await advance(1)
    const second = await clients.next()
    second.resolve({ ...fetchAnswer({}), errorCode: ErrorCode.UNKNOWN_SERVER_ERROR })
    await settle()
    await advance(999)
    expect(clients.queuedCount).toBe(0)
    await advance(1)
    expect(position(await clients.next()).fetchOffset).toBe(0)
  })

  it('FENCED_LEADER_EPOCH stops fetching until a newer epoch is followed', async () => {
    const f = start(3)
    ;(await clients.next()).resolve(fetchAnswer({ errorCode: ErrorCode.FENCED_LEADER_EPOCH }))
    await settle()
    await advance(60_000)
    expect(clients.queuedCount).toBe(0)
    f.addPartitions([{ topic: TOPIC, topicId: TOPIC_ID, partition: 0, leaderEpoch: 5 }])
    expect(position(await clients.next()).currentLeaderEpoch).toBe(5)
  })

  it('a corrupt batch is not appended; the same offset is fetched after the backoff', async () => {
    start()
    const first = await clients.next()
    const records = await leaderBatches([0, 2, 3])
    const corrupt = Buffer.from(records)
    corrupt[corrupt.length - 1]! ^= 0xff
    first.resolve(fetchAnswer({ highWatermark: 2, records: corrupt }))
    await settle()
    expect(log.logEndOffset).toBe(0)
    await advance(1000)
    const second = await clients.next()
    expect(position(second).fetchOffset).toBe(0)
    second.resolve(fetchAnswer({ highWatermark: 2, records }))
    await clients.next()
    expect(allBytes(log).equals(records)).toBe(true)
  })
})

describe('leadership changes', () => {
  it('an answer to a fetch made under the previous leader epoch is dropped', async () => {
    const f = start(3)
    const old = await clients.next()
    f.addPartitions([{ topic: TOPIC, topicId: TOPIC_ID, partition: 0, leaderEpoch: 4 }])
    old.resolve(fetchAnswer({ highWatermark: 2, records: await leaderBatches([0, 2, 3]) }))
    const next = await clients.next()
    expect(log.logEndOffset).toBe(0)
    expect(position(next)).toEqual({ fetchOffset: 0, lastFetchedEpoch: -1, currentLeaderEpoch: 4, logStartOffset: 0 })
  })

  it('an answer for a partition no longer followed is dropped, and nothing more is sent for it', async () => {
    const f = start(3)
    const old = await clients.next()
    f.removePartitions([{ topic: TOPIC, partition: 0 }])
    old.resolve(fetchAnswer({ highWatermark: 2, records: await leaderBatches([0, 2, 3]) }))
    await settle()
    await advance(10_000)
    expect(log.logEndOffset).toBe(0)
    expect(clients.queuedCount).toBe(0)
  })

  it('close returns while a fetch is still on the wire', async () => {
    const f = start(3)
    await clients.next()
    await f.close()
    fetcher = undefined
  })
})

describe('fetch sessions', () => {
  const sessionOf = (sent: Sent) => {
    const body = sent.body as FetchRequest
    return {
      sessionId: body.sessionId,
      sessionEpoch: body.sessionEpoch,
      partitions: body.topics.flatMap((t) => t.partitions.map((p) => [p.partition, Number(p.fetchOffset)])),
      forgotten: body.forgottenTopicsData.flatMap((t) => t.partitions),
    }
  }
  const noPartitions = (sessionId: number): FetchResponse => ({ ...fetchAnswer({}, sessionId), responses: [] })

  it('after a full fetch the leader gave a session for, requests name only changed partitions', async () => {
    start()
    const full = await clients.next()
    expect(sessionOf(full)).toEqual({ sessionId: 0, sessionEpoch: 0, partitions: [[0, 0]], forgotten: [] })
    full.resolve(fetchAnswer({ highWatermark: 0 }, 42))
    const second = await clients.next()
    expect(sessionOf(second)).toEqual({ sessionId: 42, sessionEpoch: 1, partitions: [], forgotten: [] })
    second.resolve(fetchAnswer({ highWatermark: 0, records: await leaderBatches([0, 2, 3]) }, 42))
    const third = await clients.next()
    expect(sessionOf(third)).toEqual({ sessionId: 42, sessionEpoch: 2, partitions: [[0, 2]], forgotten: [] })
    expect(log.logEndOffset).toBe(2)
    // An incremental answer without the partition: nothing new, the position stays.
    third.resolve(noPartitions(42))
    expect(sessionOf(await clients.next())).toEqual({ sessionId: 42, sessionEpoch: 3, partitions: [], forgotten: [] })
  })

  it('a partition error starts a new session: after the backoff the request is full', async () => {
    start()
    ;(await clients.next()).resolve(fetchAnswer({ highWatermark: 0 }, 42))
    const second = await clients.next()
    second.resolve(fetchAnswer({ errorCode: ErrorCode.UNKNOWN_TOPIC_ID }, 42))
    await settle()
    expect(clients.queuedCount).toBe(0)
    await advance(1000)
    expect(sessionOf(await clients.next())).toEqual({
      sessionId: 42,
      sessionEpoch: 0,
      partitions: [[0, 0]],
      forgotten: [],
    })
  })

  it('a new leader epoch makes the next request full; session errors refetch in full at once', async () => {
    const f = start()
    ;(await clients.next()).resolve(fetchAnswer({ highWatermark: 0 }, 42))
    const second = await clients.next()
    f.addPartitions([{ topic: TOPIC, topicId: TOPIC_ID, partition: 0, leaderEpoch: 4 }])
    second.resolve(noPartitions(42))
    const third = await clients.next()
    expect(sessionOf(third)).toEqual({ sessionId: 42, sessionEpoch: 0, partitions: [[0, 0]], forgotten: [] })
    third.resolve(fetchAnswer({ highWatermark: 0 }, 43))
    const fourth = await clients.next()
    expect(sessionOf(fourth)).toMatchObject({ sessionId: 43, sessionEpoch: 1 })
    fourth.resolve({ ...noPartitions(0), errorCode: ErrorCode.INVALID_FETCH_SESSION_EPOCH })
    expect(sessionOf(await clients.next())).toEqual({
      sessionId: 43,
      sessionEpoch: 0,
      partitions: [[0, 0]],
      forgotten: [],
    })
  })
})

describe('transactions', () => {
  it('a follower’s producer state, aborted-transaction index and last stable offset match its leader’s', async () => {
    const leaderDir = tempDir()
    const leaderLog = openLog(leaderDir.dir, {}, { clock }).log
    try {
      for (const records of [await txnBatch(7, 0, 2), await txnBatch(8, 0, 1)]) {
        expect(leaderLog.appendFromClient(records, 3).kind).toBe('appended')
      }
      leaderLog.appendAsLeader(await markerBatch(7, 'ABORT'), 3)
      expect(leaderLog.appendFromClient(await txnBatch(7, 2, 1), 3).kind).toBe('appended')
      leaderLog.appendAsLeader(await markerBatch(7, 'COMMIT'), 3)
      leaderLog.updateHighWatermark(leaderLog.logEndOffset)
      const bytes = allBytes(leaderLog)

      start()
      ;(await clients.next()).resolve(fetchAnswer({ highWatermark: leaderLog.highWatermark, records: bytes }))
      expect(position(await clients.next()).fetchOffset).toBe(leaderLog.logEndOffset)
      expect(allBytes(log).equals(bytes)).toBe(true)
      expect(log.highWatermark).toBe(6)
      expect(log.lastStableOffset).toBe(leaderLog.lastStableOffset)
      expect(log.lastStableOffset).toBe(2)
      expect(log.collectAbortedTransactions(0, 6)).toEqual(leaderLog.collectAbortedTransactions(0, 6))
      expect(log.collectAbortedTransactions(0, 6).map((t) => [t.producerId, t.firstOffset])).toEqual([[7, 0]])
      for (const producerId of [7, 8])
        expect(log.producerStateOf(producerId)).toEqual(leaderLog.producerStateOf(producerId))
    } finally {
      await leaderLog.close()
      leaderDir.cleanup()
    }
  })
})

describe('a log changed behind the fetcher', () => {
  it('restarts the fetch state at the log as it is', async () => {
    start()
    ;(await clients.next()).resolve(fetchAnswer({ highWatermark: 0, records: await leaderBatches([0, 2, 3]) }))
    const second = await clients.next()
    expect(position(second).fetchOffset).toBe(2)
    log.appendAsFollower(await leaderBatches([2, 1, 3]))
    second.resolve(fetchAnswer({ highWatermark: 0 }))
    expect(position(await clients.next())).toEqual({
      fetchOffset: 3,
      lastFetchedEpoch: 3,
      currentLeaderEpoch: 3,
      logStartOffset: 0,
    })
  })
})

describe('config', () => {
  it('reads Kafka’s replica.* names and keeps defaults for missing or malformed values', () => {
    expect(replicaFetcherConfig(new Map())).toEqual(DEFAULT_REPLICA_FETCHER_CONFIG)
    expect(
      replicaFetcherConfig(
        new Map([
          ['replica.fetch.max.bytes', '2048'],
          ['replica.fetch.response.max.bytes', '4096'],
          ['replica.fetch.wait.max.ms', '100'],
          ['replica.fetch.min.bytes', '10'],
          ['replica.fetch.backoff.ms', 'soon'],
          ['num.replica.fetchers', '3'],
        ]),
      ),
    ).toEqual({
      fetchMaxBytes: 2048,
      fetchResponseMaxBytes: 4096,
      fetchWaitMaxMs: 100,
      fetchMinBytes: 10,
      fetchBackoffMs: 1000,
      numFetchers: 3,
      socketTimeoutMs: 30_000,
    })
  })

  it('spreads partitions over num.replica.fetchers as Kafka (abs(31 * topic.hashCode + partition) % n)', () => {
    // "orders".hashCode() = -1008770331 in Java.
    expect(fetcherId('orders', 0, 1)).toBe(0)
    expect(fetcherId('orders', 0, 7)).toBe(Math.abs((Math.imul(31, -1008770331) + 0) | 0) % 7)
    expect(fetcherId('orders', 5, 3)).toBe(Math.abs((Math.imul(31, -1008770331) + 5) | 0) % 3)
  })
})
