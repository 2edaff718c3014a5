// ListTransactions v0-1 (flexible). v1 durationFilter (KIP-994): only transactions running longer
// than that many ms. Lists the transactions of every __transaction_state partition this node
// coordinates, with the state and producer id filters; unknown state names come back in
// `unknownStateFilters`; COORDINATOR_LOAD_IN_PROGRESS while a partition is loading, as Kafka.
//
// Not implemented: authorization (TRANSACTIONAL_ID DESCRIBE filters the list).
import { listTransactionsApi } from '../../protocol/generated/apis/list-transactions.js'
import { defineHandler } from '../handler.js'

export const listTransactionsHandler = defineHandler(listTransactionsApi, {
  async handle(request, context, broker) {
    const filtered = context.apiVersion >= 1 ? request : { ...request, durationFilter: -1n }
    return broker.transactionCoordinator.listTransactions(filtered)
  },
})
