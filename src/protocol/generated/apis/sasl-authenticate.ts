// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 36: SaslAuthenticate.
import type { ApiDefinition } from '../api-table.js'
import { defaultSaslAuthenticateRequest, readSaslAuthenticateRequest, writeSaslAuthenticateRequest, type SaslAuthenticateRequest } from '../message/sasl-authenticate-request.js'
import { defaultSaslAuthenticateResponse, readSaslAuthenticateResponse, writeSaslAuthenticateResponse, type SaslAuthenticateResponse } from '../message/sasl-authenticate-response.js'

export const saslAuthenticateApi: ApiDefinition<SaslAuthenticateRequest, SaslAuthenticateResponse> = {
  ...{ apiKey: 36, name: 'SaslAuthenticate', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'SaslAuthenticateRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readSaslAuthenticateRequest, write: writeSaslAuthenticateRequest, create: defaultSaslAuthenticateRequest },
  response: { name: 'SaslAuthenticateResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readSaslAuthenticateResponse, write: writeSaslAuthenticateResponse, create: defaultSaslAuthenticateResponse },
}
