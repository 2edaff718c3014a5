// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 12: Heartbeat.
import type { ApiDefinition } from '../api-table.js'
import { defaultHeartbeatRequest, readHeartbeatRequest, writeHeartbeatRequest, type HeartbeatRequest } from '../message/heartbeat-request.js'
import { defaultHeartbeatResponse, readHeartbeatResponse, writeHeartbeatResponse, type HeartbeatResponse } from '../message/heartbeat-response.js'

export const heartbeatApi: ApiDefinition<HeartbeatRequest, HeartbeatResponse> = {
  ...{ apiKey: 12, name: 'Heartbeat', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'HeartbeatRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readHeartbeatRequest, write: writeHeartbeatRequest, create: defaultHeartbeatRequest },
  response: { name: 'HeartbeatResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readHeartbeatResponse, write: writeHeartbeatResponse, create: defaultHeartbeatResponse },
}
