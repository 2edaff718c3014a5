// Goal: no sequence of producer requests, marker reports, clock jumps and reloads breaks the
// transaction coordinator. Invariants, checked after every step: every record moves its
// transactional id along the transition table (a new id starts Empty, a tombstone follows an
// idle state); (producerId, producerEpoch) of an id never goes back; the shard's state is its last
// record (only the in-memory last epoch and, in Prepare*, the partitions still waiting for a
// marker differ); at most one set of markers per id is outstanding, and it carries the id's
// current producer id, epoch and the shard's coordinator epoch; a producer that is not the id's
// current one never gets NONE for AddPartitionsToTxn, AddOffsetsToTxn or EndTxn; every answer is
// one of the codes Kafka gives that API; the next timer is in the future after a tick; replaying
// the log rebuilds the same state. At the end, once the markers are written and the clock passes
// every timeout, no transaction is left open.
// Method: seeded random clients (two per transactional id, so one is often a zombie) init, add,
// verify, end, while the driver writes random subsets of markers, the clock jumps, and the
// partition reloads at a new coordinator epoch. A failure prints SEED=n; set SEED to replay one run.

import { describe, expect, it } from 'vitest'
import type { TransactionMetadata } from '../../../../src/coordinator/transaction/metadata.js'
import { decodeRecord, type TransactionLogEntry } from '../../../../src/coordinator/transaction/records.js'
import { TransactionCoordinatorShard } from '../../../../src/coordinator/transaction/shard.js'
import { isExpirationAllowed, isValidTransition } from '../../../../src/coordinator/transaction/state.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import { Prng } from '../../../../src/util/prng.js'
import { type Producer, TxnContext } from './txn-context.js'

const STEPS = 400
const SEEDS = process.env.SEED === undefined ? [...Array(30).keys()].map((i) => i + 1) : [Number(process.env.SEED)]
const IDS = ['a', 'b', 'c']
const TOPICS: Array<[string, number]> = [
  ['t', 0],
  ['t', 1],
  ['u', 0],
  ['v', 2],
]

const ALLOWED = {
  init: [
    ErrorCode.NONE,
    ErrorCode.CONCURRENT_TRANSACTIONS,
    ErrorCode.PRODUCER_FENCED,
    ErrorCode.INVALID_PRODUCER_EPOCH,
    ErrorCode.INVALID_TRANSACTION_TIMEOUT,
  ],
  write: [
    ErrorCode.NONE,
    ErrorCode.CONCURRENT_TRANSACTIONS,
    ErrorCode.PRODUCER_FENCED,
    ErrorCode.INVALID_PRODUCER_EPOCH,
    ErrorCode.INVALID_PRODUCER_ID_MAPPING,
  ],
  verify: [
    ErrorCode.NONE,
    ErrorCode.CONCURRENT_TRANSACTIONS,
    ErrorCode.PRODUCER_FENCED,
    ErrorCode.INVALID_PRODUCER_ID_MAPPING,
    ErrorCode.TRANSACTION_ABORTABLE,
    ErrorCode.INVALID_TXN_STATE,
  ],
  end: [
    ErrorCode.NONE,
    ErrorCode.CONCURRENT_TRANSACTIONS,
    ErrorCode.PRODUCER_FENCED,
    ErrorCode.INVALID_PRODUCER_EPOCH,
    ErrorCode.INVALID_PRODUCER_ID_MAPPING,
    ErrorCode.INVALID_TXN_STATE,
  ],
} as const

interface Client {
  readonly transactionalId: string
  producer: Producer | null
}

function persisted(m: TransactionMetadata | TransactionLogEntry) {
  return {
    producerId: m.producerId,
    producerEpoch: m.producerEpoch,
    txnTimeoutMs: m.txnTimeoutMs,
    state: m.state,
    txnStartTimestamp: m.txnStartTimestamp,
    txnLastUpdateTimestamp: m.txnLastUpdateTimestamp,
    partitions: [...m.topicPartitions].map(([t, ps]) => `${t}:${[...ps].join(',')}`),
  }
}

