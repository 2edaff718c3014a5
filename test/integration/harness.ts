// Integration harness: runs the real `oxbow start` (dist/cli/main.js) as a
// child process on free ports with a temporary data dir, and talks to it with
// stock clients (kcat, Python, KafkaJS, @platformatic/kafka) or raw frames
// built with our own codecs.
//
// The CLI runs from dist/. `ensureBuilt()` (call it in a beforeAll) rebuilds
// dist once per vitest run, only when a source file is newer than its output,
// under a lock directory so that test files running in parallel workers build
// at most once between them.
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { encodeRequest, readResponseHeader } from '../../src/protocol/frame.js'
import type { MessageCodec, ResponseHeader } from '../../src/protocol/generated/index.js'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CLI = join(REPO_ROOT, 'dist', 'cli', 'main.js')
export const KCAT = '/usr/bin/kcat'
/** Debian's python, which has python3-confluent-kafka and python3-kafka (not a pyenv shim). */
export const PYTHON = '/usr/bin/python3'

// ---------------------------------------------------------------------------
// Build

const BUILD_DIR = join(REPO_ROOT, '.tmp', 'integration-build')

/** Source files whose compiled output is missing or older than the source. */
function staleSources(): string[] {
  const stale: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const out = join(REPO_ROOT, 'dist', relative(join(REPO_ROOT, 'src'), path)).replace(/\.ts$/, '.js')
        if (!existsSync(out) || statSync(out).mtimeMs < statSync(path).mtimeMs) stale.push(path)
      }
    }
  }
  walk(join(REPO_ROOT, 'src'))
  return stale
}

/**
 * Makes dist/ current: checked once per vitest run (keyed by the vitest main
 * process, the parent of every forked worker), rebuilt with `npm run build`
 * under a lock when stale. Type errors elsewhere in the tree do not stop tsc
 * from emitting; they are reported by the typecheck step, not here.
 */
export function ensureBuilt(): void {
  mkdirSync(BUILD_DIR, { recursive: true })
  const stamp = join(BUILD_DIR, 'checked-by')
  const runId = String(process.ppid)
  const lock = join(BUILD_DIR, 'lock')
  const deadline = Date.now() + 120_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // Another worker is building; a lock left by a dead run is taken over after 2 minutes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000)
        rmSync(lock, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100)
    }
  }
  try {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === runId && existsSync(CLI)) return
    const stale = staleSources()
    if (stale.length > 0 || !existsSync(CLI)) {
      const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, encoding: 'utf8' })
      if (!existsSync(CLI)) throw new Error(`npm run build did not produce ${CLI}:\n${result.stdout}${result.stderr}`)
      // Sources edited while tsc ran (others at work in the tree) stay stale until the next run.
      const still = staleSources()
      if (still.length > 0) console.warn(`dist/ is older than ${still.map((f) => relative(REPO_ROOT, f)).join(', ')}`)
    }
    writeFileSync(stamp, runId)
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------
// Broker process

export interface BrokerOptions {
  /** Data directory; default a fresh temporary one (removed by `cleanup()`). */
  readonly dataDir?: string
  /** Kafka listener port; default 0 (any free port). */
  readonly port?: number
  /** `--override key=value` properties. */
  readonly overrides?: Readonly<Record<string, string>>
  readonly readyTimeoutMs?: number
}

export interface LogLine {
  readonly level: number
  readonly msg: string
  readonly [key: string]: unknown
}

const live = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL')
})

export class BrokerProcess {
  readonly logs: LogLine[] = []
  /** stderr and any stdout line that is not JSON. */
  other = ''
  exitCode: number | null = null
  exitSignal: NodeJS.Signals | null = null
  private readonly exited: Promise<void>

