// Goal: an acks=all write is never lost while fewer than min.insync.replicas nodes fail. A real
// 3-process cluster, a topic with replication.factor=3 and min.insync.replicas=2, and a librdkafka
// producer (python3-confluent-kafka, acks=all, idempotence) writing continuously while the test
// `kill -9`s the leader of partition 0 several times and restarts it. Afterwards a consumer reads
// every acknowledged message exactly once, in order per partition, at the offset its
// acknowledgement named; and the under-replicated partitions heal (every ISR back to 3 replicas).
// Method: Cluster (test/integration/cluster.ts), py/acked_producer.py printing each delivery
// report, py/clients.py ck-consume reading everything back; SEED picks the timing.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ErrorCode } from '../../src/protocol/errors.js'
import { apis } from '../../src/protocol/generated/index.js'
import { Prng } from '../../src/util/prng.js'
import { eventually } from '../support/eventually.js'
import { Cluster } from './cluster.js'
import { partitionStates, withClient } from './cluster-clients.js'
import { ensureBuilt, PYTHON, pyClient, REPO_ROOT } from './harness.js'

const TOPIC = 'replicated'
const PARTITIONS = 3
const KILLS = 3

let cluster: Cluster

beforeAll(async () => {
  ensureBuilt()
  cluster = await Cluster.start({
    voters: 3,
    overrides: {
      'controller.quorum.election.timeout.ms': '500',
      'controller.quorum.fetch.timeout.ms': '1000',
      'broker.session.timeout.ms': '2000',
      'broker.heartbeat.interval.ms': '250',
      'replica.lag.time.max.ms': '3000',
      'min.insync.replicas': '2',
    },
  })
}, 90_000)

afterAll(async () => {
  await cluster?.cleanup()
})

it(`kill -9 of partition 0's leader ${KILLS} times under an acks=all producer loses no acknowledged message`, async () => {
  const seed = process.env.SEED !== undefined ? Number(process.env.SEED) : Math.floor(Math.random() * 1e9)
  const prng = new Prng(seed)
  console.log(`replication-kill9 SEED=${seed}`)
  const created = await withClient(cluster.node(1).port, (c) =>
    c.requestWith(apis.CREATE_TOPICS, 7, {
      topics: [
        {
          name: TOPIC,
          numPartitions: PARTITIONS,
          replicationFactor: 3,
          assignments: [],
          configs: [{ name: 'min.insync.replicas', value: '2' }],
        },
      ],
      timeoutMs: 10_000,
      validateOnly: false,
    }),
  )
  expect(created.topics[0]?.errorCode).toBe(ErrorCode.NONE)
  await eventually(
    async () => {
      const states = await partitionStates(cluster, TOPIC)
      for (const state of states.values()) expect(state.isr.length).toBe(3)
    },
    20_000,
    200,
  )

  const producer = spawn(
    PYTHON,
    [join(REPO_ROOT, 'test/integration/py/acked_producer.py'), cluster.bootstrap(), TOPIC, String(PARTITIONS), '300'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  )
  const acked: { p: number; seq: number; offset: number }[] = []
  const failed: unknown[] = []
  let finished: { done: true; unflushed: number; sent: number[] } | null = null
  let stderr = ''
  producer.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  createInterface({ input: producer.stdout }).on('line', (line) => {
    const entry = JSON.parse(line) as Record<string, unknown>
    if ('done' in entry) finished = entry as unknown as typeof finished
    else if ('error' in entry) failed.push(entry)
    else acked.push(entry as unknown as { p: number; seq: number; offset: number })
  })
  const exited = new Promise<number | null>((resolve) => producer.once('exit', resolve))

  const timeline: string[] = []
  const t0 = Date.now()
  const note = (text: string) => timeline.push(`${((Date.now() - t0) / 1000).toFixed(2)}s ${text}`)
  for (let round = 0; round < KILLS; round++) {
    await new Promise((r) => setTimeout(r, 1500 + prng.nextInt(1500)))
    const leader = (await partitionStates(cluster, TOPIC)).get(0)?.leader ?? -1
    expect(leader).toBeGreaterThan(0)
    note(`kill -9 node ${leader} (leader of partition 0) at ${acked.length} acks`)
    await cluster.kill(leader)
    await new Promise((r) => setTimeout(r, 1000 + prng.nextInt(2000)))
    await cluster.startNode(leader)
    note(`node ${leader} restarted`)
  }
  await new Promise((r) => setTimeout(r, 1500))
  producer.stdin.end()
  const code = await exited
  note(`producer exited ${code} with ${acked.length} acks, ${failed.length} failures`)
  expect(code, stderr).toBe(0)
  expect(finished).not.toBeNull()
  expect(failed).toEqual([])

  // The ISR heals: every partition has all three replicas in sync again.
  await eventually(
    async () => {
      const states = await partitionStates(cluster, TOPIC)
      for (const state of states.values()) expect(state.isr.sort()).toEqual([1, 2, 3])
    },
    30_000,
    200,
  )
  note('every ISR back to [1, 2, 3]')

  const records = await pyClient<{ p: number; o: number; v: string }[]>(
    'ck-consume',
    [cluster.bootstrap(), TOPIC, 'timeout=60'],
    { timeoutMs: 90_000 },
  )
  const byPartition = new Map<number, { o: number; value: string }[]>()
  for (const r of records) {
    const list = byPartition.get(r.p) ?? []
    list.push({ o: r.o, value: Buffer.from(r.v, 'hex').toString() })
    byPartition.set(r.p, list)
  }
  const problems: string[] = []
  for (let p = 0; p < PARTITIONS; p++) {
    const inPartition = byPartition.get(p) ?? []
    const values = inPartition.map((r) => r.value)
    // Exactly once and in order: the sequence numbers strictly increase (idempotence: no duplicates).
    const seqs = values.map((v) => Number(v.split('-')[1]))
    for (let i = 1; i < seqs.length; i++) {
      if ((seqs[i] as number) <= (seqs[i - 1] as number))
        problems.push(`partition ${p}: ${seqs[i - 1]} then ${seqs[i]}`)
    }
    const atOffset = new Map(inPartition.map((r) => [r.o, r.value]))
    for (const ack of acked.filter((a) => a.p === p)) {
      const found = atOffset.get(ack.offset)
      if (found !== `${p}-${ack.seq}`)
        problems.push(`partition ${p}: acked ${p}-${ack.seq} at ${ack.offset}, found ${found}`)
    }
  }
  console.log(
    `SEED=${seed}: ${acked.length} acknowledged, ${records.length} read; problems ${problems.length}\n${timeline.join('\n')}`,
  )
  expect(problems.slice(0, 20)).toEqual([])
  expect(acked.length).toBeGreaterThan(1000)
}, 240_000)
