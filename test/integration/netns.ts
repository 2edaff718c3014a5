// A multi-process Oxbow cluster whose nodes each live in their own network namespace, so a test
// can cut one node off from the others (a network partition) and heal it again, as issue 9 asks.
//
// Topology (every name carries a random suffix so parallel runs never collide; root only):
//
//   namespace oxsw-SFX: bridge br0 with ports p1..pN          (the "cluster network", 10.A.B.0/24)
//   namespace oxnI-SFX: c0 = 10.A.B.I/24, veth peer of pI      (node I's only address, ports 9092/9093)
//                       k0 = 10.A.(B+1).(4I+2)/30, veth peer of oxhI-SFX in the root namespace
//   root namespace:     oxhI-SFX = 10.A.(B+1).(4I+1)/30 and a /32 route to 10.A.B.I over it
//
// Node to node traffic (raft, replica fetches, broker heartbeats) crosses the bridge; the test
// process and its clients, in the root namespace, reach every node over that node's own k0 link.
// A partition sets the bridge port pI down: node I's packets to the other nodes (and theirs to it)
// are silently dropped, as on a cut cable, while clients still reach it, so an isolated leader
// keeps accepting writes it can never commit. Healing sets the port up again. Every address in
// use is inside these namespaces or on the root ends of their veth pairs; nothing else is routed.
// cleanup() (and a process exit hook) deletes the namespaces, which removes every link with them.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { formatNodeDir } from '../../src/cli/dev.js'
import { CLI, REPO_ROOT } from './harness.js'

export const KAFKA_PORT = 9092
export const CONTROLLER_PORT = 9093

const liveNamespaces = new Set<string>()
const liveChildren = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL')
  for (const ns of liveNamespaces) spawnSync('ip', ['netns', 'del', ns])
})

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] })
}

/** True when this process may create network namespaces (root with iproute2). */
export function netnsAvailable(): { ok: true } | { ok: false; why: string } {
  if (process.getuid?.() !== 0) return { ok: false, why: 'not root' }
  const probe = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' })
  if (probe.error !== undefined || probe.status !== 0)
    return { ok: false, why: `ip netns: ${probe.error?.message ?? probe.stderr}` }
  return { ok: true }
}

export interface NsLogLine {
  readonly level: number
  readonly msg: string
  readonly [key: string]: unknown
}

/** One `oxbow start` process inside a namespace. */
export class NsNode {
  readonly logs: NsLogLine[] = []
  other = ''
  exitCode: number | null = null
  exitSignal: NodeJS.Signals | null = null
  readonly exited: Promise<void>
  readonly ready: Promise<boolean>

  constructor(
    readonly child: ChildProcess,
    readonly nodeId: number,
  ) {
    liveChildren.add(child)
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code
        this.exitSignal = signal
        liveChildren.delete(child)
        resolve()
      })
    })
    let onReady!: (ready: boolean) => void
    this.ready = new Promise((resolve) => {
      onReady = resolve
    })
    void this.exited.then(() => onReady(false))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as NsLogLine
        this.logs.push(entry)
        if (typeof entry['bootstrap'] === 'string' && entry.msg.startsWith('ready')) onReady(true)
      } catch {
        this.other += `${line}\n`
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      this.other += chunk.toString()
    })
  }

  get alive(): boolean {
    return this.exitCode === null && this.exitSignal === null
  }

  /** SIGKILL, as `kill -9` (`ip netns exec` execs node in place, so this is node's pid). */
  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL')
    await this.exited
  }

  describe(lines = 30): string {
    const tail = this.logs
      .slice(-lines)
      .map((l) => JSON.stringify(l))
      .join('\n')
    return `--- node ${this.nodeId} log (last ${lines}) ---\n${tail}\n--- other output ---\n${this.other}`
  }
}

export class NetnsCluster {
  readonly nodes = new Map<number, NsNode>()
  private readonly namespaces: string[] = []

  private constructor(
    readonly suffix: string,
    /** The cluster network's first three octets, e.g. `10.173.42`. */
    readonly subnet: string,
    readonly size: number,
    readonly root: string,
    readonly overrides: Readonly<Record<string, string>>,
  ) {}

  /** Creates the namespaces and links, formats the data dirs and starts every node. */
  static async start(options: { nodes?: number; overrides?: Readonly<Record<string, string>> } = {}) {
    const size = options.nodes ?? 3
    const suffix = Math.random().toString(36).slice(2, 7).padEnd(5, '0')
    const a = 100 + Math.floor(Math.random() * 150)
    const b = 2 * Math.floor(Math.random() * 127)
    const root = mkdtempSync(join(tmpdir(), 'oxbow-netns-'))
    const voters = Array.from({ length: size }, (_, i) => `${i + 1}@10.${a}.${b}.${i + 1}:${CONTROLLER_PORT}`).join(',')
    const replication = String(Math.min(3, size))
    const cluster = new NetnsCluster(suffix, `10.${a}.${b}`, size, root, {
      'controller.listener.names': 'CONTROLLER',
      'controller.quorum.voters': voters,
      'default.replication.factor': replication,
      'offsets.topic.replication.factor': replication,
      'transaction.state.log.replication.factor': replication,
      ...options.overrides,
    })
    try {
      cluster.createNetwork(a, b)
      const clusterId = `cluster${suffix}`
      for (let id = 1; id <= size; id++) formatNodeDir(cluster.dataDir(id), id, clusterId)
      await Promise.all(Array.from({ length: size }, (_, i) => cluster.startNode(i + 1)))
    } catch (err) {
      await cluster.cleanup()
      throw err
    }
    return cluster
  }

