// The raft RPCs on the wire: each RaftMessage (messages.ts), and FetchSnapshot, to and from the
// generated Kafka message of the same name, as Kafka's `raft/.../RaftUtil.java` builds and reads
// them: one topic, `__cluster_metadata` (topic id AAAAAAAAAAAAAAAAAAAAAQ from Fetch v13),
// partition 0; the cluster id in every request, checked by the receiver (INCONSISTENT_CLUSTER_ID;
// a null cluster id is accepted, as Kafka's `hasValidClusterId`); a request for any other topic
// or partition is INVALID_REQUEST at the top level ("until we support multi-raft"), except
// DescribeQuorum, which answers UNKNOWN_TOPIC_OR_PARTITION per partition as Kafka does. Pure: no
// I/O, no clock.
//
// Versions. We send the newest each codec knows (RAFT_SEND_VERSIONS) and accept every version
// whose fields we can read (RAFT_ACCEPT_VERSIONS); Fetch from v13 only, because the raft Fetch is
// matched by topic id and v12- carry none (Kafka answers those INVALID_REQUEST too). Per version:
// - Vote v1, BeginQuorumEpoch v1: VoterId (the receiver, KIP-853) is set to the node we send to;
//   a receiver that is not that node answers INVALID_VOTER_KEY. Directory ids are all zeros
//   (we have no log directory ids) and endpoint lists are empty.
// - Vote pre-votes (KIP-996) are VoteRequest v2's PreVote, which our spec copy lacks; until it
//   does, a pre-vote carries an Oxbow-private tagged field on the partition (PRE_VOTE_TAG). A
//   Kafka voter would ignore it and see a vote at the candidate's current epoch.
// - EndQuorumEpoch: PreferredSuccessors (v0) and PreferredCandidates (v1) carry the same ids.
// - Fetch: ReplicaId up to v14, ReplicaState.ReplicaId from v15; ClusterId is a tagged field
//   from v12; SnapshotId (KIP-630) names the snapshot to fetch, epoch and end offset -1 if none.
// - FetchSnapshot v0-1: maxBytes is Kafka's 8 MiB; the snapshot bytes are Kafka's
//   UnalignedRecords, passed through.
// - DescribeQuorum v0-2: timestamps from v1, Nodes (the voters' listeners) from v2.
//
// Fetch records are record batches, as Kafka sends them. The leader sends the batches as they are
// on disk when the caller has them (`recordBatches`); otherwise `encodeEntries` builds batches from
// the entries, ending a batch at every `lastInBatch` and at every change of epoch or kind, with
// each leader-change entry as a control batch holding one LeaderChangeMessage record. The
// follower decodes every batch back into entries (`decodeEntries`, or the caller's decoder): one
// entry per record, the batch's partition leader epoch as the epoch, `lastInBatch` on each batch's
// last record, and the records of control batches as kind 'leader-change' with the record value
// as the entry value.

import { ErrorCode, errorInfo } from '../protocol/errors.js'
import type { ApiDefinition } from '../protocol/generated/api-table.js'
import { beginQuorumEpochApi } from '../protocol/generated/apis/begin-quorum-epoch.js'
import { endQuorumEpochApi } from '../protocol/generated/apis/end-quorum-epoch.js'
import { fetchApi } from '../protocol/generated/apis/fetch.js'
import { fetchSnapshotApi } from '../protocol/generated/apis/fetch-snapshot.js'
import { voteApi } from '../protocol/generated/apis/vote.js'
import type {
  BeginQuorumEpochRequest as WireBeginQuorumEpochRequest,
  BeginQuorumEpochResponse as WireBeginQuorumEpochResponse,
  DescribeQuorumRequest as WireDescribeQuorumRequest,
  DescribeQuorumResponse as WireDescribeQuorumResponse,
  EndQuorumEpochRequest as WireEndQuorumEpochRequest,
  EndQuorumEpochResponse as WireEndQuorumEpochResponse,
  FetchRequest as WireFetchRequest,
  FetchResponse as WireFetchResponse,
  FetchSnapshotRequest as WireFetchSnapshotRequest,
  FetchSnapshotResponse as WireFetchSnapshotResponse,
  VoteRequest as WireVoteRequest,
  VoteResponse as WireVoteResponse,
} from '../protocol/generated/index.js'
import { writeLeaderChangeMessage } from '../protocol/generated/message/leader-change-message.js'
import { batches } from '../protocol/records/batch.js'
import { decodeBatch, encodeBatch } from '../protocol/records/codec.js'
import { ControlRecordType, encodeControlRecordKey } from '../protocol/records/control.js'
import { DecodeError } from '../protocol/records/decode-error.js'
import type { TaggedField } from '../protocol/tagged-fields.js'
import { Writer } from '../protocol/writer.js'
import { assertNever } from '../util/assert.js'
import type { DescribedReplica, DescribeQuorumPartition } from './describe-quorum.js'
import type { NodeId } from './election-state.js'
import type { LogEntry } from './log.js'
import type {
  BeginQuorumEpochRequest,
  BeginQuorumEpochResponse,
  EndQuorumEpochRequest,
  EndQuorumEpochResponse,
  FetchRequest,
  FetchResponse,
  FetchSnapshotRequest,
  FetchSnapshotResponse,
  RaftMessage,
  VoteRequest,
  VoteResponse,
} from './messages.js'

