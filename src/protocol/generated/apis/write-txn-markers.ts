// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 27: WriteTxnMarkers.
import type { ApiDefinition } from '../api-table.js'
import { defaultWriteTxnMarkersRequest, readWriteTxnMarkersRequest, writeWriteTxnMarkersRequest, type WriteTxnMarkersRequest } from '../message/write-txn-markers-request.js'
import { defaultWriteTxnMarkersResponse, readWriteTxnMarkersResponse, writeWriteTxnMarkersResponse, type WriteTxnMarkersResponse } from '../message/write-txn-markers-response.js'

export const writeTxnMarkersApi: ApiDefinition<WriteTxnMarkersRequest, WriteTxnMarkersResponse> = {
  ...{ apiKey: 27, name: 'WriteTxnMarkers', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'WriteTxnMarkersRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readWriteTxnMarkersRequest, write: writeWriteTxnMarkersRequest, create: defaultWriteTxnMarkersRequest },
  response: { name: 'WriteTxnMarkersResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readWriteTxnMarkersResponse, write: writeWriteTxnMarkersResponse, create: defaultWriteTxnMarkersResponse },
}
