// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 37: CreatePartitions.
import type { ApiDefinition } from '../api-table.js'
import { defaultCreatePartitionsRequest, readCreatePartitionsRequest, writeCreatePartitionsRequest, type CreatePartitionsRequest } from '../message/create-partitions-request.js'
import { defaultCreatePartitionsResponse, readCreatePartitionsResponse, writeCreatePartitionsResponse, type CreatePartitionsResponse } from '../message/create-partitions-response.js'

export const createPartitionsApi: ApiDefinition<CreatePartitionsRequest, CreatePartitionsResponse> = {
  ...{ apiKey: 37, name: 'CreatePartitions', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'CreatePartitionsRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreatePartitionsRequest, write: writeCreatePartitionsRequest, create: defaultCreatePartitionsRequest },
  response: { name: 'CreatePartitionsResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreatePartitionsResponse, write: writeCreatePartitionsResponse, create: defaultCreatePartitionsResponse },
}
