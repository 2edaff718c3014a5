// Test kit for RaftDriver: nodes with real log dirs in a temp dir, real timers with short raft
// timeouts, and an in-memory RaftTransport that delivers asynchronously (a macrotask per hop)
// and can cut a node off (its requests and answers are dropped both ways).

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG } from '../../../src/log/log-config.js'
import { LogManager } from '../../../src/log/log-manager.js'
import type { RaftConfig } from '../../../src/raft/config.js'
import {
  type CommittedBatch,
  RaftDriver,
  type RaftDriverOptions,
  type RaftTransport,
} from '../../../src/raft/driver.js'
import type { NodeId } from '../../../src/raft/election-state.js'
import { systemClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'

export const fastConfig: RaftConfig = Object.freeze({
  electionTimeoutMs: 150,
  electionBackoffMaxMs: 100,
  fetchTimeoutMs: 300,
  requestTimeoutMs: 200,
  retryBackoffMs: 10,
  fetchMaxWaitMs: 100,
  fetchMaxEntries: 100,
})

export class MemoryNetwork {
  readonly drivers = new Map<NodeId, RaftDriver>()
  readonly cut = new Set<NodeId>()

  transport(from: NodeId): RaftTransport {
    return {
      send: (to, request, onResponse) => {
        setImmediate(() => {
          const peer = this.drivers.get(to)
          if (peer === undefined || this.cut.has(from) || this.cut.has(to)) return
          peer.handleRequest(from, request).then(
            (response) =>
              setImmediate(() => {
                if (!this.cut.has(from) && !this.cut.has(to)) onResponse(response)
              }),
            () => {},
          )
        })
      },
      sendFetchSnapshot: (to, request, onResponse) => {
        setImmediate(() => {
          const peer = this.drivers.get(to)
          if (peer === undefined || this.cut.has(from) || this.cut.has(to)) return
          peer.handleFetchSnapshot(from, request).then(
            (response) =>
              setImmediate(() => {
                if (!this.cut.has(from) && !this.cut.has(to)) onResponse(response)
              }),
            () => {},
          )
        })
      },
    }
  }
}

export interface TestNode {
  readonly id: NodeId
  readonly dir: string
  logs: LogManager
  driver: RaftDriver
  /** Every batch its onCommit listener saw, across restarts of this node. */
  readonly committed: CommittedBatch[]
}

export class TestCluster {
  readonly network = new MemoryNetwork()
  readonly nodes = new Map<NodeId, TestNode>()
  /** Extra driver options for nodes started from now on. */
  driverOptions: Partial<RaftDriverOptions> = {}
  private readonly root = mkdtempSync(join(tmpdir(), 'oxbow-raft-driver-'))

  constructor(
    readonly voters: readonly NodeId[],
    readonly config: RaftConfig = fastConfig,
    readonly observers: readonly NodeId[] = [],
  ) {}

  async start(): Promise<void> {
    for (const id of [...this.voters, ...this.observers]) await this.startNode(id)
  }

  /** The log dir of a node (`<dir>/__cluster_metadata-0` holds the raft log and quorum-state). */
  dirOf(id: NodeId): string {
    return join(this.root, `node-${id}`)
  }

  openLogs(id: NodeId): LogManager {
    return LogManager.open({
      fs: nodeFileSystem,
      logDirs: [this.dirOf(id)],
      defaults: DEFAULT_LOG_CONFIG,
      clock: systemClock,
      scheduler: new ManualScheduler(systemClock),
    }).manager
  }

  /** (Re)starts a node on its log dir: a new LogManager and a new driver. */
  async startNode(id: NodeId): Promise<TestNode> {
    const dir = this.dirOf(id)
    const logs = this.openLogs(id)
    const driver = await RaftDriver.open({
      localId: id,
      voters: this.voters,
      config: this.config,
      logs,
      clock: systemClock,
      transport: this.network.transport(id),
      // RAFT_LOG=debug prints every node's driver log (leader changes, failures).
      logger: process.env.RAFT_LOG === undefined ? undefined : pino({ level: process.env.RAFT_LOG }),
      ...this.driverOptions,
    })
    const previous = this.nodes.get(id)
    const node: TestNode = { id, dir, logs, driver, committed: [] }
    driver.onCommit((batch) => node.committed.push(batch))
    if (previous !== undefined) previous.committed.length = 0
    this.nodes.set(id, node)
    this.network.drivers.set(id, driver)
    return node
  }

  /**
   * Closes a node's driver and its LogManager (a clean shutdown of the process). With `crash`, the
   * LogManager is left as it is (no flush, no clean-shutdown marker), so the next start recovers.
   */
  async stopNode(id: NodeId, options: { resign?: boolean; crash?: boolean } = {}): Promise<void> {
    const node = this.get(id)
    this.network.drivers.delete(id)
    await node.driver.close({ resign: options.resign })
    if (options.crash !== true) await node.logs.close()
  }

  get(id: NodeId): TestNode {
    const node = this.nodes.get(id)
    if (node === undefined) throw new Error(`no node ${id}`)
    return node
  }

  running(): TestNode[] {
    return [...this.nodes.values()].filter((n) => this.network.drivers.get(n.id) === n.driver)
  }

  /** The one ready leader among running nodes, once there is exactly one. */
  async readyLeader(timeoutMs = 3000): Promise<TestNode> {
    let found: TestNode | undefined
    await waitFor(() => {
      const ready = this.running().filter((n) => n.driver.leader().ready)
      found = ready.length === 1 ? ready[0] : undefined
      return found !== undefined
    }, timeoutMs)
    return found as TestNode
  }

  async destroy(): Promise<void> {
    for (const node of this.running()) await this.stopNode(node.id)
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** Polls `condition` every few milliseconds (the drivers run on real timers). */
export async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = performance.now()
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

export function values(batches: readonly CommittedBatch[]): string[][] {
  return batches.map((b) => b.records.map((r) => r.toString()))
}

export function offsets(batches: readonly CommittedBatch[]): string[] {
  return batches.map((b) => `${b.baseOffset}-${b.lastOffset}@${b.epoch}`)
}
