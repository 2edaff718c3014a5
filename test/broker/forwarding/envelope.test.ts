// Goal: Envelope (API 58) on the controller listener answers as Kafka's
// controller does: a forwardable inner request is run by this listener's
// handler and its encoded response (header with the inner correlation id,
// and body, no size prefix) comes back in responseData; a node that is not
// the active controller answers NOT_CONTROLLER; an inner request that is
// not forwardable, does not parse, or has a version we do not serve is
// INVALID_REQUEST. The principal and address encodings match Kafka's.
// Method: one in-process node with a controller listener serving Envelope,
// driven with raw frames; exact bytes for the principal and addresses.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'
import { createDispatcher } from '../../../src/broker/dispatch.js'
import { clientAddressBytes, formatClientAddress, serializePrincipal } from '../../../src/broker/forwarding.js'
import type { Handler } from '../../../src/broker/handler.js'
import { envelopeHandler } from '../../../src/broker/handlers/58-envelope.js'
import { brokerHandlers } from '../../../src/broker/handlers/index.js'
import { type Listener, startListener } from '../../../src/network/server.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { encodeRequest, readResponseHeader } from '../../../src/protocol/frame.js'
import { type ApiDefinition, apis } from '../../../src/protocol/generated/index.js'
import { RawClient } from '../../support/raw-client.js'

let dir: string
let node: RunningNode
let controller: Listener
let client: RawClient

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-envelope-'))
  node = await startNode({ dataDir: dir, port: 0 })
  const handlers = new Map<number, Handler>([...brokerHandlers, [58, envelopeHandler as Handler]])
  const dispatch = createDispatcher(node.broker, handlers)
  controller = await startListener({ name: 'CONTROLLER', host: '127.0.0.1', port: 0, handler: dispatch })
  client = await RawClient.connect(controller.port)
})

