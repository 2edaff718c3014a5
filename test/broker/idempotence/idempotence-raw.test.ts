// Goal: idempotent produce answers what Kafka answers, over the wire: InitProducerId hands out
// ids that never repeat (blocks of 1000 in the metadata log), a re-sent batch (same producer id,
// epoch and sequence) gets its original offset and is not stored twice, sequence gaps and old
// epochs get their error codes, and the dedupe holds after a clean restart and after a crash.
// Method: in-process nodes on a temp dir driven with raw frames from our codecs; the crash is a
// copy of the data directory taken while the node runs (every append is in the page cache, no
// clean-shutdown marker, no snapshot at the log end), opened by a second node.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis, type ProduceRequest } from '../../../src/protocol/generated/index.js'
import { encodeBatch, endTxnMarkerBatch } from '../../../src/protocol/records/index.js'
import { RawClient } from '../../support/raw-client.js'
import { createTopic } from '../../support/topics.js'

let dir: string
const nodes: RunningNode[] = []
const clients: RawClient[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-idempotence-'))
})

afterAll(async () => {
  for (const c of clients) c.close()
  for (const n of nodes) await n.close()
  rmSync(dir, { recursive: true, force: true })
})

async function start(dataDir: string): Promise<{ node: RunningNode; client: RawClient }> {
  const node = await startNode({ dataDir, port: 0 })
  nodes.push(node)
  const client = await RawClient.connect(node.port)
  clients.push(client)
  return { node, client }
}

function batch(producerId: bigint, producerEpoch: number, baseSequence: number, count = 1): Promise<Buffer> {
  return encodeBatch({
    records: Array.from({ length: count }, (_, i) => ({
      timestamp: BigInt(Date.now()),
      key: null,
      value: Buffer.from(`v${baseSequence + i}`),
    })),
    producerId,
    producerEpoch,
    baseSequence,
  })
}

function produce(topic: string, records: Buffer): ProduceRequest {
  const request = apis.PRODUCE.request.create()
  request.acks = -1
  request.timeoutMs = 5000
  request.topicData = [{ name: topic, partitionData: [{ index: 0, records }] }]
  return request
}

async function send(client: RawClient, topic: string, records: Buffer) {
  const response = await client.request(apis.PRODUCE, 9, produce(topic, records))
  const p = response.responses[0]!.partitionResponses[0]!
  return { errorCode: p.errorCode, baseOffset: Number(p.baseOffset), errorMessage: p.errorMessage }
}

async function initProducerId(
  client: RawClient,
  version: number,
  fields: { transactionalId?: string | null; producerId?: bigint; producerEpoch?: number; timeoutMs?: number } = {},
) {
  const request = apis.INIT_PRODUCER_ID.request.create()
  request.transactionalId = fields.transactionalId ?? null
  request.transactionTimeoutMs = fields.timeoutMs ?? 60_000
  request.producerId = fields.producerId ?? -1n
  request.producerEpoch = fields.producerEpoch ?? -1
  return client.request(apis.INIT_PRODUCER_ID, version, request)
}

const logEnd = (node: RunningNode, topic: string) => node.broker.logs.getLog({ topic, partition: 0 })!.logEndOffset

