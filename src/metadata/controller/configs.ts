// Config changes as the controller decides them (pure): AlterConfigs
// (replace a resource's whole set of overrides) and IncrementalAlterConfigs
// (SET, DELETE, APPEND, SUBTRACT per key) for topics and brokers, each
// resource validated on its own and turned into ConfigRecords (value null
// deletes). As Kafka 3.9's ConfigAdminManager.preprocess (broker side) and
// ConfigurationControlManager (controller side), with their error codes and
// messages: INVALID_REQUEST for malformed requests and dynamic broker config
// problems (KAFKA-13609), INVALID_CONFIG for bad topic configs.
import { ErrorCode } from '../../protocol/errors.js'
import { ConfigResourceType, configKey, type MetadataImage } from '../image.js'
import type { MetadataRecord } from '../records.js'
import {
  BROKER_CONFIGS_BY_NAME,
  type BrokerConfigLayers,
  parseConfigValue,
  TOPIC_CONFIGS_BY_NAME,
  topicConfigsProblem,
} from './config-schema.js'

/** The records a controller decision may write. */
export type ControllerRecord = Exclude<MetadataRecord, { readonly type: 'other' }>

export const OpType = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const
const OP_NAMES = ['SET', 'DELETE', 'APPEND', 'SUBTRACT'] as const

export interface ConfigChange {
  readonly name: string
  /** IncrementalAlterConfigs' operation; AlterConfigs is always SET (with unlisted keys deleted). */
  readonly op: number
  readonly value: string | null
}

export interface ConfigResourceChange {
  readonly resourceType: number
  readonly resourceName: string
  readonly configs: readonly ConfigChange[]
}

export interface ConfigResult {
  readonly resourceType: number
  readonly resourceName: string
  readonly errorCode: number
  readonly errorMessage: string | null
}

export interface ConfigControllerContext {
  readonly nodeId: number
  /** The properties the node was started with. */
  readonly staticProperties: ReadonlyMap<string, string>
  /**
   * The storage layer's own check of a merged set of broker-level and
   * topic-level properties (null when it can apply them), so that nothing
   * is committed that the logs would refuse.
   */
  readonly logConfigProblem?: (properties: ReadonlyMap<string, string>) => string | null
}

type Problem = { readonly errorCode: number; readonly message: string | null }

/** The broker-level layers as the image holds them. */
export function brokerLayers(image: MetadataImage, nodeId: number, staticProperties: ReadonlyMap<string, string>) {
  return {
    node: image.configs.get(configKey(ConfigResourceType.BROKER, String(nodeId))) ?? new Map<string, string>(),
    cluster: image.configs.get(configKey(ConfigResourceType.BROKER, '')) ?? new Map<string, string>(),
    static: staticProperties,
  } satisfies BrokerConfigLayers
}

/** Broker-level then topic-level properties merged, for the storage layer's check. */
export function mergedLogProperties(layers: BrokerConfigLayers, topicOverrides?: ReadonlyMap<string, string>) {
  return new Map([...layers.static, ...layers.cluster, ...layers.node, ...(topicOverrides ?? [])])
}

/**
 * Decides a whole AlterConfigs or IncrementalAlterConfigs request: one
 * result per resource, in request order, and the records of the resources
 * that succeeded (none with `validateOnly`).
 */
