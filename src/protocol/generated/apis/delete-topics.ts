// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 20: DeleteTopics.
import type { ApiDefinition } from '../api-table.js'
import { defaultDeleteTopicsRequest, readDeleteTopicsRequest, writeDeleteTopicsRequest, type DeleteTopicsRequest } from '../message/delete-topics-request.js'
import { defaultDeleteTopicsResponse, readDeleteTopicsResponse, writeDeleteTopicsResponse, type DeleteTopicsResponse } from '../message/delete-topics-response.js'

export const deleteTopicsApi: ApiDefinition<DeleteTopicsRequest, DeleteTopicsResponse> = {
  ...{ apiKey: 20, name: 'DeleteTopics', minVersion: 0, maxVersion: 6, flexibleMinVersion: 4, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'DeleteTopicsRequest', minVersion: 0, maxVersion: 6, flexibleMinVersion: 4, read: readDeleteTopicsRequest, write: writeDeleteTopicsRequest, create: defaultDeleteTopicsRequest },
  response: { name: 'DeleteTopicsResponse', minVersion: 0, maxVersion: 6, flexibleMinVersion: 4, read: readDeleteTopicsResponse, write: writeDeleteTopicsResponse, create: defaultDeleteTopicsResponse },
}
