// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 1: Fetch.
import type { ApiDefinition } from '../api-table.js'
import { defaultFetchRequest, readFetchRequest, writeFetchRequest, type FetchRequest } from '../message/fetch-request.js'
import { defaultFetchResponse, readFetchResponse, writeFetchResponse, type FetchResponse } from '../message/fetch-response.js'

export const fetchApi: ApiDefinition<FetchRequest, FetchResponse> = {
  ...{ apiKey: 1, name: 'Fetch', minVersion: 0, maxVersion: 17, flexibleMinVersion: 12, deprecatedMaxVersion: 3, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'FetchRequest', minVersion: 0, maxVersion: 17, flexibleMinVersion: 12, read: readFetchRequest, write: writeFetchRequest, create: defaultFetchRequest },
  response: { name: 'FetchResponse', minVersion: 0, maxVersion: 17, flexibleMinVersion: 12, read: readFetchResponse, write: writeFetchResponse, create: defaultFetchResponse },
}
