// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 6: UpdateMetadata.
import type { ApiDefinition } from '../api-table.js'
import { defaultUpdateMetadataRequest, readUpdateMetadataRequest, writeUpdateMetadataRequest, type UpdateMetadataRequest } from '../message/update-metadata-request.js'
import { defaultUpdateMetadataResponse, readUpdateMetadataResponse, writeUpdateMetadataResponse, type UpdateMetadataResponse } from '../message/update-metadata-response.js'

export const updateMetadataApi: ApiDefinition<UpdateMetadataRequest, UpdateMetadataResponse> = {
  ...{ apiKey: 6, name: 'UpdateMetadata', minVersion: 0, maxVersion: 8, flexibleMinVersion: 6, deprecatedMaxVersion: -1, listeners: ['zkBroker'], latestVersionUnstable: false },
  request: { name: 'UpdateMetadataRequest', minVersion: 0, maxVersion: 8, flexibleMinVersion: 6, read: readUpdateMetadataRequest, write: writeUpdateMetadataRequest, create: defaultUpdateMetadataRequest },
  response: { name: 'UpdateMetadataResponse', minVersion: 0, maxVersion: 8, flexibleMinVersion: 6, read: readUpdateMetadataResponse, write: writeUpdateMetadataResponse, create: defaultUpdateMetadataResponse },
}
