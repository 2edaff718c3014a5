// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 9: OffsetFetch.
import type { ApiDefinition } from '../api-table.js'
import { defaultOffsetFetchRequest, readOffsetFetchRequest, writeOffsetFetchRequest, type OffsetFetchRequest } from '../message/offset-fetch-request.js'
import { defaultOffsetFetchResponse, readOffsetFetchResponse, writeOffsetFetchResponse, type OffsetFetchResponse } from '../message/offset-fetch-response.js'

export const offsetFetchApi: ApiDefinition<OffsetFetchRequest, OffsetFetchResponse> = {
  ...{ apiKey: 9, name: 'OffsetFetch', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'OffsetFetchRequest', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readOffsetFetchRequest, write: writeOffsetFetchRequest, create: defaultOffsetFetchRequest },
  response: { name: 'OffsetFetchResponse', minVersion: 0, maxVersion: 9, flexibleMinVersion: 6, read: readOffsetFetchResponse, write: writeOffsetFetchResponse, create: defaultOffsetFetchResponse },
}