export const METADATA_TOPIC = '__cluster_metadata'
export const METADATA_PARTITION = 0
/** Kafka's Uuid.METADATA_TOPIC_ID (AAAAAAAAAAAAAAAAAAAAAQ): fifteen zero bytes, then 1. */
export const METADATA_TOPIC_ID: Buffer = Buffer.from('AAAAAAAAAAAAAAAAAAAAAQ', 'base64url')
/** The tag of the Oxbow-private PreVote flag on VoteRequest's partition (see the top of the file). */
export const PRE_VOTE_TAG = 0x4f58
const NO_DIRECTORY_ID = Buffer.alloc(16)
const NO_ID = -1

/** The version of each raft API we send. */
export const RAFT_SEND_VERSIONS = {
  vote: 1,
  beginQuorumEpoch: 1,
  endQuorumEpoch: 1,
  fetch: 17,
  fetchSnapshot: 1,
  describeQuorum: 2,
} as const

/** The versions of each raft API we accept on the controller listener. */
export const RAFT_ACCEPT_VERSIONS = {
  vote: { min: 0, max: 1 },
  beginQuorumEpoch: { min: 0, max: 1 },
  endQuorumEpoch: { min: 0, max: 1 },
  fetch: { min: 13, max: 17 },
  fetchSnapshot: { min: 0, max: 1 },
  describeQuorum: { min: 0, max: 2 },
} as const

/** What the sender knows besides the message. */
export interface OutboundContext {
  readonly clusterId: string
  /** The node the request goes to. */
  readonly to: NodeId
  readonly version: number
}

/** What the receiver knows besides the request body. */
export interface InboundContext {
  readonly clusterId: string
  readonly localId: NodeId
  readonly version: number
  /** The request header's correlation id; it becomes the message's. */
  readonly correlationId: number
}

/** An inbound request as the core takes it, or the top-level error to answer with. */
export type DecodedRequest<M extends RaftMessage | FetchSnapshotRequest> =
  | { readonly ok: true; readonly from: NodeId; readonly message: M }
  | { readonly ok: false; readonly errorCode: ErrorCode }

/** The cluster id check of every raft request: absent is fine, different is not. */
export function hasValidClusterId(requestClusterId: string | null, clusterId: string): boolean {
  return requestClusterId === null || requestClusterId === clusterId
}

/** The one partition of a raft request, or null when it names anything else (INVALID_REQUEST). */
function singlePartition<T extends { readonly partitions: readonly unknown[] }>(
  topics: readonly T[],
  isMetadataTopic: (topic: T) => boolean,
  partitionIndex: (partition: T['partitions'][number]) => number,
): T['partitions'][number] | null {
  const topic = topics[0]
  if (topics.length !== 1 || topic === undefined || !isMetadataTopic(topic)) return null
  const partition = topic.partitions[0]
  if (topic.partitions.length !== 1 || partition === undefined) return null
  return partitionIndex(partition) === METADATA_PARTITION ? partition : null
}

function rejected<M extends RaftMessage | FetchSnapshotRequest>(errorCode: ErrorCode): DecodedRequest<M> {
  return { ok: false, errorCode }
}

function errorCodeOf(code: number): ErrorCode {
  return code as ErrorCode
}

// --- Vote ---------------------------------------------------------------------------------------

export function toWireVoteRequest(m: VoteRequest, ctx: OutboundContext): WireVoteRequest {
  const tagged: TaggedField[] | undefined = m.preVote ? [{ tag: PRE_VOTE_TAG, data: Buffer.from([1]) }] : undefined
  return {
    clusterId: ctx.clusterId,
    voterId: ctx.to,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            candidateEpoch: m.candidateEpoch,
            candidateId: m.candidateId,
            candidateDirectoryId: NO_DIRECTORY_ID,
            voterDirectoryId: NO_DIRECTORY_ID,
            lastOffsetEpoch: m.lastOffsetEpoch,
            lastOffset: m.lastOffset,
            unknownTaggedFields: tagged,
          },
        ],
      },
    ],
  }
}

