// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 15: DescribeGroups.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeGroupsRequest, readDescribeGroupsRequest, writeDescribeGroupsRequest, type DescribeGroupsRequest } from '../message/describe-groups-request.js'
import { defaultDescribeGroupsResponse, readDescribeGroupsResponse, writeDescribeGroupsResponse, type DescribeGroupsResponse } from '../message/describe-groups-response.js'

export const describeGroupsApi: ApiDefinition<DescribeGroupsRequest, DescribeGroupsResponse> = {
  ...{ apiKey: 15, name: 'DescribeGroups', minVersion: 0, maxVersion: 5, flexibleMinVersion: 5, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'DescribeGroupsRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 5, read: readDescribeGroupsRequest, write: writeDescribeGroupsRequest, create: defaultDescribeGroupsRequest },
  response: { name: 'DescribeGroupsResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 5, read: readDescribeGroupsResponse, write: writeDescribeGroupsResponse, create: defaultDescribeGroupsResponse },
}
