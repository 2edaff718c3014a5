// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 50: DescribeUserScramCredentials.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeUserScramCredentialsRequest, readDescribeUserScramCredentialsRequest, writeDescribeUserScramCredentialsRequest, type DescribeUserScramCredentialsRequest } from '../message/describe-user-scram-credentials-request.js'
import { defaultDescribeUserScramCredentialsResponse, readDescribeUserScramCredentialsResponse, writeDescribeUserScramCredentialsResponse, type DescribeUserScramCredentialsResponse } from '../message/describe-user-scram-credentials-response.js'

export const describeUserScramCredentialsApi: ApiDefinition<DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse> = {
  ...{ apiKey: 50, name: 'DescribeUserScramCredentials', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  request: { name: 'DescribeUserScramCredentialsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeUserScramCredentialsRequest, write: writeDescribeUserScramCredentialsRequest, create: defaultDescribeUserScramCredentialsRequest },
  response: { name: 'DescribeUserScramCredentialsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readDescribeUserScramCredentialsResponse, write: writeDescribeUserScramCredentialsResponse, create: defaultDescribeUserScramCredentialsResponse },
}
