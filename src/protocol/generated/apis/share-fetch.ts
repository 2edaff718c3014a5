// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 78: ShareFetch.
import type { ApiDefinition } from '../api-table.js'
import { defaultShareFetchRequest, readShareFetchRequest, writeShareFetchRequest, type ShareFetchRequest } from '../message/share-fetch-request.js'
import { defaultShareFetchResponse, readShareFetchResponse, writeShareFetchResponse, type ShareFetchResponse } from '../message/share-fetch-response.js'

export const shareFetchApi: ApiDefinition<ShareFetchRequest, ShareFetchResponse> = {
  ...{ apiKey: 78, name: 'ShareFetch', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'ShareFetchRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareFetchRequest, write: writeShareFetchRequest, create: defaultShareFetchRequest },
  response: { name: 'ShareFetchResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareFetchResponse, write: writeShareFetchResponse, create: defaultShareFetchResponse },
}
