// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 45: AlterPartitionReassignments.
import type { ApiDefinition } from '../api-table.js'
import { defaultAlterPartitionReassignmentsRequest, readAlterPartitionReassignmentsRequest, writeAlterPartitionReassignmentsRequest, type AlterPartitionReassignmentsRequest } from '../message/alter-partition-reassignments-request.js'
import { defaultAlterPartitionReassignmentsResponse, readAlterPartitionReassignmentsResponse, writeAlterPartitionReassignmentsResponse, type AlterPartitionReassignmentsResponse } from '../message/alter-partition-reassignments-response.js'

export const alterPartitionReassignmentsApi: ApiDefinition<AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse> = {
  ...{ apiKey: 45, name: 'AlterPartitionReassignments', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker', 'controller', 'zkBroker'], latestVersionUnstable: false },
  request: { name: 'AlterPartitionReassignmentsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAlterPartitionReassignmentsRequest, write: writeAlterPartitionReassignmentsRequest, create: defaultAlterPartitionReassignmentsRequest },
  response: { name: 'AlterPartitionReassignmentsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAlterPartitionReassignmentsResponse, write: writeAlterPartitionReassignmentsResponse, create: defaultAlterPartitionReassignmentsResponse },
}
