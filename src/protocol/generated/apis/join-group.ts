// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 11: JoinGroup.
import type { ApiDefinition } from '../api-table.js'
import { defaultJoinGroupRequest, readJoinGroupRequest, writeJoinGroupRequest, type JoinGroupRequest } from '../message/join-group-request.js'
import { defaultJoinGroupResponse, readJoinGroupResponse, writeJoinGroupResponse, type JoinGroupResponse } from '../message/join-group-response.js'

export const joinGroupApi: ApiDefinition<JoinGroupRequest, JoinGroupResponse> = {
  ...{ apiKey: 11, name: 'JoinGroup', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, deprecatedMaxVersion: 1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'JoinGroupRequest', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readJoinGroupRequest, write: writeJoinGroupRequest, create: defaultJoinGroupRequest },
  response: { name: 'JoinGroupResponse', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readJoinGroupResponse, write: writeJoinGroupResponse, create: defaultJoinGroupResponse },
}
