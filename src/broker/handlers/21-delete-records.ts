// DeleteRecords v0-2. v1 no change (throttling after response, KIP-219); v2
// flexible. An offset of -1 means the high watermark; any other offset
// below 0 or above the high watermark is OFFSET_OUT_OF_RANGE. The log start
// offset moves up to the offset (never down), segments wholly below it are
// deleted, and the new log start is answered as lowWatermark. A topic whose
// cleanup.policy lacks `delete` is POLICY_VIOLATION, as Kafka. With one
// replica the low watermark is reached on return, so nothing waits for
// timeoutMs.
//
// Not implemented: waiting for followers' log start offsets (replication).
import { topicConfigs } from '../../metadata/image.js'
import { ErrorCode } from '../../protocol/errors.js'
import { deleteRecordsApi } from '../../protocol/generated/apis/delete-records.js'
import type { DeleteRecordsResponse } from '../../protocol/generated/index.js'
import { defaultDeleteRecordsPartitionResult } from '../../protocol/generated/message/delete-records-response.js'
import type { Broker } from '../broker.js'
import { defineHandler } from '../handler.js'
import { leaderPartition } from '../leader-partition.js'

type PartitionResult = DeleteRecordsResponse['topics'][number]['partitions'][number]

const HIGH_WATERMARK = -1n

export const deleteRecordsHandler = defineHandler(deleteRecordsApi, {
  handle(request, _context, broker) {
    const response = deleteRecordsApi.response.create()
    response.topics = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => deletePartition(broker, t.name, p.partitionIndex, p.offset)),
    }))
    return response
  },
})

function deletePartition(broker: Broker, topic: string, partitionIndex: number, offset: bigint): PartitionResult {
  const out = defaultDeleteRecordsPartitionResult()
  out.partitionIndex = partitionIndex
  out.lowWatermark = -1n
  const leader = leaderPartition(broker, broker.image.topicsByName.get(topic), partitionIndex)
  if (!leader.ok) {
    out.errorCode = leader.errorCode
    return out
  }
  const log = leader.log
  if (!cleanupPolicyDeletes(broker, topic)) {
    out.errorCode = ErrorCode.POLICY_VIOLATION
    return out
  }
  const target = offset === HIGH_WATERMARK ? log.highWatermark : Number(offset)
  if (target < 0 || target > log.highWatermark) {
    out.errorCode = ErrorCode.OFFSET_OUT_OF_RANGE
    return out
  }
  out.lowWatermark = BigInt(log.deleteRecordsBefore(target))
  return out
}

function cleanupPolicyDeletes(broker: Broker, topic: string): boolean {
  const policy =
    topicConfigs(broker.image, topic).get('cleanup.policy') ??
    broker.config.properties.get('log.cleanup.policy') ??
    'delete'
  return policy
    .split(',')
    .map((s) => s.trim())
    .includes('delete')
}