function run(seed: number): void {
  const prng = new Prng(seed)
  const c = new TxnContext({
    transactionalIdExpirationMs: prng.pick([200_000, 7 * 24 * 3_600_000]),
    removeExpiredTransactionalIdCleanupIntervalMs: prng.pick([30_000, 3_600_000]),
  })
  const clients: Client[] = IDS.flatMap((id) => [0, 1].map(() => ({ transactionalId: id, producer: null })))
  /** The last record of each id, as the log holds it. */
  const lastRecord = new Map<string, TransactionLogEntry>()
  /** The highest (producerId, epoch) each id ever had. */
  const highest = new Map<string, Producer>()
  let checked = 0

  const checkRecords = (): void => {
    for (; checked < c.log.length; checked++) {
      const record = c.log[checked]
      if (record === undefined) throw new Error('unreachable')
      const d = decodeRecord(record)
      if (d.kind !== 'transaction') throw new Error('unsupported record written')
      const prev = lastRecord.get(d.transactionalId)
      if (d.value === null) {
        expect(prev === undefined || isExpirationAllowed(prev.state), 'tombstone of a busy id').toBe(true)
        lastRecord.delete(d.transactionalId)
        continue
      }
      const next = d.value
      if (prev === undefined) expect(next.state, 'a new id starts Empty').toBe('Empty')
      else expect(isValidTransition(prev.state, next.state), `${prev.state} -> ${next.state}`).toBe(true)
      const top = highest.get(d.transactionalId)
      if (top !== undefined) {
        const forward =
          next.producerId > top.producerId ||
          (next.producerId === top.producerId && next.producerEpoch >= top.producerEpoch)
        expect(
          forward,
          `epoch went back: ${top.producerId}/${top.producerEpoch} -> ${next.producerId}/${next.producerEpoch}`,
        ).toBe(true)
      }
      highest.set(d.transactionalId, { producerId: next.producerId, producerEpoch: next.producerEpoch })
      lastRecord.set(d.transactionalId, next)
      if (next.state === 'CompleteCommit' || next.state === 'CompleteAbort') {
        c.markers = c.markers.filter((m) => m.transactionalId !== d.transactionalId)
      }
    }
  }

  const checkState = (): void => {
    checkRecords()
    expect(c.shard.transactionalIds().sort()).toEqual([...lastRecord.keys()].sort())
    for (const [id, entry] of lastRecord) {
      const m = c.txn(id)
      const live = persisted(m)
      const logged = persisted(entry)
      if (m.state === 'PrepareCommit' || m.state === 'PrepareAbort') {
        expect({ ...live, partitions: [] }).toEqual({ ...logged, partitions: [] })
      } else {
        expect(live).toEqual(logged)
      }
    }
    const byId = new Map<string, number>()
    for (const marker of c.markers) {
      byId.set(marker.transactionalId, (byId.get(marker.transactionalId) ?? 0) + 1)
      const m = c.txn(marker.transactionalId)
      expect(m.state).toBe(marker.result === 'COMMIT' ? 'PrepareCommit' : 'PrepareAbort')
      expect([marker.producerId, marker.producerEpoch, marker.coordinatorEpoch]).toEqual([
        m.producerId,
        m.producerEpoch,
        c.coordinatorEpoch,
      ])
    }
    for (const [id, n] of byId) expect(n, `markers outstanding for ${id}`).toBe(1)
  }

  const checkReplay = (): void => {
    const fresh = new TransactionCoordinatorShard({
      coordinatorEpoch: c.coordinatorEpoch,
      allocateProducerId: () => null,
      groupPartition: () => 0,
    })
    for (const r of c.log) fresh.replay(r)
    for (const id of c.shard.transactionalIds()) {
      const a = c.txn(id)
      const b = fresh.transaction(id)
      expect(b).toBeDefined()
      if (b === undefined) return
      if (a.state === 'PrepareCommit' || a.state === 'PrepareAbort') {
        expect({ ...persisted(a), partitions: [] }).toEqual({ ...persisted(b), partitions: [] })
      } else {
        expect(persisted(a)).toEqual(persisted(b))
      }
    }
  }

  /** A write that succeeded came from the id's current producer. */
  const expectCurrent = (client: Client, p: Producer, code: number): void => {
    if (code !== ErrorCode.NONE) return
    const m = c.txn(client.transactionalId)
    expect([m.producerId, m.producerEpoch]).toEqual([p.producerId, p.producerEpoch])
  }

  const partitions = (): Array<[string, number]> => TOPICS.filter(() => prng.bool(0.4))

  for (let step = 0; step < STEPS; step++) {
    const client = prng.pick(clients)
    const id = client.transactionalId
    const p = client.producer
    const action = prng.pick([
      'init',
      'add',
      'add',
      'offsets',
      'verify',
      'end',
      'end',
      'markers',
      'markers',
      'time',
      'reload',
    ])
    switch (action) {
      case 'init': {
        const kip360 = p !== null && prng.bool(0.3)
        const r = c.init(id, {
          timeoutMs: prng.pick([60_000, 60_000, 1_000_000]),
          version: prng.pick([0, 3, 4, 5]),
          ...(kip360 ? { producerId: p.producerId, producerEpoch: p.producerEpoch } : {}),
        })
        expect(ALLOWED.init).toContain(r.errorCode)
        if (r.errorCode === ErrorCode.NONE) {
          client.producer = { producerId: r.producerId, producerEpoch: r.producerEpoch }
          expectCurrent(client, client.producer, r.errorCode)
        }
        break
      }
      case 'add':
      case 'verify': {
        if (p === null) break
        const verifyOnly = action === 'verify'
        const version = verifyOnly ? prng.pick([4, 5]) : prng.pick([0, 1, 2, 3])
        const tps = partitions()
        for (const code of c
          .add(id, p, tps, { version, verifyOnly })
          .topicResults.flatMap((t) => t.resultsByPartition.map((x) => x.partitionErrorCode))) {
          expect((verifyOnly ? ALLOWED.verify : ALLOWED.write) as readonly number[]).toContain(code)
          if (!verifyOnly) expectCurrent(client, p, code)
          if (!verifyOnly && code === ErrorCode.NONE) expect(c.txn(id).state).toBe('Ongoing')
        }
        break
      }
      case 'offsets': {
        if (p === null) break
        const code = c.addOffsets(id, p, prng.pick(['g1', 'g2']), prng.pick([0, 1, 2, 3]))
        expect(ALLOWED.write as readonly number[]).toContain(code)
        expectCurrent(client, p, code)
        break
      }
      case 'end': {
        if (p === null) break
        const code = c.end(id, p, prng.bool(0.6), prng.pick([0, 1, 2, 3, 4]))
        expect(ALLOWED.end as readonly number[]).toContain(code)
        expectCurrent(client, p, code)
        break
      }
      case 'markers': {
        const marker = prng.pick([...c.markers, undefined])
        if (marker === undefined) break
        const some = marker.partitions.filter(() => prng.bool(0.6))
        expect(c.writeMarkers(marker, prng.bool(0.5) ? some : [...marker.partitions])).toEqual([true])
        break
      }
      case 'time': {
        c.advance(prng.pick([0, 1_000, 10_000, 70_000, 250_000]))
        const next = c.shard.nextDeadlineMs()
        expect(next !== null && next > c.nowMs).toBe(true)
        break
      }
      case 'reload':
        c.reload()
        // Markers resumed by the load are the only ones outstanding.
        break
      default:
        throw new Error(`unknown action ${action}`)
    }
    checkState()
    if (step % 25 === 0) checkReplay()
  }

  // Drain: write every marker, let every timeout fire, write the abort markers.
  for (let round = 0; round < 3; round++) {
    while (c.markers.length > 0) c.writeMarkers()
    c.advance(1_100_000)
    checkState()
  }
  while (c.markers.length > 0) c.writeMarkers()
  checkState()
  checkReplay()
  for (const id of c.shard.transactionalIds()) {
    expect(['Empty', 'CompleteCommit', 'CompleteAbort']).toContain(c.txn(id).state)
  }
}

describe('transaction coordinator shard, seeded random', () => {
  for (const seed of SEEDS) {
    it(`SEED=${seed}`, () => {
      try {
        run(seed)
      } catch (e) {
        console.error(`SEED=${seed}`)
        throw e
      }
    })
  }
})
