// Goal: the transactional flow over the wire answers what Kafka answers: FindCoordinator
// TRANSACTION points at this node, InitProducerId hands a transactional id a producer id,
// AddPartitionsToTxn / AddOffsetsToTxn add partitions, EndTxn commits or aborts and the COMMIT or
// ABORT control batch (producer id, epoch, coordinator epoch) lands at the end of every partition
// of the transaction; a second InitProducerId with the same id fences the first producer; the
// coordinator state survives a restart (replayed from __transaction_state).
// Method: in-process nodes on a temp dir driven with raw frames from our codecs; the partition logs
// are read back and their batches decoded.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TRANSACTION_STATE_TOPIC } from '../../../src/coordinator/transaction/runtime.js'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis, type ProduceRequest } from '../../../src/protocol/generated/index.js'
import { decodeBatch, decodeEndTxnMarker, encodeBatch } from '../../../src/protocol/records/index.js'
import { RawClient } from '../../support/raw-client.js'
import { createTopic } from '../../support/topics.js'

let dir: string
const nodes: RunningNode[] = []
const clients: RawClient[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-txn-'))
})

afterAll(async () => {
  for (const c of clients) c.close()
  for (const n of nodes) await n.close()
  rmSync(dir, { recursive: true, force: true })
})

async function start(dataDir: string): Promise<{ node: RunningNode; client: RawClient }> {
  const node = await startNode({ dataDir, port: 0, properties: { 'transaction.state.log.num.partitions': '4' } })
  nodes.push(node)
  const client = await RawClient.connect(node.port)
  clients.push(client)
  return { node, client }
}

interface Producer {
  readonly transactionalId: string
  readonly producerId: bigint
  readonly producerEpoch: number
  sequence: number
}

