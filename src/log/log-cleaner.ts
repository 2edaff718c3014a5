// The log cleaner's driver (`cleanup.policy=compact`), as Kafka's LogCleaner with one cleaner
// thread: the log manager calls `cleanOnce` every `log.cleaner.backoff.ms`; a round picks the
// filthiest compacted log (cleaner/cleanable.ts pickFilthiest over every compacted log, with
// the first dirty offset from `cleaner-offset-checkpoint` in its log dir), runs
// cleaner/clean-log.ts over it, and for each group of segments writes the cleaned segment as
// `<base>.*.cleaned` through a LogSegment (so its offset and time indexes are built as it is
// written, and its `.txnindex` holds the aborted transactions still needed), fsyncs it, and
// swaps it in for the group with PartitionLog.replaceSegments: one synchronous step, the
// `.cleaned` / `.swap` scheme of segment-swap.ts, which also finishes or rolls back a swap
// interrupted by a crash when the log opens. The round ends by writing the new first dirty
// offset to the checkpoint.
//
// The round runs on the event loop, off the request path: it reads one chunk of batches at a
// time and yields to the loop (setImmediate) after each, so produce and fetch interleave with
// it; with `log.cleaner.io.max.bytes.per.second` set, it also sleeps to keep its reads and
// writes under that rate. The active segment is never cleaned (clean-log.ts asserts it). The
// producers' last batches are kept even when emptied (keepLastBatchOfProducers), so
// idempotent producers keep their sequence state across a clean.
//
// Not done here (yet): a worker thread, `log.cleaner.threads` > 1, preserving the replaced
// segment's mtime on the cleaned one (retention by time reads the largest record timestamp,
// which cleaning keeps or lowers), delayed deletion of the replaced files (they are unlinked
// at once; an async ListOffsets-by-time on a replaced segment may fail and be retried).
import { join } from 'node:path'
import { LAST_OFFSET_DELTA_OFFSET, MAX_TIMESTAMP_OFFSET } from '../protocol/records/batch.js'
import type { Clock } from '../util/clock.js'
import { readOffsetCheckpoint, type TopicPartitionOffset, writeOffsetCheckpoint } from './checkpoint-file.js'
import {
  type CleanerSegmentStats,
  type CleanStats,
  cleanLog,
  DEFAULT_DEDUPE_BUFFER_BYTES,
  type GroupableSegment,
  keepLastBatchOfProducers,
  type LastRecordOfProducer,
  type LogToClean,
  logToClean,
  OffsetMap,
  offsetMapMemoryBytes,
  pickFilthiest,
} from './cleaner/index.js'
import type { FileSystem } from './fs.js'
import { isCompacted } from './log-config.js'
import { readInt64 } from './offset-index.js'
import type { PartitionLog } from './partition-log.js'
import { LogSegment, segmentFileName, TXN_INDEX_SUFFIX } from './segment.js'
import { CLEANED_SUFFIX, deleteCleanedFiles } from './segment-swap.js'

export const CLEANER_OFFSET_CHECKPOINT = 'cleaner-offset-checkpoint'

export interface LogCleanerConfig {
  /** `log.cleaner.enable` */
  readonly enable: boolean
  /** `log.cleaner.backoff.ms`: time between rounds. */
  readonly backoffMs: number
  /** `log.cleaner.io.max.bytes.per.second`: Infinity = unthrottled (Kafka's Double.MAX_VALUE). */
  readonly ioMaxBytesPerSecond: number
  /** `log.cleaner.dedupe.buffer.size`: the offset map's memory, allocated at the first round. */
  readonly dedupeBufferBytes: number
  /** Bytes read from a segment at a time (Kafka's `log.cleaner.io.buffer.size` order). */
  readonly readChunkBytes: number
}

export const DEFAULT_CLEANER_CONFIG: LogCleanerConfig = Object.freeze({
  enable: true,
  backoffMs: 15_000,
  ioMaxBytesPerSecond: Number.POSITIVE_INFINITY,
  dedupeBufferBytes: DEFAULT_DEDUPE_BUFFER_BYTES,
  readChunkBytes: 1 << 20,
})