  private switchNs(): string {
    return `oxsw-${this.suffix}`
  }

  nodeNs(nodeId: number): string {
    return `oxn${nodeId}-${this.suffix}`
  }

  address(nodeId: number): string {
    return `${this.subnet}.${nodeId}`
  }

  dataDir(nodeId: number): string {
    return join(this.root, `node-${nodeId}`)
  }

  private addNamespace(name: string): void {
    ip('netns', 'add', name)
    liveNamespaces.add(name)
    this.namespaces.push(name)
    ip('-n', name, 'link', 'set', 'lo', 'up')
  }

  private createNetwork(a: number, b: number): void {
    const sw = this.switchNs()
    this.addNamespace(sw)
    ip('-n', sw, 'link', 'add', 'br0', 'type', 'bridge')
    ip('-n', sw, 'link', 'set', 'br0', 'up')
    for (let id = 1; id <= this.size; id++) {
      const ns = this.nodeNs(id)
      this.addNamespace(ns)
      // The cluster network: c0 in the node, p<id> on the bridge.
      ip('-n', ns, 'link', 'add', 'c0', 'type', 'veth', 'peer', 'name', `p${id}`, 'netns', sw)
      ip('-n', sw, 'link', 'set', `p${id}`, 'master', 'br0')
      ip('-n', sw, 'link', 'set', `p${id}`, 'up')
      ip('-n', ns, 'addr', 'add', `${this.address(id)}/24`, 'dev', 'c0')
      ip('-n', ns, 'link', 'set', 'c0', 'up')
      // The client link: oxh<id>-SFX in the root namespace, k0 in the node.
      const host = `oxh${id}-${this.suffix}`
      ip('link', 'add', host, 'type', 'veth', 'peer', 'name', 'k0', 'netns', ns)
      ip('addr', 'add', `10.${a}.${b + 1}.${4 * id + 1}/30`, 'dev', host)
      ip('link', 'set', host, 'up')
      ip('-n', ns, 'addr', 'add', `10.${a}.${b + 1}.${4 * id + 2}/30`, 'dev', 'k0')
      ip('-n', ns, 'link', 'set', 'k0', 'up')
      ip('route', 'add', `${this.address(id)}/32`, 'dev', host)
    }
  }

  /** Starts (or restarts) one node in its namespace, resolving once it logged `ready`. */
  async startNode(nodeId: number, readyTimeoutMs = 30_000): Promise<NsNode> {
    const address = this.address(nodeId)
    const overrides: Record<string, string> = {
      'node.id': String(nodeId),
      'process.roles': 'broker,controller',
      listeners: `PLAINTEXT://${address}:${KAFKA_PORT},CONTROLLER://${address}:${CONTROLLER_PORT}`,
      ...this.overrides,
    }
    const args = ['netns', 'exec', this.nodeNs(nodeId), process.execPath, CLI, 'start']
    args.push('--data-dir', this.dataDir(nodeId), '--port', String(KAFKA_PORT))
    for (const [key, value] of Object.entries(overrides)) args.push('--override', `${key}=${value}`)
    const child = spawn('ip', args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const node = new NsNode(child, nodeId)
    this.nodes.set(nodeId, node)
    let timer: NodeJS.Timeout | undefined
    const ready = await Promise.race([
      node.ready,
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), readyTimeoutMs)
      }),
    ])
    clearTimeout(timer)
    if (!ready) {
      await node.kill()
      throw new Error(`node ${nodeId} not ready after ${readyTimeoutMs} ms\n${node.describe()}`)
    }
    return node
  }

  node(nodeId: number): NsNode {
    const node = this.nodes.get(nodeId)
    if (node === undefined) throw new Error(`node ${nodeId} was never started`)
    return node
  }

  /** Every live node's bootstrap address, comma-separated. */
  bootstrap(): string {
    return [...this.nodes.entries()]
      .filter(([, n]) => n.alive)
      .map(([id]) => `${this.address(id)}:${KAFKA_PORT}`)
      .join(',')
  }

  /** Cuts node `nodeId` off the cluster network (clients still reach it). */
  partition(nodeId: number): void {
    ip('-n', this.switchNs(), 'link', 'set', `p${nodeId}`, 'down')
  }

  heal(nodeId: number): void {
    ip('-n', this.switchNs(), 'link', 'set', `p${nodeId}`, 'up')
  }

  async kill(nodeId: number): Promise<void> {
    await this.node(nodeId).kill()
  }

  /**
   * Kills every node, deletes the namespaces (and with them every link and route) and the data.
   * With OXBOW_NETNS_LOGS=<dir> set, each node's log lines are kept there as node-<id>.log first.
   */
  async cleanup(): Promise<void> {
    await Promise.all([...this.nodes.values()].map((n) => n.kill()))
    const keep = process.env['OXBOW_NETNS_LOGS']
    if (keep !== undefined) {
      mkdirSync(keep, { recursive: true })
      for (const [id, n] of this.nodes)
        writeFileSync(join(keep, `node-${id}.log`), `${n.logs.map((l) => JSON.stringify(l)).join('\n')}\n${n.other}`)
    }
    for (const ns of this.namespaces.reverse()) {
      spawnSync('ip', ['netns', 'del', ns])
      liveNamespaces.delete(ns)
    }
    this.namespaces.length = 0
    rmSync(this.root, { recursive: true, force: true })
  }
}
