// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 51: AlterUserScramCredentials.
import type { ApiDefinition } from '../api-table.js'
import { defaultAlterUserScramCredentialsRequest, readAlterUserScramCredentialsRequest, writeAlterUserScramCredentialsRequest, type AlterUserScramCredentialsRequest } from '../message/alter-user-scram-credentials-request.js'
import { defaultAlterUserScramCredentialsResponse, readAlterUserScramCredentialsResponse, writeAlterUserScramCredentialsResponse, type AlterUserScramCredentialsResponse } from '../message/alter-user-scram-credentials-response.js'

export const alterUserScramCredentialsApi: ApiDefinition<AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse> = {
  ...{ apiKey: 51, name: 'AlterUserScramCredentials', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'AlterUserScramCredentialsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAlterUserScramCredentialsRequest, write: writeAlterUserScramCredentialsRequest, create: defaultAlterUserScramCredentialsRequest },
  response: { name: 'AlterUserScramCredentialsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAlterUserScramCredentialsResponse, write: writeAlterUserScramCredentialsResponse, create: defaultAlterUserScramCredentialsResponse },
}
