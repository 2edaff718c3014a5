// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 62: BrokerRegistration.
import type { ApiDefinition } from '../api-table.js'
import { defaultBrokerRegistrationRequest, readBrokerRegistrationRequest, writeBrokerRegistrationRequest, type BrokerRegistrationRequest } from '../message/broker-registration-request.js'
import { defaultBrokerRegistrationResponse, readBrokerRegistrationResponse, writeBrokerRegistrationResponse, type BrokerRegistrationResponse } from '../message/broker-registration-response.js'

export const brokerRegistrationApi: ApiDefinition<BrokerRegistrationRequest, BrokerRegistrationResponse> = {
  ...{ apiKey: 62, name: 'BrokerRegistration', minVersion: 0, maxVersion: 4, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'BrokerRegistrationRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 0, read: readBrokerRegistrationRequest, write: writeBrokerRegistrationRequest, create: defaultBrokerRegistrationRequest },
  response: { name: 'BrokerRegistrationResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 0, read: readBrokerRegistrationResponse, write: writeBrokerRegistrationResponse, create: defaultBrokerRegistrationResponse },
}
