// Goal: a node's metadata snapshots through the real quorum driver: MetadataLog replaces its image
// with a snapshot batch and tells its listeners; startMetadataSnapshots writes a snapshot once the
// committed bytes pass metadata.log.max.record.bytes.between.snapshots (or the interval passed
// with new records), the log below it goes, and a restart rebuilds the same image from the
// snapshot and the log after it. A running follower cut off while the others snapshot past it
// loads their snapshot, and its image listeners see it as one new image.
// Method: one voter (three for the follower) (driver-kit.ts: real log dir and timers, in-memory transport), MetadataLog and
// the generator on it; records written through MetadataLog.write as the controller writes them.
// The time trigger runs on a ManualClock and ManualScheduler.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pino } from 'pino'
import { afterEach, expect, it } from 'vitest'
import { MetadataLog, type WritableRecord } from '../../../src/broker/metadata-log.js'
import {
  MAX_BYTES_BETWEEN_SNAPSHOTS,
  MAX_SNAPSHOT_INTERVAL_MS,
  snapshotPolicyFromProperties,
  startMetadataSnapshots,
} from '../../../src/broker/metadata-snapshots.js'
import type { BrokerImage, MetadataImage } from '../../../src/metadata/image.js'
import { encodeMetadataRecord } from '../../../src/metadata/records.js'
import { imageToRecords } from '../../../src/metadata/snapshot.js'
import type { CommittedBatch, RaftDriver } from '../../../src/raft/driver.js'
import { ManualClock, systemClock } from '../../../src/util/clock.js'
import { ManualScheduler, type Scheduler } from '../../../src/util/scheduler.js'
import { TestCluster, type TestNode, waitFor } from '../raft/driver-kit.js'

const silent = pino({ level: 'silent' })
const realTimers: Scheduler = {
  schedule(delayMs, task) {
    const timer = setTimeout(task, delayMs)
    return () => clearTimeout(timer)
  },
}

let cluster: TestCluster | null = null
const stops: (() => void)[] = []
afterEach(async () => {
  for (const stop of stops.splice(0)) stop()
  await cluster?.destroy()
  cluster = null
})

function checkpoints(node: TestNode): string[] {
  return readdirSync(join(node.dir, '__cluster_metadata-0'))
    .filter((n) => n.includes('.checkpoint'))
    .sort()
}

function register(brokerId: number, brokerEpoch: bigint): WritableRecord {
  return {
    type: 'RegisterBrokerRecord',
    data: {
      brokerId,
      isMigratingZkBroker: false,
      incarnationId: Buffer.alloc(16, brokerId),
      brokerEpoch,
      endPoints: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9000 + brokerId, securityProtocol: 0 }],
      features: [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 21 }],
      rack: null,
      fenced: true,
      inControlledShutdown: false,
      logDirs: [],
    },
  }
}

function topic(n: number, partitions: number): WritableRecord[] {
  const topicId = Buffer.alloc(16, n)
  const records: WritableRecord[] = [{ type: 'TopicRecord', data: { name: `topic-${n}`, topicId } }]
  for (let partitionId = 0; partitionId < partitions; partitionId++) {
    const replicas = [1, 2, 3].map((i) => ((partitionId + i) % 3) + 1)
    records.push({
      type: 'PartitionRecord',
      data: {
        partitionId,
        topicId,
        replicas,
        isr: replicas,
        removingReplicas: [],
        addingReplicas: [],
        leader: replicas[0] as number,
        leaderRecoveryState: 0,
        leaderEpoch: 0,
        partitionEpoch: 0,
        directories: [],
        eligibleLeaderReplicas: null,
        lastKnownElr: null,
      },
    })
  }
  records.push({
    type: 'ConfigRecord',
    data: { resourceType: 2, resourceName: `topic-${n}`, name: 'retention.ms', value: String(1000 * n) },
  })
  return records
}

async function write(metadata: MetadataLog, records: (image: MetadataImage) => WritableRecord[]): Promise<void> {
  await metadata.write((image) => ({ records: records(image), result: undefined }))
}

/** A restart or a snapshot load sets every broker's offsets to those of the snapshot (Kafka's replay). */
function withoutOffsets(image: MetadataImage) {
  const brokers = [...image.brokers.values()].map(
    ({ registrationOffset: _r, controlledShutdownOffset: _c, ...rest }: BrokerImage) => rest,
  )
  return { ...image, brokers }
}

