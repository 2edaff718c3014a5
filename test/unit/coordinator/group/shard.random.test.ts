// Goal: no sequence of client actions and clock jumps breaks the classic group state machine.
// Invariants, checked after every step: at most one leader and it is a member; the generation never
// decreases; Empty has no members and Stable/CompletingRebalance have members and a protocol;
// Stable means every member holds an assignment from the latest generation's SyncGroup; parked-join
// bookkeeping matches the members; no timer is left in the past after a tick; every JoinGroup and
// SyncGroup is answered exactly once (by the end, `unload` answers what is still parked); and
// replaying the records gives back the same generation and committed offsets.
// Method: seeded random clients (dynamic and static) join, sync, heartbeat, commit, leave and
// restart while the clock jumps; the leader assigns `<generation>:<memberId>`. A failure prints
// SEED=n; set SEED to replay one run.

import { describe, expect, it } from 'vitest'
import { GroupCoordinatorShard } from '../../../../src/coordinator/group/shard.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import { Prng } from '../../../../src/util/prng.js'
import { GROUP, type GroupContext, groupContext, subscription } from './group-context.js'

interface Client {
  readonly clientId: string
  readonly groupInstanceId: string | null
  memberId: string
  generationId: number
  isLeader: boolean
  members: string[]
  parkedJoin: number | null
  parkedSync: number | null
  topics: string[]
  /** Told to rejoin (REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION) or never joined. */
  needsJoin: boolean
  /** Has the assignment of its current generation. */
  synced: boolean
}

const STEPS = 400
const SEEDS = process.env.SEED === undefined ? [...Array(25).keys()].map((i) => i + 1) : [Number(process.env.SEED)]

