// EndTxn v0-4. v1 no change; v2 PRODUCER_FENCED may be returned (KIP-588); v3 flexible; v4
// TRANSACTION_ABORTABLE may be returned (KIP-890; never by us). v5 (transaction.version 2, an
// epoch bump per transaction) is not served.
//
// The coordinator writes PrepareCommit/PrepareAbort to __transaction_state, answers, and then
// writes the COMMIT/ABORT markers through WriteTxnMarkers (27-write-txn-markers.ts).
//
// Not implemented: authorization (TRANSACTIONAL_ID WRITE).
import { endTxnApi } from '../../protocol/generated/apis/end-txn.js'
import { defineHandler } from '../handler.js'

export const endTxnHandler = defineHandler(endTxnApi, {
  async handle(request, context, broker) {
    return broker.transactionCoordinator.endTxn({ apiVersion: context.apiVersion }, request, (errorCode) => ({
      throttleTimeMs: 0,
      errorCode,
    }))
  },
})
