// The configuration schema the controller validates against and the broker
// describes from, as Kafka 3.9 defines it: every topic config (LogConfig)
// with its type, default, valid values and broker synonyms
// (ServerTopicConfigSynonyms), and the broker configs a client sees. Values
// are strings as Kafka prints them (ConfigDef.convertToString). Pure: the
// layers a value can come from (topic override, dynamic per-broker, dynamic
// cluster default, static properties, built-in default) come in as maps.
//
// Validation errors carry Kafka's ConfigException text:
// `Invalid value <v> for configuration <name>: <reason>`.

export type ConfigType = 'BOOLEAN' | 'STRING' | 'INT' | 'SHORT' | 'LONG' | 'DOUBLE' | 'LIST' | 'CLASS' | 'PASSWORD'

/** DescribeConfigs `configType` ids (DescribeConfigsResponse.ConfigType). */
export const CONFIG_TYPE_IDS: Readonly<Record<ConfigType | 'UNKNOWN', number>> = {
  UNKNOWN: 0,
  BOOLEAN: 1,
  STRING: 2,
  INT: 3,
  SHORT: 4,
  LONG: 5,
  DOUBLE: 6,
  LIST: 7,
  CLASS: 8,
  PASSWORD: 9,
}

/** DescribeConfigs `configSource` ids (DescribeConfigsResponse.ConfigSource). */
export const ConfigSource = {
  UNKNOWN: 0,
  DYNAMIC_TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
  DYNAMIC_BROKER_LOGGER_CONFIG: 6,
} as const

export type Validator =
  | { readonly kind: 'range'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'in'; readonly values: readonly string[] }
  | { readonly kind: 'levels'; readonly min: number; readonly max: number; readonly also: number }
  | { readonly kind: 'version' }
  | { readonly kind: 'throttled-replicas' }

export interface ConfigDefinition {
  readonly name: string
  readonly type: ConfigType
  /** As Kafka prints it; null when the config has no default. */
  readonly default: string | null
  readonly validator?: Validator
  readonly doc: string
}

/** A broker config that sets a topic config, with the factor that turns its unit into the topic's. */
export interface Synonym {
  readonly name: string
  readonly factor: number
}

export interface TopicConfigDefinition extends ConfigDefinition {
  /** Broker configs that set this topic config's default, most specific first. */
  readonly synonyms: readonly Synonym[]
}

export interface BrokerConfigDefinition extends ConfigDefinition {
  /** Whether it can be changed at run time: per broker only, also as a cluster default, or not at all. */
  readonly dynamic: 'broker' | 'cluster' | null
}

const LONG_MAX = '9223372036854775807'
const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000
const COMPRESSION_TYPES = ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer']

const atLeast = (min: number): Validator => ({ kind: 'range', min })
const between = (min: number, max: number): Validator => ({ kind: 'range', min, max })
const oneOf = (...values: string[]): Validator => ({ kind: 'in', values })
const same = (name: string): Synonym[] => [{ name, factor: 1 }]

function topic(
  name: string,
  type: ConfigType,
  defaultValue: string | null,
  validator: Validator | undefined,
  synonyms: Synonym[],
  doc: string,
): TopicConfigDefinition {
  return validator === undefined
    ? { name, type, default: defaultValue, synonyms, doc }
    : { name, type, default: defaultValue, validator, synonyms, doc }
}

