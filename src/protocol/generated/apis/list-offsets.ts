// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 2: ListOffsets.
import type { ApiDefinition } from '../api-table.js'
import { defaultListOffsetsRequest, readListOffsetsRequest, writeListOffsetsRequest, type ListOffsetsRequest } from '../message/list-offsets-request.js'
import { defaultListOffsetsResponse, readListOffsetsResponse, writeListOffsetsResponse, type ListOffsetsResponse } from '../message/list-offsets-response.js'

export const listOffsetsApi: ApiDefinition<ListOffsetsRequest, ListOffsetsResponse> = {
  ...{ apiKey: 2, name: 'ListOffsets', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'ListOffsetsRequest', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readListOffsetsRequest, write: writeListOffsetsRequest, create: defaultListOffsetsRequest },
  response: { name: 'ListOffsetsResponse', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readListOffsetsResponse, write: writeListOffsetsResponse, create: defaultListOffsetsResponse },
}