export function fromWireVoteRequest(w: WireVoteRequest, ctx: InboundContext): DecodedRequest<VoteRequest> {
  if (!hasValidClusterId(w.clusterId, ctx.clusterId)) return rejected(ErrorCode.INCONSISTENT_CLUSTER_ID)
  const p = singlePartition(
    w.topics,
    (t) => t.topicName === METADATA_TOPIC,
    (x) => x.partitionIndex,
  )
  if (p === null) return rejected(ErrorCode.INVALID_REQUEST)
  if (ctx.version >= 1 && w.voterId >= 0 && w.voterId !== ctx.localId) return rejected(ErrorCode.INVALID_VOTER_KEY)
  const preVoteField = p.unknownTaggedFields?.find((f) => f.tag === PRE_VOTE_TAG)
  const preVote = preVoteField !== undefined && preVoteField.data[0] === 1
  // Kafka's checks: a last offset or epoch below zero, or a last epoch that is not below the
  // epoch the candidate stands in (at most equal for a pre-vote, which does not bump it).
  if (p.lastOffset < 0n || p.lastOffsetEpoch < 0) return rejected(ErrorCode.INVALID_REQUEST)
  if (preVote ? p.lastOffsetEpoch > p.candidateEpoch : p.lastOffsetEpoch >= p.candidateEpoch)
    return rejected(ErrorCode.INVALID_REQUEST)
  return {
    ok: true,
    from: p.candidateId,
    message: {
      kind: 'VoteRequest',
      correlationId: ctx.correlationId,
      candidateEpoch: p.candidateEpoch,
      candidateId: p.candidateId,
      lastOffsetEpoch: p.lastOffsetEpoch,
      lastOffset: p.lastOffset,
      preVote,
    },
  }
}

export function toWireVoteResponse(m: VoteResponse): WireVoteResponse {
  return {
    errorCode: ErrorCode.NONE,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            errorCode: m.errorCode,
            leaderId: m.leaderId,
            leaderEpoch: m.leaderEpoch,
            voteGranted: m.voteGranted,
          },
        ],
      },
    ],
    nodeEndpoints: [],
  }
}

/** The core's response, or null when the answer is a top-level error or not about our partition. */
export function fromWireVoteResponse(w: WireVoteResponse, correlationId: number): VoteResponse | null {
  if (w.errorCode !== ErrorCode.NONE) return null
  const p = singlePartition(
    w.topics,
    (t) => t.topicName === METADATA_TOPIC,
    (x) => x.partitionIndex,
  )
  if (p === null) return null
  return {
    kind: 'VoteResponse',
    correlationId,
    errorCode: errorCodeOf(p.errorCode),
    leaderId: p.leaderId,
    leaderEpoch: p.leaderEpoch,
    voteGranted: p.voteGranted,
  }
}

export function voteErrorResponse(errorCode: ErrorCode): WireVoteResponse {
  return { errorCode, topics: [], nodeEndpoints: [] }
}

// --- BeginQuorumEpoch ---------------------------------------------------------------------------

export function toWireBeginQuorumEpochRequest(
  m: BeginQuorumEpochRequest,
  ctx: OutboundContext,
): WireBeginQuorumEpochRequest {
  return {
    clusterId: ctx.clusterId,
    voterId: ctx.to,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            voterDirectoryId: NO_DIRECTORY_ID,
            leaderId: m.leaderId,
            leaderEpoch: m.leaderEpoch,
          },
        ],
      },
    ],
    leaderEndpoints: [],
  }
}

export function fromWireBeginQuorumEpochRequest(
  w: WireBeginQuorumEpochRequest,
  ctx: InboundContext,
): DecodedRequest<BeginQuorumEpochRequest> {
  if (!hasValidClusterId(w.clusterId, ctx.clusterId)) return rejected(ErrorCode.INCONSISTENT_CLUSTER_ID)
  const p = singlePartition(
    w.topics,
    (t) => t.topicName === METADATA_TOPIC,
    (x) => x.partitionIndex,
  )
  if (p === null) return rejected(ErrorCode.INVALID_REQUEST)
  if (ctx.version >= 1 && w.voterId >= 0 && w.voterId !== ctx.localId) return rejected(ErrorCode.INVALID_VOTER_KEY)
  return {
    ok: true,
    from: p.leaderId,
    message: {
      kind: 'BeginQuorumEpochRequest',
      correlationId: ctx.correlationId,
      leaderId: p.leaderId,
      leaderEpoch: p.leaderEpoch,
    },
  }
}

export function toWireBeginQuorumEpochResponse(m: BeginQuorumEpochResponse): WireBeginQuorumEpochResponse {
  return {
    errorCode: ErrorCode.NONE,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            errorCode: m.errorCode,
            leaderId: m.leaderId,
            leaderEpoch: m.leaderEpoch,
          },
        ],
      },
    ],
    nodeEndpoints: [],
  }
}

