// An in-process Oxbow cluster for broker tests: startNode once per node id with one cluster id
// (formatNodeDir, as `oxbow dev`), free ports chosen up front because the quorum's voters must be
// known before any node starts, and fast quorum and broker-session timeouts so elections and
// fencing happen within a test.
// Tests keep what they check; this file owns only the setup they all shared.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { afterAll, beforeAll } from 'vitest'
import { formatNodeDir } from '../../src/cli/dev.js'
import { type RunningNode, startNode } from '../../src/node/start-node.js'
import { freePorts } from '../integration/cluster.js'
import { eventually } from './eventually.js'

/** What every in-process cluster test runs with, unless it says otherwise. */
export const FAST_QUORUM_PROPERTIES: Readonly<Record<string, string>> = {
  'controller.quorum.election.timeout.ms': '300',
  'controller.quorum.fetch.timeout.ms': '600',
  'broker.session.timeout.ms': '2000',
  'broker.heartbeat.interval.ms': '200',
}

export interface InProcessClusterOptions {
  /** Names the tmp dir and, as `<name>-cluster`, the cluster id (unless clusterId is given). */
  readonly name: string
  readonly clusterId?: string
  /** Every node id a port pair is reserved for (1..n); default [1, 2, 3]. */
  readonly ids?: readonly number[]
  /** The quorum's voters; default every id. */
  readonly voters?: readonly number[]
  /** The nodes startAll starts; default every id. */
  readonly initial?: readonly number[]
  /** Added to FAST_QUORUM_PROPERTIES on every node. */
  readonly properties?: Readonly<Record<string, string>>
  /** Added last, per node (a broker-only role, say). */
  readonly nodeProperties?: (nodeId: number, port: number) => Readonly<Record<string, string>>
  readonly logger?: (nodeId: number) => Logger | undefined
  /** eventually's timeout for this cluster's tests; default 10 s. */
  readonly waitMs?: number
}

export class InProcessCluster {
  readonly root: string
  readonly nodes = new Map<number, RunningNode>()
  ports: number[] = []

  constructor(readonly options: InProcessClusterOptions) {
    this.root = mkdtempSync(join(tmpdir(), `oxbow-${options.name}-`))
  }

  /** A cluster started before the file's (or describe block's) tests and closed after them. */
  static forSuite(options: InProcessClusterOptions): InProcessCluster {
    const cluster = new InProcessCluster(options)
    beforeAll(() => cluster.startAll(), 60_000)
    afterAll(() => cluster.close())
    return cluster
  }

  get ids(): readonly number[] {
    return this.options.ids ?? [1, 2, 3]
  }

  /** Reserves the ports and starts the initial nodes together (a quorum needs a majority up). */
  async startAll(): Promise<void> {
    this.ports = await freePorts(2 * this.ids.length)
    await Promise.all((this.options.initial ?? this.ids).map((id) => this.start(id)))
  }

  portOf(nodeId: number): number {
    return this.ports[2 * (nodeId - 1)] as number
  }

  controllerPortOf(nodeId: number): number {
    return this.ports[2 * (nodeId - 1) + 1] as number
  }

  /** controller.quorum.voters: `id@127.0.0.1:controllerPort,...`. */
  votersProperty(): string {
    return (this.options.voters ?? this.ids).map((id) => `${id}@127.0.0.1:${this.controllerPortOf(id)}`).join(',')
  }

  /** controller.quorum.bootstrap.servers: the voters' controller listeners. */
  bootstrapServers(): string {
    return (this.options.voters ?? this.ids).map((id) => `127.0.0.1:${this.controllerPortOf(id)}`).join(',')
  }

  dataDirOf(nodeId: number): string {
    return join(this.root, `node-${nodeId}`)
  }

  /** Starts (or restarts) one node on its data dir and ports. */
  async start(nodeId: number): Promise<RunningNode> {
    const port = this.portOf(nodeId)
    const dataDir = this.dataDirOf(nodeId)
    formatNodeDir(dataDir, nodeId, this.options.clusterId ?? `${this.options.name}-cluster`)
    const logger = this.options.logger?.(nodeId)
    const node = await startNode({
      dataDir,
      port,
      controllerPort: this.controllerPortOf(nodeId),
      ...(logger !== undefined ? { logger } : {}),
      properties: {
        'node.id': String(nodeId),
        'controller.quorum.voters': this.votersProperty(),
        ...FAST_QUORUM_PROPERTIES,
        ...this.options.properties,
        ...this.options.nodeProperties?.(nodeId, port),
      },
    })
    this.nodes.set(nodeId, node)
    return node
  }

  async stop(nodeId: number): Promise<void> {
    await this.node(nodeId).close()
    this.nodes.delete(nodeId)
  }

  node(id: number): RunningNode {
    const n = this.nodes.get(id)
    if (n === undefined) throw new Error(`node ${id} is not running`)
    return n
  }

  running(): RunningNode[] {
    return [...this.nodes.values()]
  }

  /** The one running active controller; throws (so eventually retries) while there is not exactly one. */
  activeController(): RunningNode {
    const active = this.running().filter((n) => n.broker.metadata.isActiveController())
    if (active.length !== 1) throw new Error(`${active.length} active controllers`)
    return active[0] as RunningNode
  }

  /** A running node that is not the active controller (requests to it are forwarded). */
  notController(): RunningNode {
    const n = this.running().find((node) => !node.broker.metadata.isActiveController())
    if (n === undefined) throw new Error('every node is the controller?')
    return n
  }

  eventually(check: () => Promise<void> | void, timeoutMs = this.options.waitMs ?? 10_000): Promise<void> {
    return eventually(check, timeoutMs)
  }

  async close(): Promise<void> {
    await Promise.all(this.running().map((n) => n.close()))
    rmSync(this.root, { recursive: true, force: true })
  }
}
