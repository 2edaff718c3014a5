// Goal: the controller listener's raft handlers turn Kafka requests into the core's messages from
// the right sender, answer with the driver's response in Kafka's shape, send the driver's on-disk
// batches as Fetch records, and answer Kafka's errors when the request is wrong or no driver runs.
// Method: request frames encoded with our codecs go through the real dispatcher with the raft
// handlers, in a Broker-shaped object whose `raft` is a fake driver that records what it is asked.

import pino from 'pino'
import { describe, expect, it } from 'vitest'
import type { Broker } from '../../../src/broker/broker.js'
import { createDispatcher } from '../../../src/broker/dispatch.js'
import type { Handler } from '../../../src/broker/handler.js'
import { raftHandlers } from '../../../src/broker/handlers/raft-handlers.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { encodeRequest, readResponseHeader } from '../../../src/protocol/frame.js'
import type { ApiDefinition } from '../../../src/protocol/generated/api-table.js'
import { beginQuorumEpochApi } from '../../../src/protocol/generated/apis/begin-quorum-epoch.js'
import { describeQuorumApi } from '../../../src/protocol/generated/apis/describe-quorum.js'
import { endQuorumEpochApi } from '../../../src/protocol/generated/apis/end-quorum-epoch.js'
import { fetchApi } from '../../../src/protocol/generated/apis/fetch.js'
import { fetchSnapshotApi } from '../../../src/protocol/generated/apis/fetch-snapshot.js'
import { voteApi } from '../../../src/protocol/generated/apis/vote.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import type { DescribeQuorumPartition } from '../../../src/raft/describe-quorum.js'
import { type RaftDriver, RaftDriverClosedError } from '../../../src/raft/driver.js'
import type { NodeId } from '../../../src/raft/election-state.js'
import type {
  FetchResponse,
  FetchSnapshotRequest,
  FetchSnapshotResponse,
  RaftMessage,
} from '../../../src/raft/messages.js'
import {
  fromWireFetchResponse,
  fromWireFetchSnapshotResponse,
  fromWireVoteResponse,
  toWireBeginQuorumEpochRequest,
  toWireEndQuorumEpochRequest,
  toWireFetchRequest,
  toWireFetchSnapshotRequest,
  toWireVoteRequest,
} from '../../../src/raft/wire.js'

const CLUSTER = 'raft-handlers-cluster'
const LOCAL = 2

class FakeDriver {
  readonly asked: { from: NodeId; request: RaftMessage }[] = []
  answer: (request: RaftMessage) => RaftMessage | Error = () => new Error('no answer set')
  bytes = new WeakMap<FetchResponse, Buffer>()

  handleRequest(from: NodeId, request: RaftMessage): Promise<RaftMessage> {
    this.asked.push({ from, request })
    const a = this.answer(request)
    return a instanceof Error ? Promise.reject(a) : Promise.resolve(a)
  }

  recordBytes(response: FetchResponse): Buffer {
    return this.bytes.get(response) ?? Buffer.alloc(0)
  }

  described: DescribeQuorumPartition = {
    errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
    leaderId: 1,
    leaderEpoch: 4,
    highWatermark: -1n,
    currentVoters: [],
    observers: [],
  }

  describeQuorum(): DescribeQuorumPartition {
    return this.described
  }

  snapshotAnswer: (request: FetchSnapshotRequest) => FetchSnapshotResponse | Error = () => new Error('no answer set')

  handleFetchSnapshot(from: NodeId, request: FetchSnapshotRequest): Promise<FetchSnapshotResponse> {
    this.asked.push({ from, request: request as unknown as RaftMessage })
    const a = this.snapshotAnswer(request)
    return a instanceof Error ? Promise.reject(a) : Promise.resolve(a)
  }
}

function brokerWith(raft: FakeDriver | null): Broker {
  return {
    clusterId: CLUSTER,
    nodeId: LOCAL,
    raft: raft as unknown as RaftDriver | null,
    clock: { wallMs: () => 1_700_000_000_000, monotonicMs: () => 0 },
    logger: pino({ level: 'silent' }),
    config: {
      controllerListenerNames: ['CONTROLLER'],
      properties: new Map([['controller.quorum.voters', '1@c1:9093, 2@c2:9093,3@[::1]:9095']]),
    },
  } as unknown as Broker
}

const handlers = new Map<number, Handler>(raftHandlers.map((h) => [h.api.apiKey, h]))

