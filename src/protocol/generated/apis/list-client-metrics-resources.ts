// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 74: ListClientMetricsResources.
import type { ApiDefinition } from '../api-table.js'
import { defaultListClientMetricsResourcesRequest, readListClientMetricsResourcesRequest, writeListClientMetricsResourcesRequest, type ListClientMetricsResourcesRequest } from '../message/list-client-metrics-resources-request.js'
import { defaultListClientMetricsResourcesResponse, readListClientMetricsResourcesResponse, writeListClientMetricsResourcesResponse, type ListClientMetricsResourcesResponse } from '../message/list-client-metrics-resources-response.js'

export const listClientMetricsResourcesApi: ApiDefinition<ListClientMetricsResourcesRequest, ListClientMetricsResourcesResponse> = {
  ...{ apiKey: 74, name: 'ListClientMetricsResources', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: false },
  request: { name: 'ListClientMetricsResourcesRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readListClientMetricsResourcesRequest, write: writeListClientMetricsResourcesRequest, create: defaultListClientMetricsResourcesRequest },
  response: { name: 'ListClientMetricsResourcesResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readListClientMetricsResourcesResponse, write: writeListClientMetricsResourcesResponse, create: defaultListClientMetricsResourcesResponse },
}