export function fromWireBeginQuorumEpochResponse(
  w: WireBeginQuorumEpochResponse,
  correlationId: number,
): BeginQuorumEpochResponse | null {
  if (w.errorCode !== ErrorCode.NONE) return null
  const p = singlePartition(
    w.topics,
    (t) => t.topicName === METADATA_TOPIC,
    (x) => x.partitionIndex,
  )
  if (p === null) return null
  return {
    kind: 'BeginQuorumEpochResponse',
    correlationId,
    errorCode: errorCodeOf(p.errorCode),
    leaderId: p.leaderId,
    leaderEpoch: p.leaderEpoch,
  }
}

export function beginQuorumEpochErrorResponse(errorCode: ErrorCode): WireBeginQuorumEpochResponse {
  return { errorCode, topics: [], nodeEndpoints: [] }
}

// --- EndQuorumEpoch -----------------------------------------------------------------------------

export function toWireEndQuorumEpochRequest(m: EndQuorumEpochRequest, ctx: OutboundContext): WireEndQuorumEpochRequest {
  return {
    clusterId: ctx.clusterId,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            leaderId: m.leaderId,
            leaderEpoch: m.leaderEpoch,
            preferredSuccessors: [...m.preferredSuccessors],
            preferredCandidates: m.preferredSuccessors.map((candidateId) => ({
              candidateId,
              candidateDirectoryId: NO_DIRECTORY_ID,
            })),
          },
        ],
      },
    ],
    leaderEndpoints: [],
  }
}

export function fromWireEndQuorumEpochRequest(
  w: WireEndQuorumEpochRequest,
  ctx: InboundContext,
): DecodedRequest<EndQuorumEpochRequest> {
  if (!hasValidClusterId(w.clusterId, ctx.clusterId)) return rejected(ErrorCode.INCONSISTENT_CLUSTER_ID)
  const p = singlePartition(
    w.topics,
    (t) => t.topicName === METADATA_TOPIC,
    (x) => x.partitionIndex,
  )
  if (p === null) return rejected(ErrorCode.INVALID_REQUEST)
  return {
    ok: true,
    from: p.leaderId,
    message: {
      kind: 'EndQuorumEpochRequest',
      correlationId: ctx.correlationId,
      leaderId: p.leaderId,
      leaderEpoch: p.leaderEpoch,
      preferredSuccessors:
        ctx.version >= 1 ? p.preferredCandidates.map((c) => c.candidateId) : [...p.preferredSuccessors],
    },
  }
}

export function toWireEndQuorumEpochResponse(m: EndQuorumEpochResponse): WireEndQuorumEpochResponse {
  return {
    errorCode: ErrorCode.NONE,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            errorCode: m.errorCode,
            leaderId: m.leaderId,
            leaderEpoch: m.leaderEpoch,
          },
        ],
      },
    ],
    nodeEndpoints: [],
  }
}

export function fromWireEndQuorumEpochResponse(
  w: WireEndQuorumEpochResponse,
  correlationId: number,
): EndQuorumEpochResponse | null {
  if (w.errorCode !== ErrorCode.NONE) return null
  const p = singlePartition(
    w.topics,
    (t) => t.topicName === METADATA_TOPIC,
    (x) => x.partitionIndex,
  )
  if (p === null) return null
  return {
    kind: 'EndQuorumEpochResponse',
    correlationId,
    errorCode: errorCodeOf(p.errorCode),
    leaderId: p.leaderId,
    leaderEpoch: p.leaderEpoch,
  }
}

export function endQuorumEpochErrorResponse(errorCode: ErrorCode): WireEndQuorumEpochResponse {
  return { errorCode, topics: [], nodeEndpoints: [] }
}

// --- Fetch --------------------------------------------------------------------------------------

/** Kafka's KafkaRaftClient.MAX_FETCH_SIZE_BYTES: the maxBytes of its Fetch and FetchSnapshot. */
export const RAFT_MAX_FETCH_BYTES = 8 * 1024 * 1024

