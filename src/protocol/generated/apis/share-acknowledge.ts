// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 79: ShareAcknowledge.
import type { ApiDefinition } from '../api-table.js'
import { defaultShareAcknowledgeRequest, readShareAcknowledgeRequest, writeShareAcknowledgeRequest, type ShareAcknowledgeRequest } from '../message/share-acknowledge-request.js'
import { defaultShareAcknowledgeResponse, readShareAcknowledgeResponse, writeShareAcknowledgeResponse, type ShareAcknowledgeResponse } from '../message/share-acknowledge-response.js'

export const shareAcknowledgeApi: ApiDefinition<ShareAcknowledgeRequest, ShareAcknowledgeResponse> = {
  ...{ apiKey: 79, name: 'ShareAcknowledge', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: true },
  request: { name: 'ShareAcknowledgeRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareAcknowledgeRequest, write: writeShareAcknowledgeRequest, create: defaultShareAcknowledgeRequest },
  response: { name: 'ShareAcknowledgeResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readShareAcknowledgeResponse, write: writeShareAcknowledgeResponse, create: defaultShareAcknowledgeResponse },
}