/** Kafka 3.9's topic configs (LogConfig.configNames), sorted by name. */
export const TOPIC_CONFIGS: readonly TopicConfigDefinition[] = [
  topic(
    'cleanup.policy',
    'LIST',
    'delete',
    oneOf('compact', 'delete'),
    same('log.cleanup.policy'),
    'The retention policy of old log segments: "delete" removes them by time or size, "compact" keeps the latest value per key; both may be given.',
  ),
  topic(
    'compression.gzip.level',
    'INT',
    '-1',
    { kind: 'levels', min: 1, max: 9, also: -1 },
    same('compression.gzip.level'),
    'The compression level when compression.type is gzip.',
  ),
  topic(
    'compression.lz4.level',
    'INT',
    '9',
    between(1, 17),
    same('compression.lz4.level'),
    'The compression level when compression.type is lz4.',
  ),
  topic(
    'compression.type',
    'STRING',
    'producer',
    oneOf(...COMPRESSION_TYPES),
    same('compression.type'),
    'The final compression type of the topic: a codec, "uncompressed", or "producer" to keep what the producer sent.',
  ),
  topic(
    'compression.zstd.level',
    'INT',
    '3',
    between(-131072, 22),
    same('compression.zstd.level'),
    'The compression level when compression.type is zstd.',
  ),
  topic(
    'delete.retention.ms',
    'LONG',
    '86400000',
    atLeast(0),
    same('log.cleaner.delete.retention.ms'),
    'How long delete tombstones are kept in a compacted topic.',
  ),
  topic(
    'file.delete.delay.ms',
    'LONG',
    '60000',
    atLeast(0),
    same('log.segment.delete.delay.ms'),
    'How long to wait before deleting a file from the filesystem.',
  ),
  topic(
    'flush.messages',
    'LONG',
    LONG_MAX,
    atLeast(1),
    same('log.flush.interval.messages'),
    'Force an fsync after this many messages (the default leaves it to the OS).',
  ),
  topic(
    'flush.ms',
    'LONG',
    LONG_MAX,
    atLeast(0),
    [
      { name: 'log.flush.interval.ms', factor: 1 },
      { name: 'log.flush.scheduler.interval.ms', factor: 1 },
    ],
    'Force an fsync after this many milliseconds (the default leaves it to the OS).',
  ),
  topic(
    'follower.replication.throttled.replicas',
    'LIST',
    '',
    { kind: 'throttled-replicas' },
    [],
    'Replicas whose log replication is throttled on the follower side: partitionId:brokerId,... or "*".',
  ),
  topic(
    'index.interval.bytes',
    'INT',
    '4096',
    atLeast(0),
    same('log.index.interval.bytes'),
    'How often an entry is added to the offset index, in bytes of log.',
  ),
  topic(
    'leader.replication.throttled.replicas',
    'LIST',
    '',
    { kind: 'throttled-replicas' },
    [],
    'Replicas whose log replication is throttled on the leader side: partitionId:brokerId,... or "*".',
  ),
  topic(
    'local.retention.bytes',
    'LONG',
    '-2',
    atLeast(-2),
    same('log.local.retention.bytes'),
    'Bytes a partition may keep locally before deleting old segments when tiered storage is on; -2 means retention.bytes.',
  ),
  topic(
    'local.retention.ms',
    'LONG',
    '-2',
    atLeast(-2),
    same('log.local.retention.ms'),
    'How long a segment is kept locally when tiered storage is on; -2 means retention.ms.',
  ),
  topic(
    'max.compaction.lag.ms',
    'LONG',
    LONG_MAX,
    atLeast(1),
    same('log.cleaner.max.compaction.lag.ms'),
    'The longest a message stays ineligible for compaction.',
  ),
  topic(
    'max.message.bytes',
    'INT',
    '1048588',
    atLeast(0),
    same('message.max.bytes'),
    'The largest record batch size allowed by Kafka (after compression).',
  ),
  topic(
    'message.downconversion.enable',
    'BOOLEAN',
    'true',
    undefined,
    same('log.message.downconversion.enable'),
    'Whether the broker may down-convert messages for old consumers (deprecated).',
  ),
  topic(
    'message.format.version',
    'STRING',
    '3.0-IV1',
    { kind: 'version' },
    same('log.message.format.version'),
    'Deprecated: ignored when inter.broker.protocol.version is 3.0 or higher.',
  ),
  topic(
    'message.timestamp.after.max.ms',
    'LONG',
    LONG_MAX,
    atLeast(0),
    same('log.message.timestamp.after.max.ms'),
    'How far a CreateTime timestamp may be ahead of the broker time.',
  ),
  topic(
    'message.timestamp.before.max.ms',
    'LONG',
    LONG_MAX,
    atLeast(0),
    same('log.message.timestamp.before.max.ms'),
    'How far a CreateTime timestamp may be behind the broker time.',
  ),
  topic(
    'message.timestamp.difference.max.ms',
    'LONG',
    LONG_MAX,
    atLeast(0),
    same('log.message.timestamp.difference.max.ms'),
    'Deprecated: the largest allowed difference between a CreateTime timestamp and the broker time.',
  ),
  topic(
    'message.timestamp.type',
    'STRING',
    'CreateTime',
    oneOf('CreateTime', 'LogAppendTime'),
    same('log.message.timestamp.type'),
    "Whether record timestamps are the producer's (CreateTime) or the broker's append time (LogAppendTime).",
  ),
  topic(
    'min.cleanable.dirty.ratio',
    'DOUBLE',
    '0.5',
    between(0, 1),
    same('log.cleaner.min.cleanable.ratio'),
    'The dirty fraction of the log above which the cleaner compacts it.',
  ),
  topic(
    'min.compaction.lag.ms',
    'LONG',
    '0',
    atLeast(0),
    same('log.cleaner.min.compaction.lag.ms'),
    'The least time a message stays uncompacted.',
  ),
  topic(
    'min.insync.replicas',
    'INT',
    '1',
    atLeast(1),
    same('min.insync.replicas'),
    'The fewest in-sync replicas that must acknowledge an acks=all write.',
  ),
  topic(
    'preallocate',
    'BOOLEAN',
    'false',
    undefined,
    same('log.preallocate'),
    'Whether to preallocate the file on disk when creating a segment.',
  ),
  topic(
    'remote.log.copy.disable',
    'BOOLEAN',
    'false',
    undefined,
    [],
    'Stop copying segments to remote storage while keeping remote reads.',
  ),
  topic(
    'remote.log.delete.on.disable',
    'BOOLEAN',
    'false',
    undefined,
    [],
    'Delete remote data when tiered storage is turned off for the topic.',
  ),
  topic('remote.storage.enable', 'BOOLEAN', 'false', undefined, [], 'Whether tiered storage is on for the topic.'),
  topic(
    'retention.bytes',
    'LONG',
    '-1',
    undefined,
    same('log.retention.bytes'),
    'The largest a partition may grow before old segments are deleted; -1 means no limit.',
  ),
  topic(
    'retention.ms',
    'LONG',
    '604800000',
    atLeast(-1),
    [
      { name: 'log.retention.ms', factor: 1 },
      { name: 'log.retention.minutes', factor: MINUTE_MS },
      { name: 'log.retention.hours', factor: HOUR_MS },
    ],
    'How long a log is kept before old segments are deleted; -1 means no time limit.',
  ),
  topic(
    'segment.bytes',
    'INT',
    '1073741824',
    atLeast(14),
    same('log.segment.bytes'),
    'The segment file size of the log.',
  ),
  topic(
    'segment.index.bytes',
    'INT',
    '10485760',
    atLeast(4),
    same('log.index.size.max.bytes'),
    'The size of the offset index of each segment.',
  ),
  topic(
    'segment.jitter.ms',
    'LONG',
    '0',
    atLeast(0),
    [
      { name: 'log.roll.jitter.ms', factor: 1 },
      { name: 'log.roll.jitter.hours', factor: HOUR_MS },
    ],
    'The most random jitter subtracted from segment.ms, so that segments do not all roll at once.',
  ),
  topic(
    'segment.ms',
    'LONG',
    '604800000',
    atLeast(1),
    [
      { name: 'log.roll.ms', factor: 1 },
      { name: 'log.roll.hours', factor: HOUR_MS },
    ],
    'The time after which the active segment is rolled even if not full.',
  ),
  topic(
    'unclean.leader.election.enable',
    'BOOLEAN',
    'false',
    undefined,
    same('unclean.leader.election.enable'),
    'Whether a replica outside the ISR may become leader as a last resort, losing data.',
  ),
]

