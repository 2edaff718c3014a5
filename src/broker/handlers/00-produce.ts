// Produce v0-11. Advertised from v0 (KAFKA-18659: librdkafka turns
// compression off when the minimum is above 0), but v0-v2 (magic 0/1 message
// sets, removed by KIP-896) are refused as Kafka 4 does: the request is not
// answered and the connection is closed. v3 transactional id and magic-2
// batches only; v5 log start offset; v7 zstd; v8 record errors and error
// message (KIP-467); v9 flexible; v10-11 current leader and node endpoints
// as tagged fields (KIP-951, leader-hints.ts: filled on NOT_LEADER_OR_FOLLOWER
// and FENCED_LEADER_EPOCH). Topics by name (ids come with v13).
//
// acks: 0 sends no response, and on any partition error closes the
// connection so the client refreshes its metadata (KAFKA-TRAPS 12); 1
// answers after the leader's write; -1 (all) is refused before the write
// with NOT_ENOUGH_REPLICAS while the ISR is below min.insync.replicas, and
// after the write waits in the delayed-produce purgatory until the high
// watermark passes the batch (replica-manager.ts waitForAcks): NONE, or
// NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrank below the minimum
// meanwhile, REQUEST_TIMED_OUT after the request's timeoutMs,
// NOT_LEADER_OR_FOLLOWER when leadership moved. An RF=1 partition's high
// watermark is its log end after the write, so it answers at once.
// Anything else is INVALID_REQUIRED_ACKS for every partition.
//
// Each partition's records must be one magic-2 batch, valid by header and
// CRC (CORRUPT_MESSAGE / INVALID_RECORD), within the topic's
// max.message.bytes (MESSAGE_TOO_LARGE) and, for CreateTime topics, its
// message.timestamp.before/after.max.ms (INVALID_TIMESTAMP, KIP-937). A
// LogAppendTime topic gets the append time as maxTimestamp, returned as
// logAppendTimeMs. The batch is otherwise stored as sent: offsets and leader
// epoch are stamped in place, records never decoded.
//
// Appends happen synchronously inside handle(), before anything awaits, so
// pipelined produces on one connection land in order, with one exception: a
// compressed batch for a compacted topic must be decompressed to refuse
// keyless records (INVALID_RECORD, produce-validation.ts
// checkKeylessCompressed), which is async for some codecs. Such a batch is
// copied out of the request and its check and append queued on the
// partition's append chain (one promise chain per partition, in request
// order); while that chain is not empty, every later produce to the partition,
// uncompressed ones included, queues its (copied) batch on it too, so the
// partition's appends keep their request order. Produces to other partitions
// stay synchronous. A request with a queued partition answers when its chain
// entries have run (handle() returns a promise, so dispatch.ts does not
// declare the frame released). Nothing else keeps the request's records after
// handle() returns (dispatch.ts RELEASES_FRAME): the network layer reuses the
// frame's buffer for the next request once handle() returned synchronously.
// After each append
// the replica manager moves the high watermark as the ISR allows and wakes
// the partition's parked fetches.
//
// Idempotent producers (batches with a producer id): the log checks the
// batch against the partition's producer state before writing it
// (PartitionLog.appendFromClient, log/producer-state.ts). A retry of one of
// the producer's last 5 batches is answered as Kafka does: NONE with the
// offset the batch got the first time (and logAppendTimeMs = that batch's
// timestamp), nothing written; OUT_OF_ORDER_SEQUENCE_NUMBER,
// INVALID_PRODUCER_EPOCH and INVALID_TXN_STATE come from the same check.
//
// Not implemented: transactional produce verification (KIP-890: the
// partition is not checked against the transaction coordinator); quotas
// (throttleTimeMs is 0).

