// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 44: IncrementalAlterConfigs.
import type { ApiDefinition } from '../api-table.js'
import { defaultIncrementalAlterConfigsRequest, readIncrementalAlterConfigsRequest, writeIncrementalAlterConfigsRequest, type IncrementalAlterConfigsRequest } from '../message/incremental-alter-configs-request.js'
import { defaultIncrementalAlterConfigsResponse, readIncrementalAlterConfigsResponse, writeIncrementalAlterConfigsResponse, type IncrementalAlterConfigsResponse } from '../message/incremental-alter-configs-response.js'

export const incrementalAlterConfigsApi: ApiDefinition<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse> = {
  ...{ apiKey: 44, name: 'IncrementalAlterConfigs', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'IncrementalAlterConfigsRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readIncrementalAlterConfigsRequest, write: writeIncrementalAlterConfigsRequest, create: defaultIncrementalAlterConfigsRequest },
  response: { name: 'IncrementalAlterConfigsResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readIncrementalAlterConfigsResponse, write: writeIncrementalAlterConfigsResponse, create: defaultIncrementalAlterConfigsResponse },
}
