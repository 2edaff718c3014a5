// SyncGroup v0-5. v1 throttle time; v2 no change; v3 group instance id (KIP-345); v4 flexible;
// v5 protocol type and name, checked against the group's (INCONSISTENT_GROUP_PROTOCOL) and
// returned (KIP-559).
//
// A follower's sync waits for the leader's assignment; the leader's sync writes the group's
// metadata record and answers once it is appended. Both answer through the runtime's parked
// requests (see coordinator/group/runtime.ts).
//
// Not implemented: authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { syncGroupApi } from '../../protocol/generated/apis/sync-group.js'
import { defineHandler } from '../handler.js'

export const syncGroupHandler = defineHandler(syncGroupApi, {
  handle(request, context, broker) {
    return broker.groupCoordinator.syncGroup(request.groupId, groupRequestHeader(context), (shard, ctx, nowMs) =>
      shard.syncGroup(ctx, request, nowMs),
    )
  },
})
