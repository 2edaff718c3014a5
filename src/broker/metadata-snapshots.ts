// When this node writes a metadata snapshot, as Kafka's SnapshotGenerator does on every KRaft node
// (controllers and brokers alike): once the metadata batches committed since the last snapshot
// add up to `metadata.log.max.record.bytes.between.snapshots` bytes (default 20 MiB), or once
// `metadata.log.max.snapshot.interval.ms` (default one hour; 0: never by time) has passed since
// the last snapshot with new records committed meanwhile. Kafka checks the time only when a batch
// is published (its controller writes a no-op record every 500 ms); with no such heartbeat here,
// a timer armed by the first batch after a snapshot does the time check.
//
// A snapshot is the committed image (MetadataLog.image) as records (metadata/snapshot.ts), handed
// to RaftDriver.createSnapshot at the image's end offset. The driver writes the `.checkpoint` file
// (fsynced, renamed), and only then drops the log below it and the previous snapshot: the log a
// snapshot covers is deleted as soon as the snapshot is durable. Kafka keeps it a while longer
// (`metadata.log.segment.ms`, `metadata.max.retention.*`) so followers slightly behind fetch
// batches rather than a snapshot; here they fetch the snapshot (FetchSnapshot), which is correct,
// only costlier. One snapshot is written at a time; a loaded snapshot (restart, FetchSnapshot)
// counts as the last one.
import type { Logger } from 'pino'
import { encodeMetadataRecord } from '../metadata/records.js'
import { imageToRecords } from '../metadata/snapshot.js'
import type { CommittedBatch, RaftDriver } from '../raft/driver.js'
import type { Clock } from '../util/clock.js'
import type { Scheduler } from '../util/scheduler.js'
import type { MetadataLog } from './metadata-log.js'

export const MAX_BYTES_BETWEEN_SNAPSHOTS = 'metadata.log.max.record.bytes.between.snapshots'
export const MAX_SNAPSHOT_INTERVAL_MS = 'metadata.log.max.snapshot.interval.ms'
export const DEFAULT_MAX_BYTES_BETWEEN_SNAPSHOTS = 20 * 1024 * 1024
export const DEFAULT_MAX_SNAPSHOT_INTERVAL_MS = 60 * 60 * 1000

export interface MetadataSnapshotsOptions {
  readonly metadata: MetadataLog
  readonly quorum: RaftDriver
  /** Kafka properties; the two above are read from them. */
  readonly properties: ReadonlyMap<string, string>
  readonly scheduler: Scheduler
  readonly clock: Clock
  readonly logger: Logger
}

export interface SnapshotPolicy {
  readonly maxBytesBetweenSnapshots: number
  /** 0: no snapshot because of time alone. */
  readonly maxSnapshotIntervalMs: number
}

export function snapshotPolicyFromProperties(properties: ReadonlyMap<string, string>): SnapshotPolicy {
  const read = (key: string, fallback: number, min: number): number => {
    const text = properties.get(key)?.trim()
    if (text === undefined || text === '') return fallback
    const value = Number(text)
    if (!Number.isSafeInteger(value) || value < min) throw new Error(`${key} must be an integer >= ${min}: ${text}`)
    return value
  }
  return {
    maxBytesBetweenSnapshots: read(MAX_BYTES_BETWEEN_SNAPSHOTS, DEFAULT_MAX_BYTES_BETWEEN_SNAPSHOTS, 1),
    maxSnapshotIntervalMs: read(MAX_SNAPSHOT_INTERVAL_MS, DEFAULT_MAX_SNAPSHOT_INTERVAL_MS, 0),
  }
}

/** One generator per metadata log: a second start on the same log shares the first. */
const running = new WeakMap<MetadataLog, { stop: () => void; users: number }>()

/**
 * Starts writing snapshots of `metadata` on this node; the returned function stops it (a snapshot
 * being written still finishes, or fails once the quorum closes). Call it before closing the quorum.
 */
export function startMetadataSnapshots(options: MetadataSnapshotsOptions): () => void {
  const shared = running.get(options.metadata)
  if (shared !== undefined) {
    shared.users++
    return once(() => release(options.metadata))
  }
  const entry = { stop: generate(options), users: 1 }
  running.set(options.metadata, entry)
  return once(() => release(options.metadata))
}

function release(metadata: MetadataLog): void {
  const entry = running.get(metadata)
  if (entry === undefined) return
  entry.users--
  if (entry.users > 0) return
  running.delete(metadata)
  entry.stop()
}