describe('idempotent producers over the wire', () => {
  let node: RunningNode
  let client: RawClient
  let pid: bigint

  beforeAll(async () => {
    ;({ node, client } = await start(join(dir, 'a')))
    await createTopic(node, 'idem')
  })

  it('InitProducerId hands out new ids with epoch 0 at every version', async () => {
    const ids: bigint[] = []
    for (const version of [0, 1, 2, 3, 4, 5]) {
      const r = await initProducerId(client, version)
      expect(r).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 0 })
      ids.push(r.producerId)
    }
    expect(ids).toEqual([0n, 1n, 2n, 3n, 4n, 5n])
    // KIP-360 from an idempotent producer: Kafka hands out a new id (the client bumps epochs itself).
    const bumped = await initProducerId(client, 4, { producerId: 5n, producerEpoch: 0 })
    expect(bumped).toMatchObject({ errorCode: ErrorCode.NONE, producerId: 6n, producerEpoch: 0 })
    pid = bumped.producerId
    expect(node.broker.image.nextProducerId).toBe(1000)
  })

  it('InitProducerId refuses what Kafka refuses', async () => {
    const errors = async (fields: Parameters<typeof initProducerId>[2]) => {
      const r = await initProducerId(client, 4, fields)
      return [r.errorCode, r.producerId, r.producerEpoch]
    }
    expect(await errors({ producerId: 3n })).toEqual([ErrorCode.INVALID_REQUEST, -1n, -1])
    expect(await errors({ producerEpoch: 2 })).toEqual([ErrorCode.INVALID_REQUEST, -1n, -1])
    expect(await errors({ transactionalId: '' })).toEqual([ErrorCode.INVALID_REQUEST, -1n, -1])
    expect(await errors({ transactionalId: 't', timeoutMs: 0 })).toEqual([
      ErrorCode.INVALID_TRANSACTION_TIMEOUT,
      -1n,
      -1,
    ])
    expect(await errors({ transactionalId: 't', timeoutMs: 900_001 })).toEqual([
      ErrorCode.INVALID_TRANSACTION_TIMEOUT,
      -1n,
      -1,
    ])
    // A transactional id is served by the transaction coordinator (test/broker/transactions).
    expect((await errors({ transactionalId: 't' }))[0]).toBe(ErrorCode.NONE)
  })

  it('a re-sent batch gets its original offset and is stored once', async () => {
    const first = await batch(pid, 0, 0, 3)
    expect(await send(client, 'idem', first)).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 0 })
    expect(await send(client, 'idem', await batch(pid, 0, 3, 2))).toMatchObject({ baseOffset: 3 })
    // The same bytes again (the broker rewrote offsets in its copy only), and an equal batch.
    expect(await send(client, 'idem', first)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0, errorMessage: null })
    expect(await send(client, 'idem', await batch(pid, 0, 3, 2))).toMatchObject({ errorCode: 0, baseOffset: 3 })
    expect(logEnd(node, 'idem')).toBe(5)
  })

  it('answers a gap with OUT_OF_ORDER_SEQUENCE_NUMBER and an old epoch with INVALID_PRODUCER_EPOCH', async () => {
    expect(await send(client, 'idem', await batch(pid, 0, 7))).toMatchObject({
      errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
      baseOffset: -1,
    })
    expect(await send(client, 'idem', await batch(pid, 1, 5))).toMatchObject({
      errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
    })
    expect(await send(client, 'idem', await batch(pid, 1, 0))).toMatchObject({ errorCode: 0, baseOffset: 5 })
    expect(await send(client, 'idem', await batch(pid, 0, 5))).toMatchObject({
      errorCode: ErrorCode.INVALID_PRODUCER_EPOCH,
    })
    expect(logEnd(node, 'idem')).toBe(6)
  })

  it('refuses control batches and producer ids without a sequence from clients (INVALID_RECORD)', async () => {
    const marker = await encodeBatch(
      endTxnMarkerBatch({
        marker: { type: 'COMMIT', coordinatorEpoch: 0 },
        producerId: pid,
        producerEpoch: 1,
        timestamp: 1n,
      }),
    )
    expect(await send(client, 'idem', marker)).toMatchObject({ errorCode: ErrorCode.INVALID_RECORD })
    expect(await send(client, 'idem', await batch(pid, 1, -1))).toMatchObject({ errorCode: ErrorCode.INVALID_RECORD })
    expect(logEnd(node, 'idem')).toBe(6)
  })

  it('DescribeProducers lists the active producers of a partition', async () => {
    const request = apis.DESCRIBE_PRODUCERS.request.create()
    request.topics = [
      { name: 'idem', partitionIndexes: [0, 1] },
      { name: 'nope', partitionIndexes: [0] },
    ]
    const response = await client.request(apis.DESCRIBE_PRODUCERS, 0, request)
    const [idem, nope] = response.topics
    expect(idem!.partitions[0]).toMatchObject({
      partitionIndex: 0,
      errorCode: 0,
      activeProducers: [
        { producerId: pid, producerEpoch: 1, lastSequence: 0, coordinatorEpoch: -1, currentTxnStartOffset: -1n },
      ],
    })
    expect(idem!.partitions[1]).toMatchObject({ partitionIndex: 1, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION })
    expect(nope!.partitions[0]).toMatchObject({ errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION })
  })

  it('after a crash (files copied from the running node) retries are still recognised', async () => {
    const copy = join(dir, 'crash')
    cpSync(join(dir, 'a'), copy, { recursive: true })
    const crashed = await start(copy)
    expect(logEnd(crashed.node, 'idem')).toBe(6)
    expect(await send(crashed.client, 'idem', await batch(pid, 1, 0))).toMatchObject({ errorCode: 0, baseOffset: 5 })
    expect(await send(crashed.client, 'idem', await batch(pid, 1, 1))).toMatchObject({ errorCode: 0, baseOffset: 6 })
    expect(await send(crashed.client, 'idem', await batch(pid, 1, 1))).toMatchObject({ errorCode: 0, baseOffset: 6 })
    expect(logEnd(crashed.node, 'idem')).toBe(7)
    // Producer ids never repeat: the crashed node's block is skipped.
    expect((await initProducerId(crashed.client, 4)).producerId).toBe(1000n)
  })

  it('after a clean restart the last batch is still recognised and ids come from a new block', async () => {
    await node.close()
    const restarted = await start(join(dir, 'a'))
    expect(await send(restarted.client, 'idem', await batch(pid, 1, 0))).toMatchObject({ errorCode: 0, baseOffset: 5 })
    expect(logEnd(restarted.node, 'idem')).toBe(6)
    expect(await send(restarted.client, 'idem', await batch(pid, 1, 2))).toMatchObject({
      errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
    })
    expect((await initProducerId(restarted.client, 4)).producerId).toBe(1000n)
  })
})
