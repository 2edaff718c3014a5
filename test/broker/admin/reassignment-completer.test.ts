// Goal: the active controller's reassignment completer writes a completion once the image allows
// it, only on the active controller, also when a node becomes active with a completion pending,
// never twice for one completion, with one pass in flight at a time, and not after it stops.
// Method: a fake MetadataLog (image replayed in memory, writes counted, commits released by hand)
// and a hand-built image: topic "t" partition 0 moving from [1, 2] to [3, 4].
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { NotControllerError } from '../../../src/broker/metadata-log.js'
import { type CompleterMetadata, startReassignmentCompleterTask } from '../../../src/broker/reassignment-completer.js'
import type { BrokerImage, MetadataImage, PartitionImage, TopicImage } from '../../../src/metadata/image.js'
import { replay } from '../../../src/metadata/replay.js'

const TOPIC_ID = Buffer.alloc(16, 7)
const logger = pino({ level: 'silent' })

function moving(isr: number[]): MetadataImage {
  const partition: PartitionImage = {
    partition: 0,
    replicas: [3, 4, 1, 2],
    isr,
    leader: 1,
    leaderEpoch: 3,
    partitionEpoch: 9,
    addingReplicas: [3, 4],
    removingReplicas: [1, 2],
  }
  const topic: TopicImage = { name: 't', topicId: TOPIC_ID, partitions: [partition] }
  const broker = (nodeId: number): BrokerImage => ({ nodeId, endpoints: [], rack: null, fenced: false })
  return {
    offset: 20,
    topicsByName: new Map([['t', topic]]),
    topicsById: new Map([[TOPIC_ID.toString('hex'), topic]]),
    brokers: new Map([1, 2, 3, 4].map((id) => [id, broker(id)])),
    configs: new Map(),
    features: new Map(),
  }
}

class FakeMetadata implements CompleterMetadata {
  active = true
  writes = 0
  commits = 0
  /** When set, a write waits for `release()` before it commits. */
  hold = false
  private pending: (() => void)[] = []
  private readonly listeners = new Set<(image: MetadataImage) => void>()
  constructor(public image: MetadataImage) {}

  isActiveController(): boolean {
    return this.active
  }

  async write<T>(decide: (image: MetadataImage) => { records: readonly unknown[]; result: T }): Promise<T> {
    this.writes++
    if (this.hold) await new Promise<void>((resolve) => this.pending.push(resolve))
    if (!this.active) throw new NotControllerError(null)
    const { records, result } = decide(this.image)
    if (records.length > 0) {
      this.commits++
      this.publish(replay(this.image, records as Parameters<typeof replay>[1], this.image.offset + records.length))
    }
    return result
  }

  onImage(listener: (image: MetadataImage) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  publish(image: MetadataImage): void {
    this.image = image
    for (const listener of this.listeners) listener(image)
  }

  release(): void {
    const waiting = this.pending
    this.pending = []
    for (const resolve of waiting) resolve()
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

function start(metadata: FakeMetadata) {
  let leaderListener: () => void = () => undefined
  const stop = startReassignmentCompleterTask({
    metadata,
    onLeaderChange: (listener) => {
      leaderListener = listener
      return () => {
        leaderListener = () => undefined
      }
    },
    logger,
  })
  return { stop, becomeLeader: () => leaderListener() }
}

describe('reassignment completer', () => {
  it('completes once both new replicas are in the ISR, and writes it once', async () => {
    const metadata = new FakeMetadata(moving([1, 2]))
    start(metadata)
    await settle()
    expect(metadata.commits).toBe(0)
    metadata.publish(moving([1, 2, 3]))
    await settle()
    expect(metadata.commits).toBe(0)
    metadata.publish(moving([1, 2, 3, 4]))
    await settle()
    expect(metadata.commits).toBe(1)
    const p = metadata.image.topicsByName.get('t')?.partitions[0]
    expect([p?.replicas, p?.isr, p?.leader, p?.addingReplicas, p?.removingReplicas]).toEqual([
      [3, 4],
      [3, 4],
      3,
      undefined,
      undefined,
    ])
    // The completion's own image found nothing more to do; nothing is reassigning now.
    const writes = metadata.writes
    metadata.publish(metadata.image)
    await settle()
    expect([metadata.writes, metadata.commits]).toEqual([writes, 1])
  })

  it('does nothing off the active controller, and completes when the node becomes active', async () => {
    const metadata = new FakeMetadata(moving([1, 2, 3, 4]))
    metadata.active = false
    const { becomeLeader } = start(metadata)
    metadata.publish(metadata.image)
    await settle()
    expect([metadata.writes, metadata.commits]).toEqual([0, 0])
    metadata.active = true
    becomeLeader()
    await settle()
    expect(metadata.commits).toBe(1)
  })

  it('keeps one pass in flight; images meanwhile ask for one more pass, which finds nothing left', async () => {
    const metadata = new FakeMetadata(moving([1, 2, 3, 4]))
    metadata.hold = true
    start(metadata)
    metadata.publish(metadata.image)
    metadata.publish(metadata.image)
    await settle()
    expect(metadata.writes).toBe(1)
    metadata.release()
    await settle()
    // The extra pass sees the completed image: nothing is reassigning, so it does not even write.
    expect([metadata.writes, metadata.commits]).toEqual([1, 1])
  })

  it('a write that loses the controller role is dropped quietly; stopped, it runs no more', async () => {
    const metadata = new FakeMetadata(moving([1, 2, 3, 4]))
    metadata.hold = true
    const { stop } = start(metadata)
    await settle()
    metadata.active = false
    metadata.release()
    await settle()
    expect([metadata.writes, metadata.commits]).toEqual([1, 0])
    stop()
    metadata.active = true
    metadata.hold = false
    metadata.publish(metadata.image)
    await settle()
    expect([metadata.writes, metadata.commits]).toEqual([1, 0])
  })
})
