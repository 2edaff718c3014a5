// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 53: BeginQuorumEpoch.
import type { ApiDefinition } from '../api-table.js'
import { defaultBeginQuorumEpochRequest, readBeginQuorumEpochRequest, writeBeginQuorumEpochRequest, type BeginQuorumEpochRequest } from '../message/begin-quorum-epoch-request.js'
import { defaultBeginQuorumEpochResponse, readBeginQuorumEpochResponse, writeBeginQuorumEpochResponse, type BeginQuorumEpochResponse } from '../message/begin-quorum-epoch-response.js'

export const beginQuorumEpochApi: ApiDefinition<BeginQuorumEpochRequest, BeginQuorumEpochResponse> = {
  ...{ apiKey: 53, name: 'BeginQuorumEpoch', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'BeginQuorumEpochRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readBeginQuorumEpochRequest, write: writeBeginQuorumEpochRequest, create: defaultBeginQuorumEpochRequest },
  response: { name: 'BeginQuorumEpochResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readBeginQuorumEpochResponse, write: writeBeginQuorumEpochResponse, create: defaultBeginQuorumEpochResponse },
}
