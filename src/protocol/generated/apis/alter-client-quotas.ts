// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 49: AlterClientQuotas.
import type { ApiDefinition } from '../api-table.js'
import { defaultAlterClientQuotasRequest, readAlterClientQuotasRequest, writeAlterClientQuotasRequest, type AlterClientQuotasRequest } from '../message/alter-client-quotas-request.js'
import { defaultAlterClientQuotasResponse, readAlterClientQuotasResponse, writeAlterClientQuotasResponse, type AlterClientQuotasResponse } from '../message/alter-client-quotas-response.js'

export const alterClientQuotasApi: ApiDefinition<AlterClientQuotasRequest, AlterClientQuotasResponse> = {
  ...{ apiKey: 49, name: 'AlterClientQuotas', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'AlterClientQuotasRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readAlterClientQuotasRequest, write: writeAlterClientQuotasRequest, create: defaultAlterClientQuotasRequest },
  response: { name: 'AlterClientQuotasResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readAlterClientQuotasResponse, write: writeAlterClientQuotasResponse, create: defaultAlterClientQuotasResponse },
}
