// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 23: OffsetForLeaderEpoch.
import type { ApiDefinition } from '../api-table.js'
import { defaultOffsetForLeaderEpochRequest, readOffsetForLeaderEpochRequest, writeOffsetForLeaderEpochRequest, type OffsetForLeaderEpochRequest } from '../message/offset-for-leader-epoch-request.js'
import { defaultOffsetForLeaderEpochResponse, readOffsetForLeaderEpochResponse, writeOffsetForLeaderEpochResponse, type OffsetForLeaderEpochResponse } from '../message/offset-for-leader-epoch-response.js'

export const offsetForLeaderEpochApi: ApiDefinition<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse> = {
  ...{ apiKey: 23, name: 'OffsetForLeaderEpoch', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, deprecatedMaxVersion: 1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'OffsetForLeaderEpochRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readOffsetForLeaderEpochRequest, write: writeOffsetForLeaderEpochRequest, create: defaultOffsetForLeaderEpochRequest },
  response: { name: 'OffsetForLeaderEpochResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 4, read: readOffsetForLeaderEpochResponse, write: writeOffsetForLeaderEpochResponse, create: defaultOffsetForLeaderEpochResponse },
}