export function toWireFetchRequest(m: FetchRequest, ctx: OutboundContext): WireFetchRequest {
  return {
    clusterId: ctx.clusterId,
    replicaId: ctx.version <= 14 ? m.replicaId : NO_ID,
    replicaState: { replicaId: ctx.version >= 15 ? m.replicaId : NO_ID, replicaEpoch: -1n },
    maxWaitMs: m.maxWaitMs,
    minBytes: 0,
    maxBytes: RAFT_MAX_FETCH_BYTES,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic: METADATA_TOPIC,
        topicId: METADATA_TOPIC_ID,
        partitions: [
          {
            partition: METADATA_PARTITION,
            currentLeaderEpoch: m.currentLeaderEpoch,
            fetchOffset: m.fetchOffset,
            lastFetchedEpoch: m.lastFetchedEpoch,
            logStartOffset: -1n,
            partitionMaxBytes: RAFT_MAX_FETCH_BYTES,
            replicaDirectoryId: NO_DIRECTORY_ID,
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  }
}

function isMetadataTopicId(topicId: Buffer): boolean {
  return topicId.equals(METADATA_TOPIC_ID)
}

export function fromWireFetchRequest(w: WireFetchRequest, ctx: InboundContext): DecodedRequest<FetchRequest> {
  if (!hasValidClusterId(w.clusterId, ctx.clusterId)) return rejected(ErrorCode.INCONSISTENT_CLUSTER_ID)
  const p = singlePartition(
    w.topics,
    (t) => (ctx.version >= 13 ? isMetadataTopicId(t.topicId) : t.topic === METADATA_TOPIC),
    (x) => x.partition,
  )
  if (p === null) return rejected(ErrorCode.INVALID_REQUEST)
  const replicaId = ctx.version >= 15 ? w.replicaState.replicaId : w.replicaId
  // Kafka's checks (KafkaRaftClient.handleFetchRequest), answered at the top level here because
  // the core is not asked: only a replica may fetch, and offsets and epochs must make sense.
  if (
    replicaId < 0 ||
    w.maxWaitMs < 0 ||
    p.fetchOffset < 0n ||
    p.lastFetchedEpoch < 0 ||
    p.lastFetchedEpoch > p.currentLeaderEpoch
  )
    return rejected(ErrorCode.INVALID_REQUEST)
  return {
    ok: true,
    from: replicaId,
    message: {
      kind: 'FetchRequest',
      correlationId: ctx.correlationId,
      replicaId,
      currentLeaderEpoch: p.currentLeaderEpoch,
      fetchOffset: p.fetchOffset,
      lastFetchedEpoch: p.lastFetchedEpoch,
      maxWaitMs: w.maxWaitMs,
    },
  }
}

/**
 * The wire response for the core's FetchResponse. `recordBatches` are the bytes to send: the
 * on-disk batches holding `m.records`, or `encodeEntries(m.records, ...)` when those are not at hand.
 */
export function toWireFetchResponse(m: FetchResponse, recordBatches: Buffer): WireFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    sessionId: 0,
    responses: [
      {
        topic: METADATA_TOPIC,
        topicId: METADATA_TOPIC_ID,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            errorCode: m.errorCode,
            highWatermark: m.highWatermark,
            lastStableOffset: -1n,
            logStartOffset: -1n,
            divergingEpoch:
              m.divergingEpoch === null
                ? { epoch: -1, endOffset: -1n }
                : { epoch: m.divergingEpoch.epoch, endOffset: m.divergingEpoch.endOffset },
            currentLeader: { leaderId: m.currentLeader.leaderId, leaderEpoch: m.currentLeader.leaderEpoch },
            snapshotId:
              m.snapshotId == null
                ? { endOffset: -1n, epoch: -1 }
                : { endOffset: m.snapshotId.offset, epoch: m.snapshotId.epoch },
            abortedTransactions: null,
            preferredReadReplica: NO_ID,
            records: recordBatches,
          },
        ],
      },
    ],
    nodeEndpoints: [],
  }
}

/**
 * The core's FetchResponse, or null when the answer is a top-level error, is not about our
 * partition, or holds a batch that does not decode (the core sends the fetch again).
 */
export async function fromWireFetchResponse(
  w: WireFetchResponse,
  ctx: { readonly correlationId: number; readonly version: number; readonly decodeRecords?: RecordsDecoder },
): Promise<FetchResponse | null> {
  if (w.errorCode !== ErrorCode.NONE) return null
  const p = singlePartition(
    w.responses,
    (t) => (ctx.version >= 13 ? isMetadataTopicId(t.topicId) : t.topic === METADATA_TOPIC),
    (x) => x.partitionIndex,
  )
  if (p === null) return null
  // Kafka's follower: a snapshot id with either field set means "fetch this snapshot", and one
  // with a negative field is an answer it cannot use.
  const snapshot = p.snapshotId
  const hasSnapshot = snapshot.epoch >= 0 || snapshot.endOffset >= 0n
  if (hasSnapshot && (snapshot.epoch < 0 || snapshot.endOffset < 0n)) return null
  let records: LogEntry[]
  try {
    records = await (ctx.decodeRecords ?? decodeEntries)(p.records ?? Buffer.alloc(0))
  } catch (err) {
    if (err instanceof DecodeError) return null
    throw err
  }
  // Kafka marks "no diverging epoch" with epoch -1 (isPartitionDiverged checks both fields).
  const diverged = p.divergingEpoch.epoch >= 0
  return {
    kind: 'FetchResponse',
    correlationId: ctx.correlationId,
    errorCode: errorCodeOf(p.errorCode),
    highWatermark: p.highWatermark,
    currentLeader: { leaderId: p.currentLeader.leaderId, leaderEpoch: p.currentLeader.leaderEpoch },
    divergingEpoch: diverged ? { epoch: p.divergingEpoch.epoch, endOffset: p.divergingEpoch.endOffset } : null,
    records,
    snapshotId: hasSnapshot ? { offset: snapshot.endOffset, epoch: snapshot.epoch } : null,
  }
}

