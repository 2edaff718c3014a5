// Goal (issue 6, Tests): a consume-transform-produce loop with sendOffsetsToTransaction over
// 10,000 records, interrupted by `kill -9` of the broker and of the client, ends with every input
// record reflected exactly once in the output topic.
// Method: py/eos_worker.py `setup` produces 10,000 records (value in-NNNNN) to a 4-partition input
// topic once with an idempotent producer. Then py/eos_worker.py `work` (librdkafka: read_committed
// static group member, manual commits, a transactional producer with a fixed transactional.id)
// copies each record to the output topic as in-NNNNN-out in one transaction per poll, sending its
// positions to the transaction. The test SIGKILLs the worker at seeded random moments and restarts
// it, and SIGKILLs the broker (then restarts it on the same data dir and port) twice, once the
// worker's committed progress passes seeded thresholds; a worker that gives up on a fatal error is
// restarted too. It ends when a worker finds the group's committed offsets at the input's end.
// Invariants checked at the end:
//   - a read_committed consumer of the output topic sees every in-NNNNN-out exactly once, in the
//     input record's partition (no missing value, no duplicate);
//   - the group's committed offsets equal the input partitions' end offsets;
//   - the broker was killed at least once mid-run (the schedule exercised what it claims).
// Random choices come from a seeded Prng; the seed is printed (rerun with SEED=n to replay the
// kill schedule, though not the same kill instants).
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Prng } from '../../src/util/prng.js'
import { BrokerProcess, ensureBuilt, PYTHON, REPO_ROOT, run, uniqueTopic } from './harness.js'

const WORKER = join(REPO_ROOT, 'test', 'integration', 'py', 'eos_worker.py')
const COUNT = 10_000
const PARTITIONS = 4
const WORKER_KILLS = 6
const RUN_DEADLINE_MS = 75_000

interface WorkerEvent {
  readonly ev: string
  readonly t: number
  readonly n?: number
  readonly offsets?: Record<string, number>
  readonly error?: string
}

interface Verified {
  readonly errors: string[]
  readonly records: [number, number, string][]
  readonly uncommittedCount: number
  readonly committed: Record<string, number>
  readonly ends: Record<string, number>
  readonly outEnds: Record<string, number>
}

class Worker {
  readonly events: WorkerEvent[] = []
  stderr = ''
  code: number | null = null
  signal: NodeJS.Signals | null = null
  readonly exited: Promise<void>
  readonly child: ChildProcess
  commits = 0
  onCommit: (commits: number) => void = () => {}

