// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 40: ExpireDelegationToken.
import type { ApiDefinition } from '../api-table.js'
import { defaultExpireDelegationTokenRequest, readExpireDelegationTokenRequest, writeExpireDelegationTokenRequest, type ExpireDelegationTokenRequest } from '../message/expire-delegation-token-request.js'
import { defaultExpireDelegationTokenResponse, readExpireDelegationTokenResponse, writeExpireDelegationTokenResponse, type ExpireDelegationTokenResponse } from '../message/expire-delegation-token-response.js'

export const expireDelegationTokenApi: ApiDefinition<ExpireDelegationTokenRequest, ExpireDelegationTokenResponse> = {
  ...{ apiKey: 40, name: 'ExpireDelegationToken', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'ExpireDelegationTokenRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readExpireDelegationTokenRequest, write: writeExpireDelegationTokenRequest, create: defaultExpireDelegationTokenRequest },
  response: { name: 'ExpireDelegationTokenResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readExpireDelegationTokenResponse, write: writeExpireDelegationTokenResponse, create: defaultExpireDelegationTokenResponse },
}
