// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 60: DescribeCluster.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeClusterRequest, readDescribeClusterRequest, writeDescribeClusterRequest, type DescribeClusterRequest } from '../message/describe-cluster-request.js'
import { defaultDescribeClusterResponse, readDescribeClusterResponse, writeDescribeClusterResponse, type DescribeClusterResponse } from '../message/describe-cluster-response.js'

export const describeClusterApi: ApiDefinition<DescribeClusterRequest, DescribeClusterResponse> = {
  ...{ apiKey: 60, name: 'DescribeCluster', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'DescribeClusterRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readDescribeClusterRequest, write: writeDescribeClusterRequest, create: defaultDescribeClusterRequest },
  response: { name: 'DescribeClusterResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readDescribeClusterResponse, write: writeDescribeClusterResponse, create: defaultDescribeClusterResponse },
}
