// DescribeGroups v0-5. v1 throttle time; v2 no change; v3 authorized operations when asked
// (KIP-430); v4 group instance id of members (KIP-345); v5 flexible.
//
// Groups are split by coordinator partition and described one by one. A group Kafka does not
// know is described as Dead with no error (before v6, which adds GROUP_ID_NOT_FOUND and is not in
// this spec); the empty group id is INVALID_GROUP_ID. Member metadata and assignments are shown
// only for a Stable group, as Kafka. Without an authorizer every operation on a group is allowed:
// READ (3), DELETE (6) and DESCRIBE (8), the bitfield 1<<3 | 1<<6 | 1<<8.
//
// Not implemented: authorization.
import { groupRequestHeader } from '../../coordinator/group/request-header.js'
import { ErrorCode } from '../../protocol/errors.js'
import { describeGroupsApi } from '../../protocol/generated/apis/describe-groups.js'
import type { DescribedGroup } from '../../protocol/generated/message/describe-groups-response.js'
import { defineHandler } from '../handler.js'

/** Kafka's AclOperation codes for what a group supports. */
const READ = 3
const DELETE = 6
const DESCRIBE = 8
export const GROUP_AUTHORIZED_OPERATIONS = (1 << READ) | (1 << DELETE) | (1 << DESCRIBE)
/** Integer.MIN_VALUE: not requested. */
const NOT_REQUESTED = -2147483648

export const describeGroupsHandler = defineHandler(describeGroupsApi, {
  async handle(request, context, broker) {
    const header = groupRequestHeader(context)
    const groups = await Promise.all(
      request.groups.map((groupId) =>
        broker.groupCoordinator.read(
          groupId,
          header,
          (shard, ctx): DescribedGroup => {
            const described = shard.describeGroups(ctx, { ...request, groups: [groupId] }).groups[0]
            if (described === undefined) return errorGroup(groupId, ErrorCode.UNKNOWN_SERVER_ERROR)
            if (request.includeAuthorizedOperations && described.errorCode === ErrorCode.NONE) {
              return { ...described, authorizedOperations: GROUP_AUTHORIZED_OPERATIONS }
            }
            return described
          },
          (errorCode) => errorGroup(groupId, errorCode),
        ),
      ),
    )
    return { throttleTimeMs: 0, groups }
  },
})

function errorGroup(groupId: string, errorCode: ErrorCode): DescribedGroup {
  return {
    errorCode,
    groupId,
    groupState: '',
    protocolType: '',
    protocolData: '',
    members: [],
    authorizedOperations: NOT_REQUESTED,
  }
}
