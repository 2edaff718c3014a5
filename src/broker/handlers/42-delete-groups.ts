// DeleteGroups v0-2. v1 no change (throttling after the response, KIP-219); v2 flexible.
//
// Each group goes to its coordinator partition: an Empty group's offsets and metadata get
// tombstones in __consumer_offsets; a group with members is NON_EMPTY_GROUP, an unknown one
// GROUP_ID_NOT_FOUND, the empty id INVALID_GROUP_ID; routing errors per group.
//
// Not implemented: authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { ErrorCode } from '../../protocol/errors.js'
import { deleteGroupsApi } from '../../protocol/generated/apis/delete-groups.js'
import type { DeletableGroupResult } from '../../protocol/generated/message/delete-groups-response.js'
import { defineHandler } from '../handler.js'

export const deleteGroupsHandler = defineHandler(deleteGroupsApi, {
  async handle(request, context, broker) {
    const header = groupRequestHeader(context)
    const results = await Promise.all(
      request.groupsNames.map((groupId) =>
        broker.groupCoordinator.write(
          groupId,
          header,
          (shard, ctx, nowMs) => {
            const result = shard.deleteGroups(ctx, { ...request, groupsNames: [groupId] }, nowMs)
            const answer: DeletableGroupResult = result.response.results[0] ?? {
              groupId,
              errorCode: ErrorCode.UNKNOWN_SERVER_ERROR,
            }
            return { ...result, response: answer }
          },
          (errorCode): DeletableGroupResult => ({ groupId, errorCode }),
        ),
      ),
    )
    return { throttleTimeMs: 0, results }
  },
})
