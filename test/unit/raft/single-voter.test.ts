// Goal: a one-voter quorum is leader after its first tick, whatever it persisted, so a one-node
// broker starts in milliseconds (Kafka: the only voter stands at startup and wins at once).
// Method: createRaft with voters [1] from each persisted state, tick at the start time, and check
// the exact role, persist and append effects, then report the flush and read the high watermark.

import { describe, expect, it } from 'vitest'
import { defaultRaftConfig } from '../../../src/raft/config.js'
import { createRaft, propose, step } from '../../../src/raft/core.js'
import { type ElectionState, initialElectionState } from '../../../src/raft/election-state.js'
import { MemoryRaftLog } from '../../../src/raft/log.js'
import { entry } from './raft-context.js'

function start(persisted: ElectionState, epochs: number[] = []) {
  const log = new MemoryRaftLog()
  log.append(epochs.map((epoch, i) => entry(i, epoch)))
  const node = createRaft({
    localId: 1,
    voters: [1],
    config: defaultRaftConfig,
    random: () => 0.5,
    log,
    persisted,
    nowMs: 100,
  })
  return { node, log }
}

describe('single voter fast start', () => {
  it('is leader after the first tick and commits its leader-change entry once flushed', () => {
    const { node, log } = start(initialElectionState)
    const fx = step(node, { kind: 'tick', nowMs: 100 })
    expect(node.role).toMatchObject({ kind: 'leader', epoch: 1, epochStartOffset: 0n })
    expect(fx.persist).toEqual({ epoch: 1, leaderId: 1, votedId: null })
    expect(fx.append).toEqual([{ offset: 0n, epoch: 1, kind: 'leader-change', value: Buffer.alloc(0) }])
    expect(fx.appendSync).toBe(false)
    expect(fx.send).toEqual([])
    log.append(fx.append)
    expect(node.highWatermark).toBe(0n)
    step(node, { kind: 'appended', nowMs: 101, flushedEndOffset: 1n })
    expect(node.highWatermark).toBe(1n)
    const result = propose(node, { records: [Buffer.from('a')], nowMs: 102 })
    expect(result).toMatchObject({ ok: true, epoch: 1, baseOffset: 1n })
  })

  it('restarting after it led epoch 4 leads epoch 5 after the first tick', () => {
    const { node } = start({ epoch: 4, leaderId: 1, votedId: null }, [1, 4, 4])
    expect(node.role).toMatchObject({ kind: 'resigned', epoch: 4, electionDeadlineMs: 100 })
    const fx = step(node, { kind: 'tick', nowMs: 100 })
    expect(node.role).toMatchObject({ kind: 'leader', epoch: 5, epochStartOffset: 3n })
    expect(fx.persist).toEqual({ epoch: 5, leaderId: 1, votedId: null })
    expect(fx.append).toEqual([{ offset: 3n, epoch: 5, kind: 'leader-change', value: Buffer.alloc(0) }])
  })

  it('restarting after it voted for itself in epoch 3 leads epoch 4 after the first tick', () => {
    const { node } = start({ epoch: 3, leaderId: null, votedId: 1 }, [2])
    const fx = step(node, { kind: 'tick', nowMs: 100 })
    expect(node.role).toMatchObject({ kind: 'leader', epoch: 4, epochStartOffset: 1n })
    expect(fx.persist).toEqual({ epoch: 4, leaderId: 1, votedId: null })
  })

  it('restarting with a persisted leader other than itself still leads after the first tick', () => {
    const { node } = start({ epoch: 2, leaderId: 7, votedId: null })
    const fx = step(node, { kind: 'tick', nowMs: 100 })
    expect(node.role).toMatchObject({ kind: 'leader', epoch: 3 })
    expect(fx.persist).toEqual({ epoch: 3, leaderId: 1, votedId: null })
  })

  it('serves an observer without counting it, and commits on its own flush', () => {
    const { node, log } = start(initialElectionState)
    log.append(step(node, { kind: 'tick', nowMs: 100 }).append)
    const served = step(node, {
      kind: 'receive',
      nowMs: 101,
      from: 9,
      message: {
        kind: 'FetchRequest',
        correlationId: 1,
        replicaId: 9,
        currentLeaderEpoch: 1,
        fetchOffset: 0n,
        lastFetchedEpoch: 0,
        maxWaitMs: 500,
      },
    })
    expect(served.send.map((o) => [o.to, o.message.kind === 'FetchResponse' && o.message.records.length])).toEqual([
      [9, 1],
    ])
    expect(node.highWatermark).toBe(0n)
    step(node, { kind: 'appended', nowMs: 102, flushedEndOffset: 1n })
    expect(node.highWatermark).toBe(1n)
  })

  it('a voter of a larger quorum still waits out its election timeout', () => {
    const node = createRaft({
      localId: 1,
      voters: [1, 2, 3],
      config: defaultRaftConfig,
      random: () => 0,
      log: new MemoryRaftLog(),
      persisted: initialElectionState,
      nowMs: 100,
    })
    step(node, { kind: 'tick', nowMs: 100 })
    expect(node.role).toMatchObject({ kind: 'unattached', electionDeadlineMs: 1100 })
  })
})