export function alterConfigs(
  image: MetadataImage,
  resources: readonly ConfigResourceChange[],
  options: { readonly incremental: boolean; readonly validateOnly: boolean },
  context: ConfigControllerContext,
): { records: ControllerRecord[]; results: ConfigResult[] } {
  const records: ControllerRecord[] = []
  const seen = new Map<string, number>()
  for (const r of resources) {
    const key = `${r.resourceType}:${r.resourceName}`
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const results = resources.map((resource): ConfigResult => {
    const problem =
      (seen.get(`${resource.resourceType}:${resource.resourceName}`) ?? 0) > 1
        ? { errorCode: ErrorCode.INVALID_REQUEST, message: 'Each resource must appear at most once.' }
        : alterResource(image, resource, options.incremental, context, records, options.validateOnly)
    return {
      resourceType: resource.resourceType,
      resourceName: resource.resourceName,
      errorCode: problem?.errorCode ?? ErrorCode.NONE,
      errorMessage: problem?.message ?? null,
    }
  })
  return { records, results }
}

function alterResource(
  image: MetadataImage,
  resource: ConfigResourceChange,
  incremental: boolean,
  context: ConfigControllerContext,
  records: ControllerRecord[],
  validateOnly: boolean,
): Problem | null {
  const names = resource.configs.map((c) => c.name)
  if (new Set(names).size !== names.length) return invalidRequest('Error due to duplicate config keys')
  const nulls = resource.configs
    .filter((c) => c.value === null && (!incremental || c.op !== OpType.DELETE))
    .map((c) => c.name)
  if (nulls.length > 0) return invalidRequest(`Null value not supported for : ${nulls.join(', ')}`)
  for (const c of resource.configs) {
    if (incremental && OP_NAMES[c.op] === undefined) return invalidRequest(`Unknown operations type ${c.op}`)
  }
  switch (resource.resourceType) {
    case ConfigResourceType.TOPIC:
      return alterTopic(image, resource, incremental, context, records, validateOnly)
    case ConfigResourceType.BROKER:
      return alterBroker(image, resource, incremental, context, records, validateOnly)
    case ConfigResourceType.BROKER_LOGGER:
      return invalidRequest(
        incremental
          ? 'Changing broker log levels is not supported by this broker.'
          : 'AlterConfigs is deprecated and does not support the resource type BROKER_LOGGER',
      )
    case ConfigResourceType.UNKNOWN:
      return { errorCode: ErrorCode.UNSUPPORTED_VERSION, message: `Unknown resource type ${resource.resourceType}.` }
    default:
      return invalidRequest(`Unsupported resource type: ${resourceTypeName(resource.resourceType)}`)
  }
}

function alterTopic(
  image: MetadataImage,
  resource: ConfigResourceChange,
  incremental: boolean,
  context: ConfigControllerContext,
  records: ControllerRecord[],
  validateOnly: boolean,
): Problem | null {
  const topic = resource.resourceName
  if (!image.topicsByName.has(topic)) {
    return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message: `The topic '${topic}' does not exist.` }
  }
  const current = image.configs.get(configKey(ConfigResourceType.TOPIC, topic)) ?? new Map<string, string>()
  // AlterConfigs replaces the whole set; IncrementalAlterConfigs edits it.
  const next = incremental ? new Map(current) : new Map<string, string>()
  for (const change of resource.configs) {
    const applied = applyChange(next, change, incremental, (name) => {
      const definition = TOPIC_CONFIGS_BY_NAME.get(name)
      return definition === undefined ? null : { isList: definition.type === 'LIST', default: definition.default }
    })
    if (applied !== null) return { errorCode: ErrorCode.INVALID_CONFIG, message: applied }
  }
  const layers = brokerLayers(image, context.nodeId, context.staticProperties)
  const problem =
    topicConfigsProblem(next, (n) => layers.node.get(n) ?? layers.cluster.get(n) ?? layers.static.get(n) ?? null) ??
    context.logConfigProblem?.(mergedLogProperties(layers, next)) ??
    null
  if (problem !== null) return { errorCode: ErrorCode.INVALID_CONFIG, message: problem }
  if (!validateOnly) records.push(...diffRecords(ConfigResourceType.TOPIC, topic, current, next, false))
  return null
}

