// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 5: StopReplica.
import type { ApiDefinition } from '../api-table.js'
import { defaultStopReplicaRequest, readStopReplicaRequest, writeStopReplicaRequest, type StopReplicaRequest } from '../message/stop-replica-request.js'
import { defaultStopReplicaResponse, readStopReplicaResponse, writeStopReplicaResponse, type StopReplicaResponse } from '../message/stop-replica-response.js'

export const stopReplicaApi: ApiDefinition<StopReplicaRequest, StopReplicaResponse> = {
  ...{ apiKey: 5, name: 'StopReplica', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, deprecatedMaxVersion: -1, listeners: ['zkBroker'], latestVersionUnstable: false },
  request: { name: 'StopReplicaRequest', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, read: readStopReplicaRequest, write: writeStopReplicaRequest, create: defaultStopReplicaRequest },
  response: { name: 'StopReplicaResponse', minVersion: 0, maxVersion: 4, flexibleMinVersion: 2, read: readStopReplicaResponse, write: writeStopReplicaResponse, create: defaultStopReplicaResponse },
}