function once(f: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    f()
  }
}

function generate(options: MetadataSnapshotsOptions): () => void {
  const { metadata, quorum, scheduler, clock, logger } = options
  const policy = snapshotPolicyFromProperties(options.properties)
  let stopped = false
  /** Bytes of committed batches since the last snapshot (written or loaded). */
  let bytesSinceSnapshot = 0
  let lastSnapshotMs = clock.monotonicMs()
  let writing = false
  let cancelTimer: (() => void) | null = null
  let cancelCheck: (() => void) | null = null

  const onBatch = (batch: CommittedBatch) => {
    if (batch.snapshot === true) {
      bytesSinceSnapshot = 0
      lastSnapshotMs = clock.monotonicMs()
      return
    }
    // The batch is still in the log while its listeners run (the log is only cut by a snapshot).
    bytesSinceSnapshot += quorum.log.batchAt(batch.baseOffset).sizeInBytes
    if (bytesSinceSnapshot >= policy.maxBytesBetweenSnapshots) {
      // Not inside the driver's delivery loop: its delivered offset moves past this batch first.
      cancelCheck ??= scheduler.schedule(0, () => {
        cancelCheck = null
        check()
      })
    } else {
      armTimer()
    }
  }

  /** The time check, due `maxSnapshotIntervalMs` after the last snapshot, while records wait. */
  const armTimer = () => {
    if (stopped || policy.maxSnapshotIntervalMs === 0 || cancelTimer !== null || bytesSinceSnapshot === 0) return
    const dueInMs = Math.max(0, lastSnapshotMs + policy.maxSnapshotIntervalMs - clock.monotonicMs())
    cancelTimer = scheduler.schedule(dueInMs, () => {
      cancelTimer = null
      check()
    })
  }

  const check = () => {
    if (stopped || writing || bytesSinceSnapshot === 0) return
    const bytesDue = bytesSinceSnapshot >= policy.maxBytesBetweenSnapshots
    const timeDue =
      policy.maxSnapshotIntervalMs > 0 && clock.monotonicMs() - lastSnapshotMs >= policy.maxSnapshotIntervalMs
    if (bytesDue || timeDue) write(bytesDue ? 'bytes' : 'time')
    else armTimer()
  }

  const write = (reason: 'bytes' | 'time') => {
    const image = metadata.image
    const endOffset = BigInt(image.offset) + 1n
    // Nothing replayed since the snapshot the log starts at (only leader-change batches followed it).
    if (endOffset <= quorum.log.logStartOffset()) {
      bytesSinceSnapshot = 0
      lastSnapshotMs = clock.monotonicMs()
      return
    }
    const records = imageToRecords(image).map((record) => encodeMetadataRecord(record))
    const covered = bytesSinceSnapshot
    const previousSnapshotMs = lastSnapshotMs
    // The snapshot holds the state of now: the interval to the next one counts from here.
    lastSnapshotMs = clock.monotonicMs()
    bytesSinceSnapshot = 0
    writing = true
    cancelTimer?.()
    cancelTimer = null
    quorum.createSnapshot(endOffset, records).then(
      (id) => {
        writing = false
        if (id.offset !== endOffset) {
          // A snapshot loaded from the leader meanwhile covers as much: ours was dropped.
          logger.info({ offset: Number(endOffset), loaded: Number(id.offset) }, 'metadata snapshot superseded')
          check()
          return
        }
        logger.info(
          { offset: Number(id.offset), epoch: id.epoch, records: records.length, reason, bytesSinceSnapshot: covered },
          'metadata snapshot written',
        )
        // Batches committed while it was written may already be due for the next one.
        check()
      },
      (err: unknown) => {
        writing = false
        // Counted again, so the next batch (or the timer) retries; a closing quorum rejects, and then nothing follows.
        if (quorum.log.logStartOffset() < endOffset) {
          bytesSinceSnapshot += covered
          lastSnapshotMs = previousSnapshotMs
        }
        if (stopped) return
        logger.warn({ err, offset: Number(endOffset) }, 'metadata snapshot failed')
        armTimer()
      },
    )
  }

  const unsubscribe = quorum.onCommit(onBatch)
  // Batches replayed at subscription (the log after the snapshot it starts at) may already be due.
  cancelCheck ??= scheduler.schedule(0, () => {
    cancelCheck = null
    check()
  })
  return () => {
    stopped = true
    unsubscribe()
    cancelTimer?.()
    cancelCheck?.()
  }
}
