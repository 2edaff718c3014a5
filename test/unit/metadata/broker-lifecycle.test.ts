// Goal: registration, heartbeats, controlled shutdown and session expiry
// decide what Kafka 3.9's controller decides, record for record and code for
// code. Method: fixture images (replayed records), the pure decisions,
// exact records and answers; records replayed to check the next step.
import { describe, expect, it } from 'vitest'
import {
  type BrokerRegistrationInput,
  type BrokerSession,
  brokerHeartbeat,
  fenceStaleBrokers,
  registerBroker,
} from '../../../src/metadata/controller/broker-lifecycle.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import {
  apply,
  CLUSTER_ID,
  change,
  cluster,
  incarnation,
  partitionOf,
  registerRecord,
  topicId,
  withTopic,
} from './lifecycle-fixtures.js'

const T = topicId(1)
const TIMEOUT = 9000

function registration(brokerId: number, fields: Partial<BrokerRegistrationInput> = {}): BrokerRegistrationInput {
  return {
    brokerId,
    clusterId: CLUSTER_ID,
    incarnationId: incarnation(brokerId),
    listeners: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9000 + brokerId, securityProtocol: 0 }],
    features: [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 21 }],
    rack: null,
    ...fields,
  }
}

function sessions(entries: Record<number, BrokerSession>): Map<number, BrokerSession> {
  return new Map(Object.entries(entries).map(([k, v]) => [Number(k), v]))
}

const heartbeat = (brokerId: number, brokerEpoch: bigint, currentMetadataOffset: number, wants = {}) => ({
  brokerId,
  brokerEpoch,
  currentMetadataOffset: BigInt(currentMetadataOffset),
  wantFence: false,
  wantShutDown: false,
  ...wants,
})

describe('registerBroker', () => {
  const context = (image: { offset: number }, s = new Map<number, BrokerSession>(), nowMs = 1000) => ({
    clusterId: CLUSTER_ID,
    nextOffset: image.offset + 1,
    nowMs,
    sessions: s,
    sessionTimeoutMs: TIMEOUT,
  })

  it('a new broker: RegisterBrokerRecord fenced, epoch = the offset the record gets; replayed with that offset', () => {
    const image = cluster([1])
    const decision = registerBroker(image, registration(2, { rack: 'r1' }), context(image))
    expect(decision).toEqual({
      records: [{ ...registerRecord(2, 2n, { fenced: true, rack: 'r1' }) }],
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      brokerEpoch: 2n,
      session: { lastContactMs: 1000, metadataOffset: -1 },
    })
    const next = apply(image, decision.records)
    expect(next.brokers.get(2)).toMatchObject({
      fenced: true,
      brokerEpoch: 2n,
      registrationOffset: 2,
      inControlledShutdown: false,
      rack: 'r1',
    })
  })

  it('the same incarnation again is idempotent; with new endpoints it amends, keeping epoch and state', () => {
    const image = cluster([1, 2])
    const again = registerBroker(image, registration(2), context(image))
    expect(again).toMatchObject({ records: [], errorCode: ErrorCode.NONE, brokerEpoch: 2n })
    const moved = registerBroker(
      image,
      registration(2, { listeners: [{ name: 'PLAINTEXT', host: 'h', port: 1, securityProtocol: 0 }] }),
      context(image),
    )
    expect(moved.brokerEpoch).toBe(2n)
    expect(moved.records).toHaveLength(1)
    expect(moved.records[0]).toMatchObject({
      type: 'RegisterBrokerRecord',
      data: { brokerEpoch: 2n, fenced: false, endPoints: [{ name: 'PLAINTEXT', host: 'h', port: 1 }] },
    })
    const next = apply(image, moved.records)
    expect(next.brokers.get(2)).toMatchObject({ brokerEpoch: 2n, registrationOffset: 3, fenced: false })
  })

  it('another incarnation of a live broker is DUPLICATE_BROKER_REGISTRATION; once its session expired, it registers', () => {
    const image = cluster([1, 2])
    const live = sessions({ 2: { lastContactMs: 1000, metadataOffset: 2 } })
    const other = registration(2, { incarnationId: incarnation(2, 1) })
    expect(registerBroker(image, other, context(image, live, 1000 + TIMEOUT))).toMatchObject({
      records: [],
      errorCode: ErrorCode.DUPLICATE_BROKER_REGISTRATION,
      errorMessage: 'Another broker is registered with that broker id.',
      brokerEpoch: -1n,
    })
    // The controller's own node id (combined mode): the old incarnation is this process's dead predecessor.
    const own = registerBroker(image, other, { ...context(image, live, 1000), localBrokerId: 2 })
    expect(own).toMatchObject({ errorCode: ErrorCode.NONE, brokerEpoch: 3n })
    const expired = registerBroker(image, other, context(image, live, 1001 + TIMEOUT))
    expect(expired).toMatchObject({ errorCode: ErrorCode.NONE, brokerEpoch: 3n })
    expect(expired.records[0]).toMatchObject({
      data: { fenced: true, brokerEpoch: 3n, incarnationId: incarnation(2, 1) },
    })
  })

  it('INCONSISTENT_CLUSTER_ID and UNSUPPORTED_VERSION as Kafka words them', () => {
    const image = cluster([1])
    expect(registerBroker(image, registration(2, { clusterId: 'other' }), context(image))).toMatchObject({
      errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID,
      errorMessage: `Expected cluster ID ${CLUSTER_ID}, but got cluster ID other`,
    })
    const old = [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 20 }]
    expect(registerBroker(image, registration(2, { features: old }), context(image))).toMatchObject({
      errorCode: ErrorCode.UNSUPPORTED_VERSION,
      errorMessage:
        'Unable to register because the broker does not support version 21 of metadata.version. It wants a version between 1 and 20, inclusive.',
    })
    // No metadata.version range at all: assumed to support only 1 (MINIMUM_KRAFT_VERSION).
    expect(registerBroker(image, registration(2, { features: [] }), context(image)).errorCode).toBe(
      ErrorCode.UNSUPPORTED_VERSION,
    )
  })
})

