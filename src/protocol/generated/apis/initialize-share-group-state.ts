// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 83: InitializeShareGroupState.
import type { ApiDefinition } from '../api-table.js'
import { defaultInitializeShareGroupStateRequest, readInitializeShareGroupStateRequest, writeInitializeShareGroupStateRequest, type InitializeShareGroupStateRequest } from '../message/initialize-share-group-state-request.js'
import { defaultInitializeShareGroupStateResponse, readInitializeShareGroupStateResponse, writeInitializeShareGroupStateResponse, type InitializeShareGroupStateResponse } from '../message/initialize-share-group-state-response.js'

export const initializeShareGroupStateApi: ApiDefinition<InitializeShareGroupStateRequest, InitializeShareGroupStateResponse> = {
  ...{ apiKey: 83, name: 'InitializeShareGroupState', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'InitializeShareGroupStateRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readInitializeShareGroupStateRequest, write: writeInitializeShareGroupStateRequest, create: defaultInitializeShareGroupStateRequest },
  response: { name: 'InitializeShareGroupStateResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readInitializeShareGroupStateResponse, write: writeInitializeShareGroupStateResponse, create: defaultInitializeShareGroupStateResponse },
}
