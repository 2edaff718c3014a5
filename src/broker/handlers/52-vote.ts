// Vote v0-1 (KIP-595; v1 KIP-853: VoterId, directory ids, node endpoints), controller listener
// only. The request goes to the local raft driver as a VoteRequest from the candidate; the
// mapping and Kafka's request checks (cluster id, one `__cluster_metadata` partition, voter id,
// last offset and epoch) are in src/raft/wire.ts and answer at the top level. A node without a
// raft driver, or whose driver is closing, answers BROKER_NOT_AVAILABLE, which Kafka's raft client
// retries after a backoff.
//
// Not implemented: pre-votes in Kafka's VoteRequest v2 form (our spec copy stops at v1; see
// wire.ts for the private tag used meanwhile), node endpoints in the response (empty).
import { ErrorCode } from '../../protocol/errors.js'
import { voteApi } from '../../protocol/generated/apis/vote.js'
import { fromWireVoteRequest, RAFT_ACCEPT_VERSIONS, toWireVoteResponse, voteErrorResponse } from '../../raft/wire.js'
import { assert } from '../../util/assert.js'
import { defineHandler } from '../handler.js'
import { askRaft, inboundContext } from './raft-fetch.js'

export const voteHandler = defineHandler(voteApi, {
  minVersion: RAFT_ACCEPT_VERSIONS.vote.min,
  maxVersion: RAFT_ACCEPT_VERSIONS.vote.max,
  async handle(request, context, broker) {
    const decoded = fromWireVoteRequest(request, inboundContext(context, broker))
    if (!decoded.ok) return voteErrorResponse(decoded.errorCode)
    const response = await askRaft(broker, decoded.from, decoded.message)
    if (response === null) return voteErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE)
    assert(response.kind === 'VoteResponse', `raft answered Vote with ${response.kind}`)
    return toWireVoteResponse(response)
  },
})
