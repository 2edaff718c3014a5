// EndQuorumEpoch v0-1 (KIP-595; v1 flexible, PreferredCandidates with directory ids in place of
// PreferredSuccessors, leader endpoints, KIP-853), controller listener only: a leader resigning
// (shutdown) and naming the voters that should stand first. The request goes to the local raft
// driver as an EndQuorumEpochRequest from the leader; the mapping and Kafka's request checks are
// in src/raft/wire.ts. No driver, or a closing one: BROKER_NOT_AVAILABLE.
//
// Not implemented: leader endpoints (sent empty, ignored), node endpoints in the response (empty).
import { ErrorCode } from '../../protocol/errors.js'
import { endQuorumEpochApi } from '../../protocol/generated/apis/end-quorum-epoch.js'
import {
  endQuorumEpochErrorResponse,
  fromWireEndQuorumEpochRequest,
  RAFT_ACCEPT_VERSIONS,
  toWireEndQuorumEpochResponse,
} from '../../raft/wire.js'
import { assert } from '../../util/assert.js'
import { defineHandler } from '../handler.js'
import { askRaft, inboundContext } from './raft-fetch.js'

export const endQuorumEpochHandler = defineHandler(endQuorumEpochApi, {
  minVersion: RAFT_ACCEPT_VERSIONS.endQuorumEpoch.min,
  maxVersion: RAFT_ACCEPT_VERSIONS.endQuorumEpoch.max,
  async handle(request, context, broker) {
    const decoded = fromWireEndQuorumEpochRequest(request, inboundContext(context, broker))
    if (!decoded.ok) return endQuorumEpochErrorResponse(decoded.errorCode)
    const response = await askRaft(broker, decoded.from, decoded.message)
    if (response === null) return endQuorumEpochErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE)
    assert(response.kind === 'EndQuorumEpochResponse', `raft answered EndQuorumEpoch with ${response.kind}`)
    return toWireEndQuorumEpochResponse(response)
  },
})
