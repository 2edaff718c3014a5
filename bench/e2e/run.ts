// End-to-end benchmark with a stock librdkafka client. Run on demand (not
// part of `npm test`), after `npm run build`:
//
//   npm run build && npx tsx bench/e2e/run.ts [--scale 0.2] [--cpu-prof <dir>]
//
// Needs Debian's python3-confluent-kafka (`/usr/bin/python3`, driver.py). It
// starts the built broker (`node dist/cli/main.js start`) on 127.0.0.1 with a
// fresh data dir, creates 64-partition topics, and with the stock client
// produces then consumes 100 B and 1 KiB messages with acks=1 and acks=all,
// printing msgs/s, MB/s (payload bytes, 1 MB = 1e6 B) and the broker
// process's CPU-seconds per GB of payload (utime+stime from /proc/<pid>/stat
// around each timed section); then end-to-end p50/p99 latency at 10k msg/s
// (producer linger.ms=0) with fetch.wait.max.ms=5 and with the default 500
// (a long poll must wake on append); and the broker's RSS idle after start
// and after the run. The baseline, measured in the same run, is Node's raw
// loopback ingest ceiling: a Node TCP server that reads and discards, fed
// the same number of bytes, with its CPU-s/GB.
//
// --scale multiplies the message counts (1 = about 2 minutes here).
// --cpu-prof <dir> runs the broker under `node --cpu-prof` and writes
// phases.json beside the profile; summarise a phase with
//   npx tsx bench/e2e/profile-top.ts <dir>/<file>.cpuprofile --phase 'produce 1 KiB acks=1'
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const HOST = '127.0.0.1'
const PARTITIONS = 64
const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = resolve(HERE, '../..')
const DRIVER = join(HERE, 'driver.py')
const PYTHON = '/usr/bin/python3'
const CLK_TCK = 100 // USER_HZ; Linux exposes 100 to user space on every architecture

interface Options {
  scale: number
  cpuProfDir: string | null
  /** Runs only the produce/consume cases whose label contains this ('1 KiB', 'acks=1'); skips latency. */
  only: string | null
  /** Extra node flags for the broker process (`--broker-node-args '--trace-gc'`). */
  brokerNodeArgs: string[]
  /** The broker's entry point, to compare builds (`--broker-main /tmp/old-dist/cli/main.js`). */
  brokerMain: string
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    scale: 1,
    cpuProfDir: null,
    only: null,
    brokerNodeArgs: [],
    brokerMain: join(ROOT, 'dist/cli/main.js'),
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--scale') options.scale = Number(argv[++i])
    else if (arg === '--broker-node-args') options.brokerNodeArgs = (argv[++i] ?? '').split(' ').filter(Boolean)
    else if (arg === '--broker-main') options.brokerMain = resolve(argv[++i] ?? '')
    else if (arg === '--only') options.only = argv[++i] ?? ''
    else if (arg === '--cpu-prof') options.cpuProfDir = resolve(argv[++i] ?? 'prof')
    else throw new Error(`unknown argument ${arg}`)
  }
  return options
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, HOST, () => {
      const port = (server.address() as { port: number }).port
      server.close(() => done(port))
    })
  })
}

function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
  return kb / 1024
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((done, fail) => {
    let text = ''
    const onData = (d: Buffer) => {
      text += d.toString()
      const m = pattern.exec(text)
      if (m !== null) {
        child.stdout?.off('data', onData)
        done(m)
      }
    }
    child.stdout?.on('data', onData)
    child.once('exit', (code) => fail(new Error(`process exited (${code}) before printing ${pattern}:\n${text}`)))
  })
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done()
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}

