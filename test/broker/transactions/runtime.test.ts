// Goal: the transaction coordinator's driver does what Kafka's does around the pure shard: records
// are appended before the answer, markers go out only after it, grouped by partition leader with
// the partition's leader epoch as coordinator epoch; a retriable marker error is sent again after
// the backoff and the transaction completes only when every partition has its marker; a reload
// (new leader epoch) replays the log and resumes the markers of a PrepareCommit transaction.
// Method: the runtime on a real PartitionLog in a temp dir, a hand-built metadata image, a
// ManualClock and ManualScheduler, and a fake `sendMarkers` that records requests and answers
// from a script.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  TRANSACTION_STATE_TOPIC,
  TransactionCoordinatorRuntime,
  type TransactionCoordinatorRuntimeOptions,
} from '../../../src/coordinator/transaction/runtime.js'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG } from '../../../src/log/log-config.js'
import { PartitionLog } from '../../../src/log/partition-log.js'
import { EMPTY_IMAGE, type MetadataImage, type TopicImage } from '../../../src/metadata/image.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import type { WriteTxnMarkersRequest } from '../../../src/protocol/generated/message/write-txn-markers-request.js'
import type { WriteTxnMarkersResponse } from '../../../src/protocol/generated/message/write-txn-markers-response.js'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'

const NODE = 1
const OTHER = 2

let dir: string
let log: PartitionLog
let clock: ManualClock
let scheduler: ManualScheduler
let image: MetadataImage
let sent: Array<{ leader: number; request: WriteTxnMarkersRequest }>
/** The error each partition answers next, by `topic:partition`; NONE when absent. */
let script: Map<string, number[]>

function topic(name: string, leaders: number[], leaderEpoch = 0): TopicImage {
  return {
    name,
    topicId: Buffer.alloc(16, name.length),
    partitions: leaders.map((leader, partition) => ({
      partition,
      replicas: [leader],
      isr: [leader],
      leader,
      leaderEpoch,
      partitionEpoch: 0,
    })),
  }
}

function withTopics(...topics: TopicImage[]): MetadataImage {
  return { ...EMPTY_IMAGE, topicsByName: new Map(topics.map((t) => [t.name, t])) }
}

function runtime(): TransactionCoordinatorRuntime {
  let nextId = 100n
  const options: TransactionCoordinatorRuntimeOptions = {
    nodeId: NODE,
    numPartitions: 1,
    replicationFactor: 1,
    minInsyncReplicas: 1,
    segmentBytes: 1 << 20,
    logs: { getLog: (tp) => (tp.topic === TRANSACTION_STATE_TOPIC ? log : undefined) },
    image: () => image,
    // The replica manager's part for an RF=1 partition: the append is committed at once.
    onAppend: () => log.updateHighWatermark(log.logEndOffset),
    createTopic: async () => ({ errorCode: ErrorCode.NONE, message: null }),
    generateProducerId: async () => nextId++,
    groupPartition: () => 0,
    sendMarkers: async (leader, request): Promise<WriteTxnMarkersResponse> => {
      sent.push({ leader, request })
      return {
        markers: request.markers.map((m) => ({
          producerId: m.producerId,
          topics: m.topics.map((t) => ({
            name: t.name,
            partitions: t.partitionIndexes.map((partitionIndex) => ({
              partitionIndex,
              errorCode: script.get(`${t.name}:${partitionIndex}`)?.shift() ?? ErrorCode.NONE,
            })),
          })),
        })),
      }
    },
    scheduler,
    clock,
    logger: pino({ level: 'silent' }),
  }
  return new TransactionCoordinatorRuntime(options)
}

