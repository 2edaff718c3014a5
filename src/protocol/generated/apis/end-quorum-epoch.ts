// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 54: EndQuorumEpoch.
import type { ApiDefinition } from '../api-table.js'
import { defaultEndQuorumEpochRequest, readEndQuorumEpochRequest, writeEndQuorumEpochRequest, type EndQuorumEpochRequest } from '../message/end-quorum-epoch-request.js'
import { defaultEndQuorumEpochResponse, readEndQuorumEpochResponse, writeEndQuorumEpochResponse, type EndQuorumEpochResponse } from '../message/end-quorum-epoch-response.js'

export const endQuorumEpochApi: ApiDefinition<EndQuorumEpochRequest, EndQuorumEpochResponse> = {
  ...{ apiKey: 54, name: 'EndQuorumEpoch', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'EndQuorumEpochRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readEndQuorumEpochRequest, write: writeEndQuorumEpochRequest, create: defaultEndQuorumEpochRequest },
  response: { name: 'EndQuorumEpochResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readEndQuorumEpochResponse, write: writeEndQuorumEpochResponse, create: defaultEndQuorumEpochResponse },
}
