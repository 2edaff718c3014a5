// OffsetDelete v0 (KIP-496): deletes a group's committed offsets for partitions of topics the
// group is not subscribed to (GROUP_SUBSCRIBED_TO_TOPIC otherwise). An unknown group is
// GROUP_ID_NOT_FOUND; a group that is not Empty or a consumer group is NON_EMPTY_GROUP. A routing
// error is the top-level error with no topics, as Kafka's `getErrorResponse`.
//
// Not implemented: authorization; UNKNOWN_TOPIC_OR_PARTITION for topics that do not exist.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { offsetDeleteApi } from '../../protocol/generated/apis/offset-delete.js'
import { defineHandler } from '../handler.js'

export const offsetDeleteHandler = defineHandler(offsetDeleteApi, {
  handle(request, context, broker) {
    return broker.groupCoordinator.write(
      request.groupId,
      groupRequestHeader(context),
      (shard, ctx, nowMs) => shard.offsetDelete(ctx, request, nowMs),
      (errorCode) => ({ errorCode, throttleTimeMs: 0, topics: [] }),
    )
  },
})
