// Goal: the auto leader rebalance task (broker/leader-rebalance.ts) reads Kafka's three properties
// with Kafka's defaults, runs only on the active controller every check interval, writes the
// preferred elections of one pass, drops a pass that lost the controller role, and does nothing
// when disabled or stopped.
// Method: a fake metadata log over fixture images, a ManualClock and ManualScheduler.
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import {
  leaderRebalanceConfig,
  type RebalanceMetadata,
  startLeaderRebalanceTask,
} from '../../../src/broker/leader-rebalance.js'
import { type Decision, NotControllerError } from '../../../src/broker/metadata-log.js'
import type { ControllerRecord } from '../../../src/metadata/controller/configs.js'
import type { MetadataImage } from '../../../src/metadata/image.js'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'
import { apply, change, cluster, topicId, withTopic } from './lifecycle-fixtures.js'

const T = topicId(1)
const logger = pino({ level: 'silent' })

class FakeMetadata implements RebalanceMetadata {
  active = true
  loseLeadershipOnWrite = false
  readonly written: ControllerRecord[][] = []
  constructor(public image: MetadataImage) {}
  isActiveController(): boolean {
    return this.active
  }
  async write<T>(decide: (image: MetadataImage) => Decision<T>): Promise<T> {
    if (!this.active || this.loseLeadershipOnWrite) throw new NotControllerError(null)
    const { records, result } = decide(this.image)
    this.written.push(records as ControllerRecord[])
    this.image = apply(this.image, records as ControllerRecord[])
    return result
  }
}

// Broker 1 prefers both partitions and leads neither (ISR full): both move.
const imbalanced = withTopic(cluster([1, 2]), 't', T, [
  { replicas: [1, 2], isr: [1, 2], leader: 2 },
  { replicas: [1, 2], isr: [1, 2], leader: 2 },
])

function setup(properties: Record<string, string> = {}) {
  const clock = new ManualClock()
  const scheduler = new ManualScheduler(clock)
  const metadata = new FakeMetadata(imbalanced)
  const stop = startLeaderRebalanceTask({
    metadata,
    config: leaderRebalanceConfig(new Map(Object.entries(properties))),
    scheduler,
    logger,
  })
  const step = async (ms: number) => {
    clock.advance(ms)
    scheduler.runDue()
    await new Promise((r) => setImmediate(r))
  }
  return { clock, scheduler, metadata, stop, step }
}

describe('leaderRebalanceConfig', () => {
  it("Kafka's defaults, and the properties when valid", () => {
    expect(leaderRebalanceConfig(new Map())).toEqual({
      enabled: true,
      checkIntervalMs: 300_000,
      imbalancePerBrokerPercentage: 10,
    })
    expect(
      leaderRebalanceConfig(
        new Map([
          ['auto.leader.rebalance.enable', 'false'],
          ['leader.imbalance.check.interval.seconds', '5'],
          ['leader.imbalance.per.broker.percentage', '0'],
        ]),
      ),
    ).toEqual({ enabled: false, checkIntervalMs: 5_000, imbalancePerBrokerPercentage: 0 })
    expect(
      leaderRebalanceConfig(
        new Map([
          ['leader.imbalance.check.interval.seconds', '0'],
          ['leader.imbalance.per.broker.percentage', 'x'],
        ]),
      ),
    ).toEqual({ enabled: true, checkIntervalMs: 300_000, imbalancePerBrokerPercentage: 10 })
  })
})

describe('the rebalance task', () => {
  it('writes one pass of preferred elections every check interval, on the active controller only', async () => {
    const { metadata, step, stop, scheduler } = setup({ 'leader.imbalance.check.interval.seconds': '2' })
    metadata.active = false
    await step(2_000)
    expect(metadata.written).toEqual([])
    metadata.active = true
    await step(1_999)
    expect(metadata.written).toEqual([])
    await step(1)
    expect(metadata.written).toEqual([[change(T, 0, { leader: 1 }), change(T, 1, { leader: 1 })]])
    // Balanced now: later ticks write nothing.
    await step(2_000)
    expect(metadata.written.length).toBe(1)
    stop()
    expect(scheduler.pendingCount).toBe(0)
  })

  it('a pass that lost the controller role is dropped; the next tick decides again', async () => {
    const { metadata, step } = setup({ 'leader.imbalance.check.interval.seconds': '1' })
    metadata.loseLeadershipOnWrite = true
    await step(1_000)
    expect(metadata.written).toEqual([])
    metadata.loseLeadershipOnWrite = false
    await step(1_000)
    expect(metadata.written.length).toBe(1)
  })

  it('disabled: nothing is scheduled', async () => {
    const { metadata, step, scheduler } = setup({ 'auto.leader.rebalance.enable': 'false' })
    expect(scheduler.pendingCount).toBe(0)
    await step(300_000)
    expect(metadata.written).toEqual([])
  })
})
