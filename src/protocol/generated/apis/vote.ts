// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 52: Vote.
import type { ApiDefinition } from '../api-table.js'
import { defaultVoteRequest, readVoteRequest, writeVoteRequest, type VoteRequest } from '../message/vote-request.js'
import { defaultVoteResponse, readVoteResponse, writeVoteResponse, type VoteResponse } from '../message/vote-response.js'

export const voteApi: ApiDefinition<VoteRequest, VoteResponse> = {
  ...{ apiKey: 52, name: 'Vote', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'VoteRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readVoteRequest, write: writeVoteRequest, create: defaultVoteRequest },
  response: { name: 'VoteResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readVoteResponse, write: writeVoteResponse, create: defaultVoteResponse },
}
