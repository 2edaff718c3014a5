// Goal: the marker sender (txn-marker-sender.ts) writes this node's partitions in-process, sends
// the others to their leader, keeps one request in flight per leader and sends what queued
// meanwhile as one request (never two markers of one producer together), splits the answer back
// per caller, and rejects on a transport failure so the coordinator retries.
// Method: a fake BrokerClients whose answers the test releases one by one.
import { expect, it } from 'vitest'
import type { BrokerClients } from '../../../src/broker/broker-clients.js'
import { TxnMarkerSender } from '../../../src/broker/txn-marker-sender.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import type { WriteTxnMarkersRequest } from '../../../src/protocol/generated/message/write-txn-markers-request.js'
import type { WriteTxnMarkersResponse } from '../../../src/protocol/generated/message/write-txn-markers-response.js'

function marker(producerId: bigint, topic: string, partitions: number[]): WriteTxnMarkersRequest {
  return {
    markers: [
      {
        producerId,
        producerEpoch: 0,
        transactionResult: true,
        topics: [{ name: topic, partitionIndexes: partitions }],
        coordinatorEpoch: 1,
      },
    ],
  }
}

function answerAll(request: WriteTxnMarkersRequest, errorCode: (partition: number) => number): WriteTxnMarkersResponse {
  return {
    markers: request.markers.map((m) => ({
      producerId: m.producerId,
      topics: m.topics.map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((partitionIndex) => ({
          partitionIndex,
          errorCode: errorCode(partitionIndex),
        })),
      })),
    })),
  }
}

interface Sent {
  readonly brokerId: number
  readonly request: WriteTxnMarkersRequest
  readonly timeoutMs: number | undefined
  answer(response: WriteTxnMarkersResponse): void
  fail(err: Error): void
}

function fakeClients(): { clients: BrokerClients; sent: Sent[] } {
  const sent: Sent[] = []
  const clients: BrokerClients = {
    request<Req, Res>(brokerId: number, _api: unknown, _version: number, body: Req, options?: { timeoutMs?: number }) {
      return new Promise<Res>((resolve, reject) => {
        sent.push({
          brokerId,
          request: body as WriteTxnMarkersRequest,
          timeoutMs: options?.timeoutMs,
          answer: (r) => resolve(r as Res),
          fail: reject,
        })
      })
    },
    close: async () => undefined,
  } as BrokerClients
  return { clients, sent }
}

const flush = () => new Promise((r) => setImmediate(r))

it('writes its own partitions in-process and sends the others to their leader', async () => {
  const { clients, sent } = fakeClients()
  const local: WriteTxnMarkersRequest[] = []
  const sender = new TxnMarkerSender({
    nodeId: 1,
    writeLocal: async (request) => {
      local.push(request)
      return answerAll(request, () => ErrorCode.NONE)
    },
    clients,
    version: 1,
    requestTimeoutMs: 1234,
  })
  const own = await sender.send(1, marker(7n, 't', [0]))
  expect(own.markers[0]?.topics[0]?.partitions).toEqual([{ partitionIndex: 0, errorCode: ErrorCode.NONE }])
  expect(local.length).toBe(1)
  const remote = sender.send(2, marker(7n, 't', [1, 4]))
  await flush()
  expect(sent.map((s) => [s.brokerId, s.timeoutMs])).toEqual([[2, 1234]])
  sent[0]?.answer(answerAll(sent[0].request, (p) => (p === 4 ? ErrorCode.NOT_LEADER_OR_FOLLOWER : ErrorCode.NONE)))
  expect((await remote).markers[0]?.topics[0]?.partitions).toEqual([
    { partitionIndex: 1, errorCode: ErrorCode.NONE },
    { partitionIndex: 4, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER },
  ])
  expect(sender.requestsSent).toBe(1)
})

it('one request in flight per leader; queued markers go out together, one producer id per request', async () => {
  const { clients, sent } = fakeClients()
  const sender = new TxnMarkerSender({ nodeId: 1, writeLocal: async () => ({ markers: [] }), clients, version: 1 })
  const first = sender.send(2, marker(10n, 't', [0]))
  const toOther = sender.send(3, marker(10n, 't', [1]))
  const second = sender.send(2, marker(11n, 't', [2]))
  const third = sender.send(2, marker(12n, 'u', [0]))
  const sameProducer = sender.send(2, marker(11n, 'u', [1]))
  await flush()
  expect(sent.map((s) => [s.brokerId, s.request.markers.map((m) => m.producerId)])).toEqual([
    [2, [10n]],
    [3, [10n]],
  ])
  sent[0]?.answer(answerAll(sent[0].request, () => ErrorCode.NONE))
  await first
  await flush()
  expect(sent.slice(2).map((s) => [s.brokerId, s.request.markers.map((m) => m.producerId)])).toEqual([[2, [11n, 12n]]])
  // Only producer 12's part of the answer: producer 11's marker is missing, which reads as UNKNOWN_SERVER_ERROR.
  sent[2]?.answer({
    markers: [
      { producerId: 12n, topics: [{ name: 'u', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NONE }] }] },
    ],
  })
  expect((await second).markers[0]?.topics[0]?.partitions).toEqual([
    { partitionIndex: 2, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR },
  ])
  expect((await third).markers[0]?.topics[0]?.partitions).toEqual([{ partitionIndex: 0, errorCode: ErrorCode.NONE }])
  await flush()
  expect(sent.slice(3).map((s) => [s.brokerId, s.request.markers.map((m) => m.producerId)])).toEqual([[2, [11n]]])
  // A transport failure rejects: the coordinator retries those partitions after its backoff.
  sent[3]?.fail(Object.assign(new Error('disconnected'), { reason: 'disconnected' }))
  await expect(sameProducer).rejects.toThrow('disconnected')
  sent[1]?.answer(answerAll(sent[1].request, () => ErrorCode.NONE))
  await toOther
  expect(sender.requestsSent).toBe(4)
})

it('without inter-broker clients another leader answers NOT_LEADER_OR_FOLLOWER; closed, it rejects', async () => {
  const sender = new TxnMarkerSender({
    nodeId: 1,
    writeLocal: async () => ({ markers: [] }),
    clients: null,
    version: 1,
  })
  const answer = await sender.send(2, marker(5n, 't', [3]))
  expect(answer.markers[0]?.topics[0]?.partitions).toEqual([
    { partitionIndex: 3, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER },
  ])
  sender.close()
  await expect(sender.send(2, marker(5n, 't', [3]))).rejects.toThrow('closed')
})
