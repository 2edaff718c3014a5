// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 43: ElectLeaders.
import type { ApiDefinition } from '../api-table.js'
import { defaultElectLeadersRequest, readElectLeadersRequest, writeElectLeadersRequest, type ElectLeadersRequest } from '../message/elect-leaders-request.js'
import { defaultElectLeadersResponse, readElectLeadersResponse, writeElectLeadersResponse, type ElectLeadersResponse } from '../message/elect-leaders-response.js'

export const electLeadersApi: ApiDefinition<ElectLeadersRequest, ElectLeadersResponse> = {
  ...{ apiKey: 43, name: 'ElectLeaders', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'ElectLeadersRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readElectLeadersRequest, write: writeElectLeadersRequest, create: defaultElectLeadersRequest },
  response: { name: 'ElectLeadersResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readElectLeadersResponse, write: writeElectLeadersResponse, create: defaultElectLeadersResponse },
}
