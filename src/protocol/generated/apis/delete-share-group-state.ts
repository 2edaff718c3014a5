// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 86: DeleteShareGroupState.
import type { ApiDefinition } from '../api-table.js'
import { defaultDeleteShareGroupStateRequest, readDeleteShareGroupStateRequest, writeDeleteShareGroupStateRequest, type DeleteShareGroupStateRequest } from '../message/delete-share-group-state-request.js'
import { defaultDeleteShareGroupStateResponse, readDeleteShareGroupStateResponse, writeDeleteShareGroupStateResponse, type DeleteShareGroupStateResponse } from '../message/delete-share-group-state-response.js'

export const deleteShareGroupStateApi: ApiDefinition<DeleteShareGroupStateRequest, DeleteShareGroupStateResponse> = {
  ...{ apiKey: 86, name: 'DeleteShareGroupState', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'DeleteShareGroupStateRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDeleteShareGroupStateRequest, write: writeDeleteShareGroupStateRequest, create: defaultDeleteShareGroupStateRequest },
  response: { name: 'DeleteShareGroupStateResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDeleteShareGroupStateResponse, write: writeDeleteShareGroupStateResponse, create: defaultDeleteShareGroupStateResponse },
}
