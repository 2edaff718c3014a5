// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 66: ListTransactions.
import type { ApiDefinition } from '../api-table.js'
import { defaultListTransactionsRequest, readListTransactionsRequest, writeListTransactionsRequest, type ListTransactionsRequest } from '../message/list-transactions-request.js'
import { defaultListTransactionsResponse, readListTransactionsResponse, writeListTransactionsResponse, type ListTransactionsResponse } from '../message/list-transactions-response.js'

export const listTransactionsApi: ApiDefinition<ListTransactionsRequest, ListTransactionsResponse> = {
  ...{ apiKey: 66, name: 'ListTransactions', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'ListTransactionsRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readListTransactionsRequest, write: writeListTransactionsRequest, create: defaultListTransactionsRequest },
  response: { name: 'ListTransactionsResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readListTransactionsResponse, write: writeListTransactionsResponse, create: defaultListTransactionsResponse },
}
