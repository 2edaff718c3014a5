// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 67: AllocateProducerIds.
import type { ApiDefinition } from '../api-table.js'
import { defaultAllocateProducerIdsRequest, readAllocateProducerIdsRequest, writeAllocateProducerIdsRequest, type AllocateProducerIdsRequest } from '../message/allocate-producer-ids-request.js'
import { defaultAllocateProducerIdsResponse, readAllocateProducerIdsResponse, writeAllocateProducerIdsResponse, type AllocateProducerIdsResponse } from '../message/allocate-producer-ids-response.js'

export const allocateProducerIdsApi: ApiDefinition<AllocateProducerIdsRequest, AllocateProducerIdsResponse> = {
  ...{ apiKey: 67, name: 'AllocateProducerIds', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false },
  request: { name: 'AllocateProducerIdsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAllocateProducerIdsRequest, write: writeAllocateProducerIdsRequest, create: defaultAllocateProducerIdsRequest },
  response: { name: 'AllocateProducerIdsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAllocateProducerIdsResponse, write: writeAllocateProducerIdsResponse, create: defaultAllocateProducerIdsResponse },
}
