// Goal: stock idempotent producers (KafkaJS `idempotent: true`, librdkafka through
// python3-confluent-kafka with `enable.idempotence=true`) get producer ids and store every
// message exactly once, even when responses are lost and they retry. Method: one in-process node
// whose advertised listener is a TCP proxy in this test; the proxy forwards frames both ways and,
// while told to, swallows the response to a Produce request and cuts the connection, so the
// client re-sends a batch the broker already wrote. The log must end at exactly the number of
// messages sent, each value once.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { decodeBatch } from '../../../src/protocol/records/index.js'
import { runJson } from '../../support/process.js'
import { createTopic } from '../../support/topics.js'

const PYTHON = '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('./py/idempotent_producer.py', import.meta.url))
const havePython = existsSync(PYTHON)
const PRODUCE = 0

/** Forwards Kafka frames; drops the next `dropProduceResponses` Produce responses with their connection. */
class DroppingProxy {
  dropProduceResponses = 0
  dropped = 0
  targetPort = 0
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {
    server.on('connection', (client) => this.onConnection(client))
  }

  static async start(): Promise<DroppingProxy> {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    return new DroppingProxy(server, address.port)
  }

  private onConnection(client: Socket): void {
    const upstream = connect({ host: '127.0.0.1', port: this.targetPort })
    for (const s of [client, upstream]) {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
      s.on('error', () => {})
    }
    const close = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('close', close)
    upstream.on('close', close)
    const produceIds = new Set<number>()
    frames(client, (frame) => {
      if (frame.readInt16BE(4) === PRODUCE) produceIds.add(frame.readInt32BE(8))
      upstream.write(frame)
    })
    frames(upstream, (frame) => {
      const correlationId = frame.readInt32BE(4)
      if (produceIds.delete(correlationId) && this.dropProduceResponses > 0) {
        this.dropProduceResponses--
        this.dropped++
        close()
        return
      }
      client.write(frame)
    })
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

/** Calls `onFrame` with each whole size-prefixed frame (size included) read from `socket`. */
function frames(socket: Socket, onFrame: (frame: Buffer) => void): void {
  let buffered: Buffer = Buffer.alloc(0)
  socket.on('data', (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk])
    while (buffered.length >= 4 && buffered.length >= 4 + buffered.readInt32BE(0)) {
      const size = 4 + buffered.readInt32BE(0)
      onFrame(buffered.subarray(0, size))
      buffered = buffered.subarray(size)
      if (socket.destroyed) return
    }
  })
}

let dir: string
let node: RunningNode
let proxy: DroppingProxy

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-idem-stock-'))
  proxy = await DroppingProxy.start()
  node = await startNode({
    dataDir: dir,
    port: 0,
    properties: { 'advertised.listeners': `PLAINTEXT://127.0.0.1:${proxy.port}` },
  })
  proxy.targetPort = node.port
})

afterAll(async () => {
  await proxy?.close()
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Every record value in partition 0 of `topic`, in offset order, read from the log. */
async function storedValues(topic: string): Promise<string[]> {
  const log = node.broker.logs.getLog({ topic, partition: 0 })!
  const read = log.read({ fetchOffset: 0, maxBytes: 64 << 20, maxOffset: log.logEndOffset, minOneBatch: true })
  if (!read.ok) throw new Error('read failed')
  const values: string[] = []
  for (let position = 0; position < read.records.length; ) {
    const batch = await decodeBatch(read.records, { position })
    for (const r of batch.records) values.push(r.value?.toString() ?? '')
    position += batch.header.sizeInBytes
  }
  return values
}

function activeProducers(topic: string) {
  return [...node.broker.logs.getLog({ topic, partition: 0 })!.activeProducers()]
}

describe('stock idempotent producers', () => {
  it('KafkaJS idempotent producer: retried batches are stored once', async () => {
    await createTopic(node, 'idem-kafkajs')
    const kafka = new Kafka({
      clientId: 'idem-test',
      brokers: [`127.0.0.1:${proxy.port}`],
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 50, retries: 10 },
    })
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 })
    await producer.connect()
    const sent: string[] = []
    for (let round = 0; round < 6; round++) {
      if (round === 2 || round === 4) proxy.dropProduceResponses = 1
      const messages = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `kafkajs-${round}-${i}` }))
      await producer.send({ topic: 'idem-kafkajs', acks: -1, messages })
      sent.push(...messages.map((m) => m.value))
    }
    await producer.disconnect()
    expect(proxy.dropped).toBe(2)
    expect(await storedValues('idem-kafkajs')).toEqual(sent)
    const producers = activeProducers('idem-kafkajs')
    expect(producers).toHaveLength(1)
    expect(producers[0]).toMatchObject({ producerEpoch: 0 })
    expect(producers[0]!.lastSeq).toBe(59)
  })

  it.skipIf(!havePython)(
    'librdkafka idempotent producer (confluent-kafka): retried batches are stored once',
    async () => {
      await createTopic(node, 'idem-rdkafka')
      proxy.dropped = 0
      proxy.dropProduceResponses = 2
      const count = 2000
      const report = await runJson<{ delivered: number; offsets: number[]; errors: string[]; left: number }>(PYTHON, [
        SCRIPT,
        `127.0.0.1:${proxy.port}`,
        'idem-rdkafka',
        String(count),
      ])
      expect(report.errors).toEqual([])
      expect(report.left).toBe(0)
      expect(report.delivered).toBe(count)
      expect(report.offsets).toEqual(Array.from({ length: count }, (_, i) => i))
      expect(proxy.dropped).toBeGreaterThan(0)
      const values = await storedValues('idem-rdkafka')
      expect(values).toHaveLength(count)
      expect(new Set(values).size).toBe(count)
      expect(activeProducers('idem-rdkafka')).toHaveLength(1)
    },
    40_000,
  )
})
