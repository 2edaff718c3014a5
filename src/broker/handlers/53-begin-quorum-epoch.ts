// BeginQuorumEpoch v0-1 (KIP-595; v1 flexible, VoterId, leader endpoints, KIP-853), controller
// listener only: a new leader announcing its epoch. The request goes to the local raft driver as a
// BeginQuorumEpochRequest from the leader; the mapping and Kafka's request checks (cluster id, one
// `__cluster_metadata` partition, voter id) are in src/raft/wire.ts. No driver, or a closing one:
// BROKER_NOT_AVAILABLE.
//
// Not implemented: leader endpoints (sent empty, ignored), node endpoints in the response (empty).
import { ErrorCode } from '../../protocol/errors.js'
import { beginQuorumEpochApi } from '../../protocol/generated/apis/begin-quorum-epoch.js'
import {
  beginQuorumEpochErrorResponse,
  fromWireBeginQuorumEpochRequest,
  RAFT_ACCEPT_VERSIONS,
  toWireBeginQuorumEpochResponse,
} from '../../raft/wire.js'
import { assert } from '../../util/assert.js'
import { defineHandler } from '../handler.js'
import { askRaft, inboundContext } from './raft-fetch.js'

export const beginQuorumEpochHandler = defineHandler(beginQuorumEpochApi, {
  minVersion: RAFT_ACCEPT_VERSIONS.beginQuorumEpoch.min,
  maxVersion: RAFT_ACCEPT_VERSIONS.beginQuorumEpoch.max,
  async handle(request, context, broker) {
    const decoded = fromWireBeginQuorumEpochRequest(request, inboundContext(context, broker))
    if (!decoded.ok) return beginQuorumEpochErrorResponse(decoded.errorCode)
    const response = await askRaft(broker, decoded.from, decoded.message)
    if (response === null) return beginQuorumEpochErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE)
    assert(response.kind === 'BeginQuorumEpochResponse', `raft answered BeginQuorumEpoch with ${response.kind}`)
    return toWireBeginQuorumEpochResponse(response)
  },
})
