// Goal (issue 9): a consumer group's committed offsets survive kill -9 of its coordinator's node
// when __consumer_offsets is replicated (offsets.topic.replication.factor=3, as Cluster sets).
// Method: a 3-process cluster (Cluster), a 4-partition RF=3 topic filled up front with 6,000
// records, and a group of two librdkafka members (py/group_member.py: manual synchronous commits
// after each poll, a commit of what was consumed on revocation) consuming it slowly. Twice, the test
// finds the group's coordinator with FindCoordinator, kill -9s that node and restarts it. Then it
// stops the members (each commits its positions and leaves) and a new member of the same group
// (group_member.py resume) reads on from the committed offsets to the end.
// Checked:
//   - the new member resumes each partition exactly at the committed offsets it reads;
//   - those are exactly the last ones the members reported committed;
//   - nothing is missing: every offset of every partition was consumed by someone;
//   - nothing is consumed twice beyond the at-least-once window: a record is only consumed again
//     while no successful commit covered it yet;
//   - the coordinator was killed twice and the group moved on after each kill.
// SEED picks the timing.
import { type ChildProcess, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ErrorCode } from '../../src/protocol/errors.js'
import { apis } from '../../src/protocol/generated/index.js'
import { Prng } from '../../src/util/prng.js'
import { RawClient } from '../support/raw-client.js'
import { Cluster } from './cluster.js'
import { ensureBuilt, PYTHON, pyClient, REPO_ROOT, run } from './harness.js'

const MEMBER = join(REPO_ROOT, 'test', 'integration', 'py', 'group_member.py')
const TOPIC = 'grouped'
const GROUP = 'grouped-members'
const PARTITIONS = 4
const PER_PARTITION = 1500
const KILLS = 2

let cluster: Cluster
const members: ChildProcess[] = []

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
      'group.initial.rebalance.delay.ms': '0',
    },
  })
}, 90_000)

afterAll(async () => {
  for (const m of members) m.kill('SIGKILL')
  await cluster?.cleanup()
})

async function withAnyNode<T>(use: (client: RawClient) => Promise<T>): Promise<T> {
  let last: unknown
  for (const node of cluster.nodes.values()) {
    if (!node.alive) continue
    let client: RawClient | undefined
    try {
      client = await RawClient.connect(node.port)
      return await use(client)
    } catch (err) {
      last = err
    } finally {
      client?.close()
    }
  }
  throw last ?? new Error('no live node')
}

