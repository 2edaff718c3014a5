// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 34: AlterReplicaLogDirs.
import type { ApiDefinition } from '../api-table.js'
import { defaultAlterReplicaLogDirsRequest, readAlterReplicaLogDirsRequest, writeAlterReplicaLogDirsRequest, type AlterReplicaLogDirsRequest } from '../message/alter-replica-log-dirs-request.js'
import { defaultAlterReplicaLogDirsResponse, readAlterReplicaLogDirsResponse, writeAlterReplicaLogDirsResponse, type AlterReplicaLogDirsResponse } from '../message/alter-replica-log-dirs-response.js'

export const alterReplicaLogDirsApi: ApiDefinition<AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse> = {
  ...{ apiKey: 34, name: 'AlterReplicaLogDirs', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, deprecatedMaxVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  request: { name: 'AlterReplicaLogDirsRequest', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readAlterReplicaLogDirsRequest, write: writeAlterReplicaLogDirsRequest, create: defaultAlterReplicaLogDirsRequest },
  response: { name: 'AlterReplicaLogDirsResponse', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readAlterReplicaLogDirsResponse, write: writeAlterReplicaLogDirsResponse, create: defaultAlterReplicaLogDirsResponse },
}
