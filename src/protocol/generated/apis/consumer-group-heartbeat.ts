// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 68: ConsumerGroupHeartbeat.
import type { ApiDefinition } from '../api-table.js'
import { defaultConsumerGroupHeartbeatRequest, readConsumerGroupHeartbeatRequest, writeConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatRequest } from '../message/consumer-group-heartbeat-request.js'
import { defaultConsumerGroupHeartbeatResponse, readConsumerGroupHeartbeatResponse, writeConsumerGroupHeartbeatResponse, type ConsumerGroupHeartbeatResponse } from '../message/consumer-group-heartbeat-response.js'

export const consumerGroupHeartbeatApi: ApiDefinition<ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse> = {
  ...{ apiKey: 68, name: 'ConsumerGroupHeartbeat', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'ConsumerGroupHeartbeatRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupHeartbeatRequest, write: writeConsumerGroupHeartbeatRequest, create: defaultConsumerGroupHeartbeatRequest },
  response: { name: 'ConsumerGroupHeartbeatResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readConsumerGroupHeartbeatResponse, write: writeConsumerGroupHeartbeatResponse, create: defaultConsumerGroupHeartbeatResponse },
}
