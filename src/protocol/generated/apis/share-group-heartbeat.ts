// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 76: ShareGroupHeartbeat.
import type { ApiDefinition } from '../api-table.js'
import { defaultShareGroupHeartbeatRequest, readShareGroupHeartbeatRequest, writeShareGroupHeartbeatRequest, type ShareGroupHeartbeatRequest } from '../message/share-group-heartbeat-request.js'
import { defaultShareGroupHeartbeatResponse, readShareGroupHeartbeatResponse, writeShareGroupHeartbeatResponse, type ShareGroupHeartbeatResponse } from '../message/share-group-heartbeat-response.js'

export const shareGroupHeartbeatApi: ApiDefinition<ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse> = {
  ...{ apiKey: 76, name: 'ShareGroupHeartbeat', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'ShareGroupHeartbeatRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupHeartbeatRequest, write: writeShareGroupHeartbeatRequest, create: defaultShareGroupHeartbeatRequest },
  response: { name: 'ShareGroupHeartbeatResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareGroupHeartbeatResponse, write: writeShareGroupHeartbeatResponse, create: defaultShareGroupHeartbeatResponse },
}
