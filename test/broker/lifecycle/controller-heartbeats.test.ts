// Goal: the active controller's session tracker fences a broker only after
// broker.session.timeout.ms without a heartbeat, checks every timeout / 4,
// gives every registered broker a fresh grace period when this node becomes
// the active controller, does nothing while it is not, and starts a session
// for registrations it only replays. Method: a fake metadata log (replay in
// memory), ManualClock and ManualScheduler; exact fence times asserted.
import { describe, expect, it } from 'vitest'
import { ControllerHeartbeats, type ControllerMetadata } from '../../../src/broker/controller-heartbeats.js'
import type { Decision } from '../../../src/broker/metadata-log.js'
import type { MetadataImage } from '../../../src/metadata/image.js'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'
import { apply, cluster, registerRecord } from '../../unit/metadata/lifecycle-fixtures.js'

class FakeMetadata implements ControllerMetadata {
  active = true
  private readonly listeners = new Set<(image: MetadataImage) => void>()
  constructor(public image: MetadataImage) {}
  isActiveController(): boolean {
    return this.active
  }
  async write<T>(decide: (image: MetadataImage) => Decision<T>): Promise<T> {
    const { records, result } = decide(this.image)
    this.append(records)
    return result
  }
  append(records: Decision<unknown>['records']): void {
    if (records.length === 0) return
    this.image = apply(this.image, records)
    for (const l of this.listeners) l(this.image)
  }
  onImage(listener: (image: MetadataImage) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

function setup(active = true) {
  const clock = new ManualClock({ monotonicMs: 50_000 })
  const scheduler = new ManualScheduler(clock)
  const metadata = new FakeMetadata(cluster([1, 2]))
  metadata.active = active
  const fencedAt: string[] = []
  const tracker = new ControllerHeartbeats({
    metadata,
    clock,
    sessionTimeoutMs: 1000,
    onFenced: (ids) => fencedAt.push(`${clock.monotonicMs() - 50_000}: ${ids.join(',')}`),
  })
  const stop = tracker.start(scheduler)
  const runTo = async (ms: number) => {
    while (clock.monotonicMs() - 50_000 < ms) {
      clock.advance(50)
      scheduler.runDue()
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
  }
  return { clock, scheduler, metadata, tracker, stop, fencedAt, runTo }
}

describe('ControllerHeartbeats', () => {
  it('fences at the first check (every 250 ms) after the session expired; a heartbeat keeps a broker', async () => {
    const { tracker, metadata, fencedAt, runTo, clock, stop } = setup()
    expect(tracker.sessions.get(2)).toEqual({ lastContactMs: 50_000, metadataOffset: -1 })
    await runTo(600)
    tracker.touch(1, { lastContactMs: clock.monotonicMs(), metadataOffset: 2 })
    await runTo(1500)
    // Broker 2: last contact at 0, still valid at 1000, fenced by the check at 1250.
    expect(fencedAt).toEqual(['1250: 2'])
    expect(metadata.image.brokers.get(2)?.fenced).toBe(true)
    expect(metadata.image.brokers.get(1)?.fenced).toBe(false)
    await runTo(2000)
    expect(fencedAt).toEqual(['1250: 2', '1750: 1'])
    stop()
  })

  it('not active: no fencing; becoming active: a fresh grace period for everyone', async () => {
    const { metadata, fencedAt, runTo, stop } = setup(false)
    await runTo(5000)
    expect(fencedAt).toEqual([])
    metadata.active = true
    await runTo(5500)
    expect(fencedAt).toEqual([])
    await runTo(7000)
    // Activated by the check at 5250; still valid at 6250 (contact + timeout >= now); fenced at 6500.
    expect(fencedAt).toEqual(['6500: 1,2'])
    stop()
  })

  it('a registration it only replays starts a session; stop() ends the checks', async () => {
    const { metadata, tracker, fencedAt, runTo, stop, clock } = setup()
    await runTo(500)
    metadata.append([registerRecord(3, BigInt(metadata.image.offset + 1))])
    expect(tracker.sessions.get(3)).toEqual({ lastContactMs: clock.monotonicMs(), metadataOffset: -1 })
    await runTo(1250)
    expect(fencedAt).toEqual(['1250: 1,2'])
    stop()
    await runTo(5000)
    expect(fencedAt).toEqual(['1250: 1,2'])
    expect(metadata.image.brokers.get(3)?.fenced).toBe(false)
  })
})
