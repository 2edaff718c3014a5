// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 33: AlterConfigs.
import type { ApiDefinition } from '../api-table.js'
import { defaultAlterConfigsRequest, readAlterConfigsRequest, writeAlterConfigsRequest, type AlterConfigsRequest } from '../message/alter-configs-request.js'
import { defaultAlterConfigsResponse, readAlterConfigsResponse, writeAlterConfigsResponse, type AlterConfigsResponse } from '../message/alter-configs-response.js'

export const alterConfigsApi: ApiDefinition<AlterConfigsRequest, AlterConfigsResponse> = {
  ...{ apiKey: 33, name: 'AlterConfigs', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'AlterConfigsRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readAlterConfigsRequest, write: writeAlterConfigsRequest, create: defaultAlterConfigsRequest },
  response: { name: 'AlterConfigsResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readAlterConfigsResponse, write: writeAlterConfigsResponse, create: defaultAlterConfigsResponse },
}
