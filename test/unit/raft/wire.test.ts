// Goal: every raft RPC survives the trip core message -> Kafka message -> bytes -> Kafka message ->
// core message at every version we accept, with exact field values; the receiver's checks (cluster
// id, topic and partition, voter id, Kafka's field checks) answer with Kafka's error codes.
// Method: encode with the generated codecs at each version and decode again, as a peer would.

import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/protocol/errors.js'
import type { ApiDefinition } from '../../../src/protocol/generated/api-table.js'
import { beginQuorumEpochApi } from '../../../src/protocol/generated/apis/begin-quorum-epoch.js'
import { describeQuorumApi } from '../../../src/protocol/generated/apis/describe-quorum.js'
import { endQuorumEpochApi } from '../../../src/protocol/generated/apis/end-quorum-epoch.js'
import { fetchApi } from '../../../src/protocol/generated/apis/fetch.js'
import { fetchSnapshotApi } from '../../../src/protocol/generated/apis/fetch-snapshot.js'
import { voteApi } from '../../../src/protocol/generated/apis/vote.js'
import { Reader } from '../../../src/protocol/reader.js'
import { Writer } from '../../../src/protocol/writer.js'
import type {
  BeginQuorumEpochRequest,
  BeginQuorumEpochResponse,
  EndQuorumEpochRequest,
  EndQuorumEpochResponse,
  FetchRequest,
  FetchResponse,
  FetchSnapshotRequest,
  FetchSnapshotResponse,
  VoteRequest,
  VoteResponse,
} from '../../../src/raft/messages.js'
import {
  describeQuorumPartitionError,
  fetchSnapshotErrorResponse,
  fromWireBeginQuorumEpochRequest,
  fromWireBeginQuorumEpochResponse,
  fromWireEndQuorumEpochRequest,
  fromWireEndQuorumEpochResponse,
  fromWireFetchRequest,
  fromWireFetchResponse,
  fromWireFetchSnapshotRequest,
  fromWireFetchSnapshotResponse,
  fromWireVoteRequest,
  fromWireVoteResponse,
  hasValidClusterId,
  isMetadataPartitionRequest,
  METADATA_TOPIC_ID,
  RAFT_ACCEPT_VERSIONS,
  RAFT_MAX_FETCH_BYTES,
  toWireBeginQuorumEpochRequest,
  toWireBeginQuorumEpochResponse,
  toWireDescribeQuorumResponse,
  toWireEndQuorumEpochRequest,
  toWireEndQuorumEpochResponse,
  toWireFetchRequest,
  toWireFetchResponse,
  toWireFetchSnapshotRequest,
  toWireFetchSnapshotResponse,
  toWireVoteRequest,
  toWireVoteResponse,
  voteErrorResponse,
} from '../../../src/raft/wire.js'

const CLUSTER = 'oxbow-test-cluster-id'
const out = (version: number) => ({ clusterId: CLUSTER, to: 2, version })
const inb = (version: number, correlationId = 77) => ({ clusterId: CLUSTER, localId: 2, version, correlationId })

function versions(range: { min: number; max: number }): number[] {
  const all: number[] = []
  for (let v = range.min; v <= range.max; v++) all.push(v)
  return all
}

/** Through the bytes, as the peer sees it. */
function viaRequestBytes<Req>(api: ApiDefinition<Req, unknown>, body: Req, version: number): Req {
  const w = new Writer()
  api.request.write(w, body, version)
  const r = new Reader(w.toBuffer())
  const decoded = api.request.read(r, version)
  expect(r.remaining()).toBe(0)
  return decoded
}

function viaResponseBytes<Res>(api: ApiDefinition<unknown, Res>, body: Res, version: number): Res {
  const w = new Writer()
  api.response.write(w, body, version)
  const r = new Reader(w.toBuffer())
  const decoded = api.response.read(r, version)
  expect(r.remaining()).toBe(0)
  return decoded
}

