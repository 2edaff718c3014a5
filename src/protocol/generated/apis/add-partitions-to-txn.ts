// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 24: AddPartitionsToTxn.
import type { ApiDefinition } from '../api-table.js'
import { defaultAddPartitionsToTxnRequest, readAddPartitionsToTxnRequest, writeAddPartitionsToTxnRequest, type AddPartitionsToTxnRequest } from '../message/add-partitions-to-txn-request.js'
import { defaultAddPartitionsToTxnResponse, readAddPartitionsToTxnResponse, writeAddPartitionsToTxnResponse, type AddPartitionsToTxnResponse } from '../message/add-partitions-to-txn-response.js'

export const addPartitionsToTxnApi: ApiDefinition<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse> = {
  ...{ apiKey: 24, name: 'AddPartitionsToTxn', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'AddPartitionsToTxnRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, read: readAddPartitionsToTxnRequest, write: writeAddPartitionsToTxnRequest, create: defaultAddPartitionsToTxnRequest },
  response: { name: 'AddPartitionsToTxnResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 3, read: readAddPartitionsToTxnResponse, write: writeAddPartitionsToTxnResponse, create: defaultAddPartitionsToTxnResponse },
}
