// Broker configuration read from Kafka's property names, with Kafka's
// defaults except where a single-node development broker needs another
// (noted per field). Unknown keys are kept so DescribeConfigs can show them.

import { DEFAULT_LOG_CONFIG, type LogConfig, logConfigFromProperties } from '../log/log-config.js'
import { ErrorCode, KafkaError } from '../protocol/errors.js'

export interface ListenerSpec {
  readonly name: string
  readonly host: string
  /** 0 picks a free port. */
  readonly port: number
}

export interface BrokerConfig {
  readonly nodeId: number
  readonly processRoles: readonly ('broker' | 'controller')[]
  readonly listeners: readonly ListenerSpec[]
  readonly advertisedListeners: readonly ListenerSpec[]
  readonly controllerListenerNames: readonly string[]
  readonly interBrokerListenerName: string
  readonly logDirs: readonly string[]
  readonly numPartitions: number
  readonly defaultReplicationFactor: number
  readonly autoCreateTopicsEnable: boolean
  readonly deleteTopicEnable: boolean
  /** `message.max.bytes` (Kafka's default 1048588). */
  readonly messageMaxBytes: number
  /** `socket.request.max.bytes` */
  readonly socketRequestMaxBytes: number
  readonly offsetsTopicNumPartitions: number
  readonly offsetsTopicReplicationFactor: number
  readonly transactionStateLogNumPartitions: number
  readonly groupInitialRebalanceDelayMs: number
  /** `replica.fetch.max.bytes`-independent cap per Fetch (Kafka's `fetch.max.bytes` broker default 57671680). */
  readonly fetchMaxBytes: number
  readonly rack: string | null
  readonly log: LogConfig
  /** Every property as given (for DescribeConfigs). */
  readonly properties: ReadonlyMap<string, string>
}

function listenerList(text: string, what: string): ListenerSpec[] {
  if (text.trim() === '') return []
  return text.split(',').map((entry) => {
    const match = /^\s*([A-Za-z0-9_]+):\/\/(\[[^\]]*\]|[^:]*):(\d+)\s*$/.exec(entry)
    if (match === null) throw new KafkaError(ErrorCode.INVALID_CONFIG, `invalid ${what} entry '${entry}'`)
    const host = match[2]!.replace(/^\[|\]$/g, '')
    return { name: match[1]!.toUpperCase(), host: host === '' ? '0.0.0.0' : host, port: Number(match[3]) }
  })
}

function int(props: ReadonlyMap<string, string>, key: string, fallback: number): number {
  const text = props.get(key)
  if (text === undefined) return fallback
  const value = Number(text.trim())
  if (!Number.isSafeInteger(value)) throw new KafkaError(ErrorCode.INVALID_CONFIG, `${key}=${text} is not an integer`)
  return value
}

function bool(props: ReadonlyMap<string, string>, key: string, fallback: boolean): boolean {
  const text = props.get(key)?.trim().toLowerCase()
  if (text === undefined) return fallback
  if (text !== 'true' && text !== 'false')
    throw new KafkaError(ErrorCode.INVALID_CONFIG, `${key}=${text} is not a boolean`)
  return text === 'true'
}

/** The configuration of `oxbow start` with nothing given: one combined node on 127.0.0.1. */
export const DEFAULT_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['node.id', '1'],
  ['process.roles', 'broker,controller'],
  ['listeners', 'PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093'],
  ['controller.listener.names', 'CONTROLLER'],
  ['inter.broker.listener.name', 'PLAINTEXT'],
  ['log.dirs', './data'],
])

export function brokerConfigFromProperties(given: ReadonlyMap<string, string>): BrokerConfig {
  const props = new Map([...DEFAULT_PROPERTIES, ...given])
  const listeners = listenerList(props.get('listeners') ?? '', 'listeners')
  const controllerListenerNames = (props.get('controller.listener.names') ?? 'CONTROLLER')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== '')
  const advertised = props.has('advertised.listeners')
    ? listenerList(props.get('advertised.listeners') ?? '', 'advertised.listeners')
    : listeners.filter((l) => !controllerListenerNames.includes(l.name))
  const roles = (props.get('process.roles') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  for (const role of roles) {
    if (role !== 'broker' && role !== 'controller') {
      throw new KafkaError(ErrorCode.INVALID_CONFIG, `process.roles: unknown role '${role}'`)
    }
  }
  const logDirs = (props.get('log.dirs') ?? props.get('log.dir') ?? './data')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  return {
    nodeId: int(props, 'node.id', 1),
    processRoles: roles as ('broker' | 'controller')[],
    listeners,
    advertisedListeners: advertised,
    controllerListenerNames,
    interBrokerListenerName: (props.get('inter.broker.listener.name') ?? 'PLAINTEXT').toUpperCase(),
    logDirs,
    numPartitions: int(props, 'num.partitions', 1),
    defaultReplicationFactor: int(props, 'default.replication.factor', 1),
    autoCreateTopicsEnable: bool(props, 'auto.create.topics.enable', true),
    deleteTopicEnable: bool(props, 'delete.topic.enable', true),
    messageMaxBytes: int(props, 'message.max.bytes', 1_048_588),
    socketRequestMaxBytes: int(props, 'socket.request.max.bytes', 104_857_600),
    offsetsTopicNumPartitions: int(props, 'offsets.topic.num.partitions', 50),
    // Kafka's default is 3, which a single node cannot meet (KAFKA-TRAPS 11); it is capped by the live brokers.
    offsetsTopicReplicationFactor: int(props, 'offsets.topic.replication.factor', 3),
    transactionStateLogNumPartitions: int(props, 'transaction.state.log.num.partitions', 50),
    groupInitialRebalanceDelayMs: int(props, 'group.initial.rebalance.delay.ms', 3000),
    fetchMaxBytes: int(props, 'fetch.max.bytes', 57_671_680),
    rack: props.get('broker.rack') ?? null,
    log: logConfigFromProperties(props, DEFAULT_LOG_CONFIG),
    properties: props,
  }
}

/** Kafka's `key=value` properties text: `#`/`!` comments, blank lines, `\` line continuations. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>()
  const lines = text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/)
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue
    const match = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line)
    if (match === null) out.set(line, '')
    else out.set(match[1]!, match[2]!)
  }
  return out
}