/** Reads the cleaner keys of broker properties (absent or invalid ones keep the defaults). */
export function cleanerConfigFromProperties(props: ReadonlyMap<string, string>): LogCleanerConfig {
  const num = (name: string, fallback: number, min: number): number => {
    const text = props.get(name)
    const value = text === undefined ? Number.NaN : Number(text.trim())
    return Number.isFinite(value) && value >= min ? value : fallback
  }
  return Object.freeze({
    enable: (props.get('log.cleaner.enable') ?? 'true').trim() !== 'false',
    backoffMs: num('log.cleaner.backoff.ms', DEFAULT_CLEANER_CONFIG.backoffMs, 1),
    ioMaxBytesPerSecond: num('log.cleaner.io.max.bytes.per.second', DEFAULT_CLEANER_CONFIG.ioMaxBytesPerSecond, 1),
    dedupeBufferBytes: num('log.cleaner.dedupe.buffer.size', DEFAULT_CLEANER_CONFIG.dedupeBufferBytes, 1024),
    readChunkBytes: DEFAULT_CLEANER_CONFIG.readChunkBytes,
  })
}

/** A log as the cleaner gets it from the log manager. */
export interface CleanableLog {
  readonly topic: string
  readonly partition: number
  readonly log: PartitionLog
  readonly logDir: string
}

/** Kafka's cleaner metrics. */
export interface LogCleanerMetrics {
  rounds: number
  bytesRead: number
  bytesWritten: number
  /** Wall time the last round ended, -1 before the first. */
  lastCleanMs: number
  lastRoundDurationMs: number
  /** Largest dirty ratio among compacted logs at the last pick (Kafka's max-dirty-percent / 100). */
  maxDirtyRatio: number
  lastCleanStats: CleanStats | null
}

export interface LogCleanerOptions {
  readonly fs: FileSystem
  readonly clock: Clock
  readonly config?: Partial<LogCleanerConfig>
  readonly warn?: (message: string) => void
}

interface SegmentView extends CleanerSegmentStats, GroupableSegment {
  readonly segment: LogSegment
  chunks(): AsyncIterable<Buffer>
}

const tpKey = (topic: string, partition: number) => `${topic}-${partition}`

export class LogCleaner {
  readonly config: LogCleanerConfig
  readonly metrics: LogCleanerMetrics = {
    rounds: 0,
    bytesRead: 0,
    bytesWritten: 0,
    lastCleanMs: -1,
    lastRoundDurationMs: 0,
    maxDirtyRatio: 0,
    lastCleanStats: null,
  }
  /** Log dir -> `<topic>-<partition>` -> first dirty offset, as in the checkpoint file. */
  private readonly checkpoints = new Map<string, Map<string, number>>()
  private map: OffsetMap | null = null
  private running: Promise<boolean> | null = null
  private stopped = false
  /** Throttle: bytes moved and when the current measuring window started. */
  private ioBytes = 0
  private ioSinceMs = 0

  constructor(private readonly options: LogCleanerOptions) {
    this.config = { ...DEFAULT_CLEANER_CONFIG, ...options.config }
  }

  /** The first dirty offset the checkpoint holds for a log, null when none. */
  checkpointOf(logDir: string, topic: string, partition: number): number | null {
    return this.checkpointsOf(logDir).get(tpKey(topic, partition)) ?? null
  }

  /**
   * One round: cleans the filthiest compacted log, if any qualifies. Returns whether a log was
   * cleaned. A call while a round runs shares it.
   */
  cleanOnce(logs: readonly CleanableLog[]): Promise<boolean> {
    if (this.stopped || !this.config.enable) return Promise.resolve(false)
    this.running ??= this.round(logs).finally(() => {
      this.running = null
    })
    return this.running
  }

  /** Stops after the current batch; resolves when the round in progress has ended. */
  async stop(): Promise<void> {
    this.stopped = true
    await this.running?.catch(() => {})
  }

  private checkpointsOf(logDir: string): Map<string, number> {
    let found = this.checkpoints.get(logDir)
    if (found === undefined) {
      found = new Map()
      try {
        for (const e of readOffsetCheckpoint(this.options.fs, join(logDir, CLEANER_OFFSET_CHECKPOINT))) {
          found.set(tpKey(e.topic, e.partition), e.offset)
        }
      } catch (err) {
        this.options.warn?.(`ignoring cleaner checkpoint in ${logDir}: ${String(err)}`)
      }
      this.checkpoints.set(logDir, found)
    }
    return found
  }