export function fetchErrorResponse(errorCode: ErrorCode): WireFetchResponse {
  return { throttleTimeMs: 0, errorCode, sessionId: 0, responses: [], nodeEndpoints: [] }
}

// --- Fetch records ------------------------------------------------------------------------------

/** Record batches to entries; throws DecodeError on bytes that are not valid batches. */
export type RecordsDecoder = (records: Buffer) => LogEntry[] | Promise<LogEntry[]>

/**
 * Record batches for entries that have no on-disk bytes at hand (see the top of the file). Records
 * carry `timestampMs`; a leader-change entry with an empty value gets a LeaderChangeMessage naming
 * `leaderId` when its epoch is the leader's, else -1 (unknown).
 */
export async function encodeEntries(
  entries: readonly LogEntry[],
  opts: { readonly timestampMs: bigint; readonly leader: { readonly leaderId: NodeId; readonly leaderEpoch: number } },
): Promise<Buffer> {
  const out: Buffer[] = []
  let group: LogEntry[] = []
  const flush = async (): Promise<void> => {
    const first = group[0]
    if (first === undefined) return
    const isControl = first.kind === 'leader-change'
    out.push(
      await encodeBatch({
        baseOffset: first.offset,
        partitionLeaderEpoch: first.epoch,
        isControl,
        records: group.map((e, i) => ({
          timestamp: opts.timestampMs,
          key: isControl ? encodeControlRecordKey(ControlRecordType.LEADER_CHANGE) : null,
          value: isControl && e.value.length === 0 ? leaderChangeValue(e, opts.leader) : e.value,
          offsetDelta: i,
        })),
      }),
    )
    group = []
  }
  for (const entry of entries) {
    const previous = group.at(-1)
    const contiguous = previous === undefined || entry.offset === previous.offset + 1n
    if (previous !== undefined && (!contiguous || entry.epoch !== previous.epoch || entry.kind !== previous.kind))
      await flush()
    group.push(entry)
    // Kafka writes each LeaderChangeMessage as a control batch of its own.
    if (entry.lastInBatch === true || entry.kind === 'leader-change') await flush()
  }
  await flush()
  return Buffer.concat(out)
}

function leaderChangeValue(
  entry: LogEntry,
  leader: { readonly leaderId: NodeId; readonly leaderEpoch: number },
): Buffer {
  const w = new Writer()
  writeLeaderChangeMessage(
    w,
    {
      version: 0,
      leaderId: entry.epoch === leader.leaderEpoch ? leader.leaderId : NO_ID,
      voters: [],
      grantingVoters: [],
    },
    0,
  )
  return w.toBuffer()
}

/**
 * Entries from record batches (see the top of the file). A partial batch at the end is ignored,
 * as Kafka's fetcher does; a corrupt or non-v2 batch throws DecodeError.
 */
export async function decodeEntries(records: Buffer): Promise<LogEntry[]> {
  const entries: LogEntry[] = []
  for (const slice of batches(records)) {
    const batch = await decodeBatch(slice.bytes)
    const { header } = batch
    const kind = header.isControl ? 'leader-change' : 'data'
    const last = batch.records.length - 1
    batch.records.forEach((record, i) => {
      // Copies: the values outlive the response frame they were read from.
      const value = Buffer.from(record.value ?? Buffer.alloc(0))
      const entry: LogEntry =
        i === last
          ? { offset: record.offset, epoch: header.partitionLeaderEpoch, kind, value, lastInBatch: true }
          : { offset: record.offset, epoch: header.partitionLeaderEpoch, kind, value }
      entries.push(entry)
    })
  }
  return entries
}

// --- FetchSnapshot ------------------------------------------------------------------------------

export function toWireFetchSnapshotRequest(m: FetchSnapshotRequest, ctx: OutboundContext): WireFetchSnapshotRequest {
  return {
    clusterId: ctx.clusterId,
    replicaId: m.replicaId,
    maxBytes: RAFT_MAX_FETCH_BYTES,
    topics: [
      {
        name: METADATA_TOPIC,
        partitions: [
          {
            partition: METADATA_PARTITION,
            currentLeaderEpoch: m.currentLeaderEpoch,
            snapshotId: { endOffset: m.snapshotId.offset, epoch: m.snapshotId.epoch },
            position: m.position,
            replicaDirectoryId: NO_DIRECTORY_ID,
          },
        ],
      },
    ],
  }
}

