// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 46: ListPartitionReassignments.
import type { ApiDefinition } from '../api-table.js'
import { defaultListPartitionReassignmentsRequest, readListPartitionReassignmentsRequest, writeListPartitionReassignmentsRequest, type ListPartitionReassignmentsRequest } from '../message/list-partition-reassignments-request.js'
import { defaultListPartitionReassignmentsResponse, readListPartitionReassignmentsResponse, writeListPartitionReassignmentsResponse, type ListPartitionReassignmentsResponse } from '../message/list-partition-reassignments-response.js'

export const listPartitionReassignmentsApi: ApiDefinition<ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse> = {
  ...{ apiKey: 46, name: 'ListPartitionReassignments', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker', 'controller', 'zkBroker'], latestVersionUnstable: false },
  request: { name: 'ListPartitionReassignmentsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readListPartitionReassignmentsRequest, write: writeListPartitionReassignmentsRequest, create: defaultListPartitionReassignmentsRequest },
  response: { name: 'ListPartitionReassignmentsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readListPartitionReassignmentsResponse, write: writeListPartitionReassignmentsResponse, create: defaultListPartitionReassignmentsResponse },
}