import { isCompacted } from '../../log/log-config.js'
import { INTERNAL_TOPICS } from '../../metadata/controller/topics.js'
import { topicConfigs } from '../../metadata/image.js'
import { ErrorCode } from '../../protocol/errors.js'
import { produceApi } from '../../protocol/generated/apis/produce.js'
import type { ProduceResponse } from '../../protocol/generated/index.js'
import { defaultPartitionProduceResponse } from '../../protocol/generated/message/produce-response.js'
import { type RecordBatchHeader, setMaxTimestamp } from '../../protocol/records/index.js'
import type { Broker } from '../broker.js'
import { CloseConnection } from '../dispatch.js'
import { partitionKey } from '../fetch-purgatory.js'
import { defineHandler, type RequestContext } from '../handler.js'
import { LeaderHints } from '../leader-hints.js'
import { leaderPartition } from '../leader-partition.js'
import {
  checkKeylessCompressed,
  needsKeylessCheck,
  type ProduceTopicConfig,
  produceTopicConfig,
  validateProduce,
} from '../produce-validation.js'
import { replicaManager } from '../replica-manager.js'

type PartitionResponse = ProduceResponse['responses'][number]['partitionResponses'][number]

/** The client id Kafka's own admin tools use; only it may write to internal topics. */
const ADMIN_CLIENT_ID = '__admin_client'
const FIRST_MAGIC_2_VERSION = 3

export const produceHandler = defineHandler(produceApi, {
  minVersion: 0,
  handle(request, context, broker) {
    if (context.apiVersion < FIRST_MAGIC_2_VERSION) {
      throw new CloseConnection(`Produce v${context.apiVersion} is no longer supported (KIP-896)`)
    }
    const validAcks = request.acks === 0 || request.acks === 1 || request.acks === -1
    const response = produceApi.response.create()
    const queued: Promise<void>[] = []
    response.responses = request.topicData.map((topicData) => {
      const partitionResponses: PartitionResponse[] = []
      for (const p of topicData.partitionData) {
        if (!validAcks) {
          partitionResponses.push(errorPartition(p.index, ErrorCode.INVALID_REQUIRED_ACKS, null))
          continue
        }
        const prepared = preparePartition(broker, context, topicData.name, p.index, p.records)
        if (!prepared.ok) {
          partitionResponses.push(prepared.response)
          continue
        }
        const key = partitionKey(topicData.name, p.index)
        const chains = appendChains(broker)
        if (!needsKeylessCheck(prepared.config, prepared.header) && !chains.has(key)) {
          const appended = appendToPartition(broker, topicData.name, p.index, prepared, request.acks)
          partitionResponses.push(appended.response)
          const acked = awaitAcks(broker, topicData.name, p.index, appended, request.acks, request.timeoutMs)
          if (acked !== null) queued.push(acked)
          continue
        }
        // Queued behind the partition's earlier appends, with its own copy of the records.
        const slot = partitionResponses.length
        partitionResponses.push(errorPartition(p.index, ErrorCode.UNKNOWN_SERVER_ERROR, null))
        const own: Prepared = { ...prepared, batch: Buffer.from(prepared.batch) }
        const tp = `${topicData.name}-${p.index}`
        const task = async (): Promise<Appended> => {
          if (needsKeylessCheck(own.config, own.header)) {
            const refused = await checkKeylessCompressed(own.batch, tp)
            if (refused !== null && !refused.ok) {
              const out = errorPartition(p.index, refused.errorCode, refused.errorMessage)
              out.recordErrors = refused.recordErrors.map((e) => ({ ...e }))
              return { response: out, requiredOffset: null }
            }
          }
          // The partition may have moved or gone while queued.
          const leader = leaderPartition(broker, broker.image.topicsByName.get(topicData.name), p.index)
          if (!leader.ok) return { response: errorPartition(p.index, leader.errorCode, null), requiredOffset: null }
          return appendToPartition(broker, topicData.name, p.index, { ...own, ...leader }, request.acks)
        }
        queued.push(
          enqueueAppend(chains, key, task).then(
            async (r) => {
              partitionResponses[slot] = r.response
              await awaitAcks(broker, topicData.name, p.index, r, request.acks, request.timeoutMs)
            },
            (err: unknown) => {
              broker.logger.error({ err, topic: topicData.name, partition: p.index }, 'queued append failed')
            },
          ),
        )
      }
      return { name: topicData.name, partitionResponses }
    })
    const finish = () => {
      if (request.acks === 0) {
        const failed = response.responses.some((t) => t.partitionResponses.some((r) => r.errorCode !== ErrorCode.NONE))
        if (failed) throw new CloseConnection('acks=0 produce had a partition error')
        return null
      }
      if (context.apiVersion >= LEADER_HINTS_VERSION) addLeaderHints(broker, context.listenerName, response)
      return response
    }
    if (queued.length > 0) return Promise.all(queued).then(finish)
    return finish()
  },
})

