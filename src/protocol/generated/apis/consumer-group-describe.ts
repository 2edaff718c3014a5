// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 69: ConsumerGroupDescribe.
import type { ApiDefinition } from '../api-table.js'
import { defaultConsumerGroupDescribeRequest, readConsumerGroupDescribeRequest, writeConsumerGroupDescribeRequest, type ConsumerGroupDescribeRequest } from '../message/consumer-group-describe-request.js'
import { defaultConsumerGroupDescribeResponse, readConsumerGroupDescribeResponse, writeConsumerGroupDescribeResponse, type ConsumerGroupDescribeResponse } from '../message/consumer-group-describe-response.js'

export const consumerGroupDescribeApi: ApiDefinition<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse> = {
  ...{ apiKey: 69, name: 'ConsumerGroupDescribe', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'ConsumerGroupDescribeRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupDescribeRequest, write: writeConsumerGroupDescribeRequest, create: defaultConsumerGroupDescribeRequest },
  response: { name: 'ConsumerGroupDescribeResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupDescribeResponse, write: writeConsumerGroupDescribeResponse, create: defaultConsumerGroupDescribeResponse },
}