async function eventually<T>(check: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (err) {
      if (Date.now() > deadline) throw err
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

/** The group coordinator's node id, from FindCoordinator v4 (asked of any live node). */
async function coordinator(): Promise<number> {
  return eventually(async () => {
    const response = await withAnyNode((c) =>
      c.requestWith(apis.FIND_COORDINATOR, 4, { keyType: 0, coordinatorKeys: [GROUP] }),
    )
    const found = response.coordinators[0]
    if (found === undefined || found.errorCode !== ErrorCode.NONE)
      throw new Error(`FindCoordinator: ${found?.errorCode}`)
    return found.nodeId
  }, 20_000)
}

interface MemberEvent {
  readonly ev: string
  readonly m: string
  readonly r?: [number, number][]
  readonly offsets?: Record<string, number>
  readonly error?: string
  readonly tp?: number[]
}

it(`committed offsets survive kill -9 of the group coordinator ${KILLS} times under a 2-member librdkafka group`, async () => {
  const seed = process.env.SEED !== undefined ? Number(process.env.SEED) : Math.floor(Math.random() * 1e9)
  const prng = new Prng(seed)
  console.log(`replication-groups SEED=${seed}`)
  const created = await withAnyNode((c) =>
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
  // Every node knows the topic (with its leaders) before the producer asks any of them.
  for (const node of cluster.nodes.values()) {
    await eventually(async () => {
      const client = await RawClient.connect(node.port)
      try {
        const metadata = await client.requestWith(apis.METADATA, 12, {
          topics: [{ name: TOPIC, topicId: Buffer.alloc(16) }],
          allowAutoTopicCreation: false,
          includeTopicAuthorizedOperations: false,
        })
        const leaders = metadata.topics[0]?.partitions.filter((p) => p.leaderId >= 0).length
        if (leaders !== PARTITIONS) throw new Error(`node ${node.port} knows ${leaders} leaders`)
      } finally {
        client.close()
      }
    }, 20_000)
  }
  const input = Array.from({ length: PARTITIONS * PER_PARTITION }, (_, i) => ({
    p: i % PARTITIONS,
    v: Buffer.from(`r-${i}`).toString('hex'),
  }))
  await pyClient('ck-produce', [cluster.bootstrap(), TOPIC, 'acks=all'], {
    input: JSON.stringify(input),
    timeoutMs: 60_000,
  })

  const timeline: string[] = []
  const t0 = Date.now()
  const note = (what: string) => {
    timeline.push(`${((Date.now() - t0) / 1000).toFixed(2)}s ${what}`)
    if (process.env.OXBOW_TEST_TRACE !== undefined) console.log(timeline.at(-1))
  }
  // Every consumption of (p, o), the committed offsets so far (from successful commits, as
  // reported), and the records consumed again although a successful commit had covered them.
  const consumed = new Map<string, number>()
  const committed = new Map<number, number>()
  const coveredAgain: string[] = []
  let duplicates = 0
  let commitFailures = 0
  let records = 0
  const output: string[] = []
  const onEvent = (e: MemberEvent) => {
    if (e.ev === 'records') {
      for (const [p, o] of e.r ?? []) {
        const key = `${p}:${o}`
        const seen = consumed.get(key) ?? 0
        if (seen > 0) {
          duplicates += 1
          if (o < (committed.get(p) ?? 0)) coveredAgain.push(`${key} by ${e.m} after commit ${committed.get(p)}`)
        }
        consumed.set(key, seen + 1)
        records += 1
      }
    } else if (e.ev === 'commit') {
      for (const [p, o] of Object.entries(e.offsets ?? {})) {
        committed.set(Number(p), Math.max(committed.get(Number(p)) ?? 0, o))
      }
    } else if (e.ev === 'commit-failed') commitFailures += 1
    if (e.ev !== 'records' && e.ev !== 'commit') note(`${e.m} ${e.ev} ${JSON.stringify(e.tp ?? e.error ?? '')}`)
  }
  const exits: Promise<number | null>[] = []
  for (const name of ['member-a', 'member-b']) {
    const child = spawn(PYTHON, [MEMBER, 'member', cluster.bootstrap(), TOPIC, GROUP, name, '10', '0.1'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    members.push(child)
    child.stderr!.on('data', (d: Buffer) => output.push(`${name}: ${d.toString()}`))
    createInterface({ input: child.stdout! }).on('line', (line) => onEvent(JSON.parse(line) as MemberEvent))
    exits.push(new Promise((resolve) => child.once('exit', resolve)))
  }

  const progressed = () => records
  for (let kill = 0; kill < KILLS; kill++) {
    const before = progressed()
    await eventually(async () => {
      if (progressed() < before + 300 + prng.nextInt(600)) throw new Error(`stuck at ${progressed()} records`)
    }, 30_000)
    const node = await coordinator()
    note(
      `kill -9 node ${node} (coordinator of ${GROUP}) at ${progressed()} records, committed ${JSON.stringify([...committed])}`,
    )
    await cluster.kill(node)
    await new Promise((r) => setTimeout(r, 500 + prng.nextInt(1500)))
    await cluster.startNode(node)
    note(`node ${node} restarted; coordinator now ${await coordinator()}`)
  }
  // The group moves on after the last kill, then the members commit, leave and exit.
  const afterKills = progressed()
  await eventually(async () => {
    if (progressed() < afterKills + 300) throw new Error(`stuck at ${progressed()} records after the kills`)
  }, 30_000)
  for (const m of members) m.stdin!.end()
  const codes = await Promise.race([
    Promise.all(exits),
    new Promise<never>((_, reject) =>
      setTimeout(() => {
        if (process.env.OXBOW_TEST_TRACE !== undefined) {
          for (const [id, n] of cluster.nodes) writeFileSync(`/tmp/grp-node-${id}.log`, n.describe(100_000))
          writeFileSync('/tmp/grp-members.log', output.join(''))
        }
        reject(new Error(`members did not leave within 30 s\n${timeline.join('\n')}\n${output.join('').slice(-3000)}`))
      }, 30_000),
    ),
  ])
  note(`members exited ${JSON.stringify(codes)} after ${records} records`)
  expect(codes, output.join('')).toEqual([0, 0])

  const resumed = await run(PYTHON, [MEMBER, 'resume', cluster.bootstrap(), TOPIC, GROUP, String(PARTITIONS)], {
    timeoutMs: 90_000,
  })
  if (resumed.code !== 0) throw new Error(`group_member.py resume exited ${resumed.code}:\n${resumed.stderr}`)
  const got = JSON.parse(resumed.stdout.toString()) as {
    committed: Record<string, number>
    first: Record<string, number>
    ends: Record<string, number>
    records: [number, number][]
  }
  if (process.env.OXBOW_TEST_TRACE !== undefined) writeFileSync('/tmp/grp-members.log', output.join(''))
  const summary =
    `SEED=${seed}: ${records} records consumed by the members (${duplicates} again, ${commitFailures} failed commits), ` +
    `${got.records.length} by the resumed member; committed ${JSON.stringify(got.committed)}, first ${JSON.stringify(got.first)}, ` +
    `ends ${JSON.stringify(got.ends)}\n${timeline.join('\n')}`
  console.log(summary)

  const reported = Object.fromEntries(
    Array.from({ length: PARTITIONS }, (_, p) => [String(p), committed.get(p) ?? -1001]),
  )
  // Every acknowledged commit survived the coordinator's failovers (a new coordinator loads its
  // partition to the log end, not to the high watermark it starts with).
  expect(got.committed, summary).toEqual(reported)
  expect(got.ends, summary).toEqual(
    Object.fromEntries(Array.from({ length: PARTITIONS }, (_, p) => [String(p), PER_PARTITION])),
  )
  for (let p = 0; p < PARTITIONS; p++) {
    const at = got.committed[String(p)] as number
    // -1001: never committed, so the new member starts at the earliest offset.
    if (at < PER_PARTITION) expect({ p, first: got.first[String(p)] }).toEqual({ p, first: Math.max(0, at) })
  }
  for (const [p, o] of got.records) {
    const key = `${p}:${o}`
    // Consumed before, but never covered by a commit (the resumed member starts at the committed
    // offsets, checked above): the at-least-once window of a commit lost to a failure.
    if (consumed.has(key)) duplicates += 1
    consumed.set(key, (consumed.get(key) ?? 0) + 1)
  }
  const missing: string[] = []
  for (let p = 0; p < PARTITIONS; p++) {
    for (let o = 0; o < PER_PARTITION; o++) if (!consumed.has(`${p}:${o}`)) missing.push(`${p}:${o}`)
  }
  expect(missing.slice(0, 20), summary).toEqual([])
  // A successful OffsetCommit survives the coordinator's failover: no record comes back after a
  // commit covered it.
  expect(coveredAgain.slice(0, 20), summary).toEqual([])
  // The run ended before the members read everything, so the resumed member had work to do.
  expect(got.records.length, summary).toBeGreaterThan(0)
}, 150_000)
