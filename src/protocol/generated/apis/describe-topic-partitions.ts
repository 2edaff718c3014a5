// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 75: DescribeTopicPartitions.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeTopicPartitionsRequest, readDescribeTopicPartitionsRequest, writeDescribeTopicPartitionsRequest, type DescribeTopicPartitionsRequest } from '../message/describe-topic-partitions-request.js'
import { defaultDescribeTopicPartitionsResponse, readDescribeTopicPartitionsResponse, writeDescribeTopicPartitionsResponse, type DescribeTopicPartitionsResponse } from '../message/describe-topic-partitions-response.js'

export const describeTopicPartitionsApi: ApiDefinition<DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse> = {
  ...{ apiKey: 75, name: 'DescribeTopicPartitions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: false },
  request: { name: 'DescribeTopicPartitionsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeTopicPartitionsRequest, write: writeDescribeTopicPartitionsRequest, create: defaultDescribeTopicPartitionsRequest },
  response: { name: 'DescribeTopicPartitionsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeTopicPartitionsResponse, write: writeDescribeTopicPartitionsResponse, create: defaultDescribeTopicPartitionsResponse },
}
