// Goal (issue 9): a network partition of a partition leader loses no acknowledged acks=all write,
// and the isolated node, which keeps accepting writes it can never commit, truncates them away
// once healed. A 3-process cluster, each node in its own network namespace (netns.ts), a topic
// with replication.factor=3 and min.insync.replicas=2, and a librdkafka producer
// (python3-confluent-kafka, acks=all, idempotence) writing continuously from the root namespace,
// which reaches every node on its own link. Twice, the test cuts the leader of partition 0 off the
// cluster network for a few seconds (clients still reach it), then heals it.
// Checked afterwards: every acknowledged message is read exactly once, in order per partition, at
// the offset its acknowledgement named; every ISR is back to [1, 2, 3]; and every replica's log of
// every partition holds the same batches (base offset, last offset, leader epoch, CRC) as its
// leader's, so whatever the isolated node appended alone was truncated. The batches the isolated
// node held beyond the others when healed are counted and printed.
// The first test keeps the active controller out of the partitions (partition 0's leaders are
// never the controller); the second cuts off the node that is both the active controller and
// partition 0's leader, so the brokers' heartbeats in flight to it must move to the new
// controller (controller-channel.ts) before their sessions expire.
// Method: NetnsCluster, py/acked_producer.py, py/clients.py ck-consume; SEED picks the timing.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ErrorCode } from '../../src/protocol/errors.js'
import { apis } from '../../src/protocol/generated/index.js'
import { Prng } from '../../src/util/prng.js'
import { RawClient } from '../support/raw-client.js'
import { ensureBuilt, PYTHON, pyClient, REPO_ROOT } from './harness.js'
import { KAFKA_PORT, NetnsCluster, netnsAvailable } from './netns.js'

const PARTITIONS = 3

let cluster: NetnsCluster

