// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 29: DescribeAcls.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeAclsRequest, readDescribeAclsRequest, writeDescribeAclsRequest, type DescribeAclsRequest } from '../message/describe-acls-request.js'
import { defaultDescribeAclsResponse, readDescribeAclsResponse, writeDescribeAclsResponse, type DescribeAclsResponse } from '../message/describe-acls-response.js'

export const describeAclsApi: ApiDefinition<DescribeAclsRequest, DescribeAclsResponse> = {
  ...{ apiKey: 29, name: 'DescribeAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'DescribeAclsRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDescribeAclsRequest, write: writeDescribeAclsRequest, create: defaultDescribeAclsRequest },
  response: { name: 'DescribeAclsResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDescribeAclsResponse, write: writeDescribeAclsResponse, create: defaultDescribeAclsResponse },
}
