// Raft safety properties, checked after every simulated event. Each failure throws with a
// description; the test prints the seed to replay it with.
// - At most one leader per epoch, across all nodes and restarts.
// - Committed entries (below any node's high watermark) never change: every node's committed
//   prefix agrees with one global committed log.
// - Committed entries never disappear: a majority of voters holds all of them durably.
// - A leader's high watermark never goes backwards within its epoch.

import type { LogEntry } from '../../../src/raft/log.js'
import type { RaftNode } from '../../../src/raft/quorum-state.js'
import type { SimDisk } from './sim-disk.js'

export interface CheckedNode {
  readonly id: number
  /** Observers hold copies but do not count toward the durable majority. Default true. */
  readonly voter?: boolean
  readonly disk: SimDisk
  /** null while the node is down. */
  readonly raft: RaftNode | null
  /** Increments on every restart. */
  readonly incarnation: number
}

export class RaftInvariants {
  readonly committed: LogEntry[] = []
  readonly #leaders = new Map<number, number>()
  readonly #leaderHw = new Map<string, bigint>()
  /** Per node: length of the log prefix known to equal `committed`. */
  readonly #matched = new Map<number, number>()

  constructor(private readonly voterCount: number) {}

  /** A node's log lost entries at and above toOffset (truncation or crash). */
  noteShortened(id: number, toOffset: bigint): void {
    const matched = this.#matched.get(id) ?? 0
    if (matched > Number(toOffset)) this.#matched.set(id, Number(toOffset))
  }

  check(nodes: readonly CheckedNode[]): void {
    for (const node of nodes) {
      if (node.raft === null) continue
      this.#checkLeader(node, node.raft)
      this.#checkCommittedPrefix(node, node.raft)
    }
    this.#checkDurableMajority(nodes)
  }

  #checkLeader(node: CheckedNode, raft: RaftNode): void {
    if (raft.role.kind !== 'leader') return
    const epoch = raft.role.epoch
    const other = this.#leaders.get(epoch)
    if (other !== undefined && other !== node.id) {
      throw new Error(`two leaders in epoch ${epoch}: ${other} and ${node.id}`)
    }
    this.#leaders.set(epoch, node.id)
    const key = `${node.id}/${node.incarnation}/${epoch}`
    const previous = this.#leaderHw.get(key)
    if (previous !== undefined && raft.highWatermark < previous) {
      throw new Error(`leader ${node.id} epoch ${epoch}: high watermark ${previous} -> ${raft.highWatermark}`)
    }
    this.#leaderHw.set(key, raft.highWatermark)
  }

  #checkCommittedPrefix(node: CheckedNode, raft: RaftNode): void {
    const hw = Number(raft.highWatermark)
    const entries = node.disk.log.entries
    if (hw > entries.length) throw new Error(`node ${node.id}: high watermark ${hw} beyond log end ${entries.length}`)
    let matched = this.#extendMatch(node.id, entries, entries.length)
    while (matched < hw) {
      // This node commits entries nobody has committed before: they join the global log.
      const entry = entries[matched] as LogEntry
      if (matched !== this.committed.length) break
      this.committed.push(entry)
      matched++
    }
    this.#matched.set(node.id, matched)
    if (matched < hw) {
      const ours = entries[matched]
      const theirs = this.committed[matched]
      throw new Error(
        `node ${node.id}: committed entry at offset ${matched} differs: ${describe(ours)} vs committed ${describe(theirs)}`,
      )
    }
  }

  #extendMatch(id: number, entries: readonly LogEntry[], limit: number): number {
    let matched = this.#matched.get(id) ?? 0
    const end = Math.min(limit, this.committed.length)
    while (matched < end && sameEntry(entries[matched] as LogEntry, this.committed[matched] as LogEntry)) matched++
    this.#matched.set(id, matched)
    return matched
  }

  #checkDurableMajority(nodes: readonly CheckedNode[]): void {
    const need = this.committed.length
    if (need === 0) return
    let holders = 0
    for (const node of nodes) {
      if (node.voter === false) continue
      const matched = this.#extendMatch(node.id, node.disk.log.entries, node.disk.log.entries.length)
      if (Math.min(matched, Number(node.disk.flushedEndOffset)) >= need) holders++
    }
    const majority = Math.floor(this.voterCount / 2) + 1
    if (holders < majority) {
      throw new Error(`only ${holders} of ${this.voterCount} voters hold the ${need} committed entries durably`)
    }
  }
}

function sameEntry(a: LogEntry, b: LogEntry): boolean {
  return a === b || (a.offset === b.offset && a.epoch === b.epoch && a.kind === b.kind && a.value.equals(b.value))
}

function describe(entry: LogEntry | undefined): string {
  if (entry === undefined) return 'none'
  return `{offset ${entry.offset}, epoch ${entry.epoch}, ${entry.kind} '${entry.value.toString()}'}`
}
