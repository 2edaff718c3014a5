// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 10: FindCoordinator.
import type { ApiDefinition } from '../api-table.js'
import { defaultFindCoordinatorRequest, readFindCoordinatorRequest, writeFindCoordinatorRequest, type FindCoordinatorRequest } from '../message/find-coordinator-request.js'
import { defaultFindCoordinatorResponse, readFindCoordinatorResponse, writeFindCoordinatorResponse, type FindCoordinatorResponse } from '../message/find-coordinator-response.js'

export const findCoordinatorApi: ApiDefinition<FindCoordinatorRequest, FindCoordinatorResponse> = {
  ...{ apiKey: 10, name: 'FindCoordinator', minVersion: 0, maxVersion: 6, flexibleMinVersion: 3, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'FindCoordinatorRequest', minVersion: 0, maxVersion: 6, flexibleMinVersion: 3, read: readFindCoordinatorRequest, write: writeFindCoordinatorRequest, create: defaultFindCoordinatorRequest },
  response: { name: 'FindCoordinatorResponse', minVersion: 0, maxVersion: 6, flexibleMinVersion: 3, read: readFindCoordinatorResponse, write: writeFindCoordinatorResponse, create: defaultFindCoordinatorResponse },
}