/** Node's raw loopback ingest ceiling: a child process that reads and discards, fed `bytes` in 64 KiB writes. */
async function baseline(bytes: number): Promise<{ seconds: number; cpuS: number; rssMb: number }> {
  const code = `
    const net = require('node:net')
    const server = net.createServer((s) => { s.on('data', () => {}); s.on('end', () => { console.log('done'); }) })
    server.listen(0, '${HOST}', () => console.log('port ' + server.address().port))`
  const sink = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = Number((await waitForLine(sink, /port (\d+)/))[1])
  await sleep(300)
  const rss = rssMb(sink.pid!)
  const chunk = Buffer.alloc(64 * 1024, 7)
  const cpu0 = cpuSeconds(sink.pid!)
  const t0 = performance.now()
  const finished = waitForLine(sink, /done/)
  await new Promise<void>((done) => {
    const socket = connect({ host: HOST, port }, () => {
      let sent = 0
      const pump = () => {
        while (sent < bytes) {
          sent += chunk.length
          if (!socket.write(chunk)) return void socket.once('drain', pump)
        }
        socket.end(done)
      }
      pump()
    })
  })
  await finished
  const seconds = (performance.now() - t0) / 1000
  const cpuS = cpuSeconds(sink.pid!) - cpu0
  await stop(sink)
  return { seconds, cpuS, rssMb: rss }
}

interface DriverResult {
  elapsedS: number
  brokerCpuS: number
  brokerSysS: number
  windowUs: [number, number]
  count: number
  bytes: number
  failed?: number
  p50Ms?: number
  p99Ms?: number
  maxMs?: number
  expected?: number
}

function driver(args: string[]): Promise<DriverResult> {
  return new Promise((done, fail) => {
    const child = spawn(PYTHON, [DRIVER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0) return fail(new Error(`driver ${args[0]} exited ${code}: ${out}`))
      done(JSON.parse(line) as DriverResult)
    })
  })
}

interface Row {
  phase: string
  msgsPerS: number
  mbPerS: number
  cpuSPerGb: number
  sysShare: number
}

