// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 3: Metadata.
import type { ApiDefinition } from '../api-table.js'
import { defaultMetadataRequest, readMetadataRequest, writeMetadataRequest, type MetadataRequest } from '../message/metadata-request.js'
import { defaultMetadataResponse, readMetadataResponse, writeMetadataResponse, type MetadataResponse } from '../message/metadata-response.js'

export const metadataApi: ApiDefinition<MetadataRequest, MetadataResponse> = {
  ...{ apiKey: 3, name: 'Metadata', minVersion: 0, maxVersion: 12, flexibleMinVersion: 9, deprecatedMaxVersion: 3, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'MetadataRequest', minVersion: 0, maxVersion: 12, flexibleMinVersion: 9, read: readMetadataRequest, write: writeMetadataRequest, create: defaultMetadataRequest },
  response: { name: 'MetadataResponse', minVersion: 0, maxVersion: 12, flexibleMinVersion: 9, read: readMetadataResponse, write: writeMetadataResponse, create: defaultMetadataResponse },
}
