// OffsetFetch v0-9. v0-1 no top-level error (a group error is given to every requested
// partition); v2 top-level error and `topics: null` for every committed offset; v3 throttle time;
// v4 no change; v5 committed leader epoch (KIP-320); v6 flexible; v7 `requireStable` (KIP-447);
// v8 several groups per request (KIP-709), split here by coordinator partition and answered per
// group; v9 member id and epoch (KIP-848, not checked for classic groups, as Kafka).
//
// Metadata comes back exactly as committed (KAFKA-TRAPS 7). A partition without a committed
// offset answers offset -1, leader epoch -1, metadata ''. A routing error (NOT_COORDINATOR,
// COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE) has Kafka's `getErrorResponse` shape
// for the version: per partition (v0-1), top-level (v2-7), per group (v8+).
//
// `requireStable` (v7+, KIP-447): a partition with offsets pending in an open transaction
// (TxnOffsetCommit not yet completed by its marker) answers UNSTABLE_OFFSET_COMMIT with offset -1,
// which the consumer retries; without it such a partition answers its last committed offset.
//
// Not implemented: authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { ErrorCode } from '../../protocol/errors.js'
import { offsetFetchApi } from '../../protocol/generated/apis/offset-fetch.js'
import type { OffsetFetchRequest, OffsetFetchResponse } from '../../protocol/generated/index.js'
import type { OffsetFetchResponseGroup } from '../../protocol/generated/message/offset-fetch-response.js'
import { defineHandler } from '../handler.js'

const BATCHED_VERSION = 8
const TOP_LEVEL_ERROR_VERSION = 2

export const offsetFetchHandler = defineHandler(offsetFetchApi, {
  async handle(request, context, broker) {
    const runtime = broker.groupCoordinator
    const header = groupRequestHeader(context)
    if (context.apiVersion < BATCHED_VERSION) {
      return runtime.read(
        request.groupId,
        header,
        (shard, ctx) => shard.offsetFetch(ctx, request),
        (errorCode) => errorResponse(request, context.apiVersion, errorCode),
      )
    }
    const groups = await Promise.all(
      request.groups.map((group) =>
        runtime.read(
          group.groupId,
          header,
          (shard, ctx): OffsetFetchResponseGroup => {
            const answer = shard.offsetFetch(ctx, { ...request, groups: [group] }).groups[0]
            return answer ?? { groupId: group.groupId, topics: [], errorCode: ErrorCode.UNKNOWN_SERVER_ERROR }
          },
          (errorCode): OffsetFetchResponseGroup => ({ groupId: group.groupId, topics: [], errorCode }),
        ),
      ),
    )
    return { throttleTimeMs: 0, topics: [], errorCode: ErrorCode.NONE, groups }
  },
})

function errorResponse(request: OffsetFetchRequest, apiVersion: number, errorCode: ErrorCode): OffsetFetchResponse {
  if (apiVersion >= TOP_LEVEL_ERROR_VERSION) return { throttleTimeMs: 0, topics: [], errorCode, groups: [] }
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    groups: [],
    topics: (request.topics ?? []).map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((partitionIndex) => ({
        partitionIndex,
        committedOffset: -1n,
        committedLeaderEpoch: -1,
        metadata: '',
        errorCode,
      })),
    })),
  }
}
