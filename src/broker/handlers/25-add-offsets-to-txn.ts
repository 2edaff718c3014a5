// AddOffsetsToTxn v0-4. v1 no change; v2 PRODUCER_FENCED may be returned (KIP-588); v3 flexible;
// v4 no change (KIP-890). Adds the group's __consumer_offsets partition to the transaction, so
// that its TxnOffsetCommit offsets are committed or dropped by the transaction's marker.
//
// Not implemented: authorization (TRANSACTIONAL_ID WRITE, GROUP READ).
import { addOffsetsToTxnApi } from '../../protocol/generated/apis/add-offsets-to-txn.js'
import { defineHandler } from '../handler.js'

export const addOffsetsToTxnHandler = defineHandler(addOffsetsToTxnApi, {
  async handle(request, context, broker) {
    return broker.transactionCoordinator.addOffsetsToTxn({ apiVersion: context.apiVersion }, request, (errorCode) => ({
      throttleTimeMs: 0,
      errorCode,
    }))
  },
})