export const TOPIC_CONFIGS_BY_NAME: ReadonlyMap<string, TopicConfigDefinition> = new Map(
  TOPIC_CONFIGS.map((d) => [d.name, d]),
)

function broker(
  name: string,
  type: ConfigType,
  defaultValue: string | null,
  dynamic: 'broker' | 'cluster' | null,
  doc: string,
  validator?: Validator,
): BrokerConfigDefinition {
  return validator === undefined
    ? { name, type, default: defaultValue, dynamic, doc }
    : { name, type, default: defaultValue, dynamic, validator, doc }
}

/** The broker-level synonyms of the topic configs, with their own defaults and units. */
const LOG_BROKER_CONFIGS: BrokerConfigDefinition[] = [
  broker(
    'log.roll.ms',
    'LONG',
    null,
    'cluster',
    'The most time before a new segment is rolled out (ms); log.roll.hours if unset.',
  ),
  broker('log.roll.hours', 'INT', '168', null, 'The most time before a new segment is rolled out (hours).', atLeast(1)),
  broker('log.roll.jitter.ms', 'LONG', null, 'cluster', 'The most jitter subtracted from the roll time (ms).'),
  broker(
    'log.roll.jitter.hours',
    'INT',
    '0',
    null,
    'The most jitter subtracted from the roll time (hours).',
    atLeast(0),
  ),
  broker(
    'log.retention.ms',
    'LONG',
    null,
    'cluster',
    'How long to keep a log (ms); log.retention.minutes if unset. -1: no limit.',
  ),
  broker('log.retention.minutes', 'INT', null, null, 'How long to keep a log (minutes); log.retention.hours if unset.'),
  broker('log.retention.hours', 'INT', '168', null, 'How long to keep a log (hours).'),
  broker(
    'log.flush.interval.ms',
    'LONG',
    null,
    'cluster',
    'The most time a message stays in memory before a flush (ms).',
  ),
  broker(
    'log.flush.scheduler.interval.ms',
    'LONG',
    LONG_MAX,
    null,
    'How often the flusher checks for logs to flush (ms).',
  ),
]