describe('brokerHeartbeat', () => {
  const ctx = (s = new Map<number, BrokerSession>()) => ({ nowMs: 5000, sessions: s })

  it('unregistered or at another epoch: STALE_BROKER_EPOCH, fenced', () => {
    const image = cluster([1])
    expect(brokerHeartbeat(image, heartbeat(7, 1n, 10), ctx())).toMatchObject({
      records: [],
      errorCode: ErrorCode.STALE_BROKER_EPOCH,
      errorMessage: 'Receive a heartbeat from broker 7 before registration',
      isFenced: true,
      session: null,
    })
    expect(brokerHeartbeat(image, heartbeat(1, 0n, 10), ctx())).toMatchObject({
      errorCode: ErrorCode.STALE_BROKER_EPOCH,
      errorMessage: 'Expected broker epoch 1, but got broker epoch 0',
    })
  })

  it('a fenced broker stays fenced until its metadata offset reaches its registration, then is unfenced', () => {
    const image = cluster([1, 2], { fenced: [2] })
    expect(brokerHeartbeat(image, heartbeat(2, 2n, 1), ctx())).toEqual({
      records: [],
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      isCaughtUp: false,
      isFenced: true,
      inControlledShutdown: false,
      shouldShutDown: false,
      session: { lastContactMs: 5000, metadataOffset: 1 },
    })
    const caughtUp = brokerHeartbeat(image, heartbeat(2, 2n, 2), ctx())
    expect(caughtUp).toMatchObject({ isCaughtUp: true, isFenced: false, shouldShutDown: false })
    expect(caughtUp.records).toEqual([{ type: 'UnfenceBrokerRecord', data: { id: 2, epoch: 2n } }])
    expect(apply(image, caughtUp.records).brokers.get(2)?.fenced).toBe(false)
    // wantFence keeps it fenced however caught up it is.
    expect(brokerHeartbeat(image, heartbeat(2, 2n, 50, { wantFence: true }), ctx())).toMatchObject({
      records: [],
      isFenced: true,
      isCaughtUp: true,
    })
  })

  it('unfencing elects leaders for leaderless partitions, the unfenced broker among the acceptable', () => {
    let image = cluster([1, 2])
    image = withTopic(image, 't', T, [
      { replicas: [2, 1], isr: [2], leader: -1 },
      { replicas: [1], isr: [1], leader: -1 },
    ])
    image = apply(image, [{ type: 'FenceBrokerRecord', data: { id: 2, epoch: 2n } }])
    const decision = brokerHeartbeat(image, heartbeat(2, 2n, image.offset), ctx())
    // Every leaderless partition is looked at (Kafka's partitionsWithNoLeader): partition 1's ISR member is active.
    expect(decision.records).toEqual([
      { type: 'UnfenceBrokerRecord', data: { id: 2, epoch: 2n } },
      change(T, 0, { leader: 2 }),
      change(T, 1, { leader: 1 }),
    ])
    const next = apply(image, decision.records)
    expect(partitionOf(next, 't', 0)).toMatchObject({ leader: 2, isr: [2], leaderEpoch: 1, partitionEpoch: 1 })
  })

  it('wantFence from an unfenced broker: out of every ISR, leaders moved, then FenceBrokerRecord', () => {
    let image = cluster([1, 2])
    image = withTopic(image, 't', T, [{ replicas: [2, 1] }, { replicas: [1, 2] }])
    const decision = brokerHeartbeat(image, heartbeat(2, 2n, 5, { wantFence: true }), ctx())
    expect(decision).toMatchObject({ isFenced: true, shouldShutDown: false })
    expect(decision.records).toEqual([
      change(T, 0, { leader: 1, isr: [1] }),
      change(T, 1, { isr: [1] }),
      { type: 'FenceBrokerRecord', data: { id: 2, epoch: 2n } },
    ])
  })

  it('controlled shutdown: leaderships move, then shouldShutDown once every active broker has seen it', () => {
    let image = cluster([1, 2])
    image = withTopic(image, 't', T, [{ replicas: [2, 1] }, { replicas: [2] }])
    const s = sessions({ 1: { lastContactMs: 5000, metadataOffset: image.offset } })
    const first = brokerHeartbeat(image, heartbeat(2, 2n, image.offset, { wantShutDown: true }), ctx(s))
    expect(first).toMatchObject({ isFenced: false, inControlledShutdown: true, shouldShutDown: false })
    expect(first.records).toEqual([
      {
        type: 'BrokerRegistrationChangeRecord',
        data: { brokerId: 2, brokerEpoch: 2n, fenced: 0, inControlledShutdown: 1, logDirs: [] },
      },
      change(T, 0, { leader: 1, isr: [1] }),
      // Its only replica: no leader, and it stays the ISR.
      change(T, 1, { leader: -1 }),
    ])
    image = apply(image, first.records)
    expect(image.brokers.get(2)).toMatchObject({ inControlledShutdown: true, controlledShutdownOffset: image.offset })
    // Broker 1 has not yet reached the offset of that batch.
    const waiting = brokerHeartbeat(image, heartbeat(2, 2n, image.offset, { wantShutDown: true }), ctx(s))
    expect(waiting).toMatchObject({ records: [], inControlledShutdown: true, shouldShutDown: false, isFenced: false })
    s.set(1, { lastContactMs: 5000, metadataOffset: image.offset })
    const done = brokerHeartbeat(image, heartbeat(2, 2n, image.offset, { wantShutDown: true }), ctx(s))
    expect(done).toMatchObject({ shouldShutDown: true, isFenced: true, inControlledShutdown: false })
    expect(done.records).toEqual([{ type: 'FenceBrokerRecord', data: { id: 2, epoch: 2n } }])
  })

  it('wantShutDown from a broker that leads nothing, or is fenced: shut down now', () => {
    let image = cluster([1, 2])
    const now = brokerHeartbeat(image, heartbeat(2, 2n, 5, { wantShutDown: true }), ctx())
    expect(now).toMatchObject({ shouldShutDown: true, isFenced: true })
    expect(now.records).toEqual([{ type: 'FenceBrokerRecord', data: { id: 2, epoch: 2n } }])
    image = apply(image, now.records)
    expect(brokerHeartbeat(image, heartbeat(2, 2n, 5, { wantShutDown: true }), ctx())).toMatchObject({
      records: [],
      shouldShutDown: true,
      isFenced: true,
    })
  })
})

