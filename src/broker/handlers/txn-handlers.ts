// The producer and transaction APIs: InitProducerId, the transaction coordinator's
// (AddPartitionsToTxn, AddOffsetsToTxn, EndTxn, DescribeTransactions, ListTransactions),
// WriteTxnMarkers (the partition leader's side) and DescribeProducers.
import type { Handler } from '../handler.js'
import { initProducerIdHandler } from './22-init-producer-id.js'
import { addPartitionsToTxnHandler } from './24-add-partitions-to-txn.js'
import { addOffsetsToTxnHandler } from './25-add-offsets-to-txn.js'
import { endTxnHandler } from './26-end-txn.js'
import { writeTxnMarkersHandler } from './27-write-txn-markers.js'
import { describeProducersHandler } from './61-describe-producers.js'
import { describeTransactionsHandler } from './65-describe-transactions.js'
import { listTransactionsHandler } from './66-list-transactions.js'

export const txnHandlers: Handler[] = [
  initProducerIdHandler as Handler,
  addPartitionsToTxnHandler as Handler,
  addOffsetsToTxnHandler as Handler,
  endTxnHandler as Handler,
  writeTxnMarkersHandler as Handler,
  describeProducersHandler as Handler,
  describeTransactionsHandler as Handler,
  listTransactionsHandler as Handler,
]