/** Broker configs shown for a broker resource, besides every property given at start. */
export const BROKER_CONFIGS: readonly BrokerConfigDefinition[] = [
  broker(
    'advertised.listeners',
    'STRING',
    null,
    'broker',
    'Listeners to publish for clients, if different from listeners.',
  ),
  broker(
    'auto.create.topics.enable',
    'BOOLEAN',
    'true',
    null,
    'Create a topic when a client asks for metadata of a missing one.',
  ),
  broker('broker.id', 'INT', '-1', null, 'The broker id; node.id in KRaft mode.'),
  broker('broker.rack', 'STRING', null, null, 'The rack of the broker, for rack-aware replica placement.'),
  broker('controller.listener.names', 'STRING', null, null, 'Listener names used by the controller.'),
  broker('default.replication.factor', 'INT', '1', null, 'The replication factor of automatically created topics.'),
  broker('delete.topic.enable', 'BOOLEAN', 'true', null, 'Whether topics may be deleted.'),
  broker('fetch.max.bytes', 'INT', '57671680', null, 'The most bytes returned for one fetch request.', atLeast(1024)),
  broker(
    'group.initial.rebalance.delay.ms',
    'INT',
    '3000',
    null,
    'How long the coordinator waits for more members before the first rebalance.',
  ),
  broker('inter.broker.listener.name', 'STRING', null, null, 'The listener brokers use to talk to each other.'),
  broker('listeners', 'STRING', 'PLAINTEXT://:9092', 'broker', 'The addresses the server listens on.'),
  broker('log.dir', 'STRING', '/tmp/kafka-logs', null, 'The log directory (used when log.dirs is not set).'),
  broker('log.dirs', 'STRING', null, null, 'The directories in which log data is kept.'),
  broker('node.id', 'INT', '-1', null, 'The node id of this process in KRaft mode.'),
  broker('num.partitions', 'INT', '1', null, 'The default number of partitions per topic.', atLeast(1)),
  broker(
    'offsets.topic.num.partitions',
    'INT',
    '50',
    null,
    'The number of partitions of the offsets topic.',
    atLeast(1),
  ),
  broker(
    'offsets.topic.replication.factor',
    'SHORT',
    '3',
    null,
    'The replication factor of the offsets topic.',
    atLeast(1),
  ),
  broker('process.roles', 'LIST', '', null, 'The roles of this process: broker, controller, or both.'),
  broker('socket.request.max.bytes', 'INT', '104857600', null, 'The largest request the server accepts.', atLeast(1)),
  broker(
    'transaction.state.log.num.partitions',
    'INT',
    '50',
    null,
    'The number of partitions of the transaction topic.',
    atLeast(1),
  ),
  broker(
    'transaction.state.log.replication.factor',
    'SHORT',
    '3',
    null,
    'The replication factor of the transaction topic.',
    atLeast(1),
  ),
  ...LOG_BROKER_CONFIGS,
  // The primary broker synonym of every topic config (dynamic, as Kafka's DynamicLogConfig).
  ...TOPIC_CONFIGS.flatMap((t) => {
    const primary = t.synonyms[0]
    if (primary === undefined || LOG_BROKER_CONFIGS.some((b) => b.name === primary.name)) return []
    const dynamic = primary.name === 'log.message.format.version' ? null : 'cluster'
    return [{ ...t, name: primary.name, dynamic } as BrokerConfigDefinition]
  }),
].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

