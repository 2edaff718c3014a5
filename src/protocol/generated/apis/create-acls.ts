// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 30: CreateAcls.
import type { ApiDefinition } from '../api-table.js'
import { defaultCreateAclsRequest, readCreateAclsRequest, writeCreateAclsRequest, type CreateAclsRequest } from '../message/create-acls-request.js'
import { defaultCreateAclsResponse, readCreateAclsResponse, writeCreateAclsResponse, type CreateAclsResponse } from '../message/create-acls-response.js'

export const createAclsApi: ApiDefinition<CreateAclsRequest, CreateAclsResponse> = {
  ...{ apiKey: 30, name: 'CreateAcls', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'CreateAclsRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreateAclsRequest, write: writeCreateAclsRequest, create: defaultCreateAclsRequest },
  response: { name: 'CreateAclsResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 2, read: readCreateAclsResponse, write: writeCreateAclsResponse, create: defaultCreateAclsResponse },
}
