// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 26: EndTxn.
import type { ApiDefinition } from '../api-table.js'
import { defaultEndTxnRequest, readEndTxnRequest, writeEndTxnRequest, type EndTxnRequest } from '../message/end-txn-request.js'
import { defaultEndTxnResponse, readEndTxnResponse, writeEndTxnResponse, type EndTxnResponse } from '../message/end-txn-response.js'

export const endTxnApi: ApiDefinition<EndTxnRequest, EndTxnResponse> = {
  ...{ apiKey: 26, name: 'EndTxn', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'EndTxnRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readEndTxnRequest, write: writeEndTxnRequest, create: defaultEndTxnRequest },
  response: { name: 'EndTxnResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readEndTxnResponse, write: writeEndTxnResponse, create: defaultEndTxnResponse },
}
