// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 32: DescribeConfigs.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeConfigsRequest, readDescribeConfigsRequest, writeDescribeConfigsRequest, type DescribeConfigsRequest } from '../message/describe-configs-request.js'
import { defaultDescribeConfigsResponse, readDescribeConfigsResponse, writeDescribeConfigsResponse, type DescribeConfigsResponse } from '../message/describe-configs-response.js'

export const describeConfigsApi: ApiDefinition<DescribeConfigsRequest, DescribeConfigsResponse> = {
  ...{ apiKey: 32, name: 'DescribeConfigs', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'DescribeConfigsRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readDescribeConfigsRequest, write: writeDescribeConfigsRequest, create: defaultDescribeConfigsRequest },
  response: { name: 'DescribeConfigsResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readDescribeConfigsResponse, write: writeDescribeConfigsResponse, create: defaultDescribeConfigsResponse },
}
