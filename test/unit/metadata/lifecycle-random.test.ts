// Goal: whatever order brokers register, heartbeat, lag, ask to be fenced,
// shut down, die and come back in, the controller's records keep the
// partition invariants: a leader is in its ISR and active (unfenced, not
// shutting down) or is -1; the ISR is a non-empty subset of the replicas; a
// fenced broker is in an ISR only as its last member of a leaderless
// partition; leader, partition and broker epochs never go back. Method: 200
// seeds x 300 random steps over 5 simulated broker processes (even seeds with
// unclean leader election enabled), the pure decisions applied as the
// controller driver would (records replayed through their encoding, sessions
// stored), invariants checked after every step. A failure names the seed.
import { describe, expect, it } from 'vitest'
import {
  type BrokerSession,
  brokerHeartbeat,
  fenceStaleBrokers,
  registerBroker,
} from '../../../src/metadata/controller/broker-lifecycle.js'
import { createTopics } from '../../../src/metadata/controller/create-topics.js'
import { isActiveBroker, type MetadataImage } from '../../../src/metadata/image.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { Prng } from '../../../src/util/prng.js'
import { apply, CLUSTER_ID, cluster, incarnation } from './lifecycle-fixtures.js'

const TIMEOUT = 9000
const BROKERS = [1, 2, 3, 4, 5]

interface Process {
  generation: number
  epoch: bigint | null
  alive: boolean
  wantShutDown: boolean
  /** How far behind the log its metadata is (a lagging broker is not caught up). */
  lag: number
}

function run(seed: number): void {
  const prng = new Prng(seed)
  let image: MetadataImage = cluster([])
  if (seed % 2 === 0) {
    // Half the seeds run with unclean leader election on (the cluster-wide dynamic default).
    image = apply(image, [
      {
        type: 'ConfigRecord',
        data: { resourceType: 4, resourceName: '', name: 'unclean.leader.election.enable', value: 'true' },
      },
    ])
  }
  const sessions = new Map<number, BrokerSession>()
  const procs = new Map<number, Process>(
    BROKERS.map((id) => [id, { generation: 0, epoch: null, alive: true, wantShutDown: false, lag: 0 }]),
  )
  let now = 0
  let topics = 0
  const commit = (records: Parameters<typeof apply>[1]) => {
    const before = image
    image = apply(image, records)
    check(before, image, seed)
  }
  for (let step = 0; step < 300; step++) {
    const where = `seed ${seed} step ${step}`
    const id = BROKERS[prng.nextInt(BROKERS.length)]!
    const proc = procs.get(id)!
    const op = prng.nextInt(10)
    if (op <= 4 && proc.alive) {
      if (proc.epoch === null) {
        const decision = registerBroker(
          image,
          {
            brokerId: id,
            clusterId: CLUSTER_ID,
            incarnationId: incarnation(id, proc.generation),
            listeners: [{ name: 'PLAINTEXT', host: 'h', port: id, securityProtocol: 0 }],
            features: [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 21 }],
            rack: null,
          },
          { clusterId: CLUSTER_ID, nextOffset: image.offset + 1, nowMs: now, sessions, sessionTimeoutMs: TIMEOUT },
        )
        if (decision.errorCode === ErrorCode.NONE) {
          proc.epoch = decision.brokerEpoch
          if (decision.session !== null) sessions.set(id, decision.session)
          commit(decision.records)
        } else {
          expect(decision.errorCode, where).toBe(ErrorCode.DUPLICATE_BROKER_REGISTRATION)
        }
        continue
      }
      if (prng.bool(0.05)) proc.wantShutDown = true
      proc.lag = prng.bool(0.2) ? prng.nextInt(4) : 0
      const decision = brokerHeartbeat(
        image,
        {
          brokerId: id,
          brokerEpoch: proc.epoch,
          currentMetadataOffset: BigInt(image.offset - proc.lag),
          wantFence: prng.bool(0.03),
          wantShutDown: proc.wantShutDown,
        },
        { nowMs: now, sessions },
      )
      if (decision.errorCode !== ErrorCode.NONE) {
        expect(decision.errorCode, where).toBe(ErrorCode.STALE_BROKER_EPOCH)
        proc.epoch = null
        continue
      }
      if (decision.session !== null) sessions.set(id, decision.session)
      commit(decision.records)
      if (decision.shouldShutDown) {
        expect(image.brokers.get(id)?.fenced, where).toBe(true)
        proc.alive = false
      }
    } else if (op <= 6) {
      now += prng.nextInt(4000)
      commit(fenceStaleBrokers(image, { nowMs: now, sessions, sessionTimeoutMs: TIMEOUT }).records)
    } else if (op === 7) {
      // The process dies (kill -9) or, if dead, comes back as a new incarnation.
      if (proc.alive) proc.alive = false
      else procs.set(id, { generation: proc.generation + 1, epoch: null, alive: true, wantShutDown: false, lag: 0 })
    } else {
      const decision = createTopics(
        image,
        [
          {
            name: `t${topics}`,
            numPartitions: 1 + prng.nextInt(4),
            replicationFactor: 1 + prng.nextInt(3),
            assignments: [],
            configs: [],
          },
        ],
        false,
        {
          nodeId: 1,
          staticProperties: new Map(),
          defaultNumPartitions: 1,
          defaultReplicationFactor: 1,
          newTopicId: () => Buffer.alloc(16, topics + 1),
          random: () => prng.nextFloat(),
        },
      )
      if (decision.results[0]?.errorCode === ErrorCode.NONE) {
        topics++
        commit(decision.records)
      }
    }
  }
}

/** Plain checks (expect() per partition per step is too slow for 60,000 steps); a failure names seed and partition. */
function check(before: MetadataImage, after: MetadataImage, seed: number): void {
  const fail = (what: string, detail: unknown) => {
    throw new Error(`seed ${seed}: ${what}: ${JSON.stringify(detail)}`)
  }
  for (const topic of after.topicsByName.values()) {
    for (const p of topic.partitions) {
      const at = { topic: topic.name, ...p }
      if (p.isr.length === 0) fail('empty ISR', at)
      if (!p.isr.every((id) => p.replicas.includes(id))) fail('ISR outside the replicas', at)
      if (p.leader !== -1 && !p.isr.includes(p.leader)) fail('leader outside the ISR', at)
      if (p.leader !== -1 && !isActiveBroker(after, p.leader)) fail('leader not active', at)
      for (const id of p.isr) {
        if (after.brokers.get(id)?.fenced !== false && (p.isr.length !== 1 || p.leader !== -1)) {
          fail(`fenced broker ${id} in an ISR other than as last member of a leaderless partition`, at)
        }
      }
      const old = before.topicsByName.get(topic.name)?.partitions[p.partition]
      if (old === undefined) continue
      if (p.leaderEpoch < old.leaderEpoch || p.partitionEpoch < old.partitionEpoch) fail('epoch went back', at)
      if (p.leader !== old.leader && p.leaderEpoch <= old.leaderEpoch) fail('new leader without a new epoch', at)
    }
  }
  for (const [id, broker] of after.brokers) {
    const old = before.brokers.get(id)
    if (old !== undefined && broker.brokerEpoch! < old.brokerEpoch!) fail(`broker ${id} epoch went back`, broker)
  }
}

describe('broker lifecycle under random heartbeats, lag, fencing, shutdowns and restarts', () => {
  it('keeps leaders in their ISR and active, ISRs within replicas, epochs monotonic (200 seeds)', () => {
    for (let seed = 1; seed <= 200; seed++) run(seed)
  })
})
