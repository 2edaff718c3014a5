// LeaveGroup v0-5. v1 throttle time; v2 no change; v3 a batch of members with group instance ids
// and a per-member error (KIP-345); v4 flexible; v5 per-member reason (KIP-800, ignored).
// A routing error is the top-level error with no members, as Kafka's `getErrorResponse`.
//
// Not implemented: authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { leaveGroupApi } from '../../protocol/generated/apis/leave-group.js'
import { defineHandler } from '../handler.js'

export const leaveGroupHandler = defineHandler(leaveGroupApi, {
  handle(request, context, broker) {
    return broker.groupCoordinator.write(
      request.groupId,
      groupRequestHeader(context),
      (shard, ctx, nowMs) => shard.leaveGroup(ctx, request, nowMs),
      (errorCode) => ({ throttleTimeMs: 0, errorCode, members: [] }),
    )
  },
})
