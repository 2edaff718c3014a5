// Fetch v13-17 on the controller listener: a voter or an observer fetching `__cluster_metadata`
// from the raft leader (KIP-595), as Kafka's ControllerApis hands Fetch to its raft client. The
// request becomes a FetchRequest from its replica id (ReplicaId up to v14, ReplicaState from v15);
// the driver may hold it up to maxWaitMs (the leader's long poll). The response's records are the
// leader's on-disk batches (RaftDriver.recordBytes), so a follower writes the same bytes.
// Versions before 13 name the topic instead of its id; Kafka's raft matches the topic id, so they
// are not served here. Kafka's request checks are in src/raft/wire.ts (top-level errors).
//
// Also the plumbing the other raft handlers share (the context for the wire mapping, and asking
// the driver), here rather than in raft-handlers.ts so the handler modules import no cycle.
//
// Not implemented: fetch sessions (sessionId 0), node endpoints (v16+, empty), logStartOffset
// (-1: no snapshots yet).
import { ErrorCode } from '../../protocol/errors.js'
import { fetchApi } from '../../protocol/generated/apis/fetch.js'
import { RaftDriverClosedError } from '../../raft/driver.js'
import type { NodeId } from '../../raft/election-state.js'
import type { RaftMessage } from '../../raft/messages.js'
import {
  encodeEntries,
  fetchErrorResponse,
  fromWireFetchRequest,
  type InboundContext,
  RAFT_ACCEPT_VERSIONS,
  toWireFetchResponse,
} from '../../raft/wire.js'
import { assert } from '../../util/assert.js'
import type { Broker } from '../broker.js'
import { defineHandler, type RequestContext } from '../handler.js'

export const raftFetchHandler = defineHandler(fetchApi, {
  minVersion: RAFT_ACCEPT_VERSIONS.fetch.min,
  maxVersion: RAFT_ACCEPT_VERSIONS.fetch.max,
  async handle(request, context, broker) {
    const decoded = fromWireFetchRequest(request, inboundContext(context, broker))
    if (!decoded.ok) return fetchErrorResponse(decoded.errorCode)
    const raft = broker.raft
    const response = await askRaft(broker, decoded.from, decoded.message)
    if (raft === null || response === null) return fetchErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE)
    assert(response.kind === 'FetchResponse', `raft answered Fetch with ${response.kind}`)
    let records = raft.recordBytes(response)
    // The driver keeps the bytes of every response it gave with entries; should one be missing,
    // the entries are encoded again rather than sent without records.
    if (records.length === 0 && response.records.length > 0) {
      records = await encodeEntries(response.records, {
        timestampMs: BigInt(Math.floor(broker.clock.wallMs())),
        leader: response.currentLeader,
      })
    }
    return toWireFetchResponse(response, records)
  },
})

/** What the wire mapping needs to know of this node and the request. */
export function inboundContext(context: RequestContext, broker: Broker): InboundContext {
  return {
    clusterId: broker.clusterId,
    localId: broker.nodeId,
    version: context.apiVersion,
    correlationId: context.header.correlationId,
  }
}

/**
 * The local raft driver's answer, or null when there is no driver or it is closing (the handler
 * then answers BROKER_NOT_AVAILABLE, which Kafka's raft client retries after a backoff).
 */
export async function askRaft(broker: Broker, from: NodeId, message: RaftMessage): Promise<RaftMessage | null> {
  const raft = broker.raft
  if (raft === null) return null
  try {
    return await raft.handleRequest(from, message)
  } catch (err) {
    if (err instanceof RaftDriverClosedError) return null
    throw err
  }
}
