// Goal: the raft transport delivers each request to the voter's controller listener as the Kafka
// request, hands the answer back as the core's message with the core's correlation id, and drops
// what is not an answer (unreachable voter, top-level error) without calling back.
// Method: a real listener (startListener) serving the raft handlers over a fake driver, a
// KafkaRaftTransport pointed at it by `controller.quorum.voters`, and a voter id with no listener.

import { createServer } from 'node:net'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Broker } from '../../../src/broker/broker.js'
import { createDispatcher } from '../../../src/broker/dispatch.js'
import type { Handler } from '../../../src/broker/handler.js'
import { raftHandlers } from '../../../src/broker/handlers/raft-handlers.js'
import { type Listener, startListener } from '../../../src/network/server.js'
import { KafkaRaftTransport } from '../../../src/node/raft-transport.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import type { RaftDriver } from '../../../src/raft/driver.js'
import type { NodeId } from '../../../src/raft/election-state.js'
import type { FetchResponse, RaftMessage } from '../../../src/raft/messages.js'

const CLUSTER = 'transport-cluster'

const asked: { from: NodeId; request: RaftMessage }[] = []
const responseBytes = new WeakMap<FetchResponse, Buffer>()
let batch: Buffer
const driver = {
  handleRequest(from: NodeId, request: RaftMessage): Promise<RaftMessage> {
    asked.push({ from, request })
    switch (request.kind) {
      case 'VoteRequest':
        return Promise.resolve({
          kind: 'VoteResponse',
          correlationId: request.correlationId,
          errorCode: ErrorCode.NONE,
          leaderId: -1,
          leaderEpoch: request.candidateEpoch,
          voteGranted: true,
        })
      case 'FetchRequest': {
        const response: FetchResponse = {
          kind: 'FetchResponse',
          correlationId: request.correlationId,
          errorCode: ErrorCode.NONE,
          highWatermark: 1n,
          currentLeader: { leaderId: 1, leaderEpoch: 2 },
          divergingEpoch: null,
          records: [{ offset: 0n, epoch: 2, kind: 'data', value: Buffer.from('m0'), lastInBatch: true }],
        }
        responseBytes.set(response, batch)
        return Promise.resolve(response)
      }
      default:
        return Promise.reject(new Error(`unexpected ${request.kind}`))
    }
  },
  recordBytes: (response: FetchResponse) => responseBytes.get(response) ?? Buffer.alloc(0),
}

let listener: Listener
let unusedPort: number

beforeAll(async () => {
  batch = await encodeBatch({
    baseOffset: 0n,
    partitionLeaderEpoch: 2,
    records: [{ timestamp: 5n, value: Buffer.from('m0') }],
  })
  const broker = {
    clusterId: CLUSTER,
    nodeId: 1,
    raft: driver as unknown as RaftDriver,
    clock: { wallMs: () => 0, monotonicMs: () => 0 },
    logger: pino({ level: 'silent' }),
  } as unknown as Broker
  const dispatch = createDispatcher(broker, new Map<number, Handler>(raftHandlers.map((h) => [h.api.apiKey, h])))
  listener = await startListener({ name: 'CONTROLLER', host: '127.0.0.1', port: 0, handler: dispatch })
  // A port with nothing listening: bind, note it, close.
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  unusedPort = typeof address === 'object' && address !== null ? address.port : 1
  await new Promise<void>((resolve) => probe.close(() => resolve()))
})

afterAll(async () => {
  await listener?.close(0)
})

function transport(clusterId = CLUSTER): KafkaRaftTransport {
  return new KafkaRaftTransport({
    clusterId,
    voters: KafkaRaftTransport.voters(`1@127.0.0.1:${listener.port},3@127.0.0.1:${unusedPort}`),
    requestTimeoutMs: 2000,
    clientId: 'raft-client-2',
  })
}

function sendAndWait(t: KafkaRaftTransport, to: NodeId, request: RaftMessage): Promise<RaftMessage> {
  return new Promise((resolve) => t.send(to, request, resolve))
}

describe('KafkaRaftTransport', () => {
  it('a Vote and a Fetch come back as the core’s responses with its correlation ids', async () => {
    const t = transport()
    try {
      const vote = await sendAndWait(t, 1, {
        kind: 'VoteRequest',
        correlationId: 901,
        candidateEpoch: 4,
        candidateId: 2,
        lastOffsetEpoch: 3,
        lastOffset: 17n,
        preVote: true,
      })
      expect(vote).toEqual({
        kind: 'VoteResponse',
        correlationId: 901,
        errorCode: ErrorCode.NONE,
        leaderId: -1,
        leaderEpoch: 4,
        voteGranted: true,
      })
      const fetch = await sendAndWait(t, 1, {
        kind: 'FetchRequest',
        correlationId: 902,
        replicaId: 2,
        currentLeaderEpoch: 2,
        fetchOffset: 0n,
        lastFetchedEpoch: 0,
        maxWaitMs: 500,
      })
      expect(fetch).toEqual({
        kind: 'FetchResponse',
        correlationId: 902,
        errorCode: ErrorCode.NONE,
        highWatermark: 1n,
        currentLeader: { leaderId: 1, leaderEpoch: 2 },
        divergingEpoch: null,
        records: [{ offset: 0n, epoch: 2, kind: 'data', value: Buffer.from('m0'), lastInBatch: true }],
        snapshotId: null,
      })
      // The receiver saw the sender's ids and its own header correlation ids (not the core's).
      expect(
        asked.map((a) => [a.from, a.request.kind, a.request.correlationId === 901 || a.request.correlationId === 902]),
      ).toEqual([
        [2, 'VoteRequest', false],
        [2, 'FetchRequest', false],
      ])
      expect(asked[0]?.request).toMatchObject({ preVote: true, candidateEpoch: 4, lastOffset: 17n })
    } finally {
      await t.close()
    }
  })

  it('an unreachable voter, an unknown one and a top-level error give no callback', async () => {
    const calls: RaftMessage[] = []
    const logged: { msg: string; to: number; reason?: string }[] = []
    const logger = pino({ level: 'debug' }, { write: (line: string) => logged.push(JSON.parse(line)) })
    const t = new KafkaRaftTransport({
      clusterId: 'another-cluster',
      voters: KafkaRaftTransport.voters(`1@127.0.0.1:${listener.port},3@127.0.0.1:${unusedPort}`),
      requestTimeoutMs: 2000,
      clientId: 'raft-client-2',
      logger,
    })
    try {
      const vote: RaftMessage = {
        kind: 'VoteRequest',
        correlationId: 1,
        candidateEpoch: 4,
        candidateId: 2,
        lastOffsetEpoch: 3,
        lastOffset: 17n,
        preVote: false,
      }
      const before = asked.length
      t.send(1, vote, (m) => calls.push(m)) // answered INCONSISTENT_CLUSTER_ID
      t.send(3, vote, (m) => calls.push(m)) // nothing listens there
      t.send(7, vote, (m) => calls.push(m)) // not a voter: no address
      const deadline = Date.now() + 5000
      while (logged.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
      expect(logged.map((l) => [l.to, l.msg, l.reason]).sort()).toEqual([
        [1, 'raft transport: unusable answer dropped', undefined],
        [3, 'raft transport: no answer', 'connect-failed'],
        [7, 'raft transport: no answer', 'connect-failed'],
      ])
      expect(calls).toEqual([])
      expect(asked.length - before).toBe(0)
    } finally {
      await t.close()
    }
  })
})
