// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 42: DeleteGroups.
import type { ApiDefinition } from '../api-table.js'
import { defaultDeleteGroupsRequest, readDeleteGroupsRequest, writeDeleteGroupsRequest, type DeleteGroupsRequest } from '../message/delete-groups-request.js'
import { defaultDeleteGroupsResponse, readDeleteGroupsResponse, writeDeleteGroupsResponse, type DeleteGroupsResponse } from '../message/delete-groups-response.js'

export const deleteGroupsApi: ApiDefinition<DeleteGroupsRequest, DeleteGroupsResponse> = {
  ...{ apiKey: 42, name: 'DeleteGroups', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'DeleteGroupsRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readDeleteGroupsRequest, write: writeDeleteGroupsRequest, create: defaultDeleteGroupsRequest },
  response: { name: 'DeleteGroupsResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readDeleteGroupsResponse, write: writeDeleteGroupsResponse, create: defaultDeleteGroupsResponse },
}
