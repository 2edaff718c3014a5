// FetchSnapshot v0-1 (KIP-630; v1 ReplicaDirectoryId and node endpoints, KIP-853), controller
// listener only: a follower or an observer whose fetch position is below the leader's log start
// downloads the leader's snapshot in chunks. The request goes to the local raft driver
// (RaftDriver.handleFetchSnapshot), which checks it as Kafka's leader does (epoch, snapshot id,
// position: FENCED_LEADER_EPOCH, SNAPSHOT_NOT_FOUND, POSITION_OUT_OF_RANGE, ...) and reads the
// chunk from the snapshot file; the chunk is cut to the request's MaxBytes, as Kafka slices
// min(MaxBytes, size). The mapping and the cluster id check are in src/raft/wire.ts. No driver,
// or a closing one: BROKER_NOT_AVAILABLE.
//
// Differences from Kafka: a request about another topic or partition is INVALID_REQUEST at the
// top level (Kafka answers UNKNOWN_TOPIC_OR_PARTITION for that partition); node endpoints (v1) are
// empty.
import { ErrorCode } from '../../protocol/errors.js'
import { fetchSnapshotApi } from '../../protocol/generated/apis/fetch-snapshot.js'
import { RaftDriverClosedError } from '../../raft/driver.js'
import type { FetchSnapshotResponse } from '../../raft/messages.js'
import {
  fetchSnapshotErrorResponse,
  fromWireFetchSnapshotRequest,
  RAFT_ACCEPT_VERSIONS,
  toWireFetchSnapshotResponse,
} from '../../raft/wire.js'
import { defineHandler } from '../handler.js'
import { inboundContext } from './raft-fetch.js'

export const fetchSnapshotHandler = defineHandler(fetchSnapshotApi, {
  minVersion: RAFT_ACCEPT_VERSIONS.fetchSnapshot.min,
  maxVersion: RAFT_ACCEPT_VERSIONS.fetchSnapshot.max,
  async handle(request, context, broker) {
    const decoded = fromWireFetchSnapshotRequest(request, inboundContext(context, broker))
    if (!decoded.ok) return fetchSnapshotErrorResponse(decoded.errorCode)
    const raft = broker.raft
    if (raft === null) return fetchSnapshotErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE)
    let response: FetchSnapshotResponse
    try {
      response = await raft.handleFetchSnapshot(decoded.from, decoded.message)
    } catch (err) {
      if (err instanceof RaftDriverClosedError) return fetchSnapshotErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE)
      throw err
    }
    const maxBytes = decoded.maxBytes ?? response.bytes.length
    const bytes = response.bytes.length > maxBytes ? response.bytes.subarray(0, maxBytes) : response.bytes
    return toWireFetchSnapshotResponse({ ...response, bytes })
  },
})