describe('Vote', () => {
  const request: VoteRequest = {
    kind: 'VoteRequest',
    correlationId: 77,
    candidateEpoch: 5,
    candidateId: 3,
    lastOffsetEpoch: 4,
    lastOffset: 1234n,
    preVote: false,
  }
  const response: VoteResponse = {
    kind: 'VoteResponse',
    correlationId: 9,
    errorCode: ErrorCode.FENCED_LEADER_EPOCH,
    leaderId: -1,
    leaderEpoch: 6,
    voteGranted: true,
  }

  for (const version of versions(RAFT_ACCEPT_VERSIONS.vote)) {
    for (const preVote of [false, true]) {
      it(`request v${version} preVote=${preVote} round-trips`, () => {
        const m = { ...request, preVote, candidateEpoch: preVote ? 4 : 5 }
        const wire = viaRequestBytes(voteApi, toWireVoteRequest(m, out(version)), version)
        expect(wire.clusterId).toBe(CLUSTER)
        expect(wire.voterId).toBe(version >= 1 ? 2 : -1)
        expect(fromWireVoteRequest(wire, inb(version))).toEqual({ ok: true, from: 3, message: m })
      })
    }

    it(`response v${version} round-trips`, () => {
      const wire = viaResponseBytes(voteApi, toWireVoteResponse(response), version)
      expect(wire.errorCode).toBe(0)
      expect(wire.topics[0]?.topicName).toBe('__cluster_metadata')
      expect(fromWireVoteResponse(wire, 9)).toEqual(response)
    })
  }

  it('checks cluster id, partition, voter id and Kafka field rules', () => {
    const wire = toWireVoteRequest(request, out(1))
    expect(fromWireVoteRequest({ ...wire, clusterId: 'other' }, inb(1))).toEqual({
      ok: false,
      errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID,
    })
    expect(fromWireVoteRequest({ ...wire, clusterId: null }, inb(1)).ok).toBe(true)
    expect(fromWireVoteRequest({ ...wire, voterId: 4 }, inb(1))).toEqual({
      ok: false,
      errorCode: ErrorCode.INVALID_VOTER_KEY,
    })
    expect(fromWireVoteRequest({ ...wire, voterId: -1 }, inb(1)).ok).toBe(true)
    const topic = wire.topics[0]!
    const partition = topic.partitions[0]!
    const withPartition = (p: Partial<typeof partition>, name = topic.topicName) => ({
      ...wire,
      topics: [{ ...topic, topicName: name, partitions: [{ ...partition, ...p }] }],
    })
    expect(fromWireVoteRequest(withPartition({}, 'other-topic'), inb(1))).toEqual({
      ok: false,
      errorCode: ErrorCode.INVALID_REQUEST,
    })
    expect(fromWireVoteRequest(withPartition({ partitionIndex: 1 }), inb(1)).ok).toBe(false)
    expect(fromWireVoteRequest({ ...wire, topics: [] }, inb(1)).ok).toBe(false)
    expect(fromWireVoteRequest({ ...wire, topics: [topic, topic] }, inb(1)).ok).toBe(false)
    expect(fromWireVoteRequest(withPartition({ lastOffset: -1n }), inb(1)).ok).toBe(false)
    expect(fromWireVoteRequest(withPartition({ lastOffsetEpoch: 5 }), inb(1))).toEqual({
      ok: false,
      errorCode: ErrorCode.INVALID_REQUEST,
    })
    expect(hasValidClusterId(null, CLUSTER)).toBe(true)
    expect(hasValidClusterId(CLUSTER, CLUSTER)).toBe(true)
    expect(hasValidClusterId('x', CLUSTER)).toBe(false)
  })

  it('a top-level error or a foreign partition in a response is dropped', () => {
    expect(fromWireVoteResponse(voteErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE), 1)).toBeNull()
    const wire = toWireVoteResponse(response)
    expect(fromWireVoteResponse({ ...wire, topics: [{ ...wire.topics[0]!, topicName: 'x' }] }, 1)).toBeNull()
  })
})