function row(phase: string, r: DriverResult): Row {
  return {
    phase,
    msgsPerS: r.count / r.elapsedS,
    mbPerS: r.bytes / 1e6 / r.elapsedS,
    cpuSPerGb: r.brokerCpuS / (r.bytes / 1e9),
    sysShare: r.brokerCpuS > 0 ? r.brokerSysS / r.brokerCpuS : 0,
  }
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const started = performance.now()
  const cases = [
    { size: 100, label: '100 B', count: Math.round(5_000_000 * options.scale) },
    { size: 1024, label: '1 KiB', count: Math.round(2_000_000 * options.scale) },
  ]
  const baselineBytes = Math.max(...cases.map((c) => c.size * c.count))

  const base = await baseline(baselineBytes)

  const dataDir = mkdtempSync(join(tmpdir(), 'oxbow-e2e-'))
  const port = await freePort()
  const nodeArgs: string[] = [...options.brokerNodeArgs]
  if (options.cpuProfDir !== null) {
    mkdirSync(options.cpuProfDir, { recursive: true })
    nodeArgs.push('--cpu-prof', '--cpu-prof-dir', options.cpuProfDir)
  }
  const broker = spawn(
    process.execPath,
    [
      ...nodeArgs,
      options.brokerMain,
      'start',
      '--data-dir',
      dataDir,
      '--port',
      String(port),
      '--override',
      `listeners=PLAINTEXT://${HOST}:${port},CONTROLLER://${HOST}:0`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  if (options.brokerNodeArgs.length > 0) broker.stdout.on('data', (d: Buffer) => process.stderr.write(d))
  const rows: Row[] = []
  const latencies: { fetchWaitMs: number; r: DriverResult }[] = []
  const phases: Record<string, [number, number]> = {}
  let idleRss = 0
  let afterRss = 0
  try {
    await waitForLine(broker, /"bootstrap"/)
    const pid = broker.pid!
    const bootstrap = `${HOST}:${port}`
    await sleep(1000)
    idleRss = rssMb(pid)
    const common = ['--bootstrap', bootstrap, '--pid', String(pid), '--partitions', String(PARTITIONS)]
    for (const c of cases) {
      for (const acks of ['1', 'all']) {
        if (options.only !== null && !`${c.label} acks=${acks}`.includes(options.only)) continue
        const topic = `bench-${c.size}-acks-${acks}`
        await driver(['create', ...common, '--topic', topic])
        const p = await driver([
          'produce',
          ...common,
          '--topic',
          topic,
          '--count',
          `${c.count}`,
          '--size',
          `${c.size}`,
          '--acks',
          acks,
        ])
        if ((p.failed ?? 0) > 0) throw new Error(`${p.failed} messages not delivered`)
        const name = `produce ${c.label} acks=${acks}`
        rows.push(row(name, p))
        phases[name] = p.windowUs
        const r = await driver(['consume', ...common, '--topic', topic, '--count', `${c.count}`])
        if (r.count < c.count) throw new Error(`consumed ${r.count} of ${c.count}`)
        const cname = `consume ${c.label} (acks=${acks} topic)`
        rows.push(row(cname, r))
        phases[cname] = r.windowUs
      }
    }
    for (const fetchWaitMs of options.only === null ? [5, 500] : []) {
      const topic = `bench-latency-${fetchWaitMs}`
      await driver(['create', ...common, '--topic', topic])
      const r = await driver([
        'latency',
        ...common,
        '--topic',
        topic,
        '--rate',
        '10000',
        '--seconds',
        `${Math.max(2, 5 * Math.min(1, options.scale * 2))}`,
        '--fetch-wait-ms',
        `${fetchWaitMs}`,
      ])
      latencies.push({ fetchWaitMs, r })
      phases[`latency fetch.wait.max.ms=${fetchWaitMs}`] = r.windowUs
    }
    await sleep(1000)
    afterRss = rssMb(pid)
  } finally {
    await stop(broker)
    rmSync(dataDir, { recursive: true, force: true })
  }
  if (options.cpuProfDir !== null) {
    writeFileSync(join(options.cpuProfDir, 'phases.json'), `${JSON.stringify(phases, null, 2)}\n`)
  }

  const baseGb = baselineBytes / 1e9
  const table: string[][] = [['phase', 'msgs/s', 'MB/s', 'broker CPU-s/GB', 'of it sys']]
  table.push([
    `baseline: Node raw TCP ingest (${fmt(baselineBytes / 1e6)} MB)`,
    '-',
    fmt(baselineBytes / 1e6 / base.seconds),
    fmt(base.cpuS / baseGb, 2),
    '',
  ])
  for (const r of rows) {
    table.push([r.phase, fmt(r.msgsPerS), fmt(r.mbPerS, 1), fmt(r.cpuSPerGb, 2), `${fmt(100 * r.sysShare)}%`])
  }
  printTable(table)
  console.log()
  const lat: string[][] = [['end-to-end latency, 10k msg/s, 100 B', 'p50 ms', 'p99 ms', 'max ms', 'received']]
  for (const { fetchWaitMs, r } of latencies) {
    lat.push([
      `fetch.wait.max.ms=${fetchWaitMs}`,
      fmt(r.p50Ms ?? Number.NaN, 2),
      fmt(r.p99Ms ?? Number.NaN, 2),
      fmt(r.maxMs ?? Number.NaN, 2),
      `${r.count}/${r.expected}`,
    ])
  }
  printTable(lat)
  console.log()
  printTable([
    ['RSS', 'MB'],
    ['baseline: bare Node TCP server', fmt(base.rssMb, 1)],
    ['broker idle after start', fmt(idleRss, 1)],
    ['broker after the run', fmt(afterRss, 1)],
  ])
  console.log(
    `\n(whole run ${fmt((performance.now() - started) / 1000, 0)} s, ${PARTITIONS} partitions, scale ${options.scale})`,
  )
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  rows.forEach((r, n) => {
    console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  })
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
