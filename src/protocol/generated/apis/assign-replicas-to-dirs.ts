// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 73: AssignReplicasToDirs.
import type { ApiDefinition } from '../api-table.js'
import { defaultAssignReplicasToDirsRequest, readAssignReplicasToDirsRequest, writeAssignReplicasToDirsRequest, type AssignReplicasToDirsRequest } from '../message/assign-replicas-to-dirs-request.js'
import { defaultAssignReplicasToDirsResponse, readAssignReplicasToDirsResponse, writeAssignReplicasToDirsResponse, type AssignReplicasToDirsResponse } from '../message/assign-replicas-to-dirs-response.js'

export const assignReplicasToDirsApi: ApiDefinition<AssignReplicasToDirsRequest, AssignReplicasToDirsResponse> = {
  ...{ apiKey: 73, name: 'AssignReplicasToDirs', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'AssignReplicasToDirsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAssignReplicasToDirsRequest, write: writeAssignReplicasToDirsRequest, create: defaultAssignReplicasToDirsRequest },
  response: { name: 'AssignReplicasToDirsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readAssignReplicasToDirsResponse, write: writeAssignReplicasToDirsResponse, create: defaultAssignReplicasToDirsResponse },
}