  private constructor(
    readonly child: ChildProcess,
    readonly dataDir: string,
    readonly options: BrokerOptions,
    private ownsDir: boolean,
    ready: (bootstrap: string) => void,
  ) {
    live.add(child)
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code
        this.exitSignal = signal
        live.delete(child)
        resolve()
      })
    })
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as LogLine
        this.logs.push(entry)
        if (typeof entry['bootstrap'] === 'string' && entry.msg.startsWith('ready')) ready(entry['bootstrap'])
      } catch {
        this.other += `${line}\n`
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      this.other += chunk.toString()
    })
  }

  bootstrap = ''
  host = ''
  port = 0

  get pid(): number {
    return this.child.pid!
  }

  get alive(): boolean {
    return this.exitCode === null && this.exitSignal === null
  }

  /** Starts `oxbow start` and resolves once it logs `ready` with its bootstrap address. */
  static async start(options: BrokerOptions = {}): Promise<BrokerProcess> {
    const ownsDir = options.dataDir === undefined
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'oxbow-it-'))
    const args = [CLI, 'start', '--data-dir', dataDir, '--port', String(options.port ?? 0)]
    // An explicit port would otherwise put the controller listener on 9093 for every broker.
    const overrides: Record<string, string> =
      options.port !== undefined && options.port !== 0
        ? { listeners: `PLAINTEXT://127.0.0.1:${options.port},CONTROLLER://127.0.0.1:0` }
        : {}
    Object.assign(overrides, options.overrides)
    for (const [key, value] of Object.entries(overrides)) args.push('--override', `${key}=${value}`)
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let onReady!: (bootstrap: string) => void
    const ready = new Promise<string>((resolve) => {
      onReady = resolve
    })
    const broker = new BrokerProcess(child, dataDir, options, ownsDir, onReady)
    const timeoutMs = options.readyTimeoutMs ?? 15_000
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      ready,
      broker.exited.then(() => null),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeoutMs)
      }),
    ])
    clearTimeout(timer)
    if (typeof outcome !== 'string') {
      child.kill('SIGKILL')
      await broker.exited
      throw new Error(
        `oxbow start ${outcome === null ? `exited (code ${broker.exitCode}, signal ${broker.exitSignal})` : `not ready after ${timeoutMs} ms`}\n${broker.describe()}`,
      )
    }
    broker.bootstrap = outcome
    const colon = outcome.lastIndexOf(':')
    broker.host = outcome.slice(0, colon)
    broker.port = Number(outcome.slice(colon + 1))
    return broker
  }

  /** SIGTERM (clean shutdown); resolves with the exit code. Throws if it takes longer than `timeoutMs`. */
  async stop(timeoutMs = 10_000): Promise<number | null> {
    if (this.alive) {
      this.child.kill('SIGTERM')
      let timer: NodeJS.Timeout | undefined
      const timedOut = await Promise.race([
        this.exited.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), timeoutMs)
        }),
      ])
      clearTimeout(timer)
      if (timedOut) {
        await this.kill()
        throw new Error(`broker did not exit within ${timeoutMs} ms of SIGTERM\n${this.describe()}`)
      }
    }
    return this.exitCode
  }

  /** SIGKILL, as `kill -9`. */
  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL')
    await this.exited
  }

  /** A new process on the same data dir and (by default) the same port. */
  restart(options: Partial<BrokerOptions> = {}): Promise<BrokerProcess> {
    if (this.alive) throw new Error('restart() of a running broker: stop() or kill() it first')
    const next = BrokerProcess.start({ ...this.options, port: this.port, ...options, dataDir: this.dataDir })
    return next.then((b) => {
      // The new process takes over removing a temporary directory.
      b.ownsDir = this.ownsDir
      this.ownsDir = false
      return b
    })
  }

  /** Stops the process if it runs (SIGKILL) and removes a temporary data dir. */
  async cleanup(): Promise<void> {
    await this.kill()
    if (this.ownsDir) rmSync(this.dataDir, { recursive: true, force: true })
  }

  /** Resident set size in KiB, from /proc. */
  rssKiB(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8')
    const match = /VmRSS:\s+(\d+) kB/.exec(status)
    if (match === null) throw new Error(`no VmRSS in /proc/${this.pid}/status`)
    return Number(match[1])
  }

  /** The last log lines and stderr, for failure messages. */
  describe(lines = 30): string {
    const tail = this.logs
      .slice(-lines)
      .map((l) => JSON.stringify(l))
      .join('\n')
    return `--- log (last ${lines}) ---\n${tail}\n--- other output ---\n${this.other}`
  }
}

// ---------------------------------------------------------------------------
// Running stock clients

export interface RunResult {
  readonly code: number | null
  readonly stdout: Buffer
  readonly stderr: string
}

/** Runs a program to completion with optional stdin; never throws on a non-zero exit. */
export function run(
  file: string,
  args: readonly string[],
  options: { input?: Buffer | string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      {
        encoding: 'buffer',
        maxBuffer: 1024 * 1024 * 1024,
        timeout: options.timeoutMs ?? 30_000,
        killSignal: 'SIGKILL',
        env: options.env ?? process.env,
      },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null
        if (err !== null && code === null && !err.killed && err.signal === null) {
          reject(err)
          return
        }
        resolve({ code, stdout, stderr: stderr.toString() })
      },
    )
    if (options.input !== undefined) child.stdin!.end(options.input)
    else child.stdin!.end()
  })
}

const PY_CLIENTS = join(REPO_ROOT, 'test', 'integration', 'py', 'clients.py')

