// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 22: InitProducerId.
import type { ApiDefinition } from '../api-table.js'
import { defaultInitProducerIdRequest, readInitProducerIdRequest, writeInitProducerIdRequest, type InitProducerIdRequest } from '../message/init-producer-id-request.js'
import { defaultInitProducerIdResponse, readInitProducerIdResponse, writeInitProducerIdResponse, type InitProducerIdResponse } from '../message/init-producer-id-response.js'

export const initProducerIdApi: ApiDefinition<InitProducerIdRequest, InitProducerIdResponse> = {
  ...{ apiKey: 22, name: 'InitProducerId', minVersion: 0, maxVersion: 5, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'InitProducerIdRequest', minVersion: 0, maxVersion: 5, flexibleMinVersion: 2, read: readInitProducerIdRequest, write: writeInitProducerIdRequest, create: defaultInitProducerIdRequest },
  response: { name: 'InitProducerIdResponse', minVersion: 0, maxVersion: 5, flexibleMinVersion: 2, read: readInitProducerIdResponse, write: writeInitProducerIdResponse, create: defaultInitProducerIdResponse },
}
