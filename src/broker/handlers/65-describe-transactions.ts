// DescribeTransactions v0 (flexible). Each transactional id is answered by the coordinator of its
// __transaction_state partition: its state, or TRANSACTIONAL_ID_NOT_FOUND, or the routing error
// (NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE) for that id alone.
//
// Not implemented: authorization (TRANSACTIONAL_ID DESCRIBE).
import { describeTransactionsApi } from '../../protocol/generated/apis/describe-transactions.js'
import { defaultTransactionState } from '../../protocol/generated/message/describe-transactions-response.js'
import { defineHandler } from '../handler.js'

export const describeTransactionsHandler = defineHandler(describeTransactionsApi, {
  async handle(request, _context, broker) {
    const transactionStates = await Promise.all(
      request.transactionalIds.map(async (transactionalId) => {
        const described = await broker.transactionCoordinator.describeTransaction(transactionalId)
        if (typeof described !== 'number') return described
        return { ...defaultTransactionState(), transactionalId, errorCode: described }
      }),
    )
    return { throttleTimeMs: 0, transactionStates }
  },
})