  private async writeCheckpoint(logDir: string, logs: readonly CleanableLog[]): Promise<void> {
    const offsets = this.checkpointsOf(logDir)
    const live = new Set(logs.filter((l) => l.logDir === logDir).map((l) => tpKey(l.topic, l.partition)))
    const entries: TopicPartitionOffset[] = []
    for (const l of logs) {
      const offset = offsets.get(tpKey(l.topic, l.partition))
      if (l.logDir === logDir && offset !== undefined) entries.push({ topic: l.topic, partition: l.partition, offset })
    }
    for (const k of [...offsets.keys()]) if (!live.has(k)) offsets.delete(k)
    await writeOffsetCheckpoint(this.options.fs, join(logDir, CLEANER_OFFSET_CHECKPOINT), entries)
  }

  private async round(logs: readonly CleanableLog[]): Promise<boolean> {
    const nowMs = this.options.clock.wallMs()
    const candidates: { logToClean: LogToClean; minCleanableDirtyRatio: number; target: CleanableLog }[] = []
    for (const target of logs) {
      const { log } = target
      if (log.isClosed || !isCompacted(log.logConfig)) continue
      const config = log.logConfig
      const view = {
        segments: log.segmentsForCleaning().map((s) => ({
          baseOffset: s.baseOffset,
          sizeInBytes: s.size,
          largestTimestampMs: s.largestTimestamp,
          firstBatchTimestampMs: Number.isFinite(config.maxCompactionLagMs) ? firstBatchTimestamp(s) : -1,
        })),
        logStartOffset: log.logStartOffset,
        logEndOffset: log.logEndOffset,
        lastStableOffset: log.lastStableOffset,
      }
      const checkpoint = this.checkpointOf(target.logDir, target.topic, target.partition)
      candidates.push({
        logToClean: logToClean(view, checkpoint, nowMs, config),
        minCleanableDirtyRatio: config.minCleanableDirtyRatio,
        target,
      })
    }
    const { chosen, maxDirtyRatio } = pickFilthiest(candidates)
    this.metrics.maxDirtyRatio = maxDirtyRatio
    if (chosen === null) return false
    const startedMs = this.options.clock.monotonicMs()
    const cleaned = await this.clean(chosen.target, chosen.logToClean, nowMs)
    if (cleaned) {
      await this.writeCheckpoint(chosen.target.logDir, logs)
      this.metrics.rounds++
      this.metrics.lastCleanMs = this.options.clock.wallMs()
      this.metrics.lastRoundDurationMs = this.options.clock.monotonicMs() - startedMs
    }
    return cleaned
  }

