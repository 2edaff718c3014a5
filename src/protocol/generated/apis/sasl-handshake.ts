// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 17: SaslHandshake.
import type { ApiDefinition } from '../api-table.js'
import { defaultSaslHandshakeRequest, readSaslHandshakeRequest, writeSaslHandshakeRequest, type SaslHandshakeRequest } from '../message/sasl-handshake-request.js'
import { defaultSaslHandshakeResponse, readSaslHandshakeResponse, writeSaslHandshakeResponse, type SaslHandshakeResponse } from '../message/sasl-handshake-response.js'

export const saslHandshakeApi: ApiDefinition<SaslHandshakeRequest, SaslHandshakeResponse> = {
  ...{ apiKey: 17, name: 'SaslHandshake', minVersion: 0, maxVersion: 1, flexibleMinVersion: Number.POSITIVE_INFINITY, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'SaslHandshakeRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readSaslHandshakeRequest, write: writeSaslHandshakeRequest, create: defaultSaslHandshakeRequest },
  response: { name: 'SaslHandshakeResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readSaslHandshakeResponse, write: writeSaslHandshakeResponse, create: defaultSaslHandshakeResponse },
}
