// Raft safety properties, checked after every simulated event. Each failure throws with a
// description; the test prints the seed to replay it with.
// - At most one leader per epoch, across all nodes and restarts.
// - Committed entries (below any node's high watermark) never change: every node's committed
//   prefix agrees with one global committed log, compared where the node still has entries.
// - Snapshots hold only committed entries: a snapshot id names a committed offset and the
//   committed epoch there, and an installed snapshot's content (a hash) is that of the committed
//   prefix it covers.
// - Committed entries never disappear: a majority of voters holds all of them durably (in the
//   log or in a snapshot).
// - A leader's high watermark never goes backwards within its epoch.
// - DescribeQuorum on a leader (checked at each proposal tick) lists every voter once and only
//   non-voters as observers, with end offsets within the leader's log and times no later than
//   now, caught up no later than fetched.

import { describeQuorum } from '../../../src/raft/core.js'
import type { LogEntry } from '../../../src/raft/log.js'
import type { RaftNode } from '../../../src/raft/quorum-state.js'
import type { SimDisk } from './sim-disk.js'
import { emptyHash, hashEntry, type SnapshotState } from './sim-snapshot.js'

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
  /** committedHash[i]: hash of committed[0, i), filled as far as asked. */
  readonly #committedHash: number[] = [emptyHash]
  readonly #leaders = new Map<number, number>()
  readonly #leaderHw = new Map<string, bigint>()
  /** Per node: the offset below which its log (where it has entries) equals `committed`. */
  readonly #matched = new Map<number, number>()
  /** Snapshots already found committed (they stay so). */
  readonly #checkedSnapshots = new WeakSet<SnapshotState>()
  /**
   * The durable majority can only shrink when a log or flushed end shrinks (noteShortened) or
   * when more is committed; between such events the check is skipped.
   */
  #durableChecked = -1
  /**
   * Per node: what its last prefix check saw. Most events change one node, so the others are
   * skipped while their raft, high watermark, log bounds and the committed length stay the same
   * (a log whose entries change also changes length or is noted shortened, which clears this).
   */
  readonly #seen = new Map<number, { raft: RaftNode; hw: bigint; start: bigint; length: number; committed: number }>()

  constructor(private readonly voterCount: number) {}

  /** A node's log lost entries at and above toOffset (truncation, crash or snapshot install). */
  noteShortened(id: number, toOffset: bigint): void {
    const matched = this.#matched.get(id) ?? 0
    if (matched > Number(toOffset)) this.#matched.set(id, Number(toOffset))
    this.#durableChecked = -1
    this.#seen.delete(id)
  }

  /** An installed snapshot must be the committed prefix it claims to cover. */
  checkInstalledSnapshot(id: number, state: SnapshotState): void {
    this.#checkSnapshotId(id, state)
    const expected = this.#hashOfCommitted(Number(state.id.offset))
    if (state.hash !== expected) {
      throw new Error(
        `node ${id}: installed snapshot at ${state.id.offset} has hash ${state.hash}, committed ${expected}`,
      )
    }
  }

  checkDescribeQuorum(raft: RaftNode, nowMs: number): void {
    const described = describeQuorum(raft, nowMs)
    const where = `leader ${raft.localId} DescribeQuorum`
    if (described.errorCode !== 0 || described.leaderId !== raft.localId || described.leaderEpoch !== raft.role.epoch) {
      throw new Error(`${where}: ${described.errorCode} ${described.leaderId}@${described.leaderEpoch}`)
    }
    if (described.highWatermark !== -1n && described.highWatermark !== raft.highWatermark) {
      throw new Error(`${where}: high watermark ${described.highWatermark}, node has ${raft.highWatermark}`)
    }
    if (described.currentVoters.map((r) => r.replicaId).join() !== raft.voters.join()) {
      throw new Error(`${where}: voters ${described.currentVoters.map((r) => r.replicaId)}`)
    }
    const end = raft.log.endOffset()
    for (const r of [...described.currentVoters, ...described.observers]) {
      const observer = described.observers.includes(r)
      if (observer && raft.voters.includes(r.replicaId)) throw new Error(`${where}: voter ${r.replicaId} as observer`)
      if (r.logEndOffset > end || r.lastFetchTimestamp > nowMs || r.lastCaughtUpTimestamp > r.lastFetchTimestamp) {
        throw new Error(`${where}: ${JSON.stringify(r, (_, v) => (typeof v === 'bigint' ? `${v}` : v))} (end ${end})`)
      }
    }
  }

  check(nodes: readonly CheckedNode[]): void {
    for (const node of nodes) {
      const snapshot = node.disk.snapshot?.state
      if (snapshot !== undefined && !this.#checkedSnapshots.has(snapshot)) {
        this.#checkSnapshotId(node.id, snapshot)
        this.#checkedSnapshots.add(snapshot)
      }
      if (node.raft === null) continue
      this.#checkLeader(node, node.raft)
      this.#checkCommittedPrefix(node, node.raft)
    }
    this.#checkDurableMajority(nodes)
  }

  #checkSnapshotId(id: number, state: SnapshotState): void {
    const offset = Number(state.id.offset)
    const last = this.committed[offset - 1]
    if (offset > this.committed.length || last === undefined || last.epoch !== state.id.epoch) {
      throw new Error(
        `node ${id}: snapshot ${offset}/${state.id.epoch} is not committed (committed ${this.committed.length}, epoch there ${last?.epoch})`,
      )
    }
  }

  #hashOfCommitted(offset: number): number {
    const hashes = this.#committedHash
    while (hashes.length <= offset) {
      hashes.push(hashEntry(hashes[hashes.length - 1] as number, this.committed[hashes.length - 1] as LogEntry))
    }
    return hashes[offset] as number
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
    const log = node.disk.log
    const seen = this.#seen.get(node.id)
    if (
      seen !== undefined &&
      seen.raft === raft &&
      seen.hw === raft.highWatermark &&
      seen.start === log.logStartOffset() &&
      seen.length === log.entries.length &&
      seen.committed === this.committed.length
    ) {
      return
    }
    this.#checkCommittedPrefixNow(node, raft)
    this.#seen.set(node.id, {
      raft,
      hw: raft.highWatermark,
      start: log.logStartOffset(),
      length: log.entries.length,
      committed: this.committed.length,
    })
  }

  #checkCommittedPrefixNow(node: CheckedNode, raft: RaftNode): void {
    const hw = Number(raft.highWatermark)
    const log = node.disk.log
    const start = Number(log.logStartOffset())
    const end = start + log.entries.length
    if (hw > end) throw new Error(`node ${node.id}: high watermark ${hw} beyond log end ${end}`)
    if (hw < start) throw new Error(`node ${node.id}: high watermark ${hw} below its log start ${start}`)
    let matched = this.#extendMatch(node)
    while (matched < hw) {
      // This node commits entries nobody has committed before: they join the global log.
      const entry = log.entryAt(BigInt(matched)) as LogEntry
      if (matched !== this.committed.length) break
      this.committed.push(entry)
      matched++
    }
    this.#matched.set(node.id, matched)
    if (matched < hw) {
      const ours = log.entryAt(BigInt(matched))
      const theirs = this.committed[matched]
      throw new Error(
        `node ${node.id}: committed entry at offset ${matched} differs: ${describe(ours)} vs committed ${describe(theirs)}`,
      )
    }
  }

  /** How far the node's log agrees with the committed log; below its start the snapshot (checked) stands in. */
  #extendMatch(node: CheckedNode): number {
    const log = node.disk.log
    const start = Number(log.logStartOffset())
    let matched = Math.max(this.#matched.get(node.id) ?? 0, start)
    const end = Math.min(start + log.entries.length, this.committed.length)
    while (matched < end && sameEntry(log.entries[matched - start] as LogEntry, this.committed[matched] as LogEntry)) {
      matched++
    }
    this.#matched.set(node.id, matched)
    return matched
  }

  #checkDurableMajority(nodes: readonly CheckedNode[]): void {
    const need = this.committed.length
    if (need === 0 || need === this.#durableChecked) return
    this.#durableChecked = need
    let holders = 0
    for (const node of nodes) {
      if (node.voter === false) continue
      const matched = this.#extendMatch(node)
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
