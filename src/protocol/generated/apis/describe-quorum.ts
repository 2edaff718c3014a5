// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 55: DescribeQuorum.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeQuorumRequest, readDescribeQuorumRequest, writeDescribeQuorumRequest, type DescribeQuorumRequest } from '../message/describe-quorum-request.js'
import { defaultDescribeQuorumResponse, readDescribeQuorumResponse, writeDescribeQuorumResponse, type DescribeQuorumResponse } from '../message/describe-quorum-response.js'

export const describeQuorumApi: ApiDefinition<DescribeQuorumRequest, DescribeQuorumResponse> = {
  ...{ apiKey: 55, name: 'DescribeQuorum', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'DescribeQuorumRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readDescribeQuorumRequest, write: writeDescribeQuorumRequest, create: defaultDescribeQuorumRequest },
  response: { name: 'DescribeQuorumResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 0, read: readDescribeQuorumResponse, write: writeDescribeQuorumResponse, create: defaultDescribeQuorumResponse },
}