it('MetadataLog replaces its image with a snapshot batch and tells its listeners', () => {
  const listeners: ((batch: CommittedBatch) => void)[] = []
  const quorum = { onCommit: (l: (batch: CommittedBatch) => void) => listeners.push(l) && (() => {}) }
  const metadata = MetadataLog.open(quorum as unknown as RaftDriver)
  const seen: MetadataImage[] = []
  metadata.onImage((image) => seen.push(image))
  const deliver = (batch: CommittedBatch) => {
    for (const l of listeners) l(batch)
  }
  deliver({
    baseOffset: 0n,
    lastOffset: 3n,
    epoch: 1,
    appendTimeMs: 0,
    records: topic(1, 2).map(encodeMetadataRecord),
  })
  expect(metadata.image.topicsByName.has('topic-1')).toBe(true)
  const snapshotOf = topic(2, 1)
  deliver({
    baseOffset: 0n,
    lastOffset: 99n,
    epoch: 2,
    appendTimeMs: 0,
    records: snapshotOf.map(encodeMetadataRecord),
    snapshot: true,
  })
  expect(seen.map((i) => [i.offset, [...i.topicsByName.keys()]])).toEqual([
    [3, ['topic-1']],
    [99, ['topic-2']],
  ])
  expect(metadata.image.configs.get('2:topic-1')).toBeUndefined()
  expect(metadata.image.configs.get('2:topic-2')).toEqual(new Map([['retention.ms', '2000']]))
})

it('reads the two thresholds with Kafka defaults', () => {
  expect(snapshotPolicyFromProperties(new Map())).toEqual({
    maxBytesBetweenSnapshots: 20971520,
    maxSnapshotIntervalMs: 3600000,
  })
  expect(() => snapshotPolicyFromProperties(new Map([[MAX_BYTES_BETWEEN_SNAPSHOTS, '0']]))).toThrow('>= 1')
})

it('a node snapshots past the byte threshold, cuts its log, and rebuilds the same image after a restart', async () => {
  cluster = new TestCluster([1])
  await cluster.start()
  let node = await cluster.readyLeader()
  let metadata = MetadataLog.open(node.driver)
  const properties = new Map([
    [MAX_BYTES_BETWEEN_SNAPSHOTS, '2000'],
    [MAX_SNAPSHOT_INTERVAL_MS, '0'],
  ])
  const stop = startMetadataSnapshots({
    metadata,
    quorum: node.driver,
    properties,
    scheduler: realTimers,
    clock: systemClock,
    logger: silent,
  })
  stops.push(stop)

  await write(metadata, () => [{ type: 'FeatureLevelRecord', data: { name: 'metadata.version', featureLevel: 21 } }])
  for (const id of [1, 2, 3]) await write(metadata, (image) => [register(id, BigInt(image.offset + 2))])
  await write(metadata, (image) => [
    { type: 'UnfenceBrokerRecord', data: { id: 2, epoch: image.brokers.get(2)?.brokerEpoch ?? -1n } },
  ])
  for (let n = 1; n <= 12; n++) await write(metadata, () => topic(n, 3))
  await write(metadata, () => [
    { type: 'RemoveTopicRecord', data: { topicId: Buffer.alloc(16, 4) } },
    { type: 'ProducerIdsRecord', data: { brokerId: 1, brokerEpoch: 1n, nextProducerId: 1000n } },
    { type: 'ConfigRecord', data: { resourceType: 4, resourceName: '', name: 'log.retention.ms', value: '7' } },
  ])
  await waitFor(() => checkpoints(node).length === 1 && node.driver.committedBytesSinceSnapshot() < 2000)
  // No more snapshots from here: once the one being written (if any) is done, the log start stays.
  stop()
  await waitFor(() => node.driver.log.logStartOffset() === BigInt(checkpoints(node)[0]?.slice(0, 20) ?? -1))
  const [file] = checkpoints(node)
  expect(file).toMatch(/^\d{20}-0000000001\.checkpoint$/)
  const snapshotOffset = BigInt(file?.slice(0, 20) as string)
  expect(snapshotOffset).toBeGreaterThan(0n)
  expect(node.driver.log.latestSnapshot()).toEqual({ offset: snapshotOffset, epoch: 1 })

  // A tail after the snapshot.
  await write(metadata, () => topic(20, 1))
  await write(metadata, (image) => [register(3, BigInt(image.offset + 1))])
  const before = metadata.image
  expect(BigInt(before.offset)).toBeGreaterThanOrEqual(snapshotOffset)
  expect(before.topicsByName.size).toBe(12)
  expect(before.brokers.size).toBe(3)

  metadata.close()
  await cluster.stopNode(1)
  node = await cluster.startNode(1)
  metadata = MetadataLog.open(node.driver)
  await cluster.readyLeader()
  await waitFor(() => metadata.image.offset === before.offset)
  // The snapshot, then the batches after it (the tail's two at least).
  expect(node.committed[0]?.snapshot).toBe(true)
  expect(node.committed[0]?.lastOffset).toBe(snapshotOffset - 1n)
  expect(node.committed.slice(1).filter((b) => b.snapshot === true)).toEqual([])
  expect(node.committed.length).toBeGreaterThanOrEqual(3)
  expect(node.driver.log.logStartOffset()).toBe(snapshotOffset)
  expect(withoutOffsets(metadata.image)).toStrictEqual(withoutOffsets(before))
  expect(imageToRecords(metadata.image)).toStrictEqual(imageToRecords(before))
  // Brokers registered before the snapshot stand at its offset; broker 3 re-registered after it.
  expect(metadata.image.brokers.get(1)?.registrationOffset).toBe(Number(snapshotOffset) - 1)
  expect(metadata.image.brokers.get(3)?.registrationOffset).toBe(before.brokers.get(3)?.registrationOffset)
  expect(metadata.image.brokers.get(2)?.fenced).toBe(false)
  expect(metadata.image.nextProducerId).toBe(1000)
  metadata.close()
})