describe('BeginQuorumEpoch', () => {
  const request: BeginQuorumEpochRequest = {
    kind: 'BeginQuorumEpochRequest',
    correlationId: 77,
    leaderId: 1,
    leaderEpoch: 8,
  }
  const response: BeginQuorumEpochResponse = {
    kind: 'BeginQuorumEpochResponse',
    correlationId: 12,
    errorCode: ErrorCode.NONE,
    leaderId: 1,
    leaderEpoch: 8,
  }
  for (const version of versions(RAFT_ACCEPT_VERSIONS.beginQuorumEpoch)) {
    it(`v${version} round-trips`, () => {
      const wire = viaRequestBytes(beginQuorumEpochApi, toWireBeginQuorumEpochRequest(request, out(version)), version)
      expect(wire.voterId).toBe(version >= 1 ? 2 : -1)
      expect(fromWireBeginQuorumEpochRequest(wire, inb(version))).toEqual({ ok: true, from: 1, message: request })
      const res = viaResponseBytes(beginQuorumEpochApi, toWireBeginQuorumEpochResponse(response), version)
      expect(fromWireBeginQuorumEpochResponse(res, 12)).toEqual(response)
    })
  }
  it('checks cluster id and voter id', () => {
    const wire = toWireBeginQuorumEpochRequest(request, out(1))
    expect(fromWireBeginQuorumEpochRequest({ ...wire, clusterId: 'x' }, inb(1))).toEqual({
      ok: false,
      errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID,
    })
    expect(fromWireBeginQuorumEpochRequest({ ...wire, voterId: 3 }, inb(1))).toEqual({
      ok: false,
      errorCode: ErrorCode.INVALID_VOTER_KEY,
    })
  })
})

describe('EndQuorumEpoch', () => {
  const request: EndQuorumEpochRequest = {
    kind: 'EndQuorumEpochRequest',
    correlationId: 77,
    leaderId: 1,
    leaderEpoch: 8,
    preferredSuccessors: [3, 2],
  }
  const response: EndQuorumEpochResponse = {
    kind: 'EndQuorumEpochResponse',
    correlationId: 13,
    errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
    leaderId: 3,
    leaderEpoch: 9,
  }
  for (const version of versions(RAFT_ACCEPT_VERSIONS.endQuorumEpoch)) {
    it(`v${version} round-trips (successors in the field the version has)`, () => {
      const wire = viaRequestBytes(endQuorumEpochApi, toWireEndQuorumEpochRequest(request, out(version)), version)
      const p = wire.topics[0]!.partitions[0]!
      expect(p.preferredSuccessors).toEqual(version === 0 ? [3, 2] : [])
      expect(p.preferredCandidates.map((c) => c.candidateId)).toEqual(version >= 1 ? [3, 2] : [])
      expect(fromWireEndQuorumEpochRequest(wire, inb(version))).toEqual({ ok: true, from: 1, message: request })
      const res = viaResponseBytes(endQuorumEpochApi, toWireEndQuorumEpochResponse(response), version)
      expect(fromWireEndQuorumEpochResponse(res, 13)).toEqual(response)
    })
  }
})

describe('Fetch', () => {
  const request: FetchRequest = {
    kind: 'FetchRequest',
    correlationId: 77,
    replicaId: 3,
    currentLeaderEpoch: 6,
    fetchOffset: 42n,
    lastFetchedEpoch: 5,
    maxWaitMs: 500,
  }
  for (const version of versions(RAFT_ACCEPT_VERSIONS.fetch)) {
    it(`request v${version} round-trips with the replica id where the version keeps it`, () => {
      const wire = viaRequestBytes(fetchApi, toWireFetchRequest(request, out(version)), version)
      expect(wire.replicaId).toBe(version <= 14 ? 3 : -1)
      expect(wire.replicaState.replicaId).toBe(version >= 15 ? 3 : -1)
      expect(wire.clusterId).toBe(CLUSTER)
      expect(wire.topics[0]?.topicId.equals(METADATA_TOPIC_ID)).toBe(true)
      expect(fromWireFetchRequest(wire, inb(version))).toEqual({ ok: true, from: 3, message: request })
    })
  }

  it('the metadata topic id is Kafka Uuid.METADATA_TOPIC_ID', () => {
    expect(METADATA_TOPIC_ID.toString('hex')).toBe('00000000000000000000000000000001')
  })

  it('checks cluster id, topic id, replica and offsets', () => {
    const wire = toWireFetchRequest(request, out(17))
    const topic = wire.topics[0]!
    const partition = topic.partitions[0]!
    const invalid = { ok: false, errorCode: ErrorCode.INVALID_REQUEST }
    expect(fromWireFetchRequest({ ...wire, clusterId: 'x' }, inb(17))).toEqual({
      ok: false,
      errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID,
    })
    expect(fromWireFetchRequest({ ...wire, topics: [{ ...topic, topicId: Buffer.alloc(16) }] }, inb(17))).toEqual(
      invalid,
    )
    expect(fromWireFetchRequest({ ...wire, replicaState: { replicaId: -1, replicaEpoch: -1n } }, inb(17))).toEqual(
      invalid,
    )
    const withPartition = (p: Partial<typeof partition>) => ({
      ...wire,
      topics: [{ ...topic, partitions: [{ ...partition, ...p }] }],
    })
    expect(fromWireFetchRequest(withPartition({ fetchOffset: -1n }), inb(17))).toEqual(invalid)
    expect(fromWireFetchRequest(withPartition({ lastFetchedEpoch: 7 }), inb(17))).toEqual(invalid)
    expect(fromWireFetchRequest({ ...wire, maxWaitMs: -1 }, inb(17))).toEqual(invalid)
  })

  const response: FetchResponse = {
    kind: 'FetchResponse',
    correlationId: 21,
    errorCode: ErrorCode.NONE,
    highWatermark: 40n,
    currentLeader: { leaderId: 1, leaderEpoch: 6 },
    divergingEpoch: { epoch: 4, endOffset: 30n },
    records: [],
    snapshotId: null,
  }
  for (const version of versions(RAFT_ACCEPT_VERSIONS.fetch)) {
    it(`response v${version} round-trips (diverging epoch, no records)`, async () => {
      const wire = viaResponseBytes(fetchApi, toWireFetchResponse(response, Buffer.alloc(0)), version)
      expect(await fromWireFetchResponse(wire, { correlationId: 21, version })).toEqual(response)
      const plain = { ...response, divergingEpoch: null, highWatermark: -1n }
      const wire2 = viaResponseBytes(fetchApi, toWireFetchResponse(plain, Buffer.alloc(0)), version)
      expect(wire2.responses[0]?.partitions[0]?.divergingEpoch).toEqual({ epoch: -1, endOffset: -1n })
      expect(await fromWireFetchResponse(wire2, { correlationId: 21, version })).toEqual(plain)
    })
  }
})

