// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 81: RemoveRaftVoter.
import type { ApiDefinition } from '../api-table.js'
import { defaultRemoveRaftVoterRequest, readRemoveRaftVoterRequest, writeRemoveRaftVoterRequest, type RemoveRaftVoterRequest } from '../message/remove-raft-voter-request.js'
import { defaultRemoveRaftVoterResponse, readRemoveRaftVoterResponse, writeRemoveRaftVoterResponse, type RemoveRaftVoterResponse } from '../message/remove-raft-voter-response.js'

export const removeRaftVoterApi: ApiDefinition<RemoveRaftVoterRequest, RemoveRaftVoterResponse> = {
  ...{ apiKey: 81, name: 'RemoveRaftVoter', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller', 'broker'], latestVersionUnstable: false },
  request: { name: 'RemoveRaftVoterRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveRaftVoterRequest, write: writeRemoveRaftVoterRequest, create: defaultRemoveRaftVoterRequest },
  response: { name: 'RemoveRaftVoterResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readRemoveRaftVoterResponse, write: writeRemoveRaftVoterResponse, create: defaultRemoveRaftVoterResponse },
}