it('a node snapshots when the interval has passed with new records, and not without them', async () => {
  cluster = new TestCluster([1])
  await cluster.start()
  const node = await cluster.readyLeader()
  const metadata = MetadataLog.open(node.driver)
  const clock = new ManualClock()
  const scheduler = new ManualScheduler(clock)
  const stop = startMetadataSnapshots({
    metadata,
    quorum: node.driver,
    properties: new Map([[MAX_SNAPSHOT_INTERVAL_MS, '1000']]),
    scheduler,
    clock,
    logger: silent,
  })
  stops.push(stop)
  scheduler.runDue()
  clock.advance(5000)
  scheduler.runDue()
  // No metadata record yet: nothing to snapshot, however long.
  expect(checkpoints(node)).toEqual([])

  await write(metadata, () => topic(1, 2))
  // The interval counts from the start (Kafka: the generator's creation), which is long past.
  expect(scheduler.runDue()).toBe(1)
  const firstOffset = BigInt(metadata.image.offset) + 1n
  await waitFor(() => node.driver.log.logStartOffset() === firstOffset)
  const first = checkpoints(node)[0]
  expect(first).toBe(`${firstOffset.toString().padStart(20, '0')}-0000000001.checkpoint`)

  await write(metadata, () => topic(2, 1))
  clock.advance(999)
  expect(scheduler.runDue()).toBe(0)
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(checkpoints(node)).toEqual([first])
  clock.advance(1)
  expect(scheduler.runDue()).toBe(1)
  await waitFor(() => checkpoints(node)[0] !== first)
  expect(checkpoints(node)).toEqual([
    `${(BigInt(metadata.image.offset) + 1n).toString().padStart(20, '0')}-0000000001.checkpoint`,
  ])
  stop()
  metadata.close()
})

it('a running follower cut off past the snapshots loads one, and its listeners get it as a new image', async () => {
  cluster = new TestCluster([1, 2, 3])
  await cluster.start()
  const leader = await cluster.readyLeader()
  const logs = new Map<number, MetadataLog>()
  for (const n of cluster.running()) {
    const metadata = MetadataLog.open(n.driver)
    logs.set(n.id, metadata)
    stops.push(() => metadata.close())
    stops.push(
      startMetadataSnapshots({
        metadata,
        quorum: n.driver,
        properties: new Map([[MAX_BYTES_BETWEEN_SNAPSHOTS, '2000']]),
        scheduler: realTimers,
        clock: systemClock,
        logger: silent,
      }),
    )
  }
  const leaderLog = logs.get(leader.id) as MetadataLog
  const follower = cluster.running().find((n) => n.id !== leader.id) as TestNode
  const followerLog = logs.get(follower.id) as MetadataLog
  const seen: MetadataImage[] = []
  followerLog.onImage((image) => seen.push(image))

  await write(leaderLog, () => topic(1, 2))
  await waitFor(() => followerLog.image.topicsByName.has('topic-1'))
  cluster.network.cut.add(follower.id)
  const leftAt = follower.driver.log.endOffset()
  for (let n = 2; n <= 12; n++) await write(leaderLog, () => topic(n, 3))
  await write(leaderLog, () => [{ type: 'RemoveTopicRecord', data: { topicId: Buffer.alloc(16, 1) } }])
  await waitFor(() => leader.driver.log.logStartOffset() > leftAt)
  expect(followerLog.image.topicsByName.has('topic-1')).toBe(true)

  cluster.network.cut.delete(follower.id)
  await waitFor(() => followerLog.image.offset === leaderLog.image.offset, 10_000)
  expect(withoutOffsets(followerLog.image)).toStrictEqual(withoutOffsets(leaderLog.image))
  expect(follower.committed.some((b) => b.snapshot === true)).toBe(true)
  // The listener saw the jump: from an image with topic-1 straight to one at or past the snapshot without it.
  const jump = seen.findIndex((image) => !image.topicsByName.has('topic-1'))
  expect(jump).toBeGreaterThan(0)
  expect(seen[jump - 1]?.topicsByName.has('topic-1')).toBe(true)
  expect(BigInt((seen[jump] as MetadataImage).offset)).toBeGreaterThanOrEqual(leftAt)
  expect(seen[jump]?.topicsByName.size).toBeGreaterThanOrEqual(10)
})
