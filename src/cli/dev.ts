// `oxbow dev --nodes N`: a local N-node cluster in N processes, each a combined broker+controller
// (`oxbow start` with Kafka properties), for trying failover on one machine. Node i listens on
// base+100(i-1) (Kafka) and base+100(i-1)+1 (controller), keeps its data in <dir>/node-i, and all
// of them are voters of the metadata quorum. The cluster id is written into every node's
// meta.properties before the first start, as `kafka-storage.sh format` does, so the nodes agree.
// Ctrl-C stops every node cleanly (a second Ctrl-C kills them).
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

export interface DevClusterOptions {
  readonly nodes: number
  readonly basePort: number
  readonly dataDir: string
  readonly host: string
  readonly logLevel: string
  /** Extra properties for every node (`--override key=value`). */
  readonly overrides: ReadonlyMap<string, string>
}

export interface DevNodeLayout {
  readonly nodeId: number
  readonly port: number
  readonly controllerPort: number
  readonly dataDir: string
  readonly properties: ReadonlyMap<string, string>
}

const PINO_LEVELS: Readonly<Record<string, number>> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 }

/** The ports, directories and properties of every node of a dev cluster. */
export function devClusterLayout(options: DevClusterOptions): DevNodeLayout[] {
  const ids = Array.from({ length: options.nodes }, (_, i) => i + 1)
  const portOf = (id: number) => options.basePort + 100 * (id - 1)
  const voters = ids.map((id) => `${id}@${options.host}:${portOf(id) + 1}`).join(',')
  const replication = String(Math.min(3, options.nodes))
  return ids.map((nodeId) => {
    const port = portOf(nodeId)
    const dataDir = join(resolve(options.dataDir), `node-${nodeId}`)
    const properties = new Map<string, string>([
      ['node.id', String(nodeId)],
      ['process.roles', 'broker,controller'],
      ['listeners', `PLAINTEXT://${options.host}:${port},CONTROLLER://${options.host}:${port + 1}`],
      ['controller.quorum.voters', voters],
      ['log.dirs', dataDir],
      ['default.replication.factor', replication],
      ['offsets.topic.replication.factor', replication],
      ['transaction.state.log.replication.factor', replication],
      ...options.overrides,
    ])
    return { nodeId, port, controllerPort: port + 1, dataDir, properties }
  })
}

/** Writes meta.properties for a node that has none, with the cluster's id. */
export function formatNodeDir(dataDir: string, nodeId: number, clusterId: string): void {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, 'meta.properties')
  if (existsSync(path)) return
  const text = `#\nnode.id=${nodeId}\ndirectory.id=${randomBytes(16).toString('base64url')}\nversion=1\ncluster.id=${clusterId}\n`
  writeFileSync(path, text)
}

/** The cluster id already in some node's meta.properties (a restarted dev cluster), or a new one. */
function clusterIdFor(layout: readonly DevNodeLayout[]): string {
  for (const node of layout) {
    const path = join(node.dataDir, 'meta.properties')
    if (!existsSync(path)) continue
    const match = /^cluster\.id=(.+)$/m.exec(readFileSync(path, 'utf8'))
    if (match?.[1] !== undefined) return match[1].trim()
  }
  return randomBytes(16).toString('base64url')
}

export async function runDevCluster(options: DevClusterOptions): Promise<void> {
  const layout = devClusterLayout(options)
  const clusterId = clusterIdFor(layout)
  for (const node of layout) formatNodeDir(node.dataDir, node.nodeId, clusterId)
  const cli = fileURLToPath(new URL('./main.js', import.meta.url))
  const threshold = PINO_LEVELS[options.logLevel] ?? 30
  const children = new Map<number, ChildProcess>()
  const ready = new Set<number>()
  let stopping = false

  const say = (text: string) => process.stdout.write(`${text}\n`)
  for (const node of layout) {
    const args = [cli, 'start', '--log-level', options.logLevel]
    for (const [key, value] of node.properties) args.push('--override', `${key}=${value}`)
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    children.set(node.nodeId, child)
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: { level?: number; msg?: string; bootstrap?: string }
      try {
        entry = JSON.parse(line) as { level?: number; msg?: string; bootstrap?: string }
      } catch {
        say(`[node ${node.nodeId}] ${line}`)
        return
      }
      if ((entry.level ?? 30) >= threshold) say(`[node ${node.nodeId}] ${entry.msg ?? line}`)
      if (typeof entry.bootstrap === 'string' && entry.msg?.startsWith('ready') === true) {
        ready.add(node.nodeId)
        if (ready.size === layout.length) {
          const bootstrap = layout.map((n) => `${options.host}:${n.port}`).join(',')
          say(`cluster ready: ${layout.length} nodes, cluster id ${clusterId}; bootstrap servers ${bootstrap}`)
        }
      }
    })
    createInterface({ input: child.stderr! }).on('line', (line) => say(`[node ${node.nodeId}] ${line}`))
    child.on('exit', (code, signal) => {
      children.delete(node.nodeId)
      if (!stopping) say(`[node ${node.nodeId}] exited (${signal ?? `code ${code}`}); the others keep running`)
      if (children.size === 0) process.exit(stopping ? 0 : 1)
    })
  }

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C: do not wait for clean shutdowns.
      for (const child of children.values()) child.kill('SIGKILL')
      return
    }
    stopping = true
    say(`${signal}: stopping ${children.size} nodes`)
    void stopInTurn()
  }
  // One node at a time, so each hands its leaderships to nodes that are still up (controlled
  // shutdown) while the quorum still has a majority.
  const stopInTurn = async () => {
    for (const [nodeId, child] of [...children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      say(`[node ${nodeId}] stopped`)
    }
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}
