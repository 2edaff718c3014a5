// TxnOffsetCommit v0-4. v2 committed leader epoch (KIP-320); v3 flexible, generation id, member id
// and group instance id (KIP-447: the group coordinator fences zombie members as OffsetCommit
// does); v4 no change (KIP-890 part 2 clients).
//
// The offsets are appended to the group's __consumer_offsets partition as OffsetCommit records in
// one transactional batch of the request's producer id and epoch, as Kafka's coordinator runtime
// writes them, and stay pending (invisible to OffsetFetch; requireStable answers
// UNSTABLE_OFFSET_COMMIT) until the transaction coordinator's COMMIT or ABORT marker reaches that
// partition and the group runtime's `onTransactionCompleted` materialises or drops them. A
// producer epoch older than the partition's is INVALID_PRODUCER_EPOCH. A routing error is given to
// every requested partition, as Kafka's `getErrorResponse`.
//
// Not implemented: checking that the partition was added to the transaction (AddOffsetsToTxn /
// KIP-890 verification), authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import type { ErrorCode } from '../../protocol/errors.js'
import { txnOffsetCommitApi } from '../../protocol/generated/apis/txn-offset-commit.js'
import type { TxnOffsetCommitRequest } from '../../protocol/generated/message/txn-offset-commit-request.js'
import type { TxnOffsetCommitResponse } from '../../protocol/generated/message/txn-offset-commit-response.js'
import { defineHandler } from '../handler.js'

export const txnOffsetCommitHandler = defineHandler(txnOffsetCommitApi, {
  handle(request, context, broker) {
    return broker.groupCoordinator.writeTransactional(
      request.groupId,
      groupRequestHeader(context),
      { producerId: Number(request.producerId), producerEpoch: request.producerEpoch },
      (shard, ctx, nowMs) => shard.txnOffsetCommit(ctx, request, nowMs),
      (errorCode) => errorResponse(request, errorCode),
    )
  },
})

function errorResponse(request: TxnOffsetCommitRequest, errorCode: ErrorCode): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })),
    })),
  }
}
