// A multi-process Oxbow cluster for integration tests: N `oxbow start` processes on 127.0.0.1
// with free ports chosen up front (the quorum's voters must be known before any node starts),
// data dirs formatted with one cluster id (as `oxbow dev` does), and helpers to kill, stop and
// restart single nodes.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatNodeDir } from '../../src/cli/dev.js'
import { BrokerProcess } from './harness.js'

export interface ClusterNodeSpec {
  readonly nodeId: number
  readonly port: number
  readonly controllerPort: number
  readonly roles: 'broker,controller' | 'broker' | 'controller'
  readonly dataDir: string
  readonly overrides: Readonly<Record<string, string>>
}

/** Free TCP ports on 127.0.0.1 (bound then released; another process could take one in between). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import('node:net').Server>((resolve, reject) => {
          const server = createServer()
          server.once('error', reject)
          server.listen(0, '127.0.0.1', () => resolve(server))
        }),
    ),
  )
  const ports = servers.map((s) => {
    const address = s.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    return address.port
  })
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
  return ports
}

export class Cluster {
  readonly nodes = new Map<number, BrokerProcess>()

  private constructor(
    readonly root: string,
    readonly specs: Map<number, ClusterNodeSpec>,
    readonly voters: string,
  ) {}

  /**
   * Starts `voters` combined nodes (ids 1..voters) and `brokers` broker-only nodes after them,
   * all at once, resolving when every one logged `ready`.
   */
  static async start(
    options: {
      voters?: number
      brokers?: number
      /** Voters are controllers only (process.roles=controller) instead of combined nodes. */
      dedicatedControllers?: boolean
      /** Nodes configured (voters list, ports, data dir) but not started: call startNode later. */
      deferred?: readonly number[]
      overrides?: Readonly<Record<string, string>>
    } = {},
  ): Promise<Cluster> {
    const voterCount = options.voters ?? 3
    const brokerCount = options.brokers ?? 0
    const total = voterCount + brokerCount
    const ports = await freePorts(total * 2)
    const root = mkdtempSync(join(tmpdir(), 'oxbow-cluster-'))
    const clusterId = `cluster${Math.random().toString(36).slice(2, 10)}`
    const voters = Array.from(
      { length: voterCount },
      (_, i) => `${i + 1}@127.0.0.1:${ports[2 * i + 1] as number}`,
    ).join(',')
    const specs = new Map<number, ClusterNodeSpec>()
    for (let i = 0; i < total; i++) {
      const nodeId = i + 1
      const port = ports[2 * i] as number
      const controllerPort = ports[2 * i + 1] as number
      const voterRoles =
        options.dedicatedControllers === true ? ('controller' as const) : ('broker,controller' as const)
      const roles = nodeId <= voterCount ? voterRoles : ('broker' as const)
      const dataDir = join(root, `node-${nodeId}`)
      formatNodeDir(dataDir, nodeId, clusterId)
      const listeners =
        roles === 'broker'
          ? `PLAINTEXT://127.0.0.1:${port}`
          : roles === 'controller'
            ? `CONTROLLER://127.0.0.1:${controllerPort}`
            : `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`
      const brokerNodes = options.dedicatedControllers === true ? brokerCount : voterCount + brokerCount
      const replication = String(Math.max(1, Math.min(3, brokerNodes)))
      specs.set(nodeId, {
        nodeId,
        port,
        controllerPort,
        roles,
        dataDir,
        overrides: {
          'node.id': String(nodeId),
          'process.roles': roles,
          listeners,
          'controller.listener.names': 'CONTROLLER',
          'controller.quorum.voters': voters,
          'default.replication.factor': replication,
          'offsets.topic.replication.factor': replication,
          'transaction.state.log.replication.factor': replication,
          ...options.overrides,
        },
      })
    }
    const cluster = new Cluster(root, specs, voters)
    try {
      const now = [...specs.keys()].filter((id) => !(options.deferred ?? []).includes(id))
      await Promise.all(now.map((id) => cluster.startNode(id)))
    } catch (err) {
      await cluster.cleanup()
      throw err
    }
    return cluster
  }

  /** Starts (or restarts) one node on its data dir and ports. */
  async startNode(nodeId: number, readyTimeoutMs = 30_000): Promise<BrokerProcess> {
    const spec = this.specs.get(nodeId)
    if (spec === undefined) throw new Error(`no node ${nodeId}`)
    const node = await BrokerProcess.start({
      dataDir: spec.dataDir,
      port: spec.roles === 'controller' ? spec.controllerPort : spec.port,
      overrides: spec.overrides,
      readyTimeoutMs,
    })
    this.nodes.set(nodeId, node)
    return node
  }

  node(nodeId: number): BrokerProcess {
    const node = this.nodes.get(nodeId)
    if (node === undefined) throw new Error(`node ${nodeId} is not running`)
    return node
  }

  /** Every live broker's bootstrap address, comma-separated. */
  bootstrap(): string {
    return [...this.nodes.entries()]
      .filter(([id, n]) => n.alive && this.specs.get(id)?.roles !== 'controller')
      .map(([, n]) => n.bootstrap)
      .join(',')
  }

  async kill(nodeId: number): Promise<void> {
    await this.node(nodeId).kill()
  }

  async cleanup(): Promise<void> {
    await Promise.all([...this.nodes.values()].map((n) => n.kill()))
    rmSync(this.root, { recursive: true, force: true })
  }
}
