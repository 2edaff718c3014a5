// Log configuration with Kafka's names and defaults. Topic-level keys
// (`segment.bytes`) override the broker-level ones (`log.segment.bytes`);
// `fromProperties` reads either form into typed fields.
import { ErrorCode, KafkaError } from '../protocol/errors.js'

export interface LogConfig {
  /** `segment.bytes` / `log.segment.bytes` */
  readonly segmentBytes: number
  /** `segment.ms` / `log.roll.ms` (`log.roll.hours`) */
  readonly segmentMs: number
  /** `segment.index.bytes` / `log.index.size.max.bytes` */
  readonly segmentIndexBytes: number
  /** `index.interval.bytes` / `log.index.interval.bytes` */
  readonly indexIntervalBytes: number
  /** `flush.messages` / `log.flush.interval.messages`; Infinity = leave it to the OS */
  readonly flushMessages: number
  /** `flush.ms` / `log.flush.interval.ms`; Infinity = leave it to the OS */
  readonly flushMs: number
  /** `retention.ms` / `log.retention.ms` (`.minutes`, `.hours`); -1 = keep forever */
  readonly retentionMs: number
  /** `retention.bytes` / `log.retention.bytes`; -1 = no size limit */
  readonly retentionBytes: number
  /** `file.delete.delay.ms` / `log.segment.delete.delay.ms` */
  readonly fileDeleteDelayMs: number
  /** `cleanup.policy` / `log.cleanup.policy`: `delete`, `compact` or both. Retention applies with `delete`, the cleaner with `compact`. */
  readonly cleanupPolicy: readonly CleanupPolicy[]
  /** `delete.retention.ms` / `log.cleaner.delete.retention.ms`: how long a cleaned tombstone stays readable. */
  readonly deleteRetentionMs: number
  /** `min.cleanable.dirty.ratio` / `log.cleaner.min.cleanable.ratio`, in [0, 1] */
  readonly minCleanableDirtyRatio: number
  /** `min.compaction.lag.ms` / `log.cleaner.min.compaction.lag.ms` */
  readonly minCompactionLagMs: number
  /** `max.compaction.lag.ms` / `log.cleaner.max.compaction.lag.ms`; Infinity = never forced */
  readonly maxCompactionLagMs: number
}

export type CleanupPolicy = 'delete' | 'compact'

/** The policy includes `compact`: the log cleaner owns this log. */
export function isCompacted(config: LogConfig): boolean {
  return config.cleanupPolicy.includes('compact')
}

/** The policy includes `delete`: time and size retention apply. */
export function isDeletable(config: LogConfig): boolean {
  return config.cleanupPolicy.includes('delete')
}

const LONG_MAX = Number.POSITIVE_INFINITY

export const DEFAULT_LOG_CONFIG: LogConfig = Object.freeze({
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * 24 * 60 * 60 * 1000,
  segmentIndexBytes: 10 * 1024 * 1024,
  indexIntervalBytes: 4096,
  flushMessages: LONG_MAX,
  flushMs: LONG_MAX,
  retentionMs: 7 * 24 * 60 * 60 * 1000,
  retentionBytes: -1,
  fileDeleteDelayMs: 60_000,
  cleanupPolicy: Object.freeze(['delete'] as CleanupPolicy[]),
  deleteRetentionMs: 86_400_000,
  minCleanableDirtyRatio: 0.5,
  minCompactionLagMs: 0,
  maxCompactionLagMs: LONG_MAX,
})

type Key = Exclude<keyof LogConfig, 'cleanupPolicy' | 'minCleanableDirtyRatio'>

/** Topic-level name -> field, then the broker-level names that set it (most specific first). */
const NAMES: readonly [string, Key, readonly [string, number][]][] = [
  ['segment.bytes', 'segmentBytes', [['log.segment.bytes', 1]]],
  [
    'segment.ms',
    'segmentMs',
    [
      ['log.roll.ms', 1],
      ['log.roll.hours', 3_600_000],
    ],
  ],
  ['segment.index.bytes', 'segmentIndexBytes', [['log.index.size.max.bytes', 1]]],
  ['index.interval.bytes', 'indexIntervalBytes', [['log.index.interval.bytes', 1]]],
  ['flush.messages', 'flushMessages', [['log.flush.interval.messages', 1]]],
  ['flush.ms', 'flushMs', [['log.flush.interval.ms', 1]]],
  [
    'retention.ms',
    'retentionMs',
    [
      ['log.retention.ms', 1],
      ['log.retention.minutes', 60_000],
      ['log.retention.hours', 3_600_000],
    ],
  ],
  ['retention.bytes', 'retentionBytes', [['log.retention.bytes', 1]]],
  ['file.delete.delay.ms', 'fileDeleteDelayMs', [['log.segment.delete.delay.ms', 1]]],
  ['delete.retention.ms', 'deleteRetentionMs', [['log.cleaner.delete.retention.ms', 1]]],
  ['min.compaction.lag.ms', 'minCompactionLagMs', [['log.cleaner.min.compaction.lag.ms', 1]]],
  ['max.compaction.lag.ms', 'maxCompactionLagMs', [['log.cleaner.max.compaction.lag.ms', 1]]],
]

