// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 41: DescribeDelegationToken.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeDelegationTokenRequest, readDescribeDelegationTokenRequest, writeDescribeDelegationTokenRequest, type DescribeDelegationTokenRequest } from '../message/describe-delegation-token-request.js'
import { defaultDescribeDelegationTokenResponse, readDescribeDelegationTokenResponse, writeDescribeDelegationTokenResponse, type DescribeDelegationTokenResponse } from '../message/describe-delegation-token-response.js'

export const describeDelegationTokenApi: ApiDefinition<DescribeDelegationTokenRequest, DescribeDelegationTokenResponse> = {
  ...{ apiKey: 41, name: 'DescribeDelegationToken', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'DescribeDelegationTokenRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDescribeDelegationTokenRequest, write: writeDescribeDelegationTokenRequest, create: defaultDescribeDelegationTokenRequest },
  response: { name: 'DescribeDelegationTokenResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDescribeDelegationTokenResponse, write: writeDescribeDelegationTokenResponse, create: defaultDescribeDelegationTokenResponse },
}
