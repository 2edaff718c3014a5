// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 14: SyncGroup.
import type { ApiDefinition } from '../api-table.js'
import { defaultSyncGroupRequest, readSyncGroupRequest, writeSyncGroupRequest, type SyncGroupRequest } from '../message/sync-group-request.js'
import { defaultSyncGroupResponse, readSyncGroupResponse, writeSyncGroupResponse, type SyncGroupResponse } from '../message/sync-group-response.js'

export const syncGroupApi: ApiDefinition<SyncGroupRequest, SyncGroupResponse> = {
  ...{ apiKey: 14, name: 'SyncGroup', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'SyncGroupRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, read: readSyncGroupRequest, write: writeSyncGroupRequest, create: defaultSyncGroupRequest },
  response: { name: 'SyncGroupResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 4, read: readSyncGroupResponse, write: writeSyncGroupResponse, create: defaultSyncGroupResponse },
}