describe('Fetch snapshot id', () => {
  for (const version of versions(RAFT_ACCEPT_VERSIONS.fetch)) {
    it(`v${version}: a snapshot id round-trips; a half-set one is dropped`, async () => {
      const m: FetchResponse = {
        kind: 'FetchResponse',
        correlationId: 3,
        errorCode: ErrorCode.NONE,
        highWatermark: 90n,
        currentLeader: { leaderId: 1, leaderEpoch: 6 },
        divergingEpoch: null,
        records: [],
        snapshotId: { offset: 80n, epoch: 5 },
      }
      const wire = viaResponseBytes(fetchApi, toWireFetchResponse(m, Buffer.alloc(0)), version)
      expect(wire.responses[0]?.partitions[0]?.snapshotId).toEqual({ endOffset: 80n, epoch: 5 })
      expect(await fromWireFetchResponse(wire, { correlationId: 3, version })).toEqual(m)
      const half = { ...wire.responses[0]!.partitions[0]!, snapshotId: { endOffset: 80n, epoch: -1 } }
      const broken = { ...wire, responses: [{ ...wire.responses[0]!, partitions: [half] }] }
      expect(await fromWireFetchResponse(broken, { correlationId: 3, version })).toBeNull()
    })
  }
})

describe('FetchSnapshot', () => {
  const request: FetchSnapshotRequest = {
    kind: 'FetchSnapshotRequest',
    correlationId: 77,
    replicaId: 3,
    currentLeaderEpoch: 6,
    snapshotId: { offset: 80n, epoch: 5 },
    position: 4096n,
  }
  const response: FetchSnapshotResponse = {
    kind: 'FetchSnapshotResponse',
    correlationId: 31,
    errorCode: ErrorCode.NONE,
    currentLeader: { leaderId: 1, leaderEpoch: 6 },
    snapshotId: { offset: 80n, epoch: 5 },
    size: 10000n,
    position: 4096n,
    bytes: Buffer.from('snapshot bytes'),
  }
  for (const version of versions(RAFT_ACCEPT_VERSIONS.fetchSnapshot)) {
    it(`v${version} round-trips`, () => {
      const wire = viaRequestBytes(fetchSnapshotApi, toWireFetchSnapshotRequest(request, out(version)), version)
      expect(wire.clusterId).toBe(CLUSTER)
      expect(wire.maxBytes).toBe(RAFT_MAX_FETCH_BYTES)
      expect(fromWireFetchSnapshotRequest(wire, inb(version))).toEqual({
        ok: true,
        from: 3,
        maxBytes: RAFT_MAX_FETCH_BYTES,
        message: request,
      })
      const res = viaResponseBytes(fetchSnapshotApi, toWireFetchSnapshotResponse(response), version)
      expect(fromWireFetchSnapshotResponse(res, 31)).toEqual(response)
    })
  }
  it('checks the cluster id and the partition; a top-level error is dropped', () => {
    const wire = toWireFetchSnapshotRequest(request, out(1))
    expect(fromWireFetchSnapshotRequest({ ...wire, clusterId: 'x' }, inb(1))).toEqual({
      ok: false,
      errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID,
    })
    expect(fromWireFetchSnapshotRequest({ ...wire, topics: [{ ...wire.topics[0]!, name: 'x' }] }, inb(1))).toEqual({
      ok: false,
      errorCode: ErrorCode.INVALID_REQUEST,
    })
    expect(fromWireFetchSnapshotResponse(fetchSnapshotErrorResponse(ErrorCode.BROKER_NOT_AVAILABLE), 1)).toBeNull()
  })
})