async function init(client: RawClient, transactionalId: string, version = 4, timeoutMs = 60_000) {
  // The coordinator may still be loading right after the topic is created: retry as clients do.
  for (let attempt = 0; ; attempt++) {
    const r = await client.requestWith(apis.INIT_PRODUCER_ID, version, {
      transactionalId,
      transactionTimeoutMs: timeoutMs,
      producerId: -1n,
      producerEpoch: -1,
    })
    const retriable = [ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.CONCURRENT_TRANSACTIONS] as number[]
    if (!retriable.includes(r.errorCode) || attempt > 50) return r
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function initProducer(client: RawClient, transactionalId: string): Promise<Producer> {
  const r = await init(client, transactionalId)
  expect(r.errorCode).toBe(ErrorCode.NONE)
  return { transactionalId, producerId: r.producerId, producerEpoch: r.producerEpoch, sequence: 0 }
}

async function addPartitions(client: RawClient, p: Producer, topic: string, partitions: number[], version = 3) {
  const r = await client.requestWith(apis.ADD_PARTITIONS_TO_TXN, version, {
    v3AndBelowTransactionalId: p.transactionalId,
    v3AndBelowProducerId: p.producerId,
    v3AndBelowProducerEpoch: p.producerEpoch,
    v3AndBelowTopics: [{ name: topic, partitions }],
  })
  return r.resultsByTopicV3AndBelow.flatMap((t) => t.resultsByPartition.map((x) => x.partitionErrorCode))
}

async function produce(client: RawClient, p: Producer, topic: string, partition: number, values: string[]) {
  const records = await encodeBatch({
    records: values.map((v) => ({ timestamp: BigInt(Date.now()), key: null, value: Buffer.from(v) })),
    producerId: p.producerId,
    producerEpoch: p.producerEpoch,
    baseSequence: p.sequence,
    isTransactional: true,
  })
  const request: ProduceRequest = {
    ...apis.PRODUCE.request.create(),
    transactionalId: p.transactionalId,
    acks: -1,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
  }
  const response = await client.request(apis.PRODUCE, 9, request)
  const errorCode = response.responses[0]!.partitionResponses[0]!.errorCode
  if (errorCode === ErrorCode.NONE) p.sequence += values.length
  return errorCode
}

async function endTxn(client: RawClient, p: Producer, committed: boolean, version = 3) {
  const r = await client.requestWith(apis.END_TXN, version, {
    transactionalId: p.transactionalId,
    producerId: p.producerId,
    producerEpoch: p.producerEpoch,
    committed,
  })
  return r.errorCode
}

/** Every batch of the partition's log: control marker or the data values. */
async function batches(node: RunningNode, topic: string, partition = 0) {
  const log = node.broker.logs.getLog({ topic, partition })!
  const read = log.read({
    fetchOffset: log.logStartOffset,
    maxBytes: 1 << 20,
    maxOffset: log.logEndOffset,
    minOneBatch: true,
  })
  if (!read.ok) throw new Error(String(read.error))
  const out: Array<{ producerId: bigint; producerEpoch: number; marker: unknown; values: string[] }> = []
  for (let position = 0; position < read.records.length; ) {
    const { header, records } = await decodeBatch(read.records, { position })
    out.push({
      producerId: header.producerId,
      producerEpoch: header.producerEpoch,
      marker: header.isControl ? decodeEndTxnMarker(records[0]!) : null,
      values: header.isControl ? [] : records.map((r) => r.value?.toString() ?? ''),
    })
    position += header.sizeInBytes
  }
  return out
}

/** Waits until the transaction is complete (markers are written after EndTxn answers). */
async function completed(client: RawClient, transactionalId: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const r = await client.requestWith(apis.DESCRIBE_TRANSACTIONS, 0, { transactionalIds: [transactionalId] })
    const state = r.transactionStates[0]!
    if (state.transactionState.startsWith('Complete')) return state
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${transactionalId} did not complete`)
}

describe('transactions over the wire', () => {
  let node: RunningNode
  let client: RawClient

  beforeAll(async () => {
    ;({ node, client } = await start(join(dir, 'a')))
    await createTopic(node, 'txn', 2)
  })

  it('FindCoordinator TRANSACTION creates __transaction_state and answers this node', async () => {
    const r = await client.requestWith(apis.FIND_COORDINATOR, 3, { key: 'tx-a', keyType: 1 })
    expect(r).toMatchObject({ errorCode: ErrorCode.NONE, nodeId: node.nodeId, port: node.port })
    const topic = node.broker.image.topicsByName.get(TRANSACTION_STATE_TOPIC)!
    expect(topic.partitions.length).toBe(4)
    const batched = await client.requestWith(apis.FIND_COORDINATOR, 4, { keyType: 1, coordinatorKeys: ['x', 'y'] })
    expect(batched.coordinators.map((c) => [c.key, c.errorCode, c.nodeId])).toEqual([
      ['x', 0, node.nodeId],
      ['y', 0, node.nodeId],
    ])
  })

  it('InitProducerId refuses a timeout above transaction.max.timeout.ms', async () => {
    const r = await init(client, 'tx-a', 4, 900_001)
    expect(r).toMatchObject({ errorCode: ErrorCode.INVALID_TRANSACTION_TIMEOUT, producerId: -1n, producerEpoch: -1 })
  })

  it('commit: data then a COMMIT marker on every partition of the transaction', async () => {
    const p = await initProducer(client, 'tx-a')
    expect(p.producerEpoch).toBe(0)
    expect(await addPartitions(client, p, 'txn', [0, 1])).toEqual([0, 0])
    expect(await produce(client, p, 'txn', 0, ['a1', 'a2'])).toBe(ErrorCode.NONE)
    expect(await endTxn(client, p, true)).toBe(ErrorCode.NONE)
    const state = await completed(client, 'tx-a')
    expect(state).toMatchObject({ transactionState: 'CompleteCommit', producerId: p.producerId, topics: [] })
    const marker = { type: 'COMMIT', coordinatorEpoch: 0 }
    expect(await batches(node, 'txn', 0)).toEqual(
      [
        { producerId: p.producerId, producerEpoch: 0, marker: null, values: ['a1', 'a2'] },
        { producerId: p.producerId, producerEpoch: 0, marker },
      ].map((b) => ({ values: [], ...b })),
    )
    // Partition 1 got no data but was in the transaction: it gets the marker too.
    expect(await batches(node, 'txn', 1)).toEqual([{ producerId: p.producerId, producerEpoch: 0, marker, values: [] }])
    // A retried EndTxn of the completed transaction is answered NONE; the other result is INVALID_TXN_STATE.
    expect(await endTxn(client, p, true)).toBe(ErrorCode.NONE)
    expect(await endTxn(client, p, false)).toBe(ErrorCode.INVALID_TXN_STATE)
  })

  it('abort: an ABORT marker follows the data; AddOffsetsToTxn adds the group partition', async () => {
    const p = await initProducer(client, 'tx-b')
    // As a client's sendOffsetsToTransaction: the group coordinator first (which creates __consumer_offsets).
    await client.requestWith(apis.FIND_COORDINATOR, 3, { key: 'g', keyType: 0 })
    expect(await addPartitions(client, p, 'txn', [1])).toEqual([0])
    const offsets = await client.requestWith(apis.ADD_OFFSETS_TO_TXN, 3, {
      transactionalId: p.transactionalId,
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      groupId: 'g',
    })
    expect(offsets.errorCode).toBe(ErrorCode.NONE)
    expect(await produce(client, p, 'txn', 1, ['b1'])).toBe(ErrorCode.NONE)
    const described = await client.requestWith(apis.DESCRIBE_TRANSACTIONS, 0, { transactionalIds: ['tx-b', 'nope'] })
    expect(described.transactionStates.map((s) => [s.transactionalId, s.errorCode, s.transactionState])).toEqual([
      ['tx-b', 0, 'Ongoing'],
      ['nope', ErrorCode.TRANSACTIONAL_ID_NOT_FOUND, ''],
    ])
    const listed = await client.requestWith(apis.LIST_TRANSACTIONS, 1, {
      stateFilters: ['Ongoing', 'Bogus'],
      durationFilter: -1n,
    })
    expect(listed.transactionStates.map((s) => s.transactionalId)).toEqual(['tx-b'])
    expect(listed.unknownStateFilters).toEqual(['Bogus'])
    expect(await endTxn(client, p, false)).toBe(ErrorCode.NONE)
    expect(await completed(client, 'tx-b')).toMatchObject({ transactionState: 'CompleteAbort' })
    const last = (await batches(node, 'txn', 1)).slice(-2)
    expect(last).toEqual([
      { producerId: p.producerId, producerEpoch: 0, marker: null, values: ['b1'] },
      { producerId: p.producerId, producerEpoch: 0, marker: { type: 'ABORT', coordinatorEpoch: 0 }, values: [] },
    ])
    const groupPartition = node.broker.groupCoordinator.partitionFor('g')
    const offsetsBatches = await batches(node, '__consumer_offsets', groupPartition)
    expect(offsetsBatches.at(-1)).toMatchObject({ producerId: p.producerId, marker: { type: 'ABORT' } })
  })

  it('a second InitProducerId fences the first producer (an ongoing transaction is aborted)', async () => {
    const old = await initProducer(client, 'tx-c')
    expect(await addPartitions(client, old, 'txn', [0])).toEqual([0])
    expect(await produce(client, old, 'txn', 0, ['c1'])).toBe(ErrorCode.NONE)
    const fresh = await initProducer(client, 'tx-c')
    expect(fresh.producerId).toBe(old.producerId)
    // One bump for the fence (the abort), one for the new producer.
    expect(fresh.producerEpoch).toBe(old.producerEpoch + 2)
    const tail = (await batches(node, 'txn', 0)).at(-1)
    expect(tail).toEqual({
      producerId: old.producerId,
      producerEpoch: 1,
      marker: { type: 'ABORT', coordinatorEpoch: 0 },
      values: [],
    })
    // The zombie: its produce, AddPartitionsToTxn and EndTxn are refused.
    expect(await produce(client, old, 'txn', 0, ['c2'])).toBe(ErrorCode.INVALID_PRODUCER_EPOCH)
    expect(await addPartitions(client, old, 'txn', [1], 3)).toEqual([ErrorCode.PRODUCER_FENCED])
    expect(await endTxn(client, old, true, 3)).toBe(ErrorCode.PRODUCER_FENCED)
    expect(await endTxn(client, old, true, 1)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH)
    // The new producer works.
    expect(await addPartitions(client, fresh, 'txn', [0])).toEqual([0])
    expect(await produce(client, fresh, 'txn', 0, ['c3'])).toBe(ErrorCode.NONE)
    expect(await endTxn(client, fresh, true)).toBe(ErrorCode.NONE)
    await completed(client, 'tx-c')
  })

  it('AddPartitionsToTxn: unknown partitions, and the v4 verification form', async () => {
    const p = await initProducer(client, 'tx-d')
    expect(await addPartitions(client, p, 'txn', [0, 7])).toEqual([
      ErrorCode.OPERATION_NOT_ATTEMPTED,
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    ])
    expect(await addPartitions(client, p, 'txn', [0])).toEqual([0])
    const verify = await client.requestWith(apis.ADD_PARTITIONS_TO_TXN, 5, {
      transactions: [
        {
          transactionalId: 'tx-d',
          producerId: p.producerId,
          producerEpoch: p.producerEpoch,
          verifyOnly: true,
          topics: [{ name: 'txn', partitions: [0, 1] }],
        },
      ],
    })
    expect(
      verify.resultsByTransaction[0]!.topicResults[0]!.resultsByPartition.map((r) => r.partitionErrorCode),
    ).toEqual([ErrorCode.NONE, ErrorCode.TRANSACTION_ABORTABLE])
    expect(await endTxn(client, p, false)).toBe(ErrorCode.NONE)
    await completed(client, 'tx-d')
  })

  it('WriteTxnMarkers from another coordinator: per-partition errors', async () => {
    const r = await client.requestWith(apis.WRITE_TXN_MARKERS, 1, {
      markers: [
        {
          producerId: 424242n,
          producerEpoch: 0,
          transactionResult: false,
          coordinatorEpoch: 0,
          topics: [
            { name: 'txn', partitionIndexes: [0, 9] },
            { name: 'nope', partitionIndexes: [0] },
          ],
        },
      ],
    })
    expect(r.markers[0]!.topics.map((t) => [t.name, t.partitions.map((x) => x.errorCode)])).toEqual([
      ['txn', [ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]],
      ['nope', [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]],
    ])
  })

  it('after a restart the coordinator reloads its transactions from __transaction_state', async () => {
    const p = await initProducer(client, 'tx-e')
    expect(await addPartitions(client, p, 'txn', [1])).toEqual([0])
    client.close()
    await node.close()
    ;({ node, client } = await start(join(dir, 'a')))
    // The ongoing transaction is still there; the producer's epoch still works.
    let described = await client.requestWith(apis.DESCRIBE_TRANSACTIONS, 0, { transactionalIds: [] })
    for (let attempt = 0; attempt < 100; attempt++) {
      described = await client.requestWith(apis.DESCRIBE_TRANSACTIONS, 0, { transactionalIds: ['tx-e', 'tx-a'] })
      if (described.transactionStates[0]!.errorCode !== ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(described.transactionStates.map((s) => s.transactionState)).toEqual(['Ongoing', 'CompleteCommit'])
    expect(await endTxn(client, p, true)).toBe(ErrorCode.NONE)
    expect(await completed(client, 'tx-e')).toMatchObject({ transactionState: 'CompleteCommit' })
    expect((await batches(node, 'txn', 1)).at(-1)).toMatchObject({
      producerId: p.producerId,
      marker: { type: 'COMMIT' },
    })
  })
})

describe('transaction timeouts', () => {
  it('an ongoing transaction past transaction.timeout.ms is aborted by the timer with a bumped epoch', async () => {
    const node = await startNode({
      dataDir: join(dir, 'timeouts'),
      port: 0,
      properties: {
        'transaction.state.log.num.partitions': '2',
        'transaction.abort.timed.out.transaction.cleanup.interval.ms': '50',
      },
    })
    nodes.push(node)
    const client = await RawClient.connect(node.port)
    clients.push(client)
    await createTopic(node, 'slow')
    const r = await init(client, 'tx-slow', 4, 100)
    expect(r.errorCode).toBe(ErrorCode.NONE)
    const p: Producer = {
      transactionalId: 'tx-slow',
      producerId: r.producerId,
      producerEpoch: r.producerEpoch,
      sequence: 0,
    }
    expect(await addPartitions(client, p, 'slow', [0])).toEqual([0])
    expect(await produce(client, p, 'slow', 0, ['s1'])).toBe(ErrorCode.NONE)
    const state = await completed(client, 'tx-slow')
    expect(state).toMatchObject({ transactionState: 'CompleteAbort', producerEpoch: p.producerEpoch + 1 })
    expect((await batches(node, 'slow')).at(-1)).toEqual({
      producerId: p.producerId,
      producerEpoch: p.producerEpoch + 1,
      marker: { type: 'ABORT', coordinatorEpoch: 0 },
      values: [],
    })
    // The timed-out producer is fenced.
    expect(await endTxn(client, p, true, 3)).toBe(ErrorCode.PRODUCER_FENCED)
  })
})
