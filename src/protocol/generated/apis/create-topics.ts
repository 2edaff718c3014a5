// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 19: CreateTopics.
import type { ApiDefinition } from '../api-table.js'
import { defaultCreateTopicsRequest, readCreateTopicsRequest, writeCreateTopicsRequest, type CreateTopicsRequest } from '../message/create-topics-request.js'
import { defaultCreateTopicsResponse, readCreateTopicsResponse, writeCreateTopicsResponse, type CreateTopicsResponse } from '../message/create-topics-response.js'

export const createTopicsApi: ApiDefinition<CreateTopicsRequest, CreateTopicsResponse> = {
  ...{ apiKey: 19, name: 'CreateTopics', minVersion: 0, maxVersion: 7, flexibleMinVersion: 5, deprecatedMaxVersion: 1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'CreateTopicsRequest', minVersion: 0, maxVersion: 7, flexibleMinVersion: 5, read: readCreateTopicsRequest, write: writeCreateTopicsRequest, create: defaultCreateTopicsRequest },
  response: { name: 'CreateTopicsResponse', minVersion: 0, maxVersion: 7, flexibleMinVersion: 5, read: readCreateTopicsResponse, write: writeCreateTopicsResponse, create: defaultCreateTopicsResponse },
}
