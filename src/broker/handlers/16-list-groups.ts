// ListGroups v0-5. v1 throttle time; v2 no change; v3 flexible; v4 states filter (KIP-518) and
// the state of each group; v5 types filter and group type (KIP-848; ours are all "classic").
//
// Lists the groups of every __consumer_offsets partition this node leads (the client asks every
// broker and merges). While a partition loads the answer carries COORDINATOR_LOAD_IN_PROGRESS
// with the groups of the others, as Kafka's.
//
// Not implemented: authorization (Kafka lists only groups the principal may describe).
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { listGroupsApi } from '../../protocol/generated/apis/list-groups.js'
import { defineHandler } from '../handler.js'

export const listGroupsHandler = defineHandler(listGroupsApi, {
  async handle(request, context, broker) {
    const { results, errorCode } = await broker.groupCoordinator.readAll(groupRequestHeader(context), (shard, ctx) =>
      shard.listGroups(ctx, request),
    )
    const groups = results
      .flatMap((r) => r.groups)
      .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0))
    return { throttleTimeMs: 0, errorCode, groups }
  },
})
