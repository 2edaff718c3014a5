// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 85: WriteShareGroupState.
import type { ApiDefinition } from '../api-table.js'
import { defaultWriteShareGroupStateRequest, readWriteShareGroupStateRequest, writeWriteShareGroupStateRequest, type WriteShareGroupStateRequest } from '../message/write-share-group-state-request.js'
import { defaultWriteShareGroupStateResponse, readWriteShareGroupStateResponse, writeWriteShareGroupStateResponse, type WriteShareGroupStateResponse } from '../message/write-share-group-state-response.js'

export const writeShareGroupStateApi: ApiDefinition<WriteShareGroupStateRequest, WriteShareGroupStateResponse> = {
  ...{ apiKey: 85, name: 'WriteShareGroupState', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'WriteShareGroupStateRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readWriteShareGroupStateRequest, write: writeWriteShareGroupStateRequest, create: defaultWriteShareGroupStateRequest },
  response: { name: 'WriteShareGroupStateResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readWriteShareGroupStateResponse, write: writeWriteShareGroupStateResponse, create: defaultWriteShareGroupStateResponse },
}