function run(seed: number): void {
  const prng = new Prng(seed)
  const g = groupContext({
    groupInitialRebalanceDelayMs: prng.pick([0, 3000]),
    groupMaxSize: prng.pick([3, 10]),
    offsetsRetentionMs: 120_000,
    offsetsRetentionCheckIntervalMs: 30_000,
  })
  const clients: Client[] = [...Array(5).keys()].map((i) => ({
    clientId: `c${i}`,
    groupInstanceId: i >= 3 ? `static-${i}` : null,
    memberId: '',
    generationId: -1,
    isLeader: false,
    members: [],
    parkedJoin: null,
    parkedSync: null,
    topics: ['t'],
    needsJoin: true,
    synced: false,
  }))
  const issued: number[] = []
  let lastGeneration = 0
  let lastGroup: unknown

  const settle = (c: Client): void => {
    if (c.parkedJoin !== null) {
      const r = g.joinResponse(c.parkedJoin)
      if (r !== undefined) {
        c.parkedJoin = null
        if (r.errorCode === ErrorCode.NONE) {
          c.memberId = r.memberId
          c.generationId = r.generationId
          c.isLeader = r.leader === r.memberId
          c.members = r.members.map((m) => m.memberId)
          c.needsJoin = false
          c.synced = false
        } else if (r.errorCode === ErrorCode.MEMBER_ID_REQUIRED) {
          c.memberId = r.memberId
        } else if (r.errorCode === ErrorCode.UNKNOWN_MEMBER_ID || r.errorCode === ErrorCode.FENCED_INSTANCE_ID) {
          reset(c)
        }
      }
    }
    if (c.parkedSync !== null) {
      const r = g.syncResponse(c.parkedSync)
      if (r !== undefined) {
        c.parkedSync = null
        if (r.errorCode === ErrorCode.NONE) c.synced = true
        else if (r.errorCode === ErrorCode.UNKNOWN_MEMBER_ID || r.errorCode === ErrorCode.FENCED_INSTANCE_ID) reset(c)
        else c.needsJoin = true
      }
    }
  }

  const reset = (c: Client): void => {
    c.memberId = ''
    c.generationId = -1
    c.needsJoin = true
    c.synced = false
  }

  const weighted = (c: Client): string => {
    if (prng.bool(0.05)) return prng.pick(['leave', 'restart', 'resubscribe', 'join', 'sync'])
    if (c.needsJoin && c.parkedJoin === null) return 'join'
    if (!c.needsJoin && !c.synced && c.parkedSync === null) return 'sync'
    return prng.pick(['heartbeat', 'heartbeat', 'commit'])
  }

  const act = (c: Client): void => {
    const action = weighted(c)
    switch (action) {
      case 'join':
      case 'resubscribe':
        if (c.parkedJoin !== null && prng.bool(0.8)) return
        if (action === 'resubscribe') c.topics = prng.pick([['t'], ['t', 'u'], ['u']])
        c.parkedJoin = g.join({
          clientId: c.clientId,
          memberId: c.memberId,
          groupInstanceId: c.groupInstanceId,
          sessionTimeoutMs: 10_000,
          rebalanceTimeoutMs: prng.pick([10_000, 30_000]),
          protocols: [{ name: 'range', metadata: subscription(c.topics) }],
        })
        issued.push(c.parkedJoin)
        return
      case 'sync': {
        if (c.generationId < 0 || (c.parkedSync !== null && prng.bool(0.8))) return
        const assignments = c.isLeader
          ? c.members.map((memberId) => ({ memberId, assignment: Buffer.from(`${c.generationId}:${memberId}`) }))
          : []
        c.parkedSync = g.sync({
          generationId: c.generationId,
          memberId: c.memberId,
          groupInstanceId: c.groupInstanceId,
          assignments,
        })
        issued.push(c.parkedSync)
        return
      }
      case 'heartbeat': {
        const r = g.heartbeat(c.memberId, c.generationId, c.groupInstanceId)
        if (r.errorCode === ErrorCode.UNKNOWN_MEMBER_ID || r.errorCode === ErrorCode.FENCED_INSTANCE_ID) reset(c)
        else if (r.errorCode !== ErrorCode.NONE) c.needsJoin = true
        return
      }
      case 'commit':
        g.commit({
          memberId: c.memberId,
          generationId: c.generationId,
          groupInstanceId: c.groupInstanceId,
          offsets: [
            {
              topic: 't',
              partition: prng.nextInt(3),
              offset: BigInt(prng.nextInt(1000)),
              metadata: `m${prng.nextInt(10)}`,
            },
          ],
        })
        return
      case 'leave':
        if (c.memberId === '' && c.groupInstanceId === null) return
        g.leave([{ memberId: c.memberId, groupInstanceId: c.groupInstanceId }])
        reset(c)
        return
      case 'restart':
        // The process restarts: its parked requests go nowhere, it joins afresh.
        reset(c)
        c.parkedJoin = null
        c.parkedSync = null
        return
    }
  }

  const check = (afterTick: boolean): void => {
    const group = g.shard.group(GROUP)
    const next = g.shard.nextDeadlineMs()
    if (next !== null) expect(afterTick ? next > g.nowMs : next >= g.nowMs, 'deadline in the past').toBe(true)
    if (group === undefined) return
    // A group deleted by offsets expiration starts again at generation 0, as in Kafka.
    if (group !== lastGroup) lastGeneration = 0
    lastGroup = group
    expect(group.generationId).toBeGreaterThanOrEqual(lastGeneration)
    lastGeneration = group.generationId
    const members = [...group.members.values()]
    if (group.leaderId === null) expect(members).toEqual([])
    else expect(group.members.has(group.leaderId), 'leader is a member').toBe(true)
    expect(group.numAwaitingJoin).toBe(members.filter((m) => m.awaitingJoin !== null).length)
    for (const id of group.pendingSyncMembers) expect(group.members.has(id)).toBe(true)
    for (const [instanceId, memberId] of group.staticMembers)
      expect(group.members.get(memberId)?.groupInstanceId).toBe(instanceId)
    switch (group.state) {
      case 'Empty':
        expect(members).toEqual([])
        break
      case 'Stable':
        for (const m of members)
          expect(m.assignment.toString().startsWith(`${group.generationId}:`), `assignment of ${m.memberId}`).toBe(true)
        expectAssigning(group)
        break
      case 'CompletingRebalance':
        expectAssigning(group)
        break
      case 'PreparingRebalance':
        for (const m of members) expect(m.awaitingSync).toBeNull()
        break
      case 'Dead':
        throw new Error('a Dead group stays in the map')
    }
  }

  for (let step = 0; step < STEPS; step++) {
    if (prng.bool(0.2)) {
      g.advance(prng.bool(0.9) ? prng.pick([0, 500, 1000, 2000, 3000]) : prng.pick([9999, 10_000, 15_000, 40_000]))
      check(true)
    } else {
      const c = prng.pick(clients)
      settle(c)
      act(c)
      check(false)
    }
    for (const c of clients) settle(c)
  }

  // Replaying the log gives back what the shard holds.
  const restored = new GroupCoordinatorShard({ config: g.shard.config, newUuid: () => 'x' })
  for (const record of g.log) restored.replay(record)
  const live = g.shard.group(GROUP)
  const replayed = restored.group(GROUP)
  if (live !== undefined && (live.is('Stable') || live.is('Empty'))) {
    expect(replayed?.generationId).toBe(live.generationId)
  }
  for (let p = 0; p < 3; p++)
    expect(restored.committedOffset(GROUP, 't', p)).toEqual(g.shard.committedOffset(GROUP, 't', p))

  // Every request is answered exactly once once the parked ones are released.
  answerAll(g)
  for (const id of issued)
    expect(g.joinResponses.has(id) || g.syncResponses.has(id), `request ${id} answered`).toBe(true)
}

/** Stable and CompletingRebalance: members, a protocol, and no parked joins. */
function expectAssigning(group: NonNullable<ReturnType<GroupContext['shard']['group']>>): void {
  expect(group.members.size).toBeGreaterThan(0)
  expect(group.protocolName).toBe('range')
  for (const m of group.members.values()) expect(m.awaitingJoin).toBeNull()
}

function answerAll(g: GroupContext): void {
  for (const d of g.shard.unload()) {
    const answers = d.kind === 'join' ? g.joinResponses : g.syncResponses
    expect(answers.has(d.requestId)).toBe(false)
    if (d.kind === 'join') g.joinResponses.set(d.requestId, d.response)
    else g.syncResponses.set(d.requestId, d.response)
  }
}

describe('random client sequences', () => {
  for (const seed of SEEDS) {
    it(`keeps the invariants (SEED=${seed})`, () => {
      try {
        run(seed)
      } catch (err) {
        console.error(`SEED=${seed}`)
        throw err
      }
    })
  }
})