describe('fenceStaleBrokers', () => {
  it('fences each unfenced broker heard from longer than the session timeout ago; leaders move to the ISR', () => {
    let image = cluster([1, 2, 3])
    image = withTopic(image, 't', T, [
      { replicas: [2, 3, 1] },
      { replicas: [3, 2], isr: [3, 2] },
      { replicas: [2], isr: [2] },
    ])
    const s = sessions({
      1: { lastContactMs: 100, metadataOffset: 5 },
      2: { lastContactMs: 0, metadataOffset: 5 },
      3: { lastContactMs: 0, metadataOffset: 5 },
    })
    expect(fenceStaleBrokers(image, { nowMs: TIMEOUT, sessions: s, sessionTimeoutMs: TIMEOUT })).toEqual({
      records: [],
      fenced: [],
    })
    const decision = fenceStaleBrokers(image, { nowMs: TIMEOUT + 1, sessions: s, sessionTimeoutMs: TIMEOUT })
    expect(decision.fenced).toEqual([2, 3])
    expect(decision.records).toEqual([
      change(T, 0, { leader: 3, isr: [3, 1] }),
      change(T, 1, { isr: [3] }),
      change(T, 2, { leader: -1 }),
      { type: 'FenceBrokerRecord', data: { id: 2, epoch: 2n } },
      change(T, 0, { leader: 1, isr: [1] }),
      change(T, 1, { leader: -1 }),
      { type: 'FenceBrokerRecord', data: { id: 3, epoch: 3n } },
    ])
    const next = apply(image, decision.records)
    expect([0, 1, 2].map((p) => [partitionOf(next, 't', p).leader, partitionOf(next, 't', p).isr])).toEqual([
      [1, [1]],
      [-1, [3]],
      [-1, [2]],
    ])
  })
})
