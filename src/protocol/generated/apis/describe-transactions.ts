// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 65: DescribeTransactions.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeTransactionsRequest, readDescribeTransactionsRequest, writeDescribeTransactionsRequest, type DescribeTransactionsRequest } from '../message/describe-transactions-request.js'
import { defaultDescribeTransactionsResponse, readDescribeTransactionsResponse, writeDescribeTransactionsResponse, type DescribeTransactionsResponse } from '../message/describe-transactions-response.js'

export const describeTransactionsApi: ApiDefinition<DescribeTransactionsRequest, DescribeTransactionsResponse> = {
  ...{ apiKey: 65, name: 'DescribeTransactions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'DescribeTransactionsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeTransactionsRequest, write: writeDescribeTransactionsRequest, create: defaultDescribeTransactionsRequest },
  response: { name: 'DescribeTransactionsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeTransactionsResponse, write: writeDescribeTransactionsResponse, create: defaultDescribeTransactionsResponse },
}
