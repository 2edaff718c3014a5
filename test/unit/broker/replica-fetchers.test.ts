// Goal: the replica fetcher manager (src/broker/replica-fetchers.ts) keeps one fetch loop per
// source broker (and per fetcher id under num.replica.fetchers), moves a partition to its new
// leader's loop, restarts it at a new leader epoch in place, stops loops left without partitions,
// drops answers for partitions it no longer follows there, and stops everything on close.
// Method: a Broker stand-in with the fields the manager reads, a fake transport that hands each
// request to the test, PartitionLogs on temp dirs, a ManualClock and ManualScheduler.
import { pino } from 'pino'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Broker } from '../../../src/broker/broker.js'
import type { BrokerClients } from '../../../src/broker/broker-clients.js'
import { DEFAULT_REPLICA_FETCHER_CONFIG } from '../../../src/broker/replica-fetcher.js'
import { fetcherId, ReplicaFetcherManager } from '../../../src/broker/replica-fetchers.js'
import type { PartitionLog } from '../../../src/log/partition-log.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import type { ApiDefinition } from '../../../src/protocol/generated/api-table.js'
import type { FetchRequest } from '../../../src/protocol/generated/message/fetch-request.js'
import { defaultPartitionData, type FetchResponse } from '../../../src/protocol/generated/message/fetch-response.js'
import { assignOffsetAndEpoch } from '../../../src/protocol/records/batch.js'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'
import { batch, openLog, tempDir } from '../log/log-kit.js'

const TOPIC = 'events'
const TOPIC_ID = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex')
const LOCAL = 2

interface Sent {
  readonly brokerId: number
  readonly body: FetchRequest
  readonly resolve: (value: unknown) => void
  readonly reject: (err: unknown) => void
}

class FakeClients implements BrokerClients {
  readonly sent: Sent[] = []

  request<Req, Res>(brokerId: number, _api: ApiDefinition<Req, Res>, _version: number, body: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      this.sent.push({ brokerId, body: body as FetchRequest, resolve: resolve as (v: unknown) => void, reject })
    })
  }

  /** Requests not yet answered, by destination broker. */
  open(brokerId: number): Sent[] {
    return this.sent.filter((s) => s.brokerId === brokerId)
  }

  take(brokerId: number): Sent {
    const index = this.sent.findIndex((s) => s.brokerId === brokerId)
    expect(index).toBeGreaterThanOrEqual(0)
    return this.sent.splice(index, 1)[0]!
  }

  async close(): Promise<void> {}
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve))
}

function partitionsOf(sent: Sent): [number, number, number][] {
  return sent.body.topics.flatMap((t) =>
    t.partitions.map((p): [number, number, number] => [p.partition, p.currentLeaderEpoch, Number(p.fetchOffset)]),
  )
}

function answer(partitions: { partition: number; records?: Buffer; highWatermark?: number }[]): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    sessionId: 0,
    responses: [
      {
        topic: '',
        topicId: TOPIC_ID,
        partitions: partitions.map((p) => ({
          ...defaultPartitionData(),
          partitionIndex: p.partition,
          highWatermark: BigInt(p.highWatermark ?? 0),
          logStartOffset: 0n,
          records: p.records ?? null,
        })),
      },
    ],
    nodeEndpoints: [],
  }
}

let dirs: { dir: string; cleanup: () => void }[]
let logs: PartitionLog[]
let clock: ManualClock
let clients: FakeClients
let manager: ReplicaFetcherManager

function makeManager(numFetchers = 1): ReplicaFetcherManager {
  const broker = {
    nodeId: LOCAL,
    clusterId: 'cluster',
    brokerClients: clients,
    image: { brokers: new Map([[LOCAL, { brokerEpoch: 9n }]]) },
    logs: {
      getLog: (tp: { topic: string; partition: number }) => (tp.topic === TOPIC ? logs[tp.partition] : undefined),
    },
    clock,
    logger: pino({ level: 'silent' }),
    config: { properties: new Map() },
  } as unknown as Broker
  return new ReplicaFetcherManager(broker, {
    config: { ...DEFAULT_REPLICA_FETCHER_CONFIG, numFetchers },
    scheduler: new ManualScheduler(clock),
  })
}

beforeEach(() => {
  dirs = [tempDir(), tempDir(), tempDir()]
  clock = new ManualClock({ monotonicMs: 0, wallMs: 1_700_000_000_000 })
  logs = dirs.map((d) => openLog(d.dir, {}, { clock }).log)
  clients = new FakeClients()
  manager = makeManager()
})

