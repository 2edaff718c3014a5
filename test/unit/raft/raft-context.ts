// Builder for raft unit tests, as Kafka's raft/src/test/.../RaftClientTestContext.java: start a
// node in a named state, then feed it inputs and compare exact effects. The random function is
// fixed at 0, so every election timeout is exactly electionTimeoutMs.

import { defaultRaftConfig, type RaftConfig } from '../../../src/raft/config.js'
import { createRaft, type RaftEffects, type RaftInput, step } from '../../../src/raft/core.js'
import { type ElectionState, initialElectionState, type NodeId } from '../../../src/raft/election-state.js'
import { type LogEntry, MemoryRaftLog } from '../../../src/raft/log.js'
import type { InboundMessage } from '../../../src/raft/messages.js'
import { becomeCandidate, becomeProspective, emptyEffects, type RaftNode } from '../../../src/raft/quorum-state.js'

export function entry(offset: number, epoch: number, value = `v${offset}`): LogEntry {
  return { offset: BigInt(offset), epoch, kind: 'data', value: Buffer.from(value) }
}

export class RaftTestContext {
  constructor(
    readonly node: RaftNode,
    readonly log: MemoryRaftLog,
  ) {}

  /** Steps the node and applies the log effects, as a driver would. */
  step(input: RaftInput): RaftEffects {
    const fx = step(this.node, input)
    this.apply(fx)
    return fx
  }

  tick(nowMs: number): RaftEffects {
    return this.step({ kind: 'tick', nowMs })
  }

  receive(nowMs: number, from: NodeId, message: InboundMessage): RaftEffects {
    return this.step({ kind: 'receive', nowMs, from, message })
  }

  apply(fx: Pick<RaftEffects, 'truncateToOffset' | 'append'> & Partial<Pick<RaftEffects, 'installSnapshot'>>): void {
    if (fx.installSnapshot != null) this.log.installSnapshot(fx.installSnapshot)
    if (fx.truncateToOffset !== null) this.log.truncateTo(fx.truncateToOffset)
    this.log.append(fx.append)
  }
}

export function raftContext(options: { localId?: NodeId; voters?: NodeId[]; config?: Partial<RaftConfig> } = {}) {
  const localId = options.localId ?? 1
  const voters = options.voters ?? [1, 2, 3]
  const config = { ...defaultRaftConfig, ...options.config }
  const log = new MemoryRaftLog()
  let persisted: ElectionState = initialElectionState
  let leaderEpoch: number | null = null
  const builder = {
    /** Log entries with these epochs at offsets 0, 1, 2, ... */
    withLogEpochs(epochs: number[]) {
      log.append(epochs.map((epoch, i) => entry(i, epoch)))
      return builder
    },
    /** A snapshot ending at offset (the entry at offset - 1 must be in the log): the prefix is dropped. */
    withSnapshot(offset: number) {
      log.snapshotAt(BigInt(offset), log.epochAt(BigInt(offset - 1)))
      return builder
    },
    withUnattached(epoch: number, votedId: NodeId | null = null) {
      persisted = { epoch, leaderId: null, votedId }
      return builder
    },
    /** A follower of leaderId, or, when leaderId is the local node, a freshly elected leader. */
    withElectedLeader(epoch: number, leaderId: NodeId) {
      if (leaderId === localId) {
        persisted = { epoch: epoch - 1, leaderId: null, votedId: null }
        leaderEpoch = epoch
      } else {
        persisted = { epoch, leaderId, votedId: null }
      }
      return builder
    },
    build(): RaftTestContext {
      const node = createRaft({ localId, voters, config, random: () => 0, log, persisted, nowMs: 0 })
      const ctx = new RaftTestContext(node, log)
      if (leaderEpoch !== null) {
        const fx = emptyEffects()
        becomeProspective(node, 0, fx)
        if (node.role.kind === 'prospective') becomeCandidate(node, 0, fx)
        // Grant the remaining votes directly: the test starts from an elected leader.
        for (const id of voters) {
          if (node.role.kind !== 'candidate' || id === localId) continue
          ctx.receive(0, id, {
            kind: 'VoteResponse',
            correlationId: node.role.pending.get(id)?.correlationId ?? -1,
            errorCode: 0,
            leaderId: -1,
            leaderEpoch: node.role.epoch,
            voteGranted: true,
          })
        }
        ctx.apply(fx)
        if (node.role.kind !== 'leader' || node.role.epoch !== leaderEpoch) {
          throw new Error(`builder: expected leader at epoch ${leaderEpoch}, got ${node.role.kind}`)
        }
        // The leader's own copy is flushed.
        ctx.step({ kind: 'appended', nowMs: 0, flushedEndOffset: log.endOffset() })
      }
      return ctx
    },
  }
  return builder
}
