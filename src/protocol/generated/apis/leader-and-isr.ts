// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 4: LeaderAndIsr.
import type { ApiDefinition } from '../api-table.js'
import { defaultLeaderAndIsrRequest, readLeaderAndIsrRequest, writeLeaderAndIsrRequest, type LeaderAndIsrRequest } from '../message/leader-and-isr-request.js'
import { defaultLeaderAndIsrResponse, readLeaderAndIsrResponse, writeLeaderAndIsrResponse, type LeaderAndIsrResponse } from '../message/leader-and-isr-response.js'

export const leaderAndIsrApi: ApiDefinition<LeaderAndIsrRequest, LeaderAndIsrResponse> = {
  ...{ apiKey: 4, name: 'LeaderAndIsr', minVersion: 0, maxVersion: 7, flexibleMinVersion: 4, deprecatedMaxVersion: -1, listeners: ['zkBroker'], latestVersionUnstable: false },
  request: { name: 'LeaderAndIsrRequest', minVersion: 0, maxVersion: 7, flexibleMinVersion: 4, read: readLeaderAndIsrRequest, write: writeLeaderAndIsrRequest, create: defaultLeaderAndIsrRequest },
  response: { name: 'LeaderAndIsrResponse', minVersion: 0, maxVersion: 7, flexibleMinVersion: 4, read: readLeaderAndIsrResponse, write: writeLeaderAndIsrResponse, create: defaultLeaderAndIsrResponse },
}
