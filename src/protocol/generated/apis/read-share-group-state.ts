// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 84: ReadShareGroupState.
import type { ApiDefinition } from '../api-table.js'
import { defaultReadShareGroupStateRequest, readReadShareGroupStateRequest, writeReadShareGroupStateRequest, type ReadShareGroupStateRequest } from '../message/read-share-group-state-request.js'
import { defaultReadShareGroupStateResponse, readReadShareGroupStateResponse, writeReadShareGroupStateResponse, type ReadShareGroupStateResponse } from '../message/read-share-group-state-response.js'

export const readShareGroupStateApi: ApiDefinition<ReadShareGroupStateRequest, ReadShareGroupStateResponse> = {
  ...{ apiKey: 84, name: 'ReadShareGroupState', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'ReadShareGroupStateRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readReadShareGroupStateRequest, write: writeReadShareGroupStateRequest, create: defaultReadShareGroupStateRequest },
  response: { name: 'ReadShareGroupStateResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readReadShareGroupStateResponse, write: writeReadShareGroupStateResponse, create: defaultReadShareGroupStateResponse },
}
