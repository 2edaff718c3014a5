// Owns the log directories (`log.dirs`) and every partition log in them, as
// Kafka's LogManager: loads them at start (recovering after an unclean
// shutdown), creates and deletes partition logs, and runs the periodic work:
// retention, time-based flushes, checkpoint files, removal of `.deleted`
// segment files after `file.delete.delay.ms`, and log cleaner rounds
// (log-cleaner.ts) every `log.cleaner.backoff.ms`.
//
// Per log dir, Kafka's files: `recovery-point-offset-checkpoint`,
// `log-start-offset-checkpoint`, `replication-offset-checkpoint` (high
// watermarks), and `.kafka_cleanshutdown`, written last at a clean shutdown
// and removed once the logs are loaded, so its presence at start means every
// log was flushed and closed.
import { join } from 'node:path'
import { assert } from '../util/assert.js'
import type { Clock } from '../util/clock.js'
import type { Scheduler } from '../util/scheduler.js'
import {
  CorruptCheckpointError,
  readOffsetCheckpoint,
  type TopicPartitionOffset,
  writeOffsetCheckpoint,
} from './checkpoint-file.js'
import { type FileSystem, writeFileAtomically } from './fs.js'
import { LogCleaner, type LogCleanerConfig } from './log-cleaner.js'
import type { LogConfig } from './log-config.js'
import { PartitionLog } from './partition-log.js'

export const RECOVERY_POINT_CHECKPOINT = 'recovery-point-offset-checkpoint'
export const LOG_START_OFFSET_CHECKPOINT = 'log-start-offset-checkpoint'
export const REPLICATION_OFFSET_CHECKPOINT = 'replication-offset-checkpoint'
export const CLEAN_SHUTDOWN_FILE = '.kafka_cleanshutdown'
const DELETE_DIR_SUFFIX = '-delete'

export interface LogManagerIntervals {
  /** `log.retention.check.interval.ms` */
  readonly retentionCheckMs: number
  /** `log.flush.scheduler.interval.ms` (how often `flush.ms` is checked) */
  readonly flushCheckMs: number
  /** `log.flush.offset.checkpoint.interval.ms` */
  readonly recoveryPointCheckpointMs: number
  /** `log.flush.start.offset.checkpoint.interval.ms` */
  readonly logStartCheckpointMs: number
  /** `producer.id.expiration.check.interval.ms` */
  readonly producerIdExpirationCheckMs: number
}

export const DEFAULT_INTERVALS: LogManagerIntervals = Object.freeze({
  retentionCheckMs: 300_000,
  // Kafka's default is Long.MAX_VALUE (never); a second costs nothing and makes `flush.ms` work when set.
  flushCheckMs: 1_000,
  recoveryPointCheckpointMs: 60_000,
  logStartCheckpointMs: 60_000,
  producerIdExpirationCheckMs: 600_000,
})

export interface LogManagerOptions {
  readonly fs: FileSystem
  readonly logDirs: readonly string[]
  /** Broker-level defaults; `topicConfig` may override per topic. */
  readonly defaults: LogConfig
  readonly topicConfig?: (topic: string) => LogConfig
  readonly clock: Clock
  readonly scheduler: Scheduler
  readonly intervals?: Partial<LogManagerIntervals>
  /** `producer.id.expiration.ms` for every log (default one day). */
  readonly producerIdExpirationMs?: number
  /** The log cleaner's `log.cleaner.*` settings; its rounds run every `backoffMs`. */
  readonly cleaner?: Partial<LogCleanerConfig>
  /** Told about what the manager could not use (a corrupt checkpoint, an unknown directory). */
  readonly warn?: (message: string) => void
}

export interface TopicPartition {
  readonly topic: string
  readonly partition: number
}

interface ManagedLog extends TopicPartition {
  readonly log: PartitionLog
  readonly logDir: string
}

export interface LoadReport {
  readonly partitions: number
  readonly uncleanDirs: readonly string[]
}

