// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 16: ListGroups.
import type { ApiDefinition } from '../api-table.js'
import { defaultListGroupsRequest, readListGroupsRequest, writeListGroupsRequest, type ListGroupsRequest } from '../message/list-groups-request.js'
import { defaultListGroupsResponse, readListGroupsResponse, writeListGroupsResponse, type ListGroupsResponse } from '../message/list-groups-response.js'

export const listGroupsApi: ApiDefinition<ListGroupsRequest, ListGroupsResponse> = {
  ...{ apiKey: 16, name: 'ListGroups', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'ListGroupsRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, read: readListGroupsRequest, write: writeListGroupsRequest, create: defaultListGroupsRequest },
  response: { name: 'ListGroupsResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, read: readListGroupsResponse, write: writeListGroupsResponse, create: defaultListGroupsResponse },
}
