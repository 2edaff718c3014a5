// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 87: ReadShareGroupStateSummary.
import type { ApiDefinition } from '../api-table.js'
import { defaultReadShareGroupStateSummaryRequest, readReadShareGroupStateSummaryRequest, writeReadShareGroupStateSummaryRequest, type ReadShareGroupStateSummaryRequest } from '../message/read-share-group-state-summary-request.js'
import { defaultReadShareGroupStateSummaryResponse, readReadShareGroupStateSummaryResponse, writeReadShareGroupStateSummaryResponse, type ReadShareGroupStateSummaryResponse } from '../message/read-share-group-state-summary-response.js'

export const readShareGroupStateSummaryApi: ApiDefinition<ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse> = {
  ...{ apiKey: 87, name: 'ReadShareGroupStateSummary', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'ReadShareGroupStateSummaryRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readReadShareGroupStateSummaryRequest, write: writeReadShareGroupStateSummaryRequest, create: defaultReadShareGroupStateSummaryRequest },
  response: { name: 'ReadShareGroupStateSummaryResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readReadShareGroupStateSummaryResponse, write: writeReadShareGroupStateSummaryResponse, create: defaultReadShareGroupStateSummaryResponse },
}