/** Produce v10 (KIP-951): current leader and node endpoints on NOT_LEADER_OR_FOLLOWER / FENCED_LEADER_EPOCH. */
const LEADER_HINTS_VERSION = 10

function addLeaderHints(broker: Broker, listenerName: string, response: ProduceResponse): void {
  const hints = new LeaderHints(broker.image, listenerName)
  for (const topic of response.responses) {
    for (const p of topic.partitionResponses) {
      const leader = hints.hint(topic.name, p.index, p.errorCode)
      if (leader !== null) p.currentLeader = leader
    }
  }
  response.nodeEndpoints = hints.endpoints()
}

interface AppendChain {
  /** Settles when the last queued append has run. */
  tail: Promise<void>
  /** Queued appends not yet run; the chain leaves the map when it drops to 0. */
  pending: number
}

const chainsByBroker = new WeakMap<Broker, Map<string, AppendChain>>()

/** The broker's per-partition append chains, by partitionKey; a partition is in it while appends are queued. */
function appendChains(broker: Broker): Map<string, AppendChain> {
  let chains = chainsByBroker.get(broker)
  if (chains === undefined) {
    chains = new Map()
    chainsByBroker.set(broker, chains)
  }
  return chains
}

/** Runs `task` after every append queued before it on the partition's chain. */
function enqueueAppend<T>(chains: Map<string, AppendChain>, key: string, task: () => Promise<T>): Promise<T> {
  let chain = chains.get(key)
  if (chain === undefined) {
    chain = { tail: Promise.resolve(), pending: 0 }
    chains.set(key, chain)
  }
  const entry = chain
  entry.pending++
  const run = entry.tail.then(task)
  entry.tail = run.then(
    () => {},
    () => {},
  )
  entry.tail = entry.tail.then(() => {
    entry.pending--
    if (entry.pending === 0 && chains.get(key) === entry) chains.delete(key)
  })
  return run
}

interface Prepared {
  readonly log: LeaderLog
  readonly partition: { readonly leaderEpoch: number }
  readonly config: ProduceTopicConfig
  readonly header: RecordBatchHeader
  readonly batch: Buffer
}

type LeaderLog = Extract<ReturnType<typeof leaderPartition>, { ok: true }>['log']

/** The checks that need no decompression; the batch still refers to the request frame. */
function preparePartition(
  broker: Broker,
  context: RequestContext,
  topicName: string,
  partitionIndex: number,
  records: Buffer | null,
): ({ readonly ok: true } & Prepared) | { readonly ok: false; readonly response: PartitionResponse } {
  const image = broker.image
  const topic = image.topicsByName.get(topicName)
  const fail = (response: PartitionResponse) => ({ ok: false as const, response })
  if (topic !== undefined && INTERNAL_TOPICS.has(topicName) && context.header.clientId !== ADMIN_CLIENT_ID) {
    return fail(
      errorPartition(partitionIndex, ErrorCode.INVALID_TOPIC_EXCEPTION, `Cannot append to internal topic ${topicName}`),
    )
  }
  const leader = leaderPartition(broker, topic, partitionIndex)
  if (!leader.ok) return fail(errorPartition(partitionIndex, leader.errorCode, null))
  const { log, partition } = leader
  const config = topicProduceConfig(broker, topicName, log.logConfig.segmentBytes, isCompacted(log.logConfig))
  const nowMs = broker.clock.wallMs()
  const checked = validateProduce(records, config, context.apiVersion, nowMs, `${topicName}-${partitionIndex}`)
  if (!checked.ok) {
    const out = errorPartition(partitionIndex, checked.errorCode, checked.errorMessage)
    out.recordErrors = checked.recordErrors.map((e) => ({ ...e }))
    return fail(out)
  }
  return { ok: true, log, partition, config, header: checked.header, batch: records as Buffer }
}

