// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 80: AddRaftVoter.
import type { ApiDefinition } from '../api-table.js'
import { defaultAddRaftVoterRequest, readAddRaftVoterRequest, writeAddRaftVoterRequest, type AddRaftVoterRequest } from '../message/add-raft-voter-request.js'
import { defaultAddRaftVoterResponse, readAddRaftVoterResponse, writeAddRaftVoterResponse, type AddRaftVoterResponse } from '../message/add-raft-voter-response.js'

export const addRaftVoterApi: ApiDefinition<AddRaftVoterRequest, AddRaftVoterResponse> = {
  ...{ apiKey: 80, name: 'AddRaftVoter', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller', 'broker'], latestVersionUnstable: false },
  request: { name: 'AddRaftVoterRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAddRaftVoterRequest, write: writeAddRaftVoterRequest, create: defaultAddRaftVoterRequest },
  response: { name: 'AddRaftVoterResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAddRaftVoterResponse, write: writeAddRaftVoterResponse, create: defaultAddRaftVoterResponse },
}