export function partitionDirName(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`
}

/** `<topic>-<partition>`; the topic itself may contain '-'. */
export function parsePartitionDirName(name: string): TopicPartition | null {
  const dash = name.lastIndexOf('-')
  if (dash <= 0) return null
  const partition = Number(name.slice(dash + 1))
  if (!Number.isInteger(partition) || partition < 0 || String(partition) !== name.slice(dash + 1)) return null
  return { topic: name.slice(0, dash), partition }
}

const key = (tp: TopicPartition) => partitionDirName(tp)

export class LogManager {
  private readonly logs = new Map<string, ManagedLog>()
  private readonly intervals: LogManagerIntervals
  private readonly cancels = new Set<() => void>()
  private closed = false
  /** Compacts `cleanup.policy=compact` logs (log-cleaner.ts). */
  readonly cleaner: LogCleaner

  private constructor(private readonly options: LogManagerOptions) {
    this.intervals = { ...DEFAULT_INTERVALS, ...options.intervals }
    this.cleaner = new LogCleaner({
      fs: options.fs,
      clock: options.clock,
      config: options.cleaner,
      warn: options.warn,
    })
  }

  /** One cleaner round now (the scheduler runs one every `log.cleaner.backoff.ms`). */
  runCleaner(): Promise<boolean> {
    return this.cleaner.cleanOnce([...this.logs.values()])
  }

  /** Loads every partition log in every log dir, then starts the periodic tasks. */
  static open(options: LogManagerOptions): { manager: LogManager; report: LoadReport } {
    assert(options.logDirs.length > 0, 'at least one log dir')
    const manager = new LogManager(options)
    const uncleanDirs: string[] = []
    for (const dir of options.logDirs) {
      if (!manager.loadDir(dir)) uncleanDirs.push(dir)
    }
    manager.startTasks()
    return { manager, report: { partitions: manager.logs.size, uncleanDirs } }
  }

  /** Loads one log dir; returns whether it had been shut down cleanly. */
  private loadDir(dir: string): boolean {
    const { fs } = this.options
    fs.mkdirs(dir)
    const cleanMarker = join(dir, CLEAN_SHUTDOWN_FILE)
    // A dir with no partitions yet (a first start) has nothing to recover.
    const hadCleanShutdown = fs.exists(cleanMarker) || !fs.list(dir).some((n) => parsePartitionDirName(n) !== null)
    const recoveryPoints = this.readCheckpoint(join(dir, RECOVERY_POINT_CHECKPOINT))
    const logStarts = this.readCheckpoint(join(dir, LOG_START_OFFSET_CHECKPOINT))
    const highWatermarks = this.readCheckpoint(join(dir, REPLICATION_OFFSET_CHECKPOINT))
    for (const name of fs.list(dir)) {
      if (name.startsWith('.') || !fs.isDirectory(join(dir, name))) continue
      if (name.endsWith(DELETE_DIR_SUFFIX)) {
        fs.removeDir(join(dir, name))
        continue
      }
      const tp = parsePartitionDirName(name)
      if (tp === null) {
        this.options.warn?.(`ignoring ${join(dir, name)}: not a <topic>-<partition> directory`)
        continue
      }
      const log = PartitionLog.open({
        fs,
        dir: join(dir, name),
        config: this.configFor(tp.topic),
        clock: this.options.clock,
        hadCleanShutdown,
        recoveryPoint: recoveryPoints.get(name),
        logStartOffset: logStarts.get(name),
        highWatermark: highWatermarks.get(name),
        producerIdExpirationMs: this.options.producerIdExpirationMs,
      })
      this.logs.set(name, { ...tp, log, logDir: dir })
    }
    // From here on a crash is an unclean shutdown.
    if (fs.exists(cleanMarker)) fs.unlink(cleanMarker)
    return hadCleanShutdown
  }

  private readCheckpoint(path: string): Map<string, number> {
    try {
      return new Map(readOffsetCheckpoint(this.options.fs, path).map((e) => [key(e), e.offset]))
    } catch (err) {
      if (!(err instanceof CorruptCheckpointError)) throw err
      // As Kafka: a corrupt checkpoint is ignored, which means a full recovery.
      this.options.warn?.(`ignoring corrupt checkpoint ${path}: ${err.message}`)
      return new Map()
    }
  }

  private configFor(topic: string): LogConfig {
    return this.options.topicConfig?.(topic) ?? this.options.defaults
  }

  get partitionCount(): number {
    return this.logs.size
  }

  getLog(tp: TopicPartition): PartitionLog | undefined {
    return this.logs.get(key(tp))?.log
  }

  /** Every log, for the broker to match against metadata. */
  *allLogs(): Generator<TopicPartition & { readonly log: PartitionLog }> {
    for (const { topic, partition, log } of this.logs.values()) yield { topic, partition, log }
  }

  /** The existing log, or a new empty one in the log dir holding the fewest partitions (as Kafka picks). */
  getOrCreateLog(tp: TopicPartition, config = this.configFor(tp.topic)): PartitionLog {
    assert(!this.closed, 'log manager is closed')
    const existing = this.logs.get(key(tp))
    if (existing !== undefined) return existing.log
    const logDir = this.leastLoadedDir()
    const log = PartitionLog.open({
      fs: this.options.fs,
      dir: join(logDir, partitionDirName(tp)),
      config,
      clock: this.options.clock,
      hadCleanShutdown: true,
      producerIdExpirationMs: this.options.producerIdExpirationMs,
    })
    this.logs.set(key(tp), { ...tp, log, logDir })
    return log
  }

  private leastLoadedDir(): string {
    const counts = new Map(this.options.logDirs.map((d) => [d, 0]))
    for (const { logDir } of this.logs.values()) counts.set(logDir, (counts.get(logDir) ?? 0) + 1)
    let best = this.options.logDirs[0]!
    for (const [dir, count] of counts) if (count < (counts.get(best) ?? 0)) best = dir
    return best
  }

  /**
   * Removes a partition's log (topic deleted, replica moved away). The dir is
   * renamed `...-delete` first, so a crash mid-removal finishes at next start.
   */
  deleteLog(tp: TopicPartition): boolean {
    const managed = this.logs.get(key(tp))
    if (managed === undefined) return false
    this.logs.delete(key(tp))
    const renamed = `${managed.log.dir}.${this.options.clock.wallMs()}${DELETE_DIR_SUFFIX}`
    managed.log.closeFiles()
    this.options.fs.rename(managed.log.dir, renamed)
    this.options.fs.removeDir(renamed)
    return true
  }

  /** Retention for every log; removed segment files go after `file.delete.delay.ms`. */
  runRetention(): number {
    let removed = 0
    for (const { log } of this.logs.values()) {
      const paths = log.deleteOldSegments()
      if (paths.length === 0) continue
      removed += paths.length / 3
      this.deleteLater(paths, log.logConfig.fileDeleteDelayMs)
    }
    return removed
  }

  private deleteLater(paths: readonly string[], delayMs: number): void {
    const cancel = this.options.scheduler.schedule(delayMs, () => {
      this.cancels.delete(cancel)
      for (const path of paths) if (this.options.fs.exists(path)) this.options.fs.unlink(path)
    })
    this.cancels.add(cancel)
  }

  /** Writes the three checkpoint files of every log dir, atomically. */
  async checkpoint(): Promise<void> {
    const byDir = new Map<string, ManagedLog[]>(this.options.logDirs.map((d) => [d, []]))
    for (const managed of this.logs.values()) byDir.get(managed.logDir)?.push(managed)
    const files: Promise<void>[] = []
    for (const [dir, logs] of byDir) {
      const entries = (pick: (log: PartitionLog) => number): TopicPartitionOffset[] =>
        logs.map(({ topic, partition, log }) => ({ topic, partition, offset: pick(log) }))
      const fs = this.options.fs
      files.push(
        writeOffsetCheckpoint(
          fs,
          join(dir, RECOVERY_POINT_CHECKPOINT),
          entries((l) => l.recoveryPoint),
        ),
      )
      files.push(
        writeOffsetCheckpoint(
          fs,
          join(dir, LOG_START_OFFSET_CHECKPOINT),
          entries((l) => l.logStartOffset),
        ),
      )
      files.push(
        writeOffsetCheckpoint(
          fs,
          join(dir, REPLICATION_OFFSET_CHECKPOINT),
          entries((l) => l.highWatermark),
        ),
      )
    }
    await Promise.all(files)
  }

  private startTasks(): void {
    const every = (intervalMs: number, task: () => void | Promise<void>) => {
      const run = () => {
        this.cancels.delete(cancel)
        if (this.closed) return
        const failed = (err: unknown) => this.options.warn?.(`log task failed: ${String(err)}`)
        try {
          task()?.catch(failed)
        } catch (err) {
          failed(err)
        }
        cancel = this.options.scheduler.schedule(intervalMs, run)
        this.cancels.add(cancel)
      }
      let cancel = this.options.scheduler.schedule(intervalMs, run)
      this.cancels.add(cancel)
    }
    every(this.intervals.retentionCheckMs, () => {
      this.runRetention()
    })
    every(this.intervals.flushCheckMs, () => {
      for (const { log } of this.logs.values()) log.maybeFlushByTime()
    })
    every(this.intervals.producerIdExpirationCheckMs, () => {
      for (const { log } of this.logs.values()) log.removeExpiredProducers()
    })
    if (this.cleaner.config.enable) {
      every(this.cleaner.config.backoffMs, async () => {
        await this.runCleaner()
      })
    }
    every(Math.min(this.intervals.recoveryPointCheckpointMs, this.intervals.logStartCheckpointMs), () =>
      this.checkpoint(),
    )
  }

  /**
   * Clean shutdown: stop the tasks, flush and close every log, write the
   * checkpoints, and only then the clean-shutdown marker of each dir.
   */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const cancel of this.cancels) cancel()
    this.cancels.clear()
    await this.cleaner.stop()
    await Promise.all([...this.logs.values()].map(({ log }) => log.close()))
    await this.checkpoint()
    for (const dir of this.options.logDirs) {
      await writeFileAtomically(this.options.fs, join(dir, CLEAN_SHUTDOWN_FILE), Buffer.from('{"version":0}\n'))
    }
  }
}