export const BROKER_CONFIGS_BY_NAME: ReadonlyMap<string, BrokerConfigDefinition> = new Map(
  BROKER_CONFIGS.map((d) => [d.name, d]),
)

/** Kafka's DynamicBrokerConfig.brokerConfigSynonyms: the names that set the same broker value. */
export function brokerConfigSynonyms(name: string): readonly string[] {
  for (const group of [
    ['log.roll.ms', 'log.roll.hours'],
    ['log.roll.jitter.ms', 'log.roll.jitter.hours'],
    ['log.flush.interval.ms', 'log.flush.scheduler.interval.ms'],
    ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
  ]) {
    if (group.includes(name)) return group
  }
  return [name]
}

// ---------------------------------------------------------------------------
// Parsing and validation

export type Parsed = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string }

const INT_RANGE: Readonly<Record<'INT' | 'SHORT' | 'LONG', readonly [bigint, bigint]>> = {
  INT: [-2147483648n, 2147483647n],
  SHORT: [-32768n, 32767n],
  LONG: [-(2n ** 63n), 2n ** 63n - 1n],
}

function invalid(name: string, value: string, reason: string): Parsed {
  return { ok: false, message: `Invalid value ${value} for configuration ${name}: ${reason}` }
}

/** Parses and validates a value as ConfigDef.parse does; on success, the value as Kafka prints it. */
export function parseConfigValue(definition: ConfigDefinition, name: string, text: string): Parsed {
  const trimmed = text.trim()
  switch (definition.type) {
    case 'INT':
    case 'SHORT':
    case 'LONG': {
      const [lo, hi] = INT_RANGE[definition.type]
      if (!/^[-+]?\d+$/.test(trimmed)) return invalid(name, text, `Not a number of type ${definition.type}`)
      const n = BigInt(trimmed)
      if (n < lo || n > hi) return invalid(name, text, `Not a number of type ${definition.type}`)
      return checkValidator(definition, name, n.toString(), Number(n))
    }
    case 'DOUBLE': {
      const n = trimmed === '' ? Number.NaN : Number(trimmed)
      if (Number.isNaN(n)) return invalid(name, text, 'Not a number of type DOUBLE')
      return checkValidator(definition, name, javaDouble(n), n)
    }
    case 'BOOLEAN': {
      const lower = trimmed.toLowerCase()
      if (lower !== 'true' && lower !== 'false') return invalid(name, text, 'Expected value to be either true or false')
      return { ok: true, value: lower }
    }
    case 'LIST': {
      const items = trimmed === '' ? [] : trimmed.split(/\s*,\s*/)
      for (const item of items) {
        const checked = checkValidator(definition, name, item, Number.NaN)
        if (!checked.ok) return checked
      }
      if (definition.validator?.kind === 'throttled-replicas') {
        const ok = items.every((i) => /^\d+:\d+$/.test(i)) || (items.length === 1 && items[0] === '*')
        if (!ok) {
          return invalid(
            name,
            text,
            "Must be the literal '*' or a list of replicas in the following format: [partitionId]:[brokerId],[partitionId]:[brokerId],...",
          )
        }
      }
      return { ok: true, value: items.join(',') }
    }
    case 'STRING':
      return checkValidator(definition, name, trimmed, Number.NaN)
    case 'CLASS':
    case 'PASSWORD':
      return { ok: true, value: trimmed }
  }
}

