// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 77: ShareGroupDescribe.
import type { ApiDefinition } from '../api-table.js'
import { defaultShareGroupDescribeRequest, readShareGroupDescribeRequest, writeShareGroupDescribeRequest, type ShareGroupDescribeRequest } from '../message/share-group-describe-request.js'
import { defaultShareGroupDescribeResponse, readShareGroupDescribeResponse, writeShareGroupDescribeResponse, type ShareGroupDescribeResponse } from '../message/share-group-describe-response.js'

export const shareGroupDescribeApi: ApiDefinition<ShareGroupDescribeRequest, ShareGroupDescribeResponse> = {
  ...{ apiKey: 77, name: 'ShareGroupDescribe', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'ShareGroupDescribeRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupDescribeRequest, write: writeShareGroupDescribeRequest, create: defaultShareGroupDescribeRequest },
  response: { name: 'ShareGroupDescribeResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupDescribeResponse, write: writeShareGroupDescribeResponse, create: defaultShareGroupDescribeResponse },
}