function alterBroker(
  image: MetadataImage,
  resource: ConfigResourceChange,
  incremental: boolean,
  context: ConfigControllerContext,
  records: ControllerRecord[],
  validateOnly: boolean,
): Problem | null {
  const name = resource.resourceName
  const perBroker = name !== ''
  if (perBroker) {
    if (!/^-?\d+$/.test(name.trim())) return invalidRequest(`Node id must be an integer, but it is: ${name}`)
    if (Number(name) !== context.nodeId) {
      return invalidRequest(`Unexpected broker id, expected ${context.nodeId}, but received ${name}`)
    }
  }
  const current = image.configs.get(configKey(ConfigResourceType.BROKER, name)) ?? new Map<string, string>()
  // AlterConfigs replaces the whole set; IncrementalAlterConfigs edits it.
  const next = incremental ? new Map(current) : new Map<string, string>()
  for (const change of resource.configs) {
    if (incremental && (change.op === OpType.APPEND || change.op === OpType.SUBTRACT)) {
      if (BROKER_CONFIGS_BY_NAME.get(change.name)?.type !== 'LIST') {
        const what = change.op === OpType.APPEND ? 'append' : 'subtract'
        return invalidRequest(`Config value ${what} is not allowed for config key: ${change.name}`)
      }
    }
    const applied = applyChange(next, change, incremental, (n) => {
      const definition = BROKER_CONFIGS_BY_NAME.get(n)
      return definition === undefined ? null : { isList: definition.type === 'LIST', default: definition.default }
    })
    if (applied !== null) return invalidRequest(applied)
  }
  const problem = brokerConfigsProblem(next, perBroker)
  if (problem !== null) return invalidRequest(problem)
  const layers = brokerLayers(image, context.nodeId, context.staticProperties)
  const after = perBroker ? { ...layers, node: next } : { ...layers, cluster: next }
  const logProblem = context.logConfigProblem?.(mergedLogProperties(after)) ?? null
  if (logProblem !== null) return invalidRequest(logProblem)
  if (!validateOnly) records.push(...diffRecords(ConfigResourceType.BROKER, name, current, next, true))
  return null
}

/** Kafka's DynamicBrokerConfig.validateConfigs plus value parsing of the known configs. */
function brokerConfigsProblem(props: ReadonlyMap<string, string>, perBroker: boolean): string | null {
  const known = [...props.keys()].filter((n) => BROKER_CONFIGS_BY_NAME.has(n))
  const nonDynamic = known.filter((n) => BROKER_CONFIGS_BY_NAME.get(n)?.dynamic === null)
  if (nonDynamic.length > 0) return `Cannot update these configs dynamically: Set(${nonDynamic.join(', ')})`
  const perBrokerOnly = known.filter((n) => BROKER_CONFIGS_BY_NAME.get(n)?.dynamic === 'broker')
  if (!perBroker && perBrokerOnly.length > 0) {
    return `Cannot update these configs at default cluster level, broker id must be specified: Set(${perBrokerOnly.join(', ')})`
  }
  for (const n of known) {
    const parsed = parseConfigValue(BROKER_CONFIGS_BY_NAME.get(n)!, n, props.get(n)!)
    if (!parsed.ok) return parsed.message
  }
  return null
}

/** Applies one change to `configs`; returns Kafka's message when the change itself is invalid. */
function applyChange(
  configs: Map<string, string>,
  change: ConfigChange,
  incremental: boolean,
  describe: (name: string) => { isList: boolean; default: string | null } | null,
): string | null {
  if (!incremental || change.op === OpType.SET) {
    configs.set(change.name, change.value ?? '')
    return null
  }
  if (change.op === OpType.DELETE) {
    configs.delete(change.name)
    return null
  }
  const definition = describe(change.name)
  const opName = OP_NAMES[change.op] ?? String(change.op)
  if (definition === null || !definition.isList) {
    return `Can't ${opName} to key ${change.name} because its type is not LIST.`
  }
  const parts = (configs.get(change.name) ?? definition.default ?? '').split(',').filter((p) => p !== '')
  for (const value of (change.value ?? '').split(',')) {
    if (change.op === OpType.APPEND) {
      if (!parts.includes(value)) parts.push(value)
    } else {
      const at = parts.indexOf(value)
      if (at !== -1) parts.splice(at, 1)
    }
  }
  configs.set(change.name, parts.join(','))
  return null
}

/** ConfigRecords turning `before` into `after`; broker configs are written even when unchanged, as Kafka does. */
function diffRecords(
  resourceType: number,
  resourceName: string,
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  always: boolean,
): ControllerRecord[] {
  const out: ControllerRecord[] = []
  for (const [name, value] of after) {
    if (always || before.get(name) !== value) {
      out.push({ type: 'ConfigRecord', data: { resourceType, resourceName, name, value } })
    }
  }
  for (const name of before.keys()) {
    if (!after.has(name)) out.push({ type: 'ConfigRecord', data: { resourceType, resourceName, name, value: null } })
  }
  return out
}

function invalidRequest(message: string): Problem {
  return { errorCode: ErrorCode.INVALID_REQUEST, message }
}

function resourceTypeName(id: number): string {
  const entry = Object.entries(ConfigResourceType).find(([, v]) => v === id)
  return entry?.[0] ?? String(id)
}