/**
 * Runs a command of py/clients.py (confluent-kafka `ck-*`, kafka-python `kp-*`)
 * and parses the JSON it prints; throws with its stderr when it fails.
 */
export async function pyClient<T = unknown>(
  command: string,
  args: readonly (string | number)[],
  options: { input?: Buffer | string; timeoutMs?: number } = {},
): Promise<T> {
  const result = await run(PYTHON, [PY_CLIENTS, command, ...args.map(String)], options)
  if (result.code !== 0) {
    throw new Error(`clients.py ${command} exited with ${result.code}:\n${result.stderr}${result.stdout.toString()}`)
  }
  return JSON.parse(result.stdout.toString()) as T
}

/** Runs kcat; throws with its stderr when it exits non-zero. */
export async function kcat(args: readonly string[], options: { input?: Buffer | string; timeoutMs?: number } = {}) {
  const result = await run(KCAT, args, options)
  if (result.code !== 0) throw new Error(`kcat ${args.join(' ')} exited with ${result.code}:\n${result.stderr}`)
  return result
}

/** A 16-byte topic id as the usual 8-4-4-4-12 hex text. */
export function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

// ---------------------------------------------------------------------------
// Raw socket client

export interface RawResponse<T> {
  readonly header: ResponseHeader
  readonly body: T
  readonly frame: Buffer
}

/**
 * A bare TCP connection that sends arbitrary bytes or frames built with our
 * codecs and reads size-prefixed response frames in arrival order.
 */
export class RawClient {
  private buffered: Buffer = Buffer.alloc(0)
  private readonly frames: Buffer[] = []
  private waiters: (() => void)[] = []
  private nextCorrelationId = 1
  closed = false
  private readonly closedPromise: Promise<void>

  private constructor(readonly socket: Socket) {
    socket.setNoDelay(true)
    socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk])
      while (this.buffered.length >= 4) {
        const size = this.buffered.readInt32BE(0)
        if (this.buffered.length < 4 + size) break
        this.frames.push(this.buffered.subarray(4, 4 + size))
        this.buffered = this.buffered.subarray(4 + size)
      }
      this.wake()
    })
    socket.on('error', () => {})
    this.closedPromise = new Promise((resolve) => {
      socket.once('close', () => {
        this.closed = true
        this.wake()
        resolve()
      })
    })
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port })
      socket.once('error', reject)
      socket.once('connect', () => {
        socket.off('error', reject)
        resolve(new RawClient(socket))
      })
    })
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const w of waiters) w()
  }

  write(bytes: Buffer | readonly Buffer[]): void {
    this.socket.write(Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes))
  }

  /** A request frame (size prefix included) for `api` at `version`. */
  frame<T>(
    api: { readonly apiKey: number; readonly request: MessageCodec<T> },
    version: number,
    body: T,
    correlationId = this.nextCorrelationId++,
    clientId: string | null = 'oxbow-it',
  ): Buffer {
    return Buffer.concat(encodeRequest(api, version, correlationId, clientId, body))
  }

  /** The next response frame (without its size prefix); rejects if the connection closes or on timeout. */
  async readFrame(timeoutMs = 5_000): Promise<Buffer> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const frame = this.frames.shift()
      if (frame !== undefined) return frame
      if (this.closed) throw new Error('connection closed by the broker')
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no response within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  /** Sends one request and decodes the next response as its answer. */
  async request<Req, Res>(
    api: {
      readonly apiKey: number
      readonly request: MessageCodec<Req>
      readonly response: MessageCodec<Res>
    },
    version: number,
    body: Req,
    timeoutMs = 5_000,
  ): Promise<RawResponse<Res>> {
    this.write(this.frame(api, version, body))
    return decodeResponse(api, version, await this.readFrame(timeoutMs))
  }

  /** True once the broker has closed the connection (waits up to `timeoutMs`). */
  async waitClosed(timeoutMs = 5_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined
    const result = await Promise.race([
      this.closedPromise.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs)
      }),
    ])
    clearTimeout(timer)
    return result
  }

  close(): void {
    this.socket.destroy()
  }
}

export function decodeResponse<Res>(
  api: { readonly apiKey: number; readonly response: MessageCodec<Res> },
  version: number,
  frame: Buffer,
): RawResponse<Res> {
  const { header, body } = readResponseHeader(frame, api.apiKey, version)
  return { header, body: api.response.read(body, version), frame }
}

/** A unique topic name per call, so tests sharing a broker never collide. */
let topicCounter = 0
export function uniqueTopic(prefix: string): string {
  topicCounter += 1
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${topicCounter}`
}
