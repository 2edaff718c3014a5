// JoinGroup v0-9. v1 rebalance timeout (v0 uses the session timeout for it); v2 throttle time;
// v3 no change; v4 a new member must rejoin with the member id it is given (MEMBER_ID_REQUIRED,
// KIP-394); v5 group instance id for static members (KIP-345); v6 flexible; v7 protocol type in
// the response (KIP-559); v8 reason (KIP-800, logged by Kafka, ignored here); v9 skipAssignment
// for a static leader (KIP-814).
//
// The answer waits until the join phase completes (see coordinator/group/runtime.ts): the handler
// returns a promise that the runtime resolves from whichever later request or timer completes it.
// Routing errors (NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE)
// answer at once. The empty group id is INVALID_GROUP_ID (from the shard).
//
// Not implemented: KIP-848 consumer groups joining through the classic protocol; authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { joinGroupApi } from '../../protocol/generated/apis/join-group.js'
import { defineHandler } from '../handler.js'

export const joinGroupHandler = defineHandler(joinGroupApi, {
  handle(request, context, broker) {
    return broker.groupCoordinator.joinGroup(request.groupId, groupRequestHeader(context), (shard, ctx, nowMs) =>
      shard.joinGroup(ctx, request, nowMs),
    )
  },
})
