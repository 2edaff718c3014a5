// OffsetCommit v0-9. v1 generation, member id and a per-partition commit timestamp; v2-v4
// retention time (an explicit expiry; v5 drops it, KIP-211); v3 throttle time; v6 committed
// leader epoch (KIP-320); v7 group instance id (KIP-345); v8 flexible; v9 an unknown group with a
// generation is GROUP_ID_NOT_FOUND rather than ILLEGAL_GENERATION (KIP-848 member epochs).
//
// Generation -1 commits for a "simple" group (admin tools, consumers that assign partitions
// themselves). Metadata is stored verbatim (KAFKA-TRAPS 7); over offset.metadata.max.bytes is
// OFFSET_METADATA_TOO_LARGE. The commit is answered once its records are in __consumer_offsets. A
// routing error is given to every requested partition, as Kafka's `getErrorResponse`.
//
// Not implemented: KIP-848 consumer groups (member epochs); checking that the topics exist
// (Kafka 4 answers UNKNOWN_TOPIC_OR_PARTITION for unknown ones); authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import type { ErrorCode } from '../../protocol/errors.js'
import { offsetCommitApi } from '../../protocol/generated/apis/offset-commit.js'
import type { OffsetCommitRequest, OffsetCommitResponse } from '../../protocol/generated/index.js'
import { defineHandler } from '../handler.js'

export const offsetCommitHandler = defineHandler(offsetCommitApi, {
  handle(request, context, broker) {
    return broker.groupCoordinator.write(
      request.groupId,
      groupRequestHeader(context),
      (shard, ctx, nowMs) => shard.offsetCommit(ctx, request, nowMs),
      (errorCode) => errorResponse(request, errorCode),
    )
  },
})

function errorResponse(request: OffsetCommitRequest, errorCode: ErrorCode): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })),
    })),
  }
}
