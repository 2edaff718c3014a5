// Runs N raft voters and M observers in one process on SimClock, SimNetwork and SimDisk, as Kafka's
// raft/src/test/.../RaftEventSimulationTest.java and TigerBeetle's src/vopr.zig do. This file is
// the driver of the simulation: it performs each step's effects in the contract's order (persist,
// truncate, append, send), flushes leader appends after a simulated disk delay, and crashes and
// restarts nodes. One seed decides everything, including the fault rates ("swarm").
// Nodes snapshot their state machine at random committed offsets (dropping the log below), and
// the simulation answers FetchSnapshot from the leader's snapshot in chunks, as a driver does.
//
// A run: faults (loss, resets, delays, partitions, crashes, resignations) until `healAtMs`; then
// the network heals and every node restarts, and from then on a proposal must commit within
// `progressBoundMs` and every observer must learn it committed. Observers join late, at a random
// time before the heal. Invariants (invariants.ts) are checked after every event.

import { ErrorCode } from '../../../src/protocol/errors.js'
import { defaultRaftConfig, type RaftConfig } from '../../../src/raft/config.js'
import {
  createRaft,
  fetchSnapshotResponse,
  propose,
  type RaftEffects,
  resign,
  step,
  validateFetchSnapshot,
} from '../../../src/raft/core.js'
import type { FetchSnapshotRequest, RaftMessage, SnapshotMessage } from '../../../src/raft/messages.js'
import type { RaftNode } from '../../../src/raft/quorum-state.js'
import { Prng } from '../../../src/util/prng.js'
import { RaftInvariants } from './invariants.js'
import { SimClock } from './sim-clock.js'
import { SimDisk } from './sim-disk.js'
import { SimNetwork } from './sim-network.js'
import { encodeSnapshot } from './sim-snapshot.js'

export interface SwarmParameters {
  voterCount: number
  observerCount: number
  /** When each observer first starts (in observer id order). */
  observerJoinMs: number[]
  lossRate: number
  resetRate: number
  minDelayMs: number
  maxDelayMs: number
  maxDiskDelayMs: number
  chaosIntervalMs: number
  proposeIntervalMs: number
  healAtMs: number
  /** How often each live node may snapshot (0: never). */
  snapshotIntervalMs: number
  /** Most bytes one FetchSnapshot response carries. */
  snapshotChunkBytes: number
}

export function swarm(prng: Prng): SwarmParameters {
  const minDelayMs = prng.nextInt(5)
  const healAtMs = 5000 + prng.nextInt(25000)
  const observerCount = prng.pick([0, 0, 1, 2])
  return {
    voterCount: prng.pick([1, 3, 3, 3, 5, 5]),
    observerCount,
    observerJoinMs: Array.from({ length: observerCount }, () => prng.nextInt(healAtMs)),
    lossRate: prng.pick([0, 0.01, 0.05, 0.2]),
    resetRate: prng.pick([0, 0.001, 0.01]),
    minDelayMs,
    maxDelayMs: minDelayMs + prng.pick([1, 10, 50, 200]),
    maxDiskDelayMs: prng.pick([0, 5, 30]),
    chaosIntervalMs: prng.pick([50, 200, 500, 2000]),
    proposeIntervalMs: prng.pick([10, 50, 200]),
    healAtMs,
    snapshotIntervalMs: prng.pick([0, 300, 1000, 3000]),
    snapshotChunkBytes: prng.pick([32, 64, 4096]),
  }
}

interface SimNode {
  readonly id: number
  readonly voter: boolean
  /** Observers join late; until then chaos leaves them down. */
  joined: boolean
  readonly disk: SimDisk
  raft: RaftNode | null
  incarnation: number
  wakeToken: number
}

export interface RunResult {
  readonly seed: number
  readonly params: SwarmParameters
  readonly committedEntries: number
  readonly progressAtMs: number
  readonly endMs: number
  readonly events: number
  readonly maxEpoch: number
  readonly snapshotsTaken: number
  readonly snapshotsInstalled: number
}