afterAll(async () => {
  client.close()
  await controller.close()
  await node.close()
  rmSync(dir, { recursive: true, force: true })
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** An inner request as a forwarding broker embeds it: header and body, no size prefix. */
function inner<Req>(api: ApiDefinition<Req, unknown>, version: number, correlationId: number, body: Req): Buffer {
  return Buffer.concat(encodeRequest(api, version, correlationId, 'client-7', body)).subarray(4)
}

function envelope(requestData: Buffer) {
  return client.request(apis.ENVELOPE, 0, {
    requestData,
    requestPrincipal: serializePrincipal('User', 'ANONYMOUS'),
    clientHostAddress: Buffer.from([10, 1, 2, 3]),
  })
}

const createTopicsBody = (name: string) => ({
  ...apis.CREATE_TOPICS.request.create(),
  topics: [{ name, numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }],
  timeoutMs: 1000,
})

it('runs a forwarded CreateTopics and returns its response header and body', async () => {
  const response = await envelope(inner(apis.CREATE_TOPICS, 5, 4242, createTopicsBody('env-one')))
  expect(response.errorCode).toBe(ErrorCode.NONE)
  const data = response.responseData
  expect(data).not.toBeNull()
  const { header, body } = readResponseHeader(data ?? Buffer.alloc(0), apis.CREATE_TOPICS.apiKey, 5)
  expect(header.correlationId).toBe(4242)
  const decoded = apis.CREATE_TOPICS.response.read(body, 5)
  expect(body.remaining()).toBe(0)
  expect(decoded.topics.map((t) => [t.name, t.errorCode, t.numPartitions])).toEqual([['env-one', ErrorCode.NONE, 3]])
  expect(node.broker.image.topicsByName.get('env-one')?.partitions.length).toBe(3)
  // Non-flexible inner version: response header v0.
  const old = await envelope(inner(apis.CREATE_TOPICS, 2, 9, createTopicsBody('env-one')))
  const parsed = readResponseHeader(old.responseData ?? Buffer.alloc(0), apis.CREATE_TOPICS.apiKey, 2)
  expect(parsed.header.correlationId).toBe(9)
  const again = apis.CREATE_TOPICS.response.read(parsed.body, 2)
  expect(again.topics.map((t) => [t.name, t.errorCode])).toEqual([['env-one', ErrorCode.TOPIC_ALREADY_EXISTS]])
})

it('NOT_CONTROLLER when this node is not the active controller', async () => {
  vi.spyOn(node.broker.metadata, 'isActiveController').mockReturnValue(false)
  const response = await envelope(inner(apis.CREATE_TOPICS, 5, 1, createTopicsBody('env-refused')))
  expect([response.errorCode, response.responseData]).toEqual([ErrorCode.NOT_CONTROLLER, null])
  expect(node.broker.image.topicsByName.has('env-refused')).toBe(false)
})

it('a handler failure is NOT_CONTROLLER after a resignation, UNKNOWN_SERVER_ERROR otherwise', async () => {
  const write = vi.spyOn(node.broker.metadata, 'write')
  write.mockRejectedValueOnce(new Error('resigned')).mockRejectedValueOnce(new Error('disk full'))
  vi.spyOn(node.broker.metadata, 'isActiveController').mockReturnValueOnce(true).mockReturnValueOnce(false)
  const resigned = await envelope(inner(apis.CREATE_TOPICS, 5, 1, createTopicsBody('env-resigned')))
  expect([resigned.errorCode, resigned.responseData]).toEqual([ErrorCode.NOT_CONTROLLER, null])
  const failed = await envelope(inner(apis.CREATE_TOPICS, 5, 1, createTopicsBody('env-failed')))
  expect([failed.errorCode, failed.responseData]).toEqual([ErrorCode.UNKNOWN_SERVER_ERROR, null])
  expect(write).toHaveBeenCalledTimes(2)
})

it('INVALID_REQUEST for a non-forwardable API, garbage, or a version not served', async () => {
  const metadata = await envelope(inner(apis.METADATA, 12, 1, { ...apis.METADATA.request.create(), topics: null }))
  expect([metadata.errorCode, metadata.responseData]).toEqual([ErrorCode.INVALID_REQUEST, null])
  const garbage = await envelope(Buffer.from([0, 19, 0]))
  expect(garbage.errorCode).toBe(ErrorCode.INVALID_REQUEST)
  const cut = inner(apis.CREATE_TOPICS, 5, 1, createTopicsBody('env-cut'))
  const truncated = await envelope(cut.subarray(0, cut.length - 6))
  expect(truncated.errorCode).toBe(ErrorCode.INVALID_REQUEST)
  const unserved = inner(apis.CREATE_TOPICS, 5, 1, createTopicsBody('env-v99'))
  unserved.writeInt16BE(99, 2)
  expect((await envelope(unserved)).errorCode).toBe(ErrorCode.INVALID_REQUEST)
  // Envelope inside an Envelope is not forwardable either.
  const nested = inner(apis.ENVELOPE, 0, 1, {
    requestData: cut,
    requestPrincipal: null,
    clientHostAddress: Buffer.alloc(4),
  })
  expect((await envelope(nested)).errorCode).toBe(ErrorCode.INVALID_REQUEST)
  expect(node.broker.image.topicsByName.has('env-cut')).toBe(false)
  expect(node.broker.image.topicsByName.has('env-v99')).toBe(false)
})

it("principal and client address are encoded as Kafka's DefaultKafkaPrincipalBuilder and InetAddress", () => {
  // int16 version 0, compact string "User", compact string "ANONYMOUS", tokenAuthenticated false, no tagged fields.
  expect(serializePrincipal('User', 'ANONYMOUS').toString('hex')).toBe(
    `0000${'05'}${Buffer.from('User').toString('hex')}${'0a'}${Buffer.from('ANONYMOUS').toString('hex')}0000`,
  )
  expect([...clientAddressBytes('127.0.0.1:50123')]).toEqual([127, 0, 0, 1])
  expect([...clientAddressBytes('::ffff:10.0.0.9:80')]).toEqual([10, 0, 0, 9])
  expect(clientAddressBytes('::1:9092').toString('hex')).toBe('00000000000000000000000000000001')
  expect(clientAddressBytes('fe80::1:2:9092').toString('hex')).toBe('fe800000000000000000000000010002')
  expect(clientAddressBytes('10.0.0.1')).toEqual(Buffer.from([10, 0, 0, 1]))
  expect(clientAddressBytes('not-an-address').length).toBe(0)
  expect(formatClientAddress(Buffer.from([192, 168, 0, 1]))).toBe('192.168.0.1')
  expect(formatClientAddress(clientAddressBytes('fe80::1:2:9092'))).toBe('fe80:0:0:0:0:0:1:2')
})