const MINIMUMS: Partial<Record<Key, number>> = {
  segmentBytes: 14,
  segmentMs: 1,
  segmentIndexBytes: 8,
  indexIntervalBytes: 0,
  flushMessages: 1,
  flushMs: 0,
  retentionMs: -1,
  retentionBytes: -1,
  fileDeleteDelayMs: 0,
  deleteRetentionMs: 0,
  minCompactionLagMs: 0,
  maxCompactionLagMs: 1,
}

function parseLong(name: string, text: string): number {
  const value = Number(text.trim())
  if (!Number.isInteger(value))
    throw new KafkaError(ErrorCode.INVALID_CONFIG, `Invalid value ${text} for configuration ${name}`)
  // Kafka's Long.MAX_VALUE spelled out means "never".
  return value >= 9.2e18 ? LONG_MAX : value
}

/**
 * Reads Kafka properties into a LogConfig on top of `base`. Broker-level
 * names apply first, then topic-level names, so a topic override wins.
 * Invalid values throw KafkaError(INVALID_CONFIG).
 */
export function logConfigFromProperties(
  props: ReadonlyMap<string, string>,
  base: LogConfig = DEFAULT_LOG_CONFIG,
): LogConfig {
  const out: Record<Key, number> & { cleanupPolicy: readonly CleanupPolicy[]; minCleanableDirtyRatio: number } = {
    ...base,
  }
  for (const [topicName, key, brokerNames] of NAMES) {
    const broker = brokerNames.find(([name]) => props.has(name))
    if (broker !== undefined) out[key] = parseLong(broker[0], props.get(broker[0]) ?? '') * broker[1]
    const topic = props.get(topicName)
    if (topic !== undefined) out[key] = parseLong(topicName, topic)
    const min = MINIMUMS[key]
    if (min !== undefined && out[key] < min) {
      throw new KafkaError(
        ErrorCode.INVALID_CONFIG,
        `Invalid value ${out[key]} for configuration ${topicName}: must be at least ${min}`,
      )
    }
  }
  const policy = props.get('cleanup.policy') ?? props.get('log.cleanup.policy')
  if (policy !== undefined) {
    out.cleanupPolicy = Object.freeze(
      parseCleanupPolicy(props.has('cleanup.policy') ? 'cleanup.policy' : 'log.cleanup.policy', policy),
    )
  }
  const ratio = props.get('min.cleanable.dirty.ratio') ?? props.get('log.cleaner.min.cleanable.ratio')
  if (ratio !== undefined) {
    const value = Number(ratio.trim())
    if (ratio.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new KafkaError(
        ErrorCode.INVALID_CONFIG,
        `Invalid value ${ratio} for configuration min.cleanable.dirty.ratio: Value must be between 0 and 1`,
      )
    }
    out.minCleanableDirtyRatio = value
  }
  if (out.minCompactionLagMs > out.maxCompactionLagMs) {
    throw new KafkaError(
      ErrorCode.INVALID_CONFIG,
      `conflict topic config setting min.compaction.lag.ms (${out.minCompactionLagMs}) > max.compaction.lag.ms (${out.maxCompactionLagMs})`,
    )
  }
  return Object.freeze(out)
}

/** Kafka's ValidList over [delete, compact]: comma separated, at least one, no unknown value. */
function parseCleanupPolicy(name: string, text: string): CleanupPolicy[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const out: CleanupPolicy[] = []
  for (const item of items) {
    if (item !== 'delete' && item !== 'compact') {
      throw new KafkaError(
        ErrorCode.INVALID_CONFIG,
        `Invalid value ${item} for configuration ${name}: String must be one of: delete, compact`,
      )
    }
    if (!out.includes(item)) out.push(item)
  }
  if (out.length === 0) {
    throw new KafkaError(ErrorCode.INVALID_CONFIG, `Invalid value ${text} for configuration ${name}: empty list`)
  }
  return out
}
