// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 28: TxnOffsetCommit.
import type { ApiDefinition } from '../api-table.js'
import { defaultTxnOffsetCommitRequest, readTxnOffsetCommitRequest, writeTxnOffsetCommitRequest, type TxnOffsetCommitRequest } from '../message/txn-offset-commit-request.js'
import { defaultTxnOffsetCommitResponse, readTxnOffsetCommitResponse, writeTxnOffsetCommitResponse, type TxnOffsetCommitResponse } from '../message/txn-offset-commit-response.js'

export const txnOffsetCommitApi: ApiDefinition<TxnOffsetCommitRequest, TxnOffsetCommitResponse> = {
  ...{ apiKey: 28, name: 'TxnOffsetCommit', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'TxnOffsetCommitRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readTxnOffsetCommitRequest, write: writeTxnOffsetCommitRequest, create: defaultTxnOffsetCommitRequest },
  response: { name: 'TxnOffsetCommitResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 3, read: readTxnOffsetCommitResponse, write: writeTxnOffsetCommitResponse, create: defaultTxnOffsetCommitResponse },
}
