// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 47: OffsetDelete.
import type { ApiDefinition } from '../api-table.js'
import { defaultOffsetDeleteRequest, readOffsetDeleteRequest, writeOffsetDeleteRequest, type OffsetDeleteRequest } from '../message/offset-delete-request.js'
import { defaultOffsetDeleteResponse, readOffsetDeleteResponse, writeOffsetDeleteResponse, type OffsetDeleteResponse } from '../message/offset-delete-response.js'

export const offsetDeleteApi: ApiDefinition<OffsetDeleteRequest, OffsetDeleteResponse> = {
  ...{ apiKey: 47, name: 'OffsetDelete', minVersion: 0, maxVersion: 0, flexibleMinVersion: Number.POSITIVE_INFINITY, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'OffsetDeleteRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readOffsetDeleteRequest, write: writeOffsetDeleteRequest, create: defaultOffsetDeleteRequest },
  response: { name: 'OffsetDeleteResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: Number.POSITIVE_INFINITY, read: readOffsetDeleteResponse, write: writeOffsetDeleteResponse, create: defaultOffsetDeleteResponse },
}
