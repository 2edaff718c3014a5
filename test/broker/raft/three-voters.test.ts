// Goal: three raft drivers that talk only through the Kafka protocol over TCP (the raft handlers
// on each node's controller listener, the Kafka transport to the others) elect one leader and
// commit proposals on all three, and the followers hold the leader's batches byte for byte.
// Method: three in-process listeners on port 0 with tmp log dirs, short raft timeouts, real
// timers; the leader stops without resigning and the two others elect a new one and go on; the
// new leader snapshots and drops its log, and the stopped node, restarted, catches up by
// FetchSnapshot over the wire; a fourth node, an observer with no listener of its own, follows
// the same way and shows up in the leader's DescribeQuorum.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Broker } from '../../../src/broker/broker.js'
import { createDispatcher, type Dispatcher } from '../../../src/broker/dispatch.js'
import type { Handler } from '../../../src/broker/handler.js'
import { raftHandlers } from '../../../src/broker/handlers/raft-handlers.js'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG } from '../../../src/log/log-config.js'
import { LogManager } from '../../../src/log/log-manager.js'
import { type Listener, startListener } from '../../../src/network/server.js'
import { KafkaRaftTransport } from '../../../src/node/raft-transport.js'
import type { RaftConfig } from '../../../src/raft/config.js'
import { decodeRaftBatches } from '../../../src/raft/disk-log.js'
import { type CommittedBatch, RaftDriver } from '../../../src/raft/driver.js'
import type { NodeId } from '../../../src/raft/election-state.js'
import { systemClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'

const CLUSTER = 'three-voters-over-tcp'
const VOTERS: readonly NodeId[] = [1, 2, 3]
const config: RaftConfig = Object.freeze({
  electionTimeoutMs: 150,
  electionBackoffMaxMs: 100,
  fetchTimeoutMs: 300,
  requestTimeoutMs: 200,
  retryBackoffMs: 10,
  fetchMaxWaitMs: 100,
  fetchMaxEntries: 100,
})

interface Member {
  readonly id: NodeId
  readonly listener: Listener
  dispatch: Dispatcher | null
  logs: LogManager
  transport: KafkaRaftTransport
  driver: RaftDriver
  readonly committed: CommittedBatch[]
  running: boolean
}

const root = mkdtempSync(join(tmpdir(), 'oxbow-raft-tcp-'))
const members = new Map<NodeId, Member>()
let votersProperty = ''
/** FetchSnapshot requests that reached any listener (API key 59, the frame's first two bytes). */
let fetchSnapshotRequests = 0
const handlers = new Map<number, Handler>(raftHandlers.map((h) => [h.api.apiKey, h]))

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

async function startMember(id: NodeId, listener: Listener, voters: string): Promise<Member> {
  const { manager: logs } = LogManager.open({
    fs: nodeFileSystem,
    logDirs: [join(root, `node-${id}`)],
    defaults: DEFAULT_LOG_CONFIG,
    clock: systemClock,
    scheduler: new ManualScheduler(systemClock),
  })
  const transport = new KafkaRaftTransport({
    clusterId: CLUSTER,
    voters: KafkaRaftTransport.voters(voters),
    requestTimeoutMs: config.requestTimeoutMs,
    clientId: `raft-client-${id}`,
    decodeFetchRecords: decodeRaftBatches,
  })
  // Small snapshot chunks, so that a snapshot takes several FetchSnapshot round trips.
  const driver = await RaftDriver.open({
    localId: id,
    voters: VOTERS,
    config,
    logs,
    clock: systemClock,
    transport,
    fetchSnapshotMaxBytes: 64,
  })
  const member: Member = { id, listener, dispatch: null, logs, transport, driver, committed: [], running: true }
  driver.onCommit((batch) => member.committed.push(batch))
  const broker = {
    clusterId: CLUSTER,
    nodeId: id,
    raft: driver,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
  } as unknown as Broker
  member.dispatch = createDispatcher(broker, handlers)
  return member
}

async function stopMember(member: Member): Promise<void> {
  member.running = false
  member.dispatch = null
  await member.driver.close()
  await member.transport.close()
  await member.logs.close()
}

function dataValues(member: Member): string[] {
  return member.committed.flatMap((b) => b.records.map((r) => r.toString()))
}

/** What a member's state machine holds: a snapshot replaces everything before it. */
function state(member: { readonly committed: readonly CommittedBatch[] }): string[] {
  let values: string[] = []
  for (const b of member.committed) {
    if (b.snapshot === true) values = []
    values.push(...b.records.map((r) => r.toString()))
  }
  return values
}

function readyLeaders(): Member[] {
  return [...members.values()].filter((m) => m.running && m.driver.leader().ready)
}

beforeAll(async () => {
  const listeners = new Map<NodeId, Listener>()
  for (const id of VOTERS) {
    listeners.set(
      id,
      await startListener({
        name: 'CONTROLLER',
        host: '127.0.0.1',
        port: 0,
        handler: (frame, connection) => {
          const dispatch = members.get(id)?.dispatch ?? null
          if (dispatch === null) return { kind: 'close', reason: 'node is down' }
          if (frame.readInt16BE(0) === 59) fetchSnapshotRequests++
          return dispatch(frame, connection)
        },
      }),
    )
  }
  votersProperty = VOTERS.map((id) => `${id}@127.0.0.1:${listeners.get(id)?.port}`).join(',')
  for (const id of VOTERS) members.set(id, await startMember(id, listeners.get(id) as Listener, votersProperty))
})

afterAll(async () => {
  for (const member of members.values()) {
    if (member.running) await stopMember(member)
    await member.listener.close(0)
  }
  rmSync(root, { recursive: true, force: true })
})

describe('three raft voters over the Kafka protocol', () => {
  it('elect one leader and commit proposals on every voter with the same batches', async () => {
    await waitFor(() => readyLeaders().length === 1)
    const leader = readyLeaders()[0] as Member
    const epoch = leader.driver.leader().epoch
    for (const member of members.values()) {
      await waitFor(() => member.driver.leader().leaderId === leader.id)
      expect(member.driver.leader().epoch).toBe(epoch)
    }

    const first = await leader.driver.propose([Buffer.from('a'), Buffer.from('b')])
    const second = await leader.driver.propose([Buffer.from('c')])
    expect(second).toBe(first + 2n)
    for (const member of members.values()) {
      await waitFor(() => dataValues(member).length === 3)
      expect(dataValues(member)).toEqual(['a', 'b', 'c'])
      expect(member.committed.map((b) => [b.baseOffset, b.lastOffset, b.epoch])).toEqual([
        [first, first + 1n, epoch],
        [second, second, epoch],
      ])
    }
    // Followers wrote the leader's batches as they came: the logs are the same bytes.
    const end = leader.driver.log.endOffset()
    await waitFor(() => [...members.values()].every((m) => m.driver.log.endOffset() === end))
    const leaderBytes = leader.driver.log.readBatchBytes(0n, end)
    for (const member of members.values())
      expect(member.driver.log.readBatchBytes(0n, end).equals(leaderBytes)).toBe(true)
  })

  it('after the leader stops without resigning, the other two elect a new one and commit', async () => {
    const old = readyLeaders()[0] as Member
    const oldEpoch = old.driver.leader().epoch
    await stopMember(old)
    await waitFor(() => readyLeaders().length === 1 && readyLeaders()[0]?.id !== old.id)
    const leader = readyLeaders()[0] as Member
    expect(leader.driver.leader().epoch).toBeGreaterThan(oldEpoch)
    await leader.driver.propose([Buffer.from('d')])
    for (const member of members.values()) {
      if (!member.running) continue
      await waitFor(() => dataValues(member).length === 4)
      expect(dataValues(member)).toEqual(['a', 'b', 'c', 'd'])
    }
  })

  it('a voter restarted behind the leader’s snapshot loads it by FetchSnapshot and follows', async () => {
    const leader = readyLeaders()[0] as Member
    const stopped = [...members.values()].find((m) => !m.running) as Member
    const end = leader.driver.deliveredOffset()
    // The state machine's state as of `end` is the four values; the log below `end` goes away.
    const id = await leader.driver.createSnapshot(
      end,
      ['a', 'b', 'c', 'd'].map((v) => Buffer.from(v)),
    )
    expect(id).toEqual({ offset: end, epoch: leader.driver.leader().epoch })
    expect(leader.driver.log.logStartOffset()).toBe(end)
    const restarted = await startMember(stopped.id, stopped.listener, votersProperty)
    members.set(stopped.id, restarted)
    await waitFor(() => restarted.committed.some((b) => b.snapshot === true))
    const snapshot = restarted.committed.find((b) => b.snapshot === true) as CommittedBatch
    expect([snapshot.lastOffset, snapshot.epoch]).toEqual([end - 1n, id.epoch])
    expect(snapshot.records.map((r) => r.toString())).toEqual(['a', 'b', 'c', 'd'])
    // 64-byte chunks: the snapshot file (header, records and footer batches) took several requests.
    expect(fetchSnapshotRequests).toBeGreaterThan(2)
    await leader.driver.propose([Buffer.from('e')])
    for (const member of members.values()) {
      await waitFor(() => state(member).at(-1) === 'e')
      expect(state(member)).toEqual(['a', 'b', 'c', 'd', 'e'])
    }
    expect(restarted.driver.log.logStartOffset()).toBe(end)
  })

  it('an observer (not a voter) loads the snapshot and the tail through the same transport', async () => {
    const { manager: logs } = LogManager.open({
      fs: nodeFileSystem,
      logDirs: [join(root, 'node-4')],
      defaults: DEFAULT_LOG_CONFIG,
      clock: systemClock,
      scheduler: new ManualScheduler(systemClock),
    })
    const transport = new KafkaRaftTransport({
      clusterId: CLUSTER,
      voters: KafkaRaftTransport.voters(votersProperty),
      requestTimeoutMs: config.requestTimeoutMs,
      clientId: 'raft-client-4',
      decodeFetchRecords: decodeRaftBatches,
    })
    const driver = await RaftDriver.open({ localId: 4, voters: VOTERS, config, logs, clock: systemClock, transport })
    const observer: { committed: CommittedBatch[] } = { committed: [] }
    driver.onCommit((batch) => observer.committed.push(batch))
    try {
      await waitFor(() => state(observer).at(-1) === 'e')
      expect(state(observer)).toEqual(['a', 'b', 'c', 'd', 'e'])
      const leader = readyLeaders()[0] as Member
      expect(driver.leader()).toMatchObject({ leaderId: leader.id, isLocal: false })
      await waitFor(() => leader.driver.describeQuorum().observers.some((o) => o.replicaId === 4))
      const described = leader.driver.describeQuorum()
      expect(described.currentVoters.map((v) => v.replicaId)).toEqual([1, 2, 3])
    } finally {
      await driver.close()
      await transport.close()
      await logs.close()
    }
  })
})