/** A partition's answer after its append, and the offset the high watermark must reach for acks=all. */
interface Appended {
  readonly response: PartitionResponse
  /** The appended batch's last offset + 1; null when nothing was written or found (an error). */
  readonly requiredOffset: number | null
}

/**
 * For acks=all, the wait until the batch is acknowledged (null when the answer is final now); its
 * error, if any, replaces the partition's error code, as Kafka's DelayedProduce does.
 */
function awaitAcks(
  broker: Broker,
  topicName: string,
  partitionIndex: number,
  appended: Appended,
  acks: number,
  timeoutMs: number,
): Promise<void> | null {
  if (acks !== -1 || appended.requiredOffset === null) return null
  const replicas = replicaManager(broker)
  const now = replicas.acksFor(topicName, partitionIndex, appended.requiredOffset)
  const settle = (errorCode: number) => {
    if (errorCode !== ErrorCode.NONE) appended.response.errorCode = errorCode
  }
  if (now !== null) {
    settle(now)
    return null
  }
  return replicas.waitForAcks(topicName, partitionIndex, appended.requiredOffset, timeoutMs).then(settle)
}

/** Appends a checked batch (synchronously) and answers for the partition. */
function appendToPartition(
  broker: Broker,
  topicName: string,
  partitionIndex: number,
  prepared: Prepared,
  acks: number,
): Appended {
  const fail = (errorCode: number, message: string | null): Appended => ({
    response: errorPartition(partitionIndex, errorCode, message),
    requiredOffset: null,
  })
  const notEnough = replicaManager(broker).canAppend(topicName, partitionIndex, acks)
  if (notEnough !== ErrorCode.NONE) return fail(notEnough, null)
  const { log, partition, config, batch } = prepared
  const nowMs = broker.clock.wallMs()
  let logAppendTimeMs = -1n
  if (config.timestampType === 'LogAppendTime') {
    logAppendTimeMs = BigInt(nowMs)
    setMaxTimestamp(batch, 0, 'LogAppendTime', logAppendTimeMs)
  }
  let appended: ReturnType<typeof log.appendFromClient>
  try {
    appended = log.appendFromClient(batch, partition.leaderEpoch)
  } catch (err) {
    broker.logger.error({ err, topic: topicName, partition: partitionIndex }, 'append failed')
    const code = isFileSystemError(err) ? ErrorCode.KAFKA_STORAGE_ERROR : ErrorCode.UNKNOWN_SERVER_ERROR
    return fail(code, null)
  }
  if (appended.kind === 'refused') return fail(appended.errorCode, appended.message)
  if (appended.kind === 'duplicate') {
    const out = defaultPartitionProduceResponse()
    out.index = partitionIndex
    out.baseOffset = BigInt(appended.batch.firstOffset)
    out.logAppendTimeMs = BigInt(appended.batch.timestamp)
    out.logStartOffset = BigInt(log.logStartOffset)
    // A retry of a written batch is acknowledged as the original would be.
    return { response: out, requiredOffset: appended.batch.lastOffset + 1 }
  }
  replicaManager(broker).onLocalAppend(topicName, partitionIndex, appended)
  const out = defaultPartitionProduceResponse()
  out.index = partitionIndex
  out.baseOffset = BigInt(appended.firstOffset)
  out.logAppendTimeMs = logAppendTimeMs
  out.logStartOffset = BigInt(log.logStartOffset)
  return { response: out, requiredOffset: appended.lastOffset + 1 }
}

function topicProduceConfig(
  broker: Broker,
  topic: string,
  segmentBytes: number,
  compacted: boolean,
): ProduceTopicConfig {
  return produceTopicConfig(topicConfigs(broker.image, topic), broker.config.properties, segmentBytes, compacted)
}

function errorPartition(index: number, errorCode: number, errorMessage: string | null): PartitionResponse {
  const out = defaultPartitionProduceResponse()
  out.index = index
  out.errorCode = errorCode
  out.baseOffset = -1n
  out.logAppendTimeMs = -1n
  out.logStartOffset = -1n
  out.errorMessage = errorMessage
  return out
}

function isFileSystemError(err: unknown): boolean {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string'
}
