// AddPartitionsToTxn v0-5. v1 no change; v2 PRODUCER_FENCED may be returned (KIP-588); v3
// flexible; v4 batched form for brokers verifying a transactional produce (KIP-890: several
// transactions, each with `verifyOnly`), answered per transaction in `resultsByTransaction` with a
// top-level error code; v5 TRANSACTION_ABORTABLE for a partition not in the transaction.
//
// Clients send v0-3 (one transaction in the v3AndBelow fields). Every partition asked about gets an
// entry (KAFKA-TRAPS 13): the coordinator's error for all of them when the transaction cannot take
// them, NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS when this node cannot serve the id. A
// partition of an unknown topic is UNKNOWN_TOPIC_OR_PARTITION and the others then get
// OPERATION_NOT_ATTEMPTED, as Kafka (the transaction is left unchanged).
//
// Not implemented: authorization (TRANSACTIONAL_ID WRITE, TOPIC WRITE, CLUSTER_ACTION for v4+).
import { ErrorCode } from '../../protocol/errors.js'
import { addPartitionsToTxnApi } from '../../protocol/generated/apis/add-partitions-to-txn.js'
import type { AddPartitionsToTxnTransaction } from '../../protocol/generated/message/add-partitions-to-txn-request.js'
import type { AddPartitionsToTxnResult } from '../../protocol/generated/message/add-partitions-to-txn-response.js'
import type { Broker } from '../broker.js'
import { defineHandler } from '../handler.js'

const BATCHED_VERSION = 4

export const addPartitionsToTxnHandler = defineHandler(addPartitionsToTxnApi, {
  async handle(request, context, broker) {
    const response = addPartitionsToTxnApi.response.create()
    const ctx = { apiVersion: context.apiVersion }
    if (context.apiVersion >= BATCHED_VERSION) {
      response.resultsByTransaction = await Promise.all(
        request.transactions.map((txn) => addPartitions(broker, ctx, txn)),
      )
      return response
    }
    const result = await addPartitions(broker, ctx, {
      transactionalId: request.v3AndBelowTransactionalId,
      producerId: request.v3AndBelowProducerId,
      producerEpoch: request.v3AndBelowProducerEpoch,
      verifyOnly: false,
      topics: request.v3AndBelowTopics,
    })
    response.resultsByTopicV3AndBelow = result.topicResults
    return response
  },
})

async function addPartitions(
  broker: Broker,
  ctx: { apiVersion: number },
  txn: AddPartitionsToTxnTransaction,
): Promise<AddPartitionsToTxnResult> {
  const unknown = (topic: string, partition: number) => {
    const t = broker.image.topicsByName.get(topic)
    return t === undefined || t.partitions[partition] === undefined
  }
  const anyUnknown = txn.topics.some((t) => t.partitions.some((p) => unknown(t.name, p)))
  if (anyUnknown && !txn.verifyOnly) {
    return resultFor(txn, (topic, partition) =>
      unknown(topic, partition) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.OPERATION_NOT_ATTEMPTED,
    )
  }
  return broker.transactionCoordinator.addPartitionsToTxn(ctx, txn, (errorCode) => resultFor(txn, () => errorCode))
}

function resultFor(
  txn: AddPartitionsToTxnTransaction,
  errorOf: (topic: string, partition: number) => number,
): AddPartitionsToTxnResult {
  return {
    transactionalId: txn.transactionalId,
    topicResults: txn.topics.map((t) => ({
      name: t.name,
      resultsByPartition: t.partitions.map((partitionIndex) => ({
        partitionIndex,
        partitionErrorCode: errorOf(t.name, partitionIndex),
      })),
    })),
  }
}
