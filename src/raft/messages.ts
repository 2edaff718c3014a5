// The raft RPCs as the core produces and consumes them: each is the single partition of the
// Kafka message of the same name (src/protocol/generated/message/*), with the fields Kafka's raft
// uses and the same names. The driver maps them to the generated types (topic
// `__cluster_metadata`, partition 0) and back. Differences, on purpose:
// - `correlationId` is the request header's; the driver echoes it into the response so a late
//   response to a request sent again is recognised as stale.
// - `preVote` is VoteRequest v2's `PreVote` (KIP-996); our spec copy stops at v1, so until the
//   spec is updated the driver can only send pre-votes to Oxbow peers.
// - Fetch `records` are log entries, where Kafka sends record batches (`records` bytes).
// - FetchSnapshot (KIP-630) is kept out of `RaftMessage` so code that switches over every
//   RaftMessage kind keeps compiling: the core sends its requests as the `sendFetchSnapshot`
//   effect, the driver answers requests itself (core.ts `validateFetchSnapshot`), and responses
//   come back into `step` as a `receive` input like any other message.

import type { ErrorCode } from '../protocol/errors.js'
import type { NodeId } from './election-state.js'
import type { LogEntry, OffsetAndEpoch } from './log.js'

export interface VoteRequest {
  readonly kind: 'VoteRequest'
  readonly correlationId: number
  /** The epoch the sender stands in; for a pre-vote its current epoch (not bumped). */
  readonly candidateEpoch: number
  readonly candidateId: NodeId
  readonly lastOffsetEpoch: number
  /** The sender's log end offset (Kafka's `LastOffset`). */
  readonly lastOffset: bigint
  readonly preVote: boolean
}

export interface VoteResponse {
  readonly kind: 'VoteResponse'
  readonly correlationId: number
  readonly errorCode: ErrorCode
  /** -1 when unknown, as on the wire. */
  readonly leaderId: NodeId
  readonly leaderEpoch: number
  readonly voteGranted: boolean
}

export interface BeginQuorumEpochRequest {
  readonly kind: 'BeginQuorumEpochRequest'
  readonly correlationId: number
  readonly leaderId: NodeId
  readonly leaderEpoch: number
}

export interface BeginQuorumEpochResponse {
  readonly kind: 'BeginQuorumEpochResponse'
  readonly correlationId: number
  readonly errorCode: ErrorCode
  readonly leaderId: NodeId
  readonly leaderEpoch: number
}

export interface EndQuorumEpochRequest {
  readonly kind: 'EndQuorumEpochRequest'
  readonly correlationId: number
  readonly leaderId: NodeId
  readonly leaderEpoch: number
  /** Voters in the order they should try to take over (Kafka's `PreferredSuccessors`). */
  readonly preferredSuccessors: readonly NodeId[]
}

export interface EndQuorumEpochResponse {
  readonly kind: 'EndQuorumEpochResponse'
  readonly correlationId: number
  readonly errorCode: ErrorCode
  readonly leaderId: NodeId
  readonly leaderEpoch: number
}

export interface FetchRequest {
  readonly kind: 'FetchRequest'
  readonly correlationId: number
  readonly replicaId: NodeId
  readonly currentLeaderEpoch: number
  readonly fetchOffset: bigint
  readonly lastFetchedEpoch: number
  readonly maxWaitMs: number
}

export interface FetchResponse {
  readonly kind: 'FetchResponse'
  readonly correlationId: number
  readonly errorCode: ErrorCode
  /** -1 while the leader does not know its high watermark yet, as in Kafka. */
  readonly highWatermark: bigint
  readonly currentLeader: { readonly leaderId: NodeId; readonly leaderEpoch: number }
  /** Set when the fetcher's log diverges from the leader's: truncate to at most this. */
  readonly divergingEpoch: { readonly epoch: number; readonly endOffset: bigint } | null
  readonly records: readonly LogEntry[]
  /**
   * KIP-630: set when the fetch position is below the leader's log start: fetch this snapshot
   * (FetchSnapshot) instead. Kafka's SnapshotId (endOffset, epoch). The core always sets it
   * (null when absent); a missing field reads as null.
   */
  readonly snapshotId?: OffsetAndEpoch | null
}

/** FetchSnapshot (KIP-630) request: bytes of the snapshot from `position` on. */
export interface FetchSnapshotRequest {
  readonly kind: 'FetchSnapshotRequest'
  readonly correlationId: number
  readonly replicaId: NodeId
  readonly currentLeaderEpoch: number
  readonly snapshotId: OffsetAndEpoch
  /** Byte position in the snapshot file to read from. */
  readonly position: bigint
}

export interface FetchSnapshotResponse {
  readonly kind: 'FetchSnapshotResponse'
  readonly correlationId: number
  readonly errorCode: ErrorCode
  readonly currentLeader: { readonly leaderId: NodeId; readonly leaderEpoch: number }
  readonly snapshotId: OffsetAndEpoch
  /** Total size of the snapshot in bytes. */
  readonly size: bigint
  /** Where `bytes` start in the snapshot (the request's position). */
  readonly position: bigint
  /** Kafka's UnalignedRecords: raw snapshot bytes, empty on error. */
  readonly bytes: Buffer
}

export type SnapshotMessage = FetchSnapshotRequest | FetchSnapshotResponse

/** What `step` accepts as a received message: every RaftMessage and FetchSnapshot responses. */
export type InboundMessage = RaftMessage | FetchSnapshotResponse

export type RaftMessage =
  | VoteRequest
  | VoteResponse
  | BeginQuorumEpochRequest
  | BeginQuorumEpochResponse
  | EndQuorumEpochRequest
  | EndQuorumEpochResponse
  | FetchRequest
  | FetchResponse

export interface Outbound {
  readonly to: NodeId
  readonly message: RaftMessage
}

export interface FetchSnapshotOutbound {
  readonly to: NodeId
  readonly message: FetchSnapshotRequest
}