describe('DescribeQuorum', () => {
  const described = {
    errorCode: ErrorCode.NONE,
    leaderId: 1,
    leaderEpoch: 6,
    highWatermark: 90n,
    currentVoters: [
      {
        replicaId: 1,
        logEndOffset: 95n,
        lastFetchTimestamp: 1_700_000_000_500,
        lastCaughtUpTimestamp: 1_700_000_000_500,
      },
      { replicaId: 2, logEndOffset: -1n, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 },
    ],
    observers: [
      {
        replicaId: 7,
        logEndOffset: 90n,
        lastFetchTimestamp: 1_700_000_000_100,
        lastCaughtUpTimestamp: 1_700_000_000_000,
      },
    ],
  } as const
  const voters = [{ nodeId: 1, listenerName: 'CONTROLLER', host: 'h1', port: 9093 }]
  for (const version of versions(RAFT_ACCEPT_VERSIONS.describeQuorum)) {
    it(`v${version} carries the fields the version has`, () => {
      const wire = viaResponseBytes(
        describeQuorumApi,
        toWireDescribeQuorumResponse(described, version >= 2 ? voters : []),
        version,
      )
      const p = wire.topics[0]!.partitions[0]!
      expect([
        wire.topics[0]!.topicName,
        p.partitionIndex,
        p.errorCode,
        p.leaderId,
        p.leaderEpoch,
        p.highWatermark,
      ]).toEqual(['__cluster_metadata', 0, 0, 1, 6, 90n])
      expect(
        p.currentVoters.map((r) => [r.replicaId, r.logEndOffset, r.lastFetchTimestamp, r.lastCaughtUpTimestamp]),
      ).toEqual(
        version >= 1
          ? [
              [1, 95n, 1_700_000_000_500n, 1_700_000_000_500n],
              [2, -1n, -1n, -1n],
            ]
          : [
              [1, 95n, -1n, -1n],
              [2, -1n, -1n, -1n],
            ],
      )
      expect(p.observers.map((r) => [r.replicaId, r.logEndOffset])).toEqual([[7, 90n]])
      expect(wire.nodes).toEqual(
        version >= 2 ? [{ nodeId: 1, listeners: [{ name: 'CONTROLLER', host: 'h1', port: 9093 }] }] : [],
      )
    })
  }
  it('a non-leader’s error carries Kafka’s message; other partitions get UNKNOWN_TOPIC_OR_PARTITION', () => {
    const wire = toWireDescribeQuorumResponse(
      {
        ...described,
        errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
        highWatermark: -1n,
        currentVoters: [],
        observers: [],
      },
      [],
    )
    expect(wire.topics[0]?.partitions[0]?.errorMessage).toBe(
      'For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.',
    )
    const request = { topics: [{ topicName: 'other', partitions: [{ partitionIndex: 3 }] }] }
    expect(isMetadataPartitionRequest(request)).toBe(false)
    expect(
      isMetadataPartitionRequest({
        topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
      }),
    ).toBe(true)
    expect(describeQuorumPartitionError(request, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION).topics).toEqual([
      {
        topicName: 'other',
        partitions: [
          {
            partitionIndex: 3,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            errorMessage: 'This server does not host this topic-partition.',
            leaderId: -1,
            leaderEpoch: -1,
            highWatermark: -1n,
            currentVoters: [],
            observers: [],
          },
        ],
      },
    ])
  })
})