afterEach(async () => {
  await manager.close()
  for (const log of logs) await log.close()
  for (const d of dirs) d.cleanup()
})

const assignment = (partition: number, leaderId: number, leaderEpoch: number) => ({
  topic: TOPIC,
  topicId: TOPIC_ID,
  partition,
  leaderId,
  leaderEpoch,
})

it('one loop per source broker carries all the partitions followed from it', async () => {
  manager.follow([assignment(0, 1, 4), assignment(1, 1, 4), assignment(2, 3, 7)])
  await settle()
  expect(manager.fetcherCount).toBe(2)
  expect(clients.sent.map((s) => [s.brokerId, partitionsOf(s)])).toEqual([
    [
      1,
      [
        [0, 4, 0],
        [1, 4, 0],
      ],
    ],
    [3, [[2, 7, 0]]],
  ])
  expect(clients.sent[0]!.body.replicaState).toEqual({ replicaId: LOCAL, replicaEpoch: 9n })
})

it('a new leader moves the partition to that broker’s loop; the old loop’s answer for it is dropped', async () => {
  manager.follow([assignment(0, 1, 4), assignment(1, 1, 4)])
  await settle()
  const old = clients.take(1)
  manager.follow([assignment(0, 3, 5)])
  expect(manager.fetcherOf({ topic: TOPIC, partition: 0 })?.sourceBrokerId).toBe(3)
  expect(manager.fetcherOf({ topic: TOPIC, partition: 1 })?.sourceBrokerId).toBe(1)
  const records = await batch({ count: 2 })
  assignOffsetAndEpoch(records, 0, { baseOffset: 0n, partitionLeaderEpoch: 4 })
  old.resolve(
    answer([
      { partition: 0, records, highWatermark: 2 },
      { partition: 1, records, highWatermark: 2 },
    ]),
  )
  await settle()
  // Partition 0 is no longer this loop's: its bytes are not written; partition 1's are.
  expect(logs[0]!.logEndOffset).toBe(0)
  expect(logs[1]!.logEndOffset).toBe(2)
  expect(partitionsOf(clients.take(3))).toEqual([[0, 5, 0]])
  expect(partitionsOf(clients.take(1))).toEqual([[1, 4, 2]])
})

it('a new leader epoch from the same leader stays in its loop and restarts at the log end', async () => {
  manager.follow([assignment(0, 1, 4)])
  await settle()
  const fetcher = manager.fetcherOf({ topic: TOPIC, partition: 0 })
  manager.follow([assignment(0, 1, 6)])
  expect(manager.fetcherOf({ topic: TOPIC, partition: 0 })).toBe(fetcher)
  clients.take(1).resolve(answer([{ partition: 0 }]))
  await settle()
  expect(partitionsOf(clients.take(1))).toEqual([[0, 6, 0]])
})

it('a loop left without partitions stops; leaderless partitions are unfollowed', async () => {
  manager.follow([assignment(0, 1, 4), assignment(1, 3, 4)])
  await settle()
  expect(manager.fetcherCount).toBe(2)
  await manager.unfollow([{ topic: TOPIC, partition: 0 }])
  expect(manager.fetcherCount).toBe(1)
  manager.follow([assignment(1, -1, 5)])
  await settle()
  expect(manager.fetcherCount).toBe(0)
  expect(manager.fetcherOf({ topic: TOPIC, partition: 1 })).toBeUndefined()
})

it('num.replica.fetchers spreads one source broker’s partitions by Kafka’s fetcher id', async () => {
  await manager.close()
  manager = makeManager(2)
  manager.follow([assignment(0, 1, 4), assignment(1, 1, 4), assignment(2, 1, 4)])
  await settle()
  const ids = [0, 1, 2].map((p) => fetcherId(TOPIC, p, 2))
  expect(manager.fetcherCount).toBe(new Set(ids).size)
  for (const p of [0, 1, 2]) {
    for (const q of [0, 1, 2]) {
      const same =
        manager.fetcherOf({ topic: TOPIC, partition: p }) === manager.fetcherOf({ topic: TOPIC, partition: q })
      expect(same).toBe(ids[p] === ids[q])
    }
  }
})

it('close stops every loop while fetches are still on the wire', async () => {
  manager.follow([assignment(0, 1, 4), assignment(1, 3, 4)])
  await settle()
  expect(clients.sent.length).toBe(2)
  await manager.close()
  expect(manager.fetcherCount).toBe(0)
  manager.follow([assignment(0, 1, 5)])
  await settle()
  expect(clients.sent.length).toBe(2)
})
