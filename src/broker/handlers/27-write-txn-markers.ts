// WriteTxnMarkers v0-1 (v1 flexible). Sent by a transaction coordinator to the leader of each
// partition of a transaction that ends; our own coordinator calls `writeTxnMarkers` in-process for
// the partitions this node leads, the same function this handler runs, so nothing changes when the
// partitions live on other brokers.
//
// Per marker and partition, as Kafka's KafkaApis.handleWriteTxnMarkersRequest and ReplicaManager:
// an unknown topic or partition is UNKNOWN_TOPIC_OR_PARTITION, one led elsewhere (or whose log is
// not open) NOT_LEADER_OR_FOLLOWER. Otherwise one COMMIT/ABORT control batch with the marker's
// producer id, producer epoch and coordinator epoch is appended through the log's coordinator
// path, which checks the producer epoch (INVALID_PRODUCER_EPOCH) and the coordinator epoch
// (TRANSACTION_COORDINATOR_FENCED) and ends the producer's ongoing transaction. The replica
// manager moves the high watermark as the ISR allows and wakes parked fetches; as Kafka writes
// markers with acks=all, the partition answers once the high watermark passes the marker
// (replica-manager.ts waitForAcks; an RF=1 partition at once). For a __consumer_offsets partition
// the group coordinator is told the transaction ended, so that the transaction's pending offsets
// are materialised or dropped.
//
// Not implemented: authorization (CLUSTER_ACTION).
import { ErrorCode, KafkaError } from '../../protocol/errors.js'
import { writeTxnMarkersApi } from '../../protocol/generated/apis/write-txn-markers.js'
import type { WriteTxnMarkersRequest } from '../../protocol/generated/message/write-txn-markers-request.js'
import type {
  WritableTxnMarkerResult,
  WriteTxnMarkersResponse,
} from '../../protocol/generated/message/write-txn-markers-response.js'
import { encodeBatch, endTxnMarkerBatch } from '../../protocol/records/index.js'
import type { Broker } from '../broker.js'
import { defineHandler } from '../handler.js'
import { leaderPartition } from '../leader-partition.js'
import { replicaManager } from '../replica-manager.js'

const CONSUMER_OFFSETS_TOPIC = '__consumer_offsets'
/** How long a marker waits for the ISR (Kafka: request.timeout.ms of the inter-broker request). */
const MARKER_ACK_TIMEOUT_MS = 30_000

/**
 * The group coordinator's hook for transactional offsets (TxnOffsetCommit), called when present:
 * it is being added alongside this handler.
 */
interface TransactionCompletionListener {
  onTransactionCompleted?(partition: number, producerId: number, result: 'COMMIT' | 'ABORT'): unknown
}

export const writeTxnMarkersHandler = defineHandler(writeTxnMarkersApi, {
  async handle(request, _context, broker) {
    return writeTxnMarkers(broker, request)
  },
})

/** Appends every marker of the request to the partitions this node leads; per-partition errors. */
export async function writeTxnMarkers(
  broker: Broker,
  request: WriteTxnMarkersRequest,
): Promise<WriteTxnMarkersResponse> {
  const markers: WritableTxnMarkerResult[] = []
  const acks: Promise<void>[] = []
  for (const marker of request.markers) {
    const type = marker.transactionResult ? 'COMMIT' : 'ABORT'
    const topics: WritableTxnMarkerResult['topics'] = []
    for (const t of marker.topics) {
      const partitions: Array<{ partitionIndex: number; errorCode: number }> = []
      for (const partitionIndex of t.partitionIndexes) {
        const batch = await encodeBatch(
          endTxnMarkerBatch({
            marker: { type, coordinatorEpoch: marker.coordinatorEpoch },
            producerId: marker.producerId,
            producerEpoch: marker.producerEpoch,
            timestamp: BigInt(broker.clock.wallMs()),
          }),
        )
        const appended = appendMarker(broker, t.name, partitionIndex, batch)
        const errorCode = typeof appended === 'number' ? appended : ErrorCode.NONE
        if (errorCode === ErrorCode.NONE && t.name === CONSUMER_OFFSETS_TOPIC) {
          const groups = broker.groupCoordinator as unknown as TransactionCompletionListener
          groups.onTransactionCompleted?.(partitionIndex, Number(marker.producerId), type)
        }
        const result = { partitionIndex, errorCode }
        partitions.push(result)
        if (typeof appended !== 'number') {
          acks.push(
            appended.then((code) => {
              result.errorCode = code
            }),
          )
        }
      }
      topics.push({ name: t.name, partitions })
    }
    markers.push({ producerId: marker.producerId, topics })
  }
  await Promise.all(acks)
  return { markers }
}

/** The partition's error code, or a promise of it while the marker waits for the ISR. */
function appendMarker(
  broker: Broker,
  topicName: string,
  partitionIndex: number,
  batch: Buffer,
): number | Promise<number> {
  const leader = leaderPartition(broker, broker.image.topicsByName.get(topicName), partitionIndex)
  if (!leader.ok) return leader.errorCode
  const { log, partition } = leader
  try {
    const appended = log.appendAsLeader(batch, partition.leaderEpoch)
    const replicas = replicaManager(broker)
    replicas.onLocalAppend(topicName, partitionIndex, appended)
    const requiredOffset = appended.lastOffset + 1
    const now = replicas.acksFor(topicName, partitionIndex, requiredOffset)
    if (now !== null) return now
    return replicas.waitForAcks(topicName, partitionIndex, requiredOffset, MARKER_ACK_TIMEOUT_MS)
  } catch (err) {
    if (err instanceof KafkaError) return err.code
    broker.logger.error({ err, topic: topicName, partition: partitionIndex }, 'marker append failed')
    return isFileSystemError(err) ? ErrorCode.KAFKA_STORAGE_ERROR : ErrorCode.UNKNOWN_SERVER_ERROR
  }
}

function isFileSystemError(err: unknown): boolean {
  return typeof (err as { code?: unknown } | null)?.code === 'string'
}