/** Lets the runtime's promises (loading, sendMarkers) settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve))
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-txn-runtime-'))
  clock = new ManualClock({ wallMs: 1_000_000 })
  scheduler = new ManualScheduler(clock)
  log = PartitionLog.open({ fs: nodeFileSystem, dir, config: DEFAULT_LOG_CONFIG, clock, hadCleanShutdown: true })
  sent = []
  script = new Map()
  image = withTopics(topic(TRANSACTION_STATE_TOPIC, [NODE], 3), topic('data', [NODE, OTHER]))
})

afterEach(async () => {
  await log.close()
  rmSync(dir, { recursive: true, force: true })
})

async function beginCommit(rt: TransactionCoordinatorRuntime) {
  const ctx = { apiVersion: 4 }
  const fail = (errorCode: number) => {
    throw new Error(`error ${errorCode}`)
  }
  const init = await rt.initProducerId(
    ctx,
    { transactionalId: 't', transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 },
    fail,
  )
  expect(init).toMatchObject({ errorCode: ErrorCode.NONE, producerId: 100n, producerEpoch: 0 })
  const added = await rt.addPartitionsToTxn(
    { apiVersion: 3 },
    {
      transactionalId: 't',
      producerId: 100n,
      producerEpoch: 0,
      verifyOnly: false,
      topics: [{ name: 'data', partitions: [0, 1] }],
    },
    fail,
  )
  expect(added.topicResults[0]!.resultsByPartition.map((r) => r.partitionErrorCode)).toEqual([0, 0])
  const logEnd = log.logEndOffset
  const ended = await rt.endTxn(
    ctx,
    { transactionalId: 't', producerId: 100n, producerEpoch: 0, committed: true },
    fail,
  )
  expect(ended.errorCode).toBe(ErrorCode.NONE)
  // The PrepareCommit record was appended before the answer.
  expect(log.logEndOffset).toBe(logEnd + 1)
  expect(log.highWatermark).toBe(log.logEndOffset)
}

describe('transaction coordinator runtime', () => {
  it('answers COORDINATOR_LOAD_IN_PROGRESS while loading and NOT_COORDINATOR for partitions it does not lead', async () => {
    const rt = runtime()
    const describe = (id: string) => rt.describeTransaction(id)
    rt.onImage(image)
    expect(await describe('t')).toBe(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
    await settle()
    expect(await describe('t')).toMatchObject({ errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND })
    image = withTopics(topic(TRANSACTION_STATE_TOPIC, [OTHER], 4))
    rt.onImage(image)
    expect(await describe('t')).toBe(ErrorCode.NOT_COORDINATOR)
    expect(rt.coordinatorFor('t')).toEqual({ ok: true, partition: 0, leader: OTHER })
    rt.close()
  })

  it('writes markers after the answer, by leader, retries a retriable error, then completes', async () => {
    const rt = runtime()
    rt.onImage(image)
    await settle()
    script.set('data:1', [ErrorCode.NOT_LEADER_OR_FOLLOWER])
    await beginCommit(rt)
    expect(sent).toEqual([])
    scheduler.runDue()
    await settle()
    expect(sent.map((s) => [s.leader, s.request.markers[0]!.topics])).toEqual([
      [NODE, [{ name: 'data', partitionIndexes: [0] }]],
      [OTHER, [{ name: 'data', partitionIndexes: [1] }]],
    ])
    expect(sent[0]!.request.markers[0]).toMatchObject({
      producerId: 100n,
      producerEpoch: 0,
      transactionResult: true,
      coordinatorEpoch: 3,
    })
    const shard = rt.shard(0)!
    expect(shard.transaction('t')).toMatchObject({ state: 'PrepareCommit' })
    expect([...shard.transaction('t')!.topicPartitions]).toEqual([['data', new Set([1])]])
    clock.advance(100)
    scheduler.runDue()
    await settle()
    expect(sent.at(-1)).toMatchObject({ leader: OTHER })
    expect(shard.transaction('t')).toMatchObject({ state: 'CompleteCommit' })
    rt.close()
  })

  it('a new leader epoch reloads the partition and resumes the markers of a PrepareCommit transaction', async () => {
    const rt = runtime()
    rt.onImage(image)
    await settle()
    // Every marker fails with a fencing error: the transaction stays PrepareCommit.
    script.set('data:0', [ErrorCode.TRANSACTION_COORDINATOR_FENCED])
    script.set('data:1', [ErrorCode.TRANSACTION_COORDINATOR_FENCED])
    await beginCommit(rt)
    scheduler.runDue()
    await settle()
    expect(rt.shard(0)!.transaction('t')).toMatchObject({ state: 'PrepareCommit' })
    sent = []
    image = withTopics(topic(TRANSACTION_STATE_TOPIC, [NODE], 4), topic('data', [NODE, OTHER]))
    rt.onImage(image)
    await settle()
    scheduler.runDue()
    await settle()
    expect(sent.map((s) => s.request.markers[0]!.coordinatorEpoch)).toEqual([4, 4])
    expect(rt.shard(0)!.transaction('t')).toMatchObject({ state: 'CompleteCommit', producerId: 100n })
    rt.close()
  })
})
