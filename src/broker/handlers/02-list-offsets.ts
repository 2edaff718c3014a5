// ListOffsets v0-9. v0 maxNumOffsets and a list of old-style offsets; v1
// one timestamp/offset pair; v2 isolation level; v4 currentLeaderEpoch
// (KIP-320: FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH) and the leader epoch
// of the answer; v6 flexible; v7 MAX_TIMESTAMP (-3, KIP-734); v8
// EARLIEST_LOCAL (-4, KIP-405); v9 LATEST_TIERED (-5, KIP-1005).
//
// Special timestamps: EARLIEST (-2) and EARLIEST_LOCAL (-4) answer the log
// start offset with its batch's epoch; LATEST (-1) answers the high
// watermark for consumers (read_uncommitted) or the last stable offset
// (read_committed: below the earliest ongoing transaction), the log end
// for a follower (replicaId >= 0), with the current leader epoch;
// MAX_TIMESTAMP answers the first record carrying the largest timestamp;
// LATEST_TIERED answers offset -1 (no tiered storage). A timestamp >= 0
// answers the first record whose timestamp is >= it (KAFKA-TRAPS 7), or
// -1/-1 when none is, or when it lies past what a consumer may read (the
// high watermark, or the last stable offset under read_committed).
// A partition asked for twice is INVALID_REQUEST (v1+), as Kafka.
//
// v0 (Kafka's legacy fetchOffsetsBefore): LATEST lists the high watermark
// then the segment base offsets below it, newest first, up to
// maxNumOffsets; EARLIEST lists the log start offset. Not implemented as
// Kafka: a v0 timestamp lookup used segment file times; here it lists the
// v1 answer (or nothing).
import { ErrorCode } from '../../protocol/errors.js'
import { listOffsetsApi } from '../../protocol/generated/apis/list-offsets.js'
import type { ListOffsetsResponse } from '../../protocol/generated/index.js'
import { defaultListOffsetsPartitionResponse } from '../../protocol/generated/message/list-offsets-response.js'
import type { Broker } from '../broker.js'
import { defineHandler } from '../handler.js'
import { leaderPartition } from '../leader-partition.js'
import { epochAtLogStart, largestTimestamp } from '../log-summary.js'

type PartitionResponse = ListOffsetsResponse['topics'][number]['partitions'][number]

export const LATEST_TIMESTAMP = -1n
export const EARLIEST_TIMESTAMP = -2n
export const MAX_TIMESTAMP = -3n
export const EARLIEST_LOCAL_TIMESTAMP = -4n
export const LATEST_TIERED_TIMESTAMP = -5n
const READ_COMMITTED = 1

interface Answer {
  readonly timestamp: number
  readonly offset: number
  readonly leaderEpoch: number
}

interface Query {
  readonly version: number
  readonly replicaId: number
  readonly readCommitted: boolean
}

const NONE_FOUND: Answer = { timestamp: -1, offset: -1, leaderEpoch: -1 }

export const listOffsetsHandler = defineHandler(listOffsetsApi, {
  async handle(request, context, broker) {
    const version = context.apiVersion
    const query: Query = {
      version,
      replicaId: request.replicaId,
      readCommitted: version >= 2 && request.isolationLevel === READ_COMMITTED,
    }
    const seen = new Map<string, number>()
    for (const t of request.topics) {
      for (const p of t.partitions)
        seen.set(`${t.name}:${p.partitionIndex}`, (seen.get(`${t.name}:${p.partitionIndex}`) ?? 0) + 1)
    }
    const response = listOffsetsApi.response.create()
    response.topics = await Promise.all(
      request.topics.map(async (t) => ({
        name: t.name,
        partitions: await Promise.all(
          t.partitions.map((p) => {
            if (version >= 1 && (seen.get(`${t.name}:${p.partitionIndex}`) ?? 0) > 1) {
              return errorPartition(p.partitionIndex, ErrorCode.INVALID_REQUEST)
            }
            const currentLeaderEpoch = version >= 4 ? p.currentLeaderEpoch : -1
            return listPartition(broker, query, t.name, p.partitionIndex, currentLeaderEpoch, p)
          }),
        ),
      })),
    )
    return response
  },
})

