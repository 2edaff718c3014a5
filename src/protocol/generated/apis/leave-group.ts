// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 13: LeaveGroup.
import type { ApiDefinition } from '../api-table.js'
import { defaultLeaveGroupRequest, readLeaveGroupRequest, writeLeaveGroupRequest, type LeaveGroupRequest } from '../message/leave-group-request.js'
import { defaultLeaveGroupResponse, readLeaveGroupResponse, writeLeaveGroupResponse, type LeaveGroupResponse } from '../message/leave-group-response.js'

export const leaveGroupApi: ApiDefinition<LeaveGroupRequest, LeaveGroupResponse> = {
  ...{ apiKey: 13, name: 'LeaveGroup', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'LeaveGroupRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, read: readLeaveGroupRequest, write: writeLeaveGroupRequest, create: defaultLeaveGroupRequest },
  response: { name: 'LeaveGroupResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, read: readLeaveGroupResponse, write: writeLeaveGroupResponse, create: defaultLeaveGroupResponse },
}
