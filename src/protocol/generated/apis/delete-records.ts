// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 21: DeleteRecords.
import type { ApiDefinition } from '../api-table.js'
import { defaultDeleteRecordsRequest, readDeleteRecordsRequest, writeDeleteRecordsRequest, type DeleteRecordsRequest } from '../message/delete-records-request.js'
import { defaultDeleteRecordsResponse, readDeleteRecordsResponse, writeDeleteRecordsResponse, type DeleteRecordsResponse } from '../message/delete-records-response.js'

export const deleteRecordsApi: ApiDefinition<DeleteRecordsRequest, DeleteRecordsResponse> = {
  ...{ apiKey: 21, name: 'DeleteRecords', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'DeleteRecordsRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readDeleteRecordsRequest, write: writeDeleteRecordsRequest, create: defaultDeleteRecordsRequest },
  response: { name: 'DeleteRecordsResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readDeleteRecordsResponse, write: writeDeleteRecordsResponse, create: defaultDeleteRecordsResponse },
}
