// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 64: UnregisterBroker.
import type { ApiDefinition } from '../api-table.js'
import { defaultUnregisterBrokerRequest, readUnregisterBrokerRequest, writeUnregisterBrokerRequest, type UnregisterBrokerRequest } from '../message/unregister-broker-request.js'
import { defaultUnregisterBrokerResponse, readUnregisterBrokerResponse, writeUnregisterBrokerResponse, type UnregisterBrokerResponse } from '../message/unregister-broker-response.js'

export const unregisterBrokerApi: ApiDefinition<UnregisterBrokerRequest, UnregisterBrokerResponse> = {
  ...{ apiKey: 64, name: 'UnregisterBroker', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'UnregisterBrokerRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUnregisterBrokerRequest, write: writeUnregisterBrokerRequest, create: defaultUnregisterBrokerRequest },
  response: { name: 'UnregisterBrokerResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUnregisterBrokerResponse, write: writeUnregisterBrokerResponse, create: defaultUnregisterBrokerResponse },
}