/** The request as the driver takes it, with the most bytes the answer may carry. */
export function fromWireFetchSnapshotRequest(
  w: WireFetchSnapshotRequest,
  ctx: InboundContext,
): DecodedRequest<FetchSnapshotRequest> & { readonly maxBytes?: number } {
  if (!hasValidClusterId(w.clusterId, ctx.clusterId)) return { ok: false, errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID }
  const p = singlePartition(
    w.topics,
    (t) => t.name === METADATA_TOPIC,
    (x) => x.partition,
  )
  if (p === null || w.replicaId < 0 || w.maxBytes < 0) return { ok: false, errorCode: ErrorCode.INVALID_REQUEST }
  return {
    ok: true,
    from: w.replicaId,
    maxBytes: w.maxBytes,
    message: {
      kind: 'FetchSnapshotRequest',
      correlationId: ctx.correlationId,
      replicaId: w.replicaId,
      currentLeaderEpoch: p.currentLeaderEpoch,
      snapshotId: { offset: p.snapshotId.endOffset, epoch: p.snapshotId.epoch },
      position: p.position,
    },
  }
}

export function toWireFetchSnapshotResponse(m: FetchSnapshotResponse): WireFetchSnapshotResponse {
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    topics: [
      {
        name: METADATA_TOPIC,
        partitions: [
          {
            index: METADATA_PARTITION,
            errorCode: m.errorCode,
            snapshotId: { endOffset: m.snapshotId.offset, epoch: m.snapshotId.epoch },
            currentLeader: { leaderId: m.currentLeader.leaderId, leaderEpoch: m.currentLeader.leaderEpoch },
            size: m.size,
            position: m.position,
            unalignedRecords: m.bytes,
          },
        ],
      },
    ],
    nodeEndpoints: [],
  }
}

export function fromWireFetchSnapshotResponse(
  w: WireFetchSnapshotResponse,
  correlationId: number,
): FetchSnapshotResponse | null {
  if (w.errorCode !== ErrorCode.NONE) return null
  const p = singlePartition(
    w.topics,
    (t) => t.name === METADATA_TOPIC,
    (x) => x.index,
  )
  if (p === null) return null
  return {
    kind: 'FetchSnapshotResponse',
    correlationId,
    errorCode: errorCodeOf(p.errorCode),
    currentLeader: { leaderId: p.currentLeader.leaderId, leaderEpoch: p.currentLeader.leaderEpoch },
    snapshotId: { offset: p.snapshotId.endOffset, epoch: p.snapshotId.epoch },
    size: p.size,
    position: p.position,
    // A copy: the bytes outlive the response frame they were read from.
    bytes: Buffer.from(p.unalignedRecords),
  }
}

export function fetchSnapshotErrorResponse(errorCode: ErrorCode): WireFetchSnapshotResponse {
  return { throttleTimeMs: 0, errorCode, topics: [], nodeEndpoints: [] }
}

// --- DescribeQuorum -----------------------------------------------------------------------------

/** True when the request asks about exactly `__cluster_metadata` partition 0. */
export function isMetadataPartitionRequest(w: WireDescribeQuorumRequest): boolean {
  return (
    singlePartition(
      w.topics,
      (t) => t.topicName === METADATA_TOPIC,
      (x) => x.partitionIndex,
    ) !== null
  )
}

/** The voters' controller endpoints, for DescribeQuorum v2's Nodes. */
export interface VoterEndpoint {
  readonly nodeId: NodeId
  readonly listenerName: string
  readonly host: string
  readonly port: number
}

/**
 * Kafka's DescribeQuorumResponse for the partition data the driver gives (describe-quorum.ts);
 * an error gets Kafka's default message (v2). Nodes (v2) are the voters' endpoints.
 */
export function toWireDescribeQuorumResponse(
  d: DescribeQuorumPartition,
  voters: readonly VoterEndpoint[],
): WireDescribeQuorumResponse {
  const replica = (r: DescribedReplica) => ({
    replicaId: r.replicaId,
    replicaDirectoryId: NO_DIRECTORY_ID,
    logEndOffset: r.logEndOffset,
    lastFetchTimestamp: BigInt(r.lastFetchTimestamp),
    lastCaughtUpTimestamp: BigInt(r.lastCaughtUpTimestamp),
  })
  return {
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: METADATA_PARTITION,
            errorCode: d.errorCode,
            errorMessage: d.errorCode === ErrorCode.NONE ? null : errorInfo(d.errorCode).message,
            leaderId: d.leaderId,
            leaderEpoch: d.leaderEpoch,
            highWatermark: d.highWatermark,
            currentVoters: d.currentVoters.map(replica),
            observers: d.observers.map(replica),
          },
        ],
      },
    ],
    nodes: voters.map((v) => ({ nodeId: v.nodeId, listeners: [{ name: v.listenerName, host: v.host, port: v.port }] })),
  }
}

