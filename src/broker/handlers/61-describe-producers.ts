// DescribeProducers v0 (KIP-664): the active producers of each requested
// partition, from the log's producer state, as Kafka's
// UnifiedLog.activeProducers: producer id, epoch, last sequence (-1 when
// the producer has no batch at its epoch), last timestamp, coordinator epoch
// and the first offset of its ongoing transaction (-1 when none). A
// partition this node does not lead answers NOT_LEADER_OR_FOLLOWER; an
// unknown one UNKNOWN_TOPIC_OR_PARTITION.
//
// Not implemented: authorization (TOPIC_AUTHORIZATION_FAILED).
import { ErrorCode } from '../../protocol/errors.js'
import { describeProducersApi } from '../../protocol/generated/apis/describe-producers.js'
import type { PartitionResponse } from '../../protocol/generated/message/describe-producers-response.js'
import type { Broker } from '../broker.js'
import { defineHandler } from '../handler.js'
import { leaderPartition } from '../leader-partition.js'

export const describeProducersHandler = defineHandler(describeProducersApi, {
  handle(request, _context, broker) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((topic) => ({
        name: topic.name,
        partitions: topic.partitionIndexes.map((index) => describePartition(broker, topic.name, index)),
      })),
    }
  },
})

function describePartition(broker: Broker, topicName: string, partitionIndex: number): PartitionResponse {
  const leader = leaderPartition(broker, broker.image.topicsByName.get(topicName), partitionIndex)
  if (!leader.ok) return { partitionIndex, errorCode: leader.errorCode, errorMessage: null, activeProducers: [] }
  const activeProducers = [...leader.log.activeProducers()].map((entry) => ({
    producerId: BigInt(entry.producerId),
    producerEpoch: entry.producerEpoch,
    lastSequence: entry.lastSeq,
    lastTimestamp: BigInt(entry.lastTimestamp),
    coordinatorEpoch: entry.coordinatorEpoch,
    currentTxnStartOffset: BigInt(entry.currentTxnFirstOffset),
  }))
  return { partitionIndex, errorCode: ErrorCode.NONE, errorMessage: null, activeProducers }
}
