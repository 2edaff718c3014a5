// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 57: UpdateFeatures.
import type { ApiDefinition } from '../api-table.js'
import { defaultUpdateFeaturesRequest, readUpdateFeaturesRequest, writeUpdateFeaturesRequest, type UpdateFeaturesRequest } from '../message/update-features-request.js'
import { defaultUpdateFeaturesResponse, readUpdateFeaturesResponse, writeUpdateFeaturesResponse, type UpdateFeaturesResponse } from '../message/update-features-response.js'

export const updateFeaturesApi: ApiDefinition<UpdateFeaturesRequest, UpdateFeaturesResponse> = {
  ...{ apiKey: 57, name: 'UpdateFeatures', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'UpdateFeaturesRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readUpdateFeaturesRequest, write: writeUpdateFeaturesRequest, create: defaultUpdateFeaturesRequest },
  response: { name: 'UpdateFeaturesResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readUpdateFeaturesResponse, write: writeUpdateFeaturesResponse, create: defaultUpdateFeaturesResponse },
}
