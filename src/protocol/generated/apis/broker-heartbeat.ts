// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 63: BrokerHeartbeat.
import type { ApiDefinition } from '../api-table.js'
import { defaultBrokerHeartbeatRequest, readBrokerHeartbeatRequest, writeBrokerHeartbeatRequest, type BrokerHeartbeatRequest } from '../message/broker-heartbeat-request.js'
import { defaultBrokerHeartbeatResponse, readBrokerHeartbeatResponse, writeBrokerHeartbeatResponse, type BrokerHeartbeatResponse } from '../message/broker-heartbeat-response.js'

export const brokerHeartbeatApi: ApiDefinition<BrokerHeartbeatRequest, BrokerHeartbeatResponse> = {
  ...{ apiKey: 63, name: 'BrokerHeartbeat', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'BrokerHeartbeatRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readBrokerHeartbeatRequest, write: writeBrokerHeartbeatRequest, create: defaultBrokerHeartbeatRequest },
  response: { name: 'BrokerHeartbeatResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readBrokerHeartbeatResponse, write: writeBrokerHeartbeatResponse, create: defaultBrokerHeartbeatResponse },
}
