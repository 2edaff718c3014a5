// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 18: ApiVersions.
import type { ApiDefinition } from '../api-table.js'
import { defaultApiVersionsRequest, readApiVersionsRequest, writeApiVersionsRequest, type ApiVersionsRequest } from '../message/api-versions-request.js'
import { defaultApiVersionsResponse, readApiVersionsResponse, writeApiVersionsResponse, type ApiVersionsResponse } from '../message/api-versions-response.js'

export const apiVersionsApi: ApiDefinition<ApiVersionsRequest, ApiVersionsResponse> = {
  ...{ apiKey: 18, name: 'ApiVersions', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'ApiVersionsRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readApiVersionsRequest, write: writeApiVersionsRequest, create: defaultApiVersionsRequest },
  response: { name: 'ApiVersionsResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readApiVersionsResponse, write: writeApiVersionsResponse, create: defaultApiVersionsResponse },
}