  constructor(args: readonly string[], onEvent: (e: WorkerEvent) => void) {
    this.child = spawn(PYTHON, [WORKER, 'work', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.code = code
        this.signal = signal
        resolve()
      })
    })
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      try {
        const e = JSON.parse(line) as WorkerEvent
        this.events.push(e)
        if (e.ev === 'commit') this.onCommit(++this.commits)
        onEvent(e)
      } catch {
        this.stderr += `${line}\n`
      }
    })
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString()
    })
  }

  get alive(): boolean {
    return this.code === null && this.signal === null
  }

  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL')
    await this.exited
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('exactly-once consume-transform-produce under kill -9 (python3-confluent-kafka)', () => {
  beforeAll(() => ensureBuilt(), 180_000)

  let broker: BrokerProcess | undefined
  let worker: Worker | undefined
  afterEach(async () => {
    await worker?.kill()
    await broker?.cleanup()
  })

  it('every input record reaches the output exactly once and the group commits the input ends', async () => {
    const seed = process.env['SEED'] !== undefined ? Number(process.env['SEED']) : Math.floor(Math.random() * 1e9)
    console.log(`eos-kill9 SEED=${seed}`)
    const prng = new Prng(seed)
    const started = Date.now()
    const timeline: string[] = []
    const note = (what: string) => timeline.push(`${((Date.now() - started) / 1000).toFixed(2)}s ${what}`)

    broker = await BrokerProcess.start({ overrides: { 'group.initial.rebalance.delay.ms': '0' } })
    const topicIn = uniqueTopic('eos-in')
    const topicOut = uniqueTopic('eos-out')
    const group = `${topicIn}-group`
    const txnId = `${topicIn}-txn`
    const setup = await run(
      PYTHON,
      [WORKER, 'setup', broker.bootstrap, topicIn, topicOut, PARTITIONS, COUNT].map(String),
    )
    if (setup.code !== 0) throw new Error(`eos_worker.py setup exited ${setup.code}:\n${setup.stderr}`)
    const ends = (JSON.parse(setup.stdout.toString()) as { ends: Record<string, number> }).ends
    expect(Object.values(ends).reduce((a, b) => a + b, 0)).toBe(COUNT)
    const endsArg = Object.entries(ends)
      .map(([p, e]) => `${p}:${e}`)
      .join(',')
    note(`setup done, input ends ${endsArg}`)

    // Progress: the highest committed position per partition the workers reported.
    const progress: Record<string, number> = {}
    const progressed = () => Object.values(progress).reduce((a, b) => a + b, 0)
    // Broker kills at two seeded progress thresholds; a third of the time the worker is killed too.
    const brokerKillAt = [1000 + prng.nextInt(3500), 5000 + prng.nextInt(3500)]
    let brokerKills = 0
    let workerKills = 0
    let workerRuns = 0
    let fatalExits = 0
    let aborts = 0
    let brokerBusy: Promise<void> = Promise.resolve()
    let done = false
    const history: string[] = []

    const killBroker = async (alsoWorker: boolean) => {
      const b = broker!
      note(`kill -9 broker at progress ${progressed()}${alsoWorker ? ' (and the worker)' : ''}`)
      await b.kill()
      brokerKills += 1
      if (alsoWorker) await worker?.kill()
      await sleep(prng.nextInt(1000))
      broker = await b.restart({ overrides: { 'group.initial.rebalance.delay.ms': '0' } })
      note('broker restarted')
    }

    const onEvent = (e: WorkerEvent) => {
      if (e.ev === 'commit' && e.offsets !== undefined) {
        for (const [p, o] of Object.entries(e.offsets)) progress[p] = Math.max(progress[p] ?? 0, o)
      }
      if (e.ev === 'abort') aborts += 1
      if (e.ev === 'done') done = true
      if (brokerKills < brokerKillAt.length && progressed() >= brokerKillAt[brokerKills]! && broker!.alive) {
        const alsoWorker = prng.nextInt(3) === 0
        brokerKillAt[brokerKills] = Number.POSITIVE_INFINITY // one kill per threshold
        brokerBusy = brokerBusy.then(() => killBroker(alsoWorker))
      }
    }

    const describeRun = (w: Worker) =>
      `run ${workerRuns}: exit ${w.code ?? w.signal}, last events ${JSON.stringify(w.events.slice(-4))}, stderr ${w.stderr.slice(-600)}`

    while (!done) {
      if (Date.now() - started > RUN_DEADLINE_MS) {
        throw new Error(
          `SEED=${seed}: not done after ${RUN_DEADLINE_MS} ms, progress ${progressed()}/${COUNT} ${JSON.stringify(progress)}\n` +
            `timeline:\n${timeline.join('\n')}\nworker runs:\n${history.slice(-8).join('\n')}\n` +
            `current worker: ${worker === undefined ? '-' : describeRun(worker)}\n${broker!.describe(20)}`,
        )
      }
      await brokerBusy
      workerRuns += 1
      const w = new Worker(
        [broker!.bootstrap, topicIn, topicOut, group, txnId, String(10 + prng.nextInt(90)), endsArg],
        onEvent,
      )
      worker = w
      note(`worker run ${workerRuns} started (pid ${w.child.pid})`)
      // Kill this run (3 runs in 4, up to WORKER_KILLS): either at a random time after its start
      // (often during startup, group join or init_transactions), or a few ms after its k-th
      // commit, which lands inside the next transaction.
      let timer: NodeJS.Timeout | undefined
      if (workerKills < WORKER_KILLS && prng.nextInt(4) !== 0) {
        const killNow = (why: string) => {
          if (w.alive && !done) {
            workerKills += 1
            note(`kill -9 worker run ${workerRuns} at progress ${progressed()} (${why})`)
            w.child.kill('SIGKILL')
          }
        }
        if (prng.bool()) {
          const delay = 300 + prng.nextInt(1500)
          timer = setTimeout(() => killNow(`${delay} ms after start`), delay)
        } else {
          const k = 1 + prng.nextInt(15)
          const delay = prng.nextInt(30)
          w.onCommit = (commits) => {
            if (commits === k) timer = setTimeout(() => killNow(`${delay} ms after commit ${k}`), delay)
          }
        }
      }
      // A worker still running at the deadline is reported by the deadline check above.
      await Promise.race([w.exited, sleep(Math.max(0, RUN_DEADLINE_MS - (Date.now() - started)))])
      clearTimeout(timer)
      await w.kill()
      history.push(describeRun(w))
      if (w.code === 3) fatalExits += 1
      else if (w.code !== 0 && w.code !== null) {
        // Neither killed nor a handled fatal error: the worker crashed, which the test does not expect.
        throw new Error(`SEED=${seed}: worker crashed\n${describeRun(w)}\ntimeline:\n${timeline.join('\n')}`)
      }
      note(`worker run ${workerRuns} ended: ${w.code ?? w.signal}`)
    }
    await brokerBusy
    const runMs = Date.now() - started

    const verify = await run(
      PYTHON,
      [WORKER, 'verify', broker!.bootstrap, topicIn, topicOut, group, String(PARTITIONS)],
      {
        timeoutMs: 90_000,
      },
    )
    if (verify.code !== 0) throw new Error(`eos_worker.py verify exited ${verify.code}:\n${verify.stderr}`)
    const got = JSON.parse(verify.stdout.toString()) as Verified

    const seen = new Map<string, [number, number][]>()
    for (const [p, o, v] of got.records) {
      const list = seen.get(v) ?? []
      list.push([p, o])
      seen.set(v, list)
    }
    const missing: string[] = []
    const wrongPartition: string[] = []
    for (let i = 0; i < COUNT; i++) {
      const v = `in-${String(i).padStart(5, '0')}-out`
      const at = seen.get(v)
      if (at === undefined) missing.push(v)
      else if (at.some(([p]) => p !== i % PARTITIONS)) wrongPartition.push(`${v} at ${JSON.stringify(at)}`)
      seen.delete(v)
    }
    const once = new Set<string>()
    const duplicates = got.records.map(([, , v]) => v).filter((v) => once.size === once.add(v).size)
    const unexpected = [...seen.keys()].slice(0, 10)
    const summary =
      `SEED=${seed}: ${got.records.length} read_committed records (${got.uncommittedCount} read_uncommitted), ` +
      `${missing.length} missing ${JSON.stringify(missing.slice(0, 10))}, ${duplicates.length} duplicates ${JSON.stringify(duplicates.slice(0, 10))}, ` +
      `unexpected ${JSON.stringify(unexpected)}, wrong partition ${JSON.stringify(wrongPartition.slice(0, 5))}, ` +
      `committed ${JSON.stringify(got.committed)}, input ends ${JSON.stringify(got.ends)}, output ends ${JSON.stringify(got.outEnds)}, ` +
      `errors ${JSON.stringify(got.errors)}\n` +
      `worker runs ${workerRuns} (kill -9 ${workerKills}, fatal ${fatalExits}, aborts ${aborts}), broker kill -9 ${brokerKills}, ` +
      `loop ${runMs} ms, total ${Date.now() - started} ms\ntimeline:\n${timeline.join('\n')}`
    console.log(summary)
    const ok =
      got.errors.length === 0 &&
      got.records.length === COUNT &&
      missing.length === 0 &&
      duplicates.length === 0 &&
      unexpected.length === 0 &&
      wrongPartition.length === 0
    expect(ok, summary).toBe(true)
    expect(got.committed, summary).toEqual(got.ends)
    expect(got.ends, summary).toEqual(ends)
    expect(brokerKills, summary).toBeGreaterThanOrEqual(1)
  }, 120_000)
})