async function call<Req, Res>(
  broker: Broker,
  api: ApiDefinition<Req, Res>,
  version: number,
  body: Req,
  correlationId = 4242,
): Promise<Res> {
  const dispatch = createDispatcher(broker, handlers)
  const frame = Buffer.concat(encodeRequest(api, version, correlationId, 'test', body)).subarray(4)
  const result = await dispatch(frame, { id: 1, remoteAddress: '127.0.0.1:1', listenerName: 'CONTROLLER' })
  if (result.kind !== 'response') throw new Error(`no response: ${JSON.stringify(result)}`)
  const { header, body: r } = readResponseHeader(Buffer.concat(result.chunks).subarray(4), api.apiKey, version)
  expect(header.correlationId).toBe(correlationId)
  return api.response.read(r, version)
}

describe('raft handlers', () => {
  it('serve the versions we accept', () => {
    expect([...handlers.values()].map((h) => [h.api.name, h.minVersion, h.maxVersion])).toEqual([
      ['Vote', 0, 1],
      ['BeginQuorumEpoch', 0, 1],
      ['EndQuorumEpoch', 0, 1],
      ['DescribeQuorum', 0, 2],
      ['FetchSnapshot', 0, 1],
      ['Fetch', 13, 17],
    ])
  })

  it('Vote goes to the driver from the candidate with the header correlation id', async () => {
    const driver = new FakeDriver()
    driver.answer = (r) => ({
      kind: 'VoteResponse',
      correlationId: r.correlationId,
      errorCode: ErrorCode.NONE,
      leaderId: -1,
      leaderEpoch: 7,
      voteGranted: true,
    })
    const request = toWireVoteRequest(
      {
        kind: 'VoteRequest',
        correlationId: 0,
        candidateEpoch: 7,
        candidateId: 3,
        lastOffsetEpoch: 6,
        lastOffset: 100n,
        preVote: false,
      },
      { clusterId: CLUSTER, to: LOCAL, version: 1 },
    )
    const response = await call(brokerWith(driver), voteApi, 1, request, 555)
    expect(driver.asked).toEqual([
      {
        from: 3,
        request: {
          kind: 'VoteRequest',
          correlationId: 555,
          candidateEpoch: 7,
          candidateId: 3,
          lastOffsetEpoch: 6,
          lastOffset: 100n,
          preVote: false,
        },
      },
    ])
    expect(fromWireVoteResponse(response, 555)).toEqual({
      kind: 'VoteResponse',
      correlationId: 555,
      errorCode: ErrorCode.NONE,
      leaderId: -1,
      leaderEpoch: 7,
      voteGranted: true,
    })
  })

  it('a wrong cluster id, a wrong voter, no driver or a closing driver answer Kafka errors at the top level', async () => {
    const driver = new FakeDriver()
    const vote = (clusterId: string, to: number) =>
      toWireVoteRequest(
        {
          kind: 'VoteRequest',
          correlationId: 0,
          candidateEpoch: 7,
          candidateId: 3,
          lastOffsetEpoch: 6,
          lastOffset: 100n,
          preVote: false,
        },
        { clusterId, to, version: 1 },
      )
    expect((await call(brokerWith(driver), voteApi, 1, vote('other', LOCAL))).errorCode).toBe(
      ErrorCode.INCONSISTENT_CLUSTER_ID,
    )
    expect((await call(brokerWith(driver), voteApi, 1, vote(CLUSTER, 9))).errorCode).toBe(ErrorCode.INVALID_VOTER_KEY)
    expect(driver.asked).toEqual([])
    expect(await call(brokerWith(null), voteApi, 1, vote(CLUSTER, LOCAL))).toEqual({
      errorCode: ErrorCode.BROKER_NOT_AVAILABLE,
      topics: [],
      nodeEndpoints: [],
    })
    driver.answer = () => new RaftDriverClosedError()
    expect((await call(brokerWith(driver), voteApi, 1, vote(CLUSTER, LOCAL))).errorCode).toBe(
      ErrorCode.BROKER_NOT_AVAILABLE,
    )
  })

  it('BeginQuorumEpoch and EndQuorumEpoch come from the leader', async () => {
    const driver = new FakeDriver()
    driver.answer = (r) => ({
      kind: r.kind === 'BeginQuorumEpochRequest' ? 'BeginQuorumEpochResponse' : 'EndQuorumEpochResponse',
      correlationId: r.correlationId,
      errorCode: ErrorCode.NONE,
      leaderId: 1,
      leaderEpoch: 9,
    })
    const ctx = { clusterId: CLUSTER, to: LOCAL, version: 1 }
    const begin = await call(
      brokerWith(driver),
      beginQuorumEpochApi,
      1,
      toWireBeginQuorumEpochRequest(
        { kind: 'BeginQuorumEpochRequest', correlationId: 0, leaderId: 1, leaderEpoch: 9 },
        ctx,
      ),
      10,
    )
    const end = await call(
      brokerWith(driver),
      endQuorumEpochApi,
      0,
      toWireEndQuorumEpochRequest(
        { kind: 'EndQuorumEpochRequest', correlationId: 0, leaderId: 1, leaderEpoch: 9, preferredSuccessors: [3, 2] },
        { ...ctx, version: 0 },
      ),
      11,
    )
    expect(driver.asked).toEqual([
      { from: 1, request: { kind: 'BeginQuorumEpochRequest', correlationId: 10, leaderId: 1, leaderEpoch: 9 } },
      {
        from: 1,
        request: {
          kind: 'EndQuorumEpochRequest',
          correlationId: 11,
          leaderId: 1,
          leaderEpoch: 9,
          preferredSuccessors: [3, 2],
        },
      },
    ])
    for (const r of [begin, end]) {
      expect(r.errorCode).toBe(0)
      expect(r.topics).toEqual([
        {
          topicName: '__cluster_metadata',
          partitions: [{ partitionIndex: 0, errorCode: 0, leaderId: 1, leaderEpoch: 9 }],
        },
      ])
    }
  })

  it('Fetch answers with the driver’s on-disk batches as records', async () => {
    const driver = new FakeDriver()
    const onDisk = await encodeBatch({
      baseOffset: 5n,
      partitionLeaderEpoch: 3,
      records: [
        { timestamp: 1n, value: Buffer.from('r5') },
        { timestamp: 1n, value: Buffer.from('r6') },
      ],
    })
    driver.answer = (r) => {
      const response: FetchResponse = {
        kind: 'FetchResponse',
        correlationId: r.correlationId,
        errorCode: ErrorCode.NONE,
        highWatermark: 5n,
        currentLeader: { leaderId: LOCAL, leaderEpoch: 3 },
        divergingEpoch: null,
        // The entries the core read (only the first of the batch): the bytes are the whole batch.
        records: [{ offset: 5n, epoch: 3, kind: 'data', value: Buffer.from('r5') }],
      }
      driver.bytes.set(response, onDisk)
      return response
    }
    for (const version of [13, 15, 17]) {
      const request = toWireFetchRequest(
        {
          kind: 'FetchRequest',
          correlationId: 0,
          replicaId: 3,
          currentLeaderEpoch: 3,
          fetchOffset: 5n,
          lastFetchedEpoch: 3,
          maxWaitMs: 500,
        },
        { clusterId: CLUSTER, to: LOCAL, version },
      )
      const response = await call(brokerWith(driver), fetchApi, version, request, 20 + version)
      expect(driver.asked.at(-1)).toEqual({
        from: 3,
        request: {
          kind: 'FetchRequest',
          correlationId: 20 + version,
          replicaId: 3,
          currentLeaderEpoch: 3,
          fetchOffset: 5n,
          lastFetchedEpoch: 3,
          maxWaitMs: 500,
        },
      })
      expect(response.responses[0]?.partitions[0]?.records?.equals(onDisk)).toBe(true)
      const decoded = await fromWireFetchResponse(response, { correlationId: 1, version })
      expect(decoded?.records).toEqual([
        { offset: 5n, epoch: 3, kind: 'data', value: Buffer.from('r5') },
        { offset: 6n, epoch: 3, kind: 'data', value: Buffer.from('r6'), lastInBatch: true },
      ])
    }
  })

  it('Fetch of another topic id is INVALID_REQUEST; without a driver BROKER_NOT_AVAILABLE', async () => {
    const driver = new FakeDriver()
    const request = toWireFetchRequest(
      {
        kind: 'FetchRequest',
        correlationId: 0,
        replicaId: 3,
        currentLeaderEpoch: 3,
        fetchOffset: 5n,
        lastFetchedEpoch: 3,
        maxWaitMs: 500,
      },
      { clusterId: CLUSTER, to: LOCAL, version: 17 },
    )
    const foreign = { ...request, topics: [{ ...request.topics[0]!, topicId: Buffer.alloc(16, 7) }] }
    expect((await call(brokerWith(driver), fetchApi, 17, foreign)).errorCode).toBe(ErrorCode.INVALID_REQUEST)
    expect((await call(brokerWith(null), fetchApi, 17, request)).errorCode).toBe(ErrorCode.BROKER_NOT_AVAILABLE)
    expect(driver.asked).toEqual([])
  })

  it('DescribeQuorum describes the quorum on the leader, with the voters as Nodes from v2', async () => {
    const driver = new FakeDriver()
    driver.described = {
      errorCode: ErrorCode.NONE,
      leaderId: 2,
      leaderEpoch: 4,
      highWatermark: 12n,
      currentVoters: [
        {
          replicaId: 1,
          logEndOffset: 12n,
          lastFetchTimestamp: 1_700_000_000_001,
          lastCaughtUpTimestamp: 1_700_000_000_001,
        },
        {
          replicaId: 2,
          logEndOffset: 13n,
          lastFetchTimestamp: 1_700_000_000_002,
          lastCaughtUpTimestamp: 1_700_000_000_002,
        },
        { replicaId: 3, logEndOffset: -1n, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 },
      ],
      observers: [],
    }
    const request = { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] }
    const v2 = await call(brokerWith(driver), describeQuorumApi, 2, request)
    expect(v2.errorCode).toBe(0)
    const p = v2.topics[0]!.partitions[0]!
    expect([p.errorCode, p.errorMessage, p.leaderId, p.leaderEpoch, p.highWatermark]).toEqual([0, null, 2, 4, 12n])
    expect(p.currentVoters.map((r) => [r.replicaId, r.logEndOffset, r.lastFetchTimestamp])).toEqual([
      [1, 12n, 1_700_000_000_001n],
      [2, 13n, 1_700_000_000_002n],
      [3, -1n, -1n],
    ])
    expect(v2.nodes).toEqual([
      { nodeId: 1, listeners: [{ name: 'CONTROLLER', host: 'c1', port: 9093 }] },
      { nodeId: 2, listeners: [{ name: 'CONTROLLER', host: 'c2', port: 9093 }] },
      { nodeId: 3, listeners: [{ name: 'CONTROLLER', host: '::1', port: 9095 }] },
    ])
    const v0 = await call(brokerWith(driver), describeQuorumApi, 0, request)
    expect(v0.nodes).toEqual([])
    expect(v0.topics[0]?.partitions[0]?.currentVoters.length).toBe(3)
  })

  it('DescribeQuorum elsewhere: NOT_LEADER_OR_FOLLOWER, UNKNOWN_TOPIC_OR_PARTITION, BROKER_NOT_AVAILABLE', async () => {
    const driver = new FakeDriver()
    const request = { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] }
    const follower = await call(brokerWith(driver), describeQuorumApi, 1, request)
    expect(follower.topics[0]?.partitions[0]).toMatchObject({
      errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
      leaderId: 1,
      leaderEpoch: 4,
    })
    const other = await call(brokerWith(driver), describeQuorumApi, 2, {
      topics: [{ topicName: 'orders', partitions: [{ partitionIndex: 0 }, { partitionIndex: 1 }] }],
    })
    expect(other.topics[0]?.partitions.map((x) => [x.partitionIndex, x.errorCode])).toEqual([
      [0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      [1, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    ])
    const none = await call(brokerWith(null), describeQuorumApi, 2, request)
    expect([none.errorCode, none.topics]).toEqual([ErrorCode.BROKER_NOT_AVAILABLE, []])
  })

  it('FetchSnapshot goes to the driver from the replica; the chunk is cut to the request’s MaxBytes', async () => {
    const driver = new FakeDriver()
    driver.snapshotAnswer = (r) => ({
      kind: 'FetchSnapshotResponse',
      correlationId: r.correlationId,
      errorCode: ErrorCode.NONE,
      currentLeader: { leaderId: LOCAL, leaderEpoch: 4 },
      snapshotId: r.snapshotId,
      size: 100n,
      position: r.position,
      bytes: Buffer.from('0123456789'),
    })
    const request: FetchSnapshotRequest = {
      kind: 'FetchSnapshotRequest',
      correlationId: 0,
      replicaId: 3,
      currentLeaderEpoch: 4,
      snapshotId: { offset: 50n, epoch: 3 },
      position: 20n,
    }
    const wire = { ...toWireFetchSnapshotRequest(request, { clusterId: CLUSTER, to: LOCAL, version: 1 }), maxBytes: 4 }
    const response = await call(brokerWith(driver), fetchSnapshotApi, 1, wire, 61)
    expect(driver.asked).toEqual([{ from: 3, request: { ...request, correlationId: 61 } }])
    expect(fromWireFetchSnapshotResponse(response, 61)).toEqual({
      kind: 'FetchSnapshotResponse',
      correlationId: 61,
      errorCode: ErrorCode.NONE,
      currentLeader: { leaderId: LOCAL, leaderEpoch: 4 },
      snapshotId: { offset: 50n, epoch: 3 },
      size: 100n,
      position: 20n,
      bytes: Buffer.from('0123'),
    })
    expect((await call(brokerWith(null), fetchSnapshotApi, 0, wire)).errorCode).toBe(ErrorCode.BROKER_NOT_AVAILABLE)
    driver.snapshotAnswer = () => new RaftDriverClosedError()
    expect((await call(brokerWith(driver), fetchSnapshotApi, 1, wire)).errorCode).toBe(ErrorCode.BROKER_NOT_AVAILABLE)
    expect((await call(brokerWith(driver), fetchSnapshotApi, 1, { ...wire, clusterId: 'x' })).errorCode).toBe(
      ErrorCode.INCONSISTENT_CLUSTER_ID,
    )
  })
})
