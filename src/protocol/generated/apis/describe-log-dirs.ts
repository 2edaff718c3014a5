// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 35: DescribeLogDirs.
import type { ApiDefinition } from '../api-table.js'
import { defaultDescribeLogDirsRequest, readDescribeLogDirsRequest, writeDescribeLogDirsRequest, type DescribeLogDirsRequest } from '../message/describe-log-dirs-request.js'
import { defaultDescribeLogDirsResponse, readDescribeLogDirsResponse, writeDescribeLogDirsResponse, type DescribeLogDirsResponse } from '../message/describe-log-dirs-response.js'

export const describeLogDirsApi: ApiDefinition<DescribeLogDirsRequest, DescribeLogDirsResponse> = {
  ...{ apiKey: 35, name: 'DescribeLogDirs', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'DescribeLogDirsRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, read: readDescribeLogDirsRequest, write: writeDescribeLogDirsRequest, create: defaultDescribeLogDirsRequest },
  response: { name: 'DescribeLogDirsResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, read: readDescribeLogDirsResponse, write: writeDescribeLogDirsResponse, create: defaultDescribeLogDirsResponse },
}