/**
 * Kafka's partition-level error answer (DescribeQuorumRequest.getPartitionLevelErrorResponse):
 * every topic and partition asked about, with the error and its default message.
 */
export function describeQuorumPartitionError(
  w: WireDescribeQuorumRequest,
  errorCode: ErrorCode,
): WireDescribeQuorumResponse {
  return {
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    topics: w.topics.map((t) => ({
      topicName: t.topicName,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode,
        errorMessage: errorInfo(errorCode).message,
        leaderId: NO_ID,
        leaderEpoch: NO_ID,
        highWatermark: -1n,
        currentVoters: [],
        observers: [],
      })),
    })),
    nodes: [],
  }
}

export function describeQuorumErrorResponse(errorCode: ErrorCode): WireDescribeQuorumResponse {
  return { errorCode, errorMessage: errorInfo(errorCode).message, topics: [], nodes: [] }
}

// --- By message kind ----------------------------------------------------------------------------

/** The request APIs the core sends, by RaftMessage kind. */
export type RaftRequestKind = 'VoteRequest' | 'BeginQuorumEpochRequest' | 'EndQuorumEpochRequest' | 'FetchRequest'

export function isRaftRequest(m: RaftMessage): m is Extract<RaftMessage, { kind: RaftRequestKind }> {
  switch (m.kind) {
    case 'VoteRequest':
    case 'BeginQuorumEpochRequest':
    case 'EndQuorumEpochRequest':
    case 'FetchRequest':
      return true
    case 'VoteResponse':
    case 'BeginQuorumEpochResponse':
    case 'EndQuorumEpochResponse':
    case 'FetchResponse':
      return false
    default:
      return assertNever(m)
  }
}

/**
 * One outbound request ready to send: the API, the version, the body, and how to read the answer
 * back into the core's response (null: drop it, the core retries).
 */
export interface OutboundRequest<R = RaftMessage> {
  readonly api: ApiDefinition<unknown, unknown>
  readonly version: number
  readonly body: unknown
  readonly decodeResponse: (response: unknown) => R | null | Promise<R | null>
}

export function outboundRequest(
  m: Extract<RaftMessage, { kind: RaftRequestKind }>,
  ctx: { readonly clusterId: string; readonly to: NodeId; readonly decodeFetchRecords?: RecordsDecoder },
): OutboundRequest {
  const correlationId = m.correlationId
  const decodeRecords = ctx.decodeFetchRecords ?? decodeEntries
  switch (m.kind) {
    case 'VoteRequest': {
      const version = RAFT_SEND_VERSIONS.vote
      return outbound(voteApi, version, toWireVoteRequest(m, { ...ctx, version }), (r) =>
        fromWireVoteResponse(r, correlationId),
      )
    }
    case 'BeginQuorumEpochRequest': {
      const version = RAFT_SEND_VERSIONS.beginQuorumEpoch
      return outbound(beginQuorumEpochApi, version, toWireBeginQuorumEpochRequest(m, { ...ctx, version }), (r) =>
        fromWireBeginQuorumEpochResponse(r, correlationId),
      )
    }
    case 'EndQuorumEpochRequest': {
      const version = RAFT_SEND_VERSIONS.endQuorumEpoch
      return outbound(endQuorumEpochApi, version, toWireEndQuorumEpochRequest(m, { ...ctx, version }), (r) =>
        fromWireEndQuorumEpochResponse(r, correlationId),
      )
    }
    case 'FetchRequest': {
      const version = RAFT_SEND_VERSIONS.fetch
      return outbound(fetchApi, version, toWireFetchRequest(m, { ...ctx, version }), (r) =>
        fromWireFetchResponse(r, { correlationId, version, decodeRecords }),
      )
    }
    default:
      return assertNever(m)
  }
}

/** A FetchSnapshot request ready to send (FetchSnapshot is not a RaftMessage; see messages.ts). */
export function outboundFetchSnapshot(
  m: FetchSnapshotRequest,
  ctx: { readonly clusterId: string; readonly to: NodeId },
): OutboundRequest<FetchSnapshotResponse> {
  const version = RAFT_SEND_VERSIONS.fetchSnapshot
  return outbound(fetchSnapshotApi, version, toWireFetchSnapshotRequest(m, { ...ctx, version }), (r) =>
    fromWireFetchSnapshotResponse(r, m.correlationId),
  )
}

function outbound<Req, Res, R>(
  api: ApiDefinition<Req, Res>,
  version: number,
  body: Req,
  decode: (response: Res) => R | null | Promise<R | null>,
): OutboundRequest<R> {
  return {
    api: api as unknown as ApiDefinition<unknown, unknown>,
    version,
    body,
    decodeResponse: (response) => decode(response as Res),
  }
}
