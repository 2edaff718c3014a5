// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 0: Produce.
import type { ApiDefinition } from '../api-table.js'
import { defaultProduceRequest, readProduceRequest, writeProduceRequest, type ProduceRequest } from '../message/produce-request.js'
import { defaultProduceResponse, readProduceResponse, writeProduceResponse, type ProduceResponse } from '../message/produce-response.js'

export const produceApi: ApiDefinition<ProduceRequest, ProduceResponse> = {
  ...{ apiKey: 0, name: 'Produce', minVersion: 0, maxVersion: 11, flexibleMinVersion: 9, deprecatedMaxVersion: 6, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'ProduceRequest', minVersion: 0, maxVersion: 11, flexibleMinVersion: 9, read: readProduceRequest, write: writeProduceRequest, create: defaultProduceRequest },
  response: { name: 'ProduceResponse', minVersion: 0, maxVersion: 11, flexibleMinVersion: 9, read: readProduceResponse, write: writeProduceResponse, create: defaultProduceResponse },
}
