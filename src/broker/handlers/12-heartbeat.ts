// Heartbeat v0-4. v1 throttle time; v2 no change; v3 group instance id (KIP-345); v4 flexible.
// REBALANCE_IN_PROGRESS tells a member to rejoin; UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION and
// FENCED_INSTANCE_ID as Kafka's classic group. Routing errors come back as the error code.
//
// Not implemented: authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { heartbeatApi } from '../../protocol/generated/apis/heartbeat.js'
import { defineHandler } from '../handler.js'

export const heartbeatHandler = defineHandler(heartbeatApi, {
  handle(request, context, broker) {
    return broker.groupCoordinator.write(
      request.groupId,
      groupRequestHeader(context),
      (shard, ctx, nowMs) => shard.heartbeat(ctx, request, nowMs),
      (errorCode) => ({ throttleTimeMs: 0, errorCode }),
    )
  },
})