export const progressBoundMs = 10_000

// Read once: process.env is a slow getter, and apply runs for every event.
const traceFromMs = process.env.TRACE === undefined ? null : Number(process.env.TRACE)

export function runRaftSimulation(seed: number, overrides: Partial<SwarmParameters> = {}): RunResult {
  const prng = new Prng(seed)
  const params = { ...swarm(prng), ...overrides }
  const config: RaftConfig = { ...defaultRaftConfig, requestTimeoutMs: 1000 }
  const clock = new SimClock()
  const invariants = new RaftInvariants(params.voterCount)
  const ids = Array.from({ length: params.voterCount }, (_, i) => i + 1)
  const observerIds = Array.from({ length: params.observerCount }, (_, i) => params.voterCount + i + 1)
  const allIds = [...ids, ...observerIds]
  const nodes = new Map<number, SimNode>(
    allIds.map((id) => [
      id,
      {
        id,
        voter: id <= params.voterCount,
        joined: false,
        disk: new SimDisk(),
        raft: null,
        incarnation: 0,
        wakeToken: 0,
      },
    ]),
  )
  const nodeRandom = prng.fork()
  const network = new SimNetwork<RaftMessage | SnapshotMessage>(
    clock,
    prng.fork(),
    {
      lossRate: params.lossRate,
      resetRate: params.resetRate,
      minDelayMs: params.minDelayMs,
      maxDelayMs: params.maxDelayMs,
    },
    (from, to, message) => {
      const node = nodes.get(to)
      if (node?.raft == null) return
      if (message.kind === 'FetchSnapshotRequest') serveSnapshot(node, from, message)
      else apply(node, step(node.raft, { kind: 'receive', nowMs: clock.nowMs, from, message }))
    },
  )
  const chaos = prng.fork()
  let events = 0
  let healed = false
  let proposals = 0
  let progressAtMs = -1
  let snapshotsTaken = 0
  let snapshotsInstalled = 0
  const postHealProposals: { offset: bigint; value: Buffer }[] = []

  function get(id: number): SimNode {
    const node = nodes.get(id)
    if (node === undefined) throw new Error(`no node ${id}`)
    return node
  }

  function start(node: SimNode): void {
    node.joined = true
    node.incarnation++
    node.raft = createRaft({
      localId: node.id,
      voters: ids,
      config,
      random: () => nodeRandom.nextFloat(),
      log: node.disk.log,
      persisted: node.disk.electionState,
      nowMs: clock.nowMs,
    })
    schedule(node, clock.nowMs)
  }

  function crash(node: SimNode): void {
    node.raft = null
    const before = node.disk.log.endOffset()
    node.disk.crash()
    if (node.disk.log.endOffset() < before) invariants.noteShortened(node.id, node.disk.log.endOffset())
    for (const other of allIds) {
      network.reset(node.id, other)
      network.reset(other, node.id)
    }
  }

  function schedule(node: SimNode, atMs: number): void {
    const token = ++node.wakeToken
    const incarnation = node.incarnation
    clock.at(atMs, () => {
      if (node.raft === null || node.incarnation !== incarnation || node.wakeToken !== token) return
      apply(node, step(node.raft, { kind: 'tick', nowMs: clock.nowMs }))
    })
  }

  /** The driver contract: persist, truncate, append (fsync first if sync), send, arm the timer. */
  function apply(node: SimNode, fx: RaftEffects): void {
    // TRACE=ms prints every step's effects from that simulated time on, to debug a failing seed.
    if (traceFromMs !== null && clock.nowMs >= traceFromMs) {
      const r = node.raft
      console.log(
        clock.nowMs,
        node.id,
        r?.role.kind,
        r?.role.epoch,
        `hw=${r?.highWatermark} end=${node.disk.log.endOffset()} fl=${node.disk.flushedEndOffset} tr=${fx.truncateToOffset} app=${fx.append.length}`,
        JSON.stringify(fx.persist),
        fx.send
          .map(
            (o) =>
              `${o.message.kind}->${o.to}${o.message.kind === 'FetchRequest' ? `@${o.message.fetchOffset}/${o.message.lastFetchedEpoch}` : ''}`,
          )
          .join(','),
        fx.wakeAtMs,
      )
    }
    if (fx.persist !== null) node.disk.electionState = fx.persist
    if (fx.snapshotChunk !== null) {
      node.disk.writeChunk(fx.snapshotChunk.snapshotId, fx.snapshotChunk.position, fx.snapshotChunk.bytes)
    }
    if (fx.installSnapshot !== null) {
      const state = node.disk.installSnapshot(fx.installSnapshot, clock.nowMs)
      invariants.noteShortened(node.id, fx.installSnapshot.offset)
      invariants.checkInstalledSnapshot(node.id, state)
      snapshotsInstalled++
    }
    if (fx.truncateToOffset !== null) {
      node.disk.truncateTo(fx.truncateToOffset)
      invariants.noteShortened(node.id, fx.truncateToOffset)
    }
    if (fx.append.length > 0) {
      node.disk.append(fx.append)
      if (fx.appendSync) node.disk.flush()
      else scheduleFlush(node)
    }
    for (const out of fx.send) network.send(node.id, out.to, out.message)
    if (fx.sendFetchSnapshot !== null) network.send(node.id, fx.sendFetchSnapshot.to, fx.sendFetchSnapshot.message)
    schedule(node, fx.wakeAtMs)
  }

  /** The driver's side of FetchSnapshot: the core validates, the disk supplies the bytes. */
  function serveSnapshot(node: SimNode, from: number, request: FetchSnapshotRequest): void {
    const raft = node.raft
    if (raft === null) return
    let errorCode = validateFetchSnapshot(raft, from, request, clock.nowMs)
    const stored = node.disk.readSnapshot(request.snapshotId)
    let bytes: Buffer | undefined
    if (errorCode === ErrorCode.NONE) {
      if (stored === undefined) errorCode = ErrorCode.SNAPSHOT_NOT_FOUND
      else if (request.position >= BigInt(stored.bytes.length)) errorCode = ErrorCode.POSITION_OUT_OF_RANGE
      else {
        const position = Number(request.position)
        bytes = stored.bytes.subarray(position, position + params.snapshotChunkBytes)
      }
    }
    const size = stored === undefined || errorCode !== ErrorCode.NONE ? 0n : BigInt(stored.bytes.length)
    network.send(node.id, from, fetchSnapshotResponse(raft, request, { errorCode, size, bytes }))
  }

  /** Live nodes snapshot at a random committed offset above their log start. */
  function snapshotTick(): void {
    for (const node of nodes.values()) {
      const raft = node.raft
      if (raft === null || !chaos.bool(0.5)) continue
      const start = node.disk.log.logStartOffset()
      const span = raft.highWatermark - start
      if (span <= 0n) continue
      const offset = start + 1n + BigInt(chaos.nextInt(Number(span)))
      node.disk.takeSnapshot(offset, encodeSnapshot, clock.nowMs)
      snapshotsTaken++
    }
    clock.at(clock.nowMs + params.snapshotIntervalMs, snapshotTick)
  }

  function scheduleFlush(node: SimNode): void {
    const incarnation = node.incarnation
    clock.at(clock.nowMs + chaos.nextInt(params.maxDiskDelayMs + 1), () => {
      if (node.raft === null || node.incarnation !== incarnation) return
      const flushedEndOffset = node.disk.flush()
      apply(node, step(node.raft, { kind: 'appended', nowMs: clock.nowMs, flushedEndOffset }))
    })
  }

  function leaders(): SimNode[] {
    return [...nodes.values()].filter((n) => n.raft?.role.kind === 'leader')
  }

  function proposeTick(): void {
    for (const node of leaders()) {
      if (node.raft === null) continue
      invariants.checkDescribeQuorum(node.raft, clock.nowMs)
      const value = Buffer.from(`${seed}:${proposals++}`)
      const result = propose(node.raft, { records: [value], nowMs: clock.nowMs })
      if (result.ok && healed) postHealProposals.push({ offset: result.baseOffset, value })
      apply(node, result.effects)
    }
    clock.at(clock.nowMs + params.proposeIntervalMs, proposeTick)
  }

  function chaosTick(): void {
    if (healed) return
    const id = chaos.pick(allIds)
    const node = get(id)
    const other = chaos.pick(allIds)
    switch (chaos.nextInt(8)) {
      case 0:
        if (node.raft !== null) crash(node)
        else if (node.joined) start(node)
        break
      case 1:
        if (other !== id) network.partition(id, other)
        break
      case 2:
        if (other !== id) network.block(id, other)
        break
      case 3:
        for (const o of allIds) if (o !== id) network.partition(id, o)
        break
      case 4:
        network.healAll()
        break
      case 5:
        if (node.raft?.role.kind === 'leader') apply(node, resign(node.raft, clock.nowMs))
        break
      case 6:
        // Isolate or crash a leader: the faults that force elections with divergent logs.
        for (const leader of leaders()) {
          if (chaos.bool()) crash(leader)
          else for (const o of allIds) if (o !== leader.id) network.partition(leader.id, o)
        }
        break
      case 7:
        for (const down of nodes.values()) if (down.raft === null && down.joined) start(down)
        break
    }
    clock.at(clock.nowMs + 1 + chaos.nextInt(params.chaosIntervalMs), chaosTick)
  }

  function heal(): void {
    healed = true
    network.healAll()
    network.faults = { lossRate: 0, resetRate: 0, minDelayMs: params.minDelayMs, maxDelayMs: params.maxDelayMs }
    for (const node of nodes.values()) if (node.raft === null) start(node)
  }

  /** A post-heal proposal that is committed and that every observer knows is committed. */
  function committedAfterHeal(): boolean {
    return postHealProposals.some((p) => {
      const entry = invariants.committed[Number(p.offset)]
      if (entry?.value.equals(p.value) !== true) return false
      return observerIds.every((id) => (get(id).raft?.highWatermark ?? -1n) > p.offset)
    })
  }

  for (const id of ids) start(get(id))
  observerIds.forEach((id, i) => {
    clock.at(params.observerJoinMs[i] ?? 0, () => {
      const node = get(id)
      if (!node.joined) start(node)
    })
  })
  clock.at(params.proposeIntervalMs, proposeTick)
  clock.at(params.chaosIntervalMs, chaosTick)
  clock.at(params.healAtMs, heal)
  if (params.snapshotIntervalMs > 0) clock.at(params.snapshotIntervalMs, snapshotTick)

  const deadlineMs = params.healAtMs + progressBoundMs
  const snapshot = () => [...nodes.values()]
  while (clock.runNext(deadlineMs)) {
    events++
    invariants.check(snapshot())
    if (healed && progressAtMs < 0 && committedAfterHeal()) {
      progressAtMs = clock.nowMs
      break
    }
  }
  if (progressAtMs < 0) {
    const roles = snapshot()
      .map((n) => `${n.id}:${n.raft?.role.kind ?? 'down'}@${n.raft?.role.epoch ?? '-'} hw=${n.raft?.highWatermark}`)
      .join(' ')
    throw new Error(
      `no proposal committed within ${progressBoundMs} ms after healing at ${params.healAtMs} ms (${roles})`,
    )
  }
  return {
    seed,
    params,
    committedEntries: invariants.committed.length,
    progressAtMs,
    endMs: clock.nowMs,
    events,
    maxEpoch: Math.max(...snapshot().map((n) => n.disk.electionState.epoch)),
    snapshotsTaken,
    snapshotsInstalled,
  }
}