function checkValidator(definition: ConfigDefinition, name: string, value: string, n: number): Parsed {
  const v = definition.validator
  if (v === undefined) return { ok: true, value }
  switch (v.kind) {
    case 'range':
      if (v.min !== undefined && n < v.min) return invalid(name, value, `Value must be at least ${v.min}`)
      if (v.max !== undefined && n > v.max) return invalid(name, value, `Value must be no more than ${v.max}`)
      return { ok: true, value }
    case 'levels':
      if (n !== v.also && (n < v.min || n > v.max)) {
        return invalid(name, value, `Value must be between ${v.min} and ${v.max}, or ${v.also}`)
      }
      return { ok: true, value }
    case 'in':
      if (!v.values.includes(value)) return invalid(name, value, `String must be one of: ${v.values.join(', ')}`)
      return { ok: true, value }
    case 'version':
      if (!/^\d+\.\d+(\.\d+)?(-IV\d+)?$/.test(value)) return invalid(name, value, 'Unknown metadata.version')
      return { ok: true, value }
    case 'throttled-replicas':
      return { ok: true, value }
  }
}

/** Java's Double.toString for the values configs use (0.5, 1.0, 1.0E-4). */
function javaDouble(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e7) return `${n}.0`
  return String(n)
}

/**
 * Kafka's LogConfig.validate on a topic's complete set of overrides: names
 * must be topic configs, values must parse, min.compaction.lag.ms may not
 * exceed max.compaction.lag.ms, and tiered storage cannot be switched on.
 * Null when valid, otherwise Kafka's message.
 */
export function topicConfigsProblem(
  overrides: ReadonlyMap<string, string>,
  brokerValue: (name: string) => string | null,
): string | null {
  for (const name of overrides.keys()) {
    if (!TOPIC_CONFIGS_BY_NAME.has(name)) return `Unknown topic config name: ${name}`
  }
  for (const [name, text] of overrides) {
    const parsed = parseConfigValue(TOPIC_CONFIGS_BY_NAME.get(name)!, name, text)
    if (!parsed.ok) return parsed.message
  }
  const effective = (name: string) =>
    overrides.get(name)?.trim() ?? effectiveTopicValue(TOPIC_CONFIGS_BY_NAME.get(name)!, brokerValue)
  const minLag = BigInt(effective('min.compaction.lag.ms') ?? '0')
  const maxLag = BigInt(effective('max.compaction.lag.ms') ?? LONG_MAX)
  if (minLag > maxLag) {
    return `conflict topic config setting min.compaction.lag.ms (${minLag}) > max.compaction.lag.ms (${maxLag})`
  }
  if (effective('remote.storage.enable')?.toLowerCase() === 'true') {
    return 'Tiered Storage functionality is disabled in the broker. Topic cannot be configured with remote log storage.'
  }
  return null
}

// ---------------------------------------------------------------------------
// Describing: values, sources and synonyms, as Kafka's ConfigHelper

/** Where broker-level values come from, highest priority first. */
export interface BrokerConfigLayers {
  /** Dynamic configs of this broker (ConfigRecords for resource BROKER, name = node id). */
  readonly node: ReadonlyMap<string, string>
  /** Dynamic cluster defaults (ConfigRecords for resource BROKER, name ''). */
  readonly cluster: ReadonlyMap<string, string>
  /** The properties the node was started with. */
  readonly static: ReadonlyMap<string, string>
}

export interface DescribedSynonym {
  readonly name: string
  readonly value: string | null
  readonly source: number
}

export interface DescribedConfig {
  readonly name: string
  readonly value: string | null
  readonly readOnly: boolean
  readonly source: number
  readonly isSensitive: boolean
  readonly synonyms: readonly DescribedSynonym[]
  readonly configType: number
  readonly documentation: string | null
}

/** A broker config's value: dynamic per-broker, then cluster default, then static. */
export function brokerValue(layers: BrokerConfigLayers, name: string): string | undefined {
  return layers.node.get(name) ?? layers.cluster.get(name) ?? layers.static.get(name)
}

/** A topic config's value with no topic override: its first broker synonym that is set, converted, else its default. */
function effectiveTopicValue(
  definition: TopicConfigDefinition,
  brokerValueOf: (name: string) => string | null,
): string | null {
  for (const synonym of definition.synonyms) {
    const value = brokerValueOf(synonym.name)
    if (value === null) continue
    if (synonym.factor === 1) return value.trim()
    return (BigInt(value.trim()) * BigInt(synonym.factor)).toString()
  }
  return definition.default
}

