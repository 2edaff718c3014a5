// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 8: OffsetCommit.
import type { ApiDefinition } from '../api-table.js'
import { defaultOffsetCommitRequest, readOffsetCommitRequest, writeOffsetCommitRequest, type OffsetCommitRequest } from '../message/offset-commit-request.js'
import { defaultOffsetCommitResponse, readOffsetCommitResponse, writeOffsetCommitResponse, type OffsetCommitResponse } from '../message/offset-commit-response.js'

export const offsetCommitApi: ApiDefinition<OffsetCommitRequest, OffsetCommitResponse> = {
  ...{ apiKey: 8, name: 'OffsetCommit', minVersion: 0, maxVersion: 9, flexibleMinVersion: 8, deprecatedMaxVersion: 1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'OffsetCommitRequest', minVersion: 0, maxVersion: 9, flexibleMinVersion: 8, read: readOffsetCommitRequest, write: writeOffsetCommitRequest, create: defaultOffsetCommitRequest },
  response: { name: 'OffsetCommitResponse', minVersion: 0, maxVersion: 9, flexibleMinVersion: 8, read: readOffsetCommitResponse, write: writeOffsetCommitResponse, create: defaultOffsetCommitResponse },
}
