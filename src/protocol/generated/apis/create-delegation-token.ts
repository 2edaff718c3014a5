// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 38: CreateDelegationToken.
import type { ApiDefinition } from '../api-table.js'
import { defaultCreateDelegationTokenRequest, readCreateDelegationTokenRequest, writeCreateDelegationTokenRequest, type CreateDelegationTokenRequest } from '../message/create-delegation-token-request.js'
import { defaultCreateDelegationTokenResponse, readCreateDelegationTokenResponse, writeCreateDelegationTokenResponse, type CreateDelegationTokenResponse } from '../message/create-delegation-token-response.js'

export const createDelegationTokenApi: ApiDefinition<CreateDelegationTokenRequest, CreateDelegationTokenResponse> = {
  ...{ apiKey: 38, name: 'CreateDelegationToken', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'CreateDelegationTokenRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreateDelegationTokenRequest, write: writeCreateDelegationTokenRequest, create: defaultCreateDelegationTokenRequest },
  response: { name: 'CreateDelegationTokenResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreateDelegationTokenResponse, write: writeCreateDelegationTokenResponse, create: defaultCreateDelegationTokenResponse },
}