beforeAll(async () => {
  const available = netnsAvailable()
  if (!available.ok) throw new Error(`network namespaces are needed (root, iproute2): ${available.why}`)
  ensureBuilt()
  cluster = await NetnsCluster.start({
    nodes: 3,
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

async function withClient<T>(nodeId: number, use: (client: RawClient) => Promise<T>): Promise<T> {
  const client = await RawClient.connect(KAFKA_PORT, cluster.address(nodeId))
  try {
    return await use(client)
  } finally {
    client.close()
  }
}

type States = Map<number, { leader: number; isr: number[] }>

/** Partition → (leader, isr) as node `nodeId` sees it. */
async function partitionStates(nodeId: number, topicName: string): Promise<States> {
  const metadata = await withClient(nodeId, (c) =>
    c.requestWith(apis.METADATA, 12, {
      topics: [{ name: topicName, topicId: Buffer.alloc(16) }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    }),
  )
  const topic = metadata.topics[0]
  if (topic === undefined || topic.errorCode !== ErrorCode.NONE) throw new Error(`metadata: ${topic?.errorCode}`)
  return new Map(topic.partitions.map((p) => [p.partitionIndex, { leader: p.leaderId, isr: [...p.isrNodes] }]))
}

/** The state the majority side sees: asked of a node other than `isolated`. */
async function statesAvoiding(isolated: number, topicName: string): Promise<States> {
  let last: unknown
  for (const id of [1, 2, 3].filter((n) => n !== isolated)) {
    try {
      return await partitionStates(id, topicName)
    } catch (err) {
      last = err
    }
  }
  throw last
}

async function eventually(check: () => Promise<void>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await check()
      return
    } catch (err) {
      if (Date.now() > deadline) throw err
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

interface BatchHeader {
  readonly baseOffset: bigint
  readonly lastOffset: bigint
  readonly leaderEpoch: number
  readonly crc: number
}

/**
 * The record batches in a replica's segment files, read from disk (v2 batch header: baseOffset
 * int64, batchLength int32, partitionLeaderEpoch int32, magic int8, crc uint32, attributes int16,
 * lastOffsetDelta int32). A torn batch at the end (a write in progress) is left out.
 */
function batchesOnDisk(nodeId: number, topicName: string, partition: number): BatchHeader[] {
  const dir = join(cluster.dataDir(nodeId), `${topicName}-${partition}`)
  if (!existsSync(dir)) return []
  const batches: BatchHeader[] = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort()) {
    const bytes = readFileSync(join(dir, file))
    let position = 0
    while (position + 61 <= bytes.length) {
      const size = 12 + bytes.readInt32BE(position + 8)
      if (position + size > bytes.length) break
      const baseOffset = bytes.readBigInt64BE(position)
      batches.push({
        baseOffset,
        lastOffset: baseOffset + BigInt(bytes.readInt32BE(position + 23)),
        leaderEpoch: bytes.readInt32BE(position + 12),
        crc: bytes.readUInt32BE(position + 17),
      })
      position += size
    }
  }
  return batches
}

const text = (b: BatchHeader) => `${b.baseOffset}..${b.lastOffset}@${b.leaderEpoch}#${b.crc}`

/** The active controller, as node 1's Metadata names it. */
async function activeController(): Promise<number> {
  const metadata = await withClient(1, (c) =>
    c.requestWith(apis.METADATA, 12, {
      topics: [],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    }),
  )
  return metadata.controllerId
}

/**
 * Creates `topicName` with partition 0 on `replicas` (the first is its leader) and the others
 * spread over the three nodes, runs the producer while `rounds` times the leader of partition 0 is
 * cut off for a few seconds and healed, then checks everything the file header lists.
 */
async function partitionRounds(topicName: string, replicas: readonly number[], rounds: number, seed: number) {
  const TOPIC = topicName
  const ROUNDS = rounds
  const prng = new Prng(seed)
  const partitionStatesOf = (id: number) => partitionStates(id, TOPIC)
  const created = await withClient(1, (c) =>
    c.requestWith(apis.CREATE_TOPICS, 7, {
      topics: [
        {
          name: TOPIC,
          numPartitions: -1,
          replicationFactor: -1,
          assignments: Array.from({ length: PARTITIONS }, (_, p) => ({
            partitionIndex: p,
            brokerIds: p === 0 ? [...replicas] : [1, 2, 3].map((_, i) => ((p + i) % 3) + 1),
          })),
          configs: [{ name: 'min.insync.replicas', value: '2' }],
        },
      ],
      timeoutMs: 10_000,
      validateOnly: false,
    }),
  )
  expect(created.topics[0]?.errorCode).toBe(ErrorCode.NONE)
  await eventually(async () => {
    for (const state of (await partitionStatesOf(1)).values()) expect(state.isr.length).toBe(3)
  }, 20_000)

  const producer = spawn(
    PYTHON,
    [join(REPO_ROOT, 'test/integration/py/acked_producer.py'), cluster.bootstrap(), TOPIC, String(PARTITIONS), '300'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  )
  const acked: { p: number; seq: number; offset: number }[] = []
  const failed: unknown[] = []
  let finished: { done: true; unflushed: number; sent: number[]; unknown_topic_retries: number } | null = null
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
  const note = (what: string) => timeline.push(`${((Date.now() - t0) / 1000).toFixed(2)}s ${what}`)
  let divergedBatches = 0
  for (let round = 0; round < ROUNDS; round++) {
    await new Promise((r) => setTimeout(r, 1500 + prng.nextInt(1500)))
    const leader = (await partitionStatesOf(1)).get(0)?.leader ?? -1
    expect(leader).toBeGreaterThan(0)
    note(`partition node ${leader} (leader of partition 0) at ${acked.length} acks`)
    cluster.partition(leader)
    const cutAt = Date.now()
    // Long enough for the controller to fence it (broker.session.timeout.ms) and move its leaderships.
    const isolatedMs = 4000 + prng.nextInt(2000)
    await eventually(async () => {
      const next = (await statesAvoiding(leader, TOPIC)).get(0)?.leader ?? -1
      expect([1, 2, 3].filter((id) => id !== leader)).toContain(next)
    }, 15_000)
    note(`partition 0 led by ${(await statesAvoiding(leader, TOPIC)).get(0)?.leader} on the majority side`)
    await new Promise((r) => setTimeout(r, Math.max(0, isolatedMs - (Date.now() - cutAt))))
    // What the isolated node holds that the new leader does not (at the same offsets).
    const newLeader = (await statesAvoiding(leader, TOPIC)).get(0)?.leader ?? -1
    const majority = new Set(batchesOnDisk(newLeader, TOPIC, 0).map(text))
    const alone = batchesOnDisk(leader, TOPIC, 0).filter((b) => !majority.has(text(b)))
    divergedBatches += alone.length
    cluster.heal(leader)
    note(`healed node ${leader}; it held ${alone.length} batches the new leader ${newLeader} did not`)
    await eventually(async () => {
      for (const id of [1, 2, 3]) expect((await partitionStatesOf(id)).get(0)?.isr.sort()).toEqual([1, 2, 3])
    }, 30_000)
    note(`partition 0's ISR back to [1, 2, 3] at ${acked.length} acks`)
  }
  await new Promise((r) => setTimeout(r, 1500))
  producer.stdin.end()
  const code = await exited
  note(`producer exited ${code} with ${acked.length} acks, ${failed.length} failures`)
  expect(code, stderr).toBe(0)
  expect(finished).not.toBeNull()
  // Known, left for later: while the controller's node is cut off, librdkafka sometimes gets a
  // Metadata answer without the topic and refuses produce() locally until the next one; the
  // producer retries (nothing was sent, so no acknowledgement is at stake). Printed, not asserted.
  const retries = (finished as { unknown_topic_retries?: number } | null)?.unknown_topic_retries ?? 0
  console.log(`produce() refused as unknown topic ${retries} times`)
  expect(failed).toEqual([])

  // Every ISR heals, as every node sees it.
  await eventually(async () => {
    for (const id of [1, 2, 3]) {
      for (const state of (await partitionStatesOf(id)).values()) expect(state.isr.sort()).toEqual([1, 2, 3])
    }
  }, 30_000)
  note('every ISR back to [1, 2, 3] on every node')

  // Every replica's log equals its leader's, batch for batch.
  const leaders = await partitionStatesOf(1)
  await eventually(async () => {
    for (let p = 0; p < PARTITIONS; p++) {
      const leader = leaders.get(p)?.leader ?? -1
      const expected = batchesOnDisk(leader, TOPIC, p).map(text)
      expect(expected.length).toBeGreaterThan(0)
      for (const id of [1, 2, 3])
        expect({ p, id, log: batchesOnDisk(id, TOPIC, p).map(text) }).toEqual({ p, id, log: expected })
    }
  }, 20_000)
  note('every replica log equals its leader log')

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
    const seqs = inPartition.map((r) => Number(r.value.split('-')[1]))
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
    `SEED=${seed}: ${acked.length} acknowledged, ${records.length} read, ${divergedBatches} batches truncated from isolated leaders; problems ${problems.length}\n${timeline.join('\n')}`,
  )
  expect(problems.slice(0, 20)).toEqual([])
  expect(acked.length).toBeGreaterThan(1000)
  // The schedule exercised what it claims: an isolated leader appended batches it had to truncate.
  expect(divergedBatches).toBeGreaterThan(0)
}

const SEED = process.env.SEED !== undefined ? Number(process.env.SEED) : Math.floor(Math.random() * 1e9)

it("a network partition of partition 0's leader, twice under an acks=all producer, loses no acknowledged message and the isolated node truncates what it took alone", async () => {
  console.log(`replication-partition SEED=${SEED}`)
  const controller = await activeController()
  // Partition 0 on [x, y, controller]: x leads first, then y; neither is the active controller.
  const others = [1, 2, 3].filter((id) => id !== controller)
  await partitionRounds('partitioned', [...others, controller], 2, SEED)
  expect(await activeController()).toBe(controller)
}, 150_000)

it("a network partition of the node that is both the active controller and partition 0's leader loses no acknowledged message", async () => {
  const controller = await activeController()
  const others = [1, 2, 3].filter((id) => id !== controller)
  await partitionRounds('partitioned-controller', [controller, ...others], 1, SEED)
}, 150_000)
