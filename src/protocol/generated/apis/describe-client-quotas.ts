// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 48: DescribeClientQuotas.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeClientQuotasRequest, readDescribeClientQuotasRequest, writeDescribeClientQuotasRequest, type DescribeClientQuotasRequest } from '../message/describe-client-quotas-request.js'
import { defaultDescribeClientQuotasResponse, readDescribeClientQuotasResponse, writeDescribeClientQuotasResponse, type DescribeClientQuotasResponse } from '../message/describe-client-quotas-response.js'

export const describeClientQuotasApi: ApiDefinition<DescribeClientQuotasRequest, DescribeClientQuotasResponse> = {
  ...{ apiKey: 48, name: 'DescribeClientQuotas', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'DescribeClientQuotasRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readDescribeClientQuotasRequest, write: writeDescribeClientQuotasRequest, create: defaultDescribeClientQuotasRequest },
  response: { name: 'DescribeClientQuotasResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readDescribeClientQuotasResponse, write: writeDescribeClientQuotasResponse, create: defaultDescribeClientQuotasResponse },
}
