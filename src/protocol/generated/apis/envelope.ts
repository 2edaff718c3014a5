// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 58: Envelope.
import type { ApiDefinition } from '../api-table.js'
import { defaultEnvelopeRequest, readEnvelopeRequest, writeEnvelopeRequest, type EnvelopeRequest } from '../message/envelope-request.js'
import { defaultEnvelopeResponse, readEnvelopeResponse, writeEnvelopeResponse, type EnvelopeResponse } from '../message/envelope-response.js'

export const envelopeApi: ApiDefinition<EnvelopeRequest, EnvelopeResponse> = {
  ...{ apiKey: 58, name: 'Envelope', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller', 'zkBroker'], latestVersionUnstable: false },
  request: { name: 'EnvelopeRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readEnvelopeRequest, write: writeEnvelopeRequest, create: defaultEnvelopeRequest },
  response: { name: 'EnvelopeResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readEnvelopeResponse, write: writeEnvelopeResponse, create: defaultEnvelopeResponse },
}
