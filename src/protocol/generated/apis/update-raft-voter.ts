// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 82: UpdateRaftVoter.
import type { ApiDefinition } from '../api-table.js'
import { defaultUpdateRaftVoterRequest, readUpdateRaftVoterRequest, writeUpdateRaftVoterRequest, type UpdateRaftVoterRequest } from '../message/update-raft-voter-request.js'
import { defaultUpdateRaftVoterResponse, readUpdateRaftVoterResponse, writeUpdateRaftVoterResponse, type UpdateRaftVoterResponse } from '../message/update-raft-voter-response.js'

export const updateRaftVoterApi: ApiDefinition<UpdateRaftVoterRequest, UpdateRaftVoterResponse> = {
  ...{ apiKey: 82, name: 'UpdateRaftVoter', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'UpdateRaftVoterRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUpdateRaftVoterRequest, write: writeUpdateRaftVoterRequest, create: defaultUpdateRaftVoterRequest },
  response: { name: 'UpdateRaftVoterResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readUpdateRaftVoterResponse, write: writeUpdateRaftVoterResponse, create: defaultUpdateRaftVoterResponse },
}
