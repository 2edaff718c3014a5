// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 31: DeleteAcls.
import type { ApiDefinition } from '../api-table.js'
import { defaultDeleteAclsRequest, readDeleteAclsRequest, writeDeleteAclsRequest, type DeleteAclsRequest } from '../message/delete-acls-request.js'
import { defaultDeleteAclsResponse, readDeleteAclsResponse, writeDeleteAclsResponse, type DeleteAclsResponse } from '../message/delete-acls-response.js'

export const deleteAclsApi: ApiDefinition<DeleteAclsRequest, DeleteAclsResponse> = {
  ...{ apiKey: 31, name: 'DeleteAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'DeleteAclsRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDeleteAclsRequest, write: writeDeleteAclsRequest, create: defaultDeleteAclsRequest },
  response: { name: 'DeleteAclsResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readDeleteAclsResponse, write: writeDeleteAclsResponse, create: defaultDeleteAclsResponse },
}
