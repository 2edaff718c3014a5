// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 39: RenewDelegationToken.
import type { ApiDefinition } from '../api-table.js'
import { defaultRenewDelegationTokenRequest, readRenewDelegationTokenRequest, writeRenewDelegationTokenRequest, type RenewDelegationTokenRequest } from '../message/renew-delegation-token-request.js'
import { defaultRenewDelegationTokenResponse, readRenewDelegationTokenResponse, writeRenewDelegationTokenResponse, type RenewDelegationTokenResponse } from '../message/renew-delegation-token-response.js'

export const renewDelegationTokenApi: ApiDefinition<RenewDelegationTokenRequest, RenewDelegationTokenResponse> = {
  ...{ apiKey: 39, name: 'RenewDelegationToken', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'RenewDelegationTokenRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readRenewDelegationTokenRequest, write: writeRenewDelegationTokenRequest, create: defaultRenewDelegationTokenRequest },
  response: { name: 'RenewDelegationTokenResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readRenewDelegationTokenResponse, write: writeRenewDelegationTokenResponse, create: defaultRenewDelegationTokenResponse },
}
