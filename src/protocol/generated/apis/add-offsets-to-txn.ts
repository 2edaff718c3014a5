// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 25: AddOffsetsToTxn.
import type { ApiDefinition } from '../api-table.js'
import { defaultAddOffsetsToTxnRequest, readAddOffsetsToTxnRequest, writeAddOffsetsToTxnRequest, type AddOffsetsToTxnRequest } from '../message/add-offsets-to-txn-request.js'
import { defaultAddOffsetsToTxnResponse, readAddOffsetsToTxnResponse, writeAddOffsetsToTxnResponse, type AddOffsetsToTxnResponse } from '../message/add-offsets-to-txn-response.js'

export const addOffsetsToTxnApi: ApiDefinition<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse> = {
  ...{ apiKey: 25, name: 'AddOffsetsToTxn', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'AddOffsetsToTxnRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readAddOffsetsToTxnRequest, write: writeAddOffsetsToTxnRequest, create: defaultAddOffsetsToTxnRequest },
  response: { name: 'AddOffsetsToTxnResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readAddOffsetsToTxnResponse, write: writeAddOffsetsToTxnResponse, create: defaultAddOffsetsToTxnResponse },
}