async function listPartition(
  broker: Broker,
  query: Query,
  topicName: string,
  partitionIndex: number,
  currentLeaderEpoch: number,
  requested: { readonly timestamp: bigint; readonly maxNumOffsets: number },
): Promise<PartitionResponse> {
  const leader = leaderPartition(broker, broker.image.topicsByName.get(topicName), partitionIndex, currentLeaderEpoch)
  if (!leader.ok) return errorPartition(partitionIndex, leader.errorCode)
  const { log, partition } = leader
  const out = defaultListOffsetsPartitionResponse()
  out.partitionIndex = partitionIndex
  // A follower may see the whole log; a consumer what is committed (and, read_committed, stable).
  let lastFetchable = log.highWatermark
  if (query.replicaId >= 0) lastFetchable = log.logEndOffset
  else if (query.readCommitted) lastFetchable = log.lastStableOffset
  if (query.version === 0) {
    out.oldStyleOffsets = (await legacyOffsets(log, requested, lastFetchable)).map(BigInt)
    return out
  }
  const answer = await lookUp(log, requested.timestamp, lastFetchable, partition.leaderEpoch, query.replicaId >= 0)
  out.timestamp = BigInt(answer.timestamp)
  out.offset = BigInt(answer.offset)
  if (query.version >= 4) out.leaderEpoch = answer.leaderEpoch
  return out
}

type Log = Extract<ReturnType<typeof leaderPartition>, { ok: true }>['log']

async function lookUp(
  log: Log,
  timestamp: bigint,
  lastFetchable: number,
  leaderEpoch: number,
  fromFollower: boolean,
): Promise<Answer> {
  switch (timestamp) {
    case LATEST_TIMESTAMP:
      return { timestamp: -1, offset: lastFetchable, leaderEpoch }
    case EARLIEST_TIMESTAMP:
    case EARLIEST_LOCAL_TIMESTAMP:
      return { timestamp: -1, offset: log.logStartOffset, leaderEpoch: epochAtLogStart(log, leaderEpoch) }
    case LATEST_TIERED_TIMESTAMP:
      return { timestamp: -1, offset: -1, leaderEpoch: -1 }
    case MAX_TIMESTAMP: {
      const largest = largestTimestamp(log)
      if (largest < 0) return NONE_FOUND
      return byTimestamp(log, largest, lastFetchable, fromFollower)
    }
    default:
      return byTimestamp(log, Number(timestamp), lastFetchable, fromFollower)
  }
}

async function byTimestamp(log: Log, timestamp: number, lastFetchable: number, fromFollower: boolean): Promise<Answer> {
  const found = await log.offsetForTimestamp(timestamp)
  if (found === null) return NONE_FOUND
  if (!fromFollower && found.offset >= lastFetchable) return NONE_FOUND
  return {
    timestamp: found.timestamp,
    offset: found.offset,
    leaderEpoch: found.leaderEpoch >= 0 ? found.leaderEpoch : -1,
  }
}

async function legacyOffsets(
  log: Log,
  requested: { readonly timestamp: bigint; readonly maxNumOffsets: number },
  lastFetchable: number,
): Promise<number[]> {
  const max = Math.max(0, requested.maxNumOffsets)
  let offsets: number[]
  if (requested.timestamp === LATEST_TIMESTAMP) {
    const bases = log
      .segmentBaseOffsets()
      .map((b) => Math.max(b, log.logStartOffset))
      .filter((b) => b < lastFetchable)
    offsets = [lastFetchable, ...new Set(bases.reverse())]
  } else if (requested.timestamp === EARLIEST_TIMESTAMP) {
    offsets = [log.logStartOffset]
  } else {
    const found = await log.offsetForTimestamp(Number(requested.timestamp))
    offsets = found === null || found.offset >= lastFetchable ? [] : [found.offset]
  }
  return offsets.slice(0, max)
}

function errorPartition(partitionIndex: number, errorCode: number): PartitionResponse {
  const out = defaultListOffsetsPartitionResponse()
  out.partitionIndex = partitionIndex
  out.errorCode = errorCode
  return out
}