  /** Cleans one log; false when it was abandoned (the log changed under it, stop, an error). */
  private async clean(target: CleanableLog, candidate: LogToClean, nowMs: number): Promise<boolean> {
    const { log } = target
    const { fs } = this.options
    const config = log.logConfig
    this.map ??= new OffsetMap(offsetMapMemoryBytes(this.config.dedupeBufferBytes))
    const segments: SegmentView[] = log.segmentsForCleaning().map((segment) => ({
      segment,
      baseOffset: segment.baseOffset,
      sizeInBytes: segment.size,
      largestTimestampMs: segment.largestTimestamp,
      firstBatchTimestampMs: -1,
      offsetIndexBytes: segment.offsetIndex.sizeInBytes(),
      timeIndexBytes: segment.timeIndex.sizeInBytes(),
      chunks: () => this.readChunks(segment),
    }))
    const lastRecords = new Map<number, LastRecordOfProducer>()
    for (const entry of log.activeProducers()) {
      const last = entry.lastDataOffset
      lastRecords.set(entry.producerId, {
        lastDataOffset: last >= 0 ? last : null,
        producerEpoch: entry.producerEpoch,
      })
    }
    let writing: LogSegment | null = null
    let writingBase = -1
    let group: LogSegment[] = []
    try {
      for await (const event of cleanLog({
        segments,
        firstDirtyOffset: candidate.firstDirtyOffset,
        firstUncleanableOffset: candidate.firstUncleanableOffset,
        map: this.map,
        nowMs,
        deleteRetentionMs: config.deleteRetentionMs,
        segmentBytes: config.segmentBytes,
        segmentIndexBytes: config.segmentIndexBytes,
        abortedTransactions: segments.flatMap((s) => s.segment.txnIndex.allAbortedTxns()),
        keepEmptyBatchFor: keepLastBatchOfProducers(lastRecords),
      })) {
        if (this.stopped || log.isClosed) throw new Abandoned()
        switch (event.kind) {
          case 'groupStart':
            deleteCleanedFiles(fs, log.dir, event.baseOffset)
            writingBase = event.baseOffset
            group = event.replaces.map((s) => s.segment)
            writing = LogSegment.open(
              fs,
              log.dir,
              event.baseOffset,
              config,
              this.options.clock.wallMs(),
              CLEANED_SUFFIX,
            )
            break
          case 'batches':
            for (const buf of event.buffers) {
              const lastOffset = readInt64(buf, 0) + buf.readInt32BE(LAST_OFFSET_DELTA_OFFSET)
              const maxTimestamp = readInt64(buf, MAX_TIMESTAMP_OFFSET)
              writing!.append(buf, [{ position: 0, sizeInBytes: buf.length, lastOffset, maxTimestamp }])
              await this.throttle(buf.length)
              this.metrics.bytesWritten += buf.length
            }
            break
          case 'groupEnd': {
            const segment = writing!
            for (const txn of event.abortedTxns) segment.txnIndex.append(txn)
            segment.onBecomeInactive()
            await segment.sync()
            segment.close()
            writing = null
            // Every file of the cleaned segment exists, an empty `.txnindex` included (segment-swap.ts).
            const txnPath = join(log.dir, segmentFileName(event.baseOffset, TXN_INDEX_SUFFIX) + CLEANED_SUFFIX)
            if (!fs.exists(txnPath)) fs.open(txnPath, 'create').close()
            if (this.stopped || log.isClosed) throw new Abandoned()
            if (!log.replaceSegments(event.baseOffset, group)) throw new Abandoned()
            writingBase = -1
            await fs.syncDir(log.dir)
            break
          }
          case 'done': {
            this.checkpointsOf(target.logDir).set(tpKey(target.topic, target.partition), event.endOffset)
            this.metrics.lastCleanStats = event.cleanStats
            this.metrics.bytesRead += event.cleanStats.bytesRead + event.buildStats.bytesRead
            break
          }
        }
      }
      return true
    } catch (err) {
      writing?.close()
      if (writingBase >= 0) deleteCleanedFiles(fs, log.dir, writingBase)
      if (!(err instanceof Abandoned) && !log.isClosed) {
        this.options.warn?.(`cleaning ${target.topic}-${target.partition} failed: ${String(err)}`)
      }
      return false
    }
  }

  private async *readChunks(segment: LogSegment): AsyncGenerator<Buffer> {
    for (const chunk of segment.chunks(this.config.readChunkBytes)) {
      yield chunk
      await this.throttle(chunk.length)
    }
  }

  /** Yields to the event loop, and sleeps when over `log.cleaner.io.max.bytes.per.second`. */
  private async throttle(bytes: number): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve))
    const limit = this.config.ioMaxBytesPerSecond
    if (!Number.isFinite(limit)) return
    const now = this.options.clock.monotonicMs()
    if (now - this.ioSinceMs > 1_000) {
      this.ioSinceMs = now
      this.ioBytes = 0
    }
    this.ioBytes += bytes
    const dueMs = this.ioSinceMs + (this.ioBytes / limit) * 1_000
    if (dueMs > now) await new Promise<void>((resolve) => setTimeout(resolve, dueMs - now))
  }
}

class Abandoned extends Error {}

/** The first batch's maxTimestamp (max.compaction.lag.ms), -1 when the segment is empty. */
function firstBatchTimestamp(segment: LogSegment): number {
  const read = segment.read(segment.baseOffset, 1, segment.size, true)
  if (read === null || read.records.length < MAX_TIMESTAMP_OFFSET + 8) return -1
  return readInt64(read.records, MAX_TIMESTAMP_OFFSET)
}