/** Kafka's ConfigHelper.configSynonyms: every layer that sets one of `names`, from the first that sets `name`. */
function configSynonyms(
  layers: BrokerConfigLayers,
  name: string,
  names: readonly string[],
  sensitive: boolean,
): DescribedSynonym[] {
  const out: DescribedSynonym[] = []
  const sources: [ReadonlyMap<string, string>, number][] = [
    [layers.node, ConfigSource.DYNAMIC_BROKER_CONFIG],
    [layers.cluster, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG],
    [layers.static, ConfigSource.STATIC_BROKER_CONFIG],
    [BROKER_DEFAULTS, ConfigSource.DEFAULT_CONFIG],
  ]
  for (const [map, source] of sources) {
    for (const n of names) {
      const value = map.get(n)
      if (value !== undefined) out.push({ name: n, value: sensitive ? null : value, source })
    }
  }
  const first = out.findIndex((s) => s.name === name)
  return first === -1 ? [] : out.slice(first)
}

const BROKER_DEFAULTS: ReadonlyMap<string, string> = new Map(
  BROKER_CONFIGS.filter((d) => d.default !== null).map((d) => [d.name, d.default as string]),
)

/** Every config of a topic as DescribeConfigs shows it, sorted by name. */
export function describeTopicConfigs(
  overrides: ReadonlyMap<string, string>,
  layers: BrokerConfigLayers,
  includeSynonyms: boolean,
  includeDocumentation: boolean,
): DescribedConfig[] {
  const lookup = (n: string) => brokerValue(layers, n) ?? null
  return TOPIC_CONFIGS.map((definition) => {
    const override = overrides.get(definition.name)
    const value = override !== undefined ? override : effectiveTopicValue(definition, lookup)
    const primary = definition.synonyms[0]
    const synonyms =
      primary === undefined ? [] : configSynonyms(layers, primary.name, brokerConfigSynonyms(primary.name), false)
    if (override !== undefined) {
      synonyms.unshift({ name: definition.name, value: override, source: ConfigSource.DYNAMIC_TOPIC_CONFIG })
    }
    return {
      name: definition.name,
      value,
      readOnly: false,
      source: synonyms[0]?.source ?? ConfigSource.DEFAULT_CONFIG,
      isSensitive: false,
      synonyms: includeSynonyms ? synonyms : [],
      configType: CONFIG_TYPE_IDS[definition.type],
      documentation: includeDocumentation ? definition.doc : null,
    }
  })
}

/**
 * The configs of a broker as DescribeConfigs shows them: every known broker
 * config and every other property given (unknown ones are sensitive, as in
 * Kafka). For the cluster-default resource, only the dynamic defaults set.
 */
export function describeBrokerConfigs(
  layers: BrokerConfigLayers,
  perBroker: boolean,
  includeSynonyms: boolean,
  includeDocumentation: boolean,
): DescribedConfig[] {
  const names = perBroker
    ? new Set([
        ...BROKER_CONFIGS.map((d) => d.name),
        ...layers.static.keys(),
        ...layers.cluster.keys(),
        ...layers.node.keys(),
      ])
    : new Set(layers.cluster.keys())
  return [...names].sort().map((name) => {
    const definition = BROKER_CONFIGS_BY_NAME.get(name)
    const sensitive = definition === undefined || definition.type === 'PASSWORD'
    const raw = perBroker
      ? (brokerValue(layers, name) ?? definition?.default ?? null)
      : (layers.cluster.get(name) ?? null)
    const all = configSynonyms(layers, name, brokerConfigSynonyms(name), sensitive).filter(
      (s) => perBroker || s.source === ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG,
    )
    return {
      name,
      value: sensitive ? null : raw,
      readOnly: definition === undefined || definition.dynamic === null,
      source: all[0]?.source ?? ConfigSource.DEFAULT_CONFIG,
      isSensitive: sensitive,
      synonyms: includeSynonyms ? all : [],
      configType: definition === undefined ? CONFIG_TYPE_IDS.UNKNOWN : CONFIG_TYPE_IDS[definition.type],
      documentation: includeDocumentation ? (definition?.doc ?? null) : null,
    }
  })
}

/** The value of a topic config with no topic override (for CreateTopics' effective configs). */
export function topicDefaultValue(name: string, layers: BrokerConfigLayers): string | null {
  const definition = TOPIC_CONFIGS_BY_NAME.get(name)
  if (definition === undefined) return null
  return effectiveTopicValue(definition, (n) => brokerValue(layers, n) ?? null)
}
