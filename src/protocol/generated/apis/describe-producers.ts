// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 61: DescribeProducers.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeProducersRequest, readDescribeProducersRequest, writeDescribeProducersRequest, type DescribeProducersRequest } from '../message/describe-producers-request.js'
import { defaultDescribeProducersResponse, readDescribeProducersResponse, writeDescribeProducersResponse, type DescribeProducersResponse } from '../message/describe-producers-response.js'

export const describeProducersApi: ApiDefinition<DescribeProducersRequest, DescribeProducersResponse> = {
  ...{ apiKey: 61, name: 'DescribeProducers', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'DescribeProducersRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeProducersRequest, write: writeDescribeProducersRequest, create: defaultDescribeProducersRequest },
  response: { name: 'DescribeProducersResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeProducersResponse, write: writeDescribeProducersResponse, create: defaultDescribeProducersResponse },
}
