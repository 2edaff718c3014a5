// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 56: AlterPartition.
import type { ApiDefinition } from '../api-table.js'
import { defaultAlterPartitionRequest, readAlterPartitionRequest, writeAlterPartitionRequest, type AlterPartitionRequest } from '../message/alter-partition-request.js'
import { defaultAlterPartitionResponse, readAlterPartitionResponse, writeAlterPartitionResponse, type AlterPartitionResponse } from '../message/alter-partition-response.js'

export const alterPartitionApi: ApiDefinition<AlterPartitionRequest, AlterPartitionResponse> = {
  ...{ apiKey: 56, name: 'AlterPartition', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false },
  request: { name: 'AlterPartitionRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, read: readAlterPartitionRequest, write: writeAlterPartitionRequest, create: defaultAlterPartitionRequest },
  response: { name: 'AlterPartitionResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 0, read: readAlterPartitionResponse, write: writeAlterPartitionResponse, create: defaultAlterPartitionResponse },
}
