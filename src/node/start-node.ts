// Wires one Oxbow process (or one in-process node): configuration, log dirs,
// the metadata log, the broker and its listeners. `startNode` resolves once
// clients can connect; `close()` shuts down cleanly (stop accepting, finish
// in-flight requests, flush, checkpoint, clean-shutdown marker) and releases
// every port, timer and file, so tests can start and stop nodes freely.
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { type Logger, pino } from 'pino'
import { Broker } from '../broker/broker.js'
import { interBrokerEndpoint } from '../broker/broker-clients.js'
import { type BrokerConfig, brokerConfigFromProperties, type ListenerSpec } from '../broker/broker-config.js'
import { type BrokerLifecycle, startBrokerLifecycle } from '../broker/broker-lifecycle.js'
import { ControllerChannel } from '../broker/controller-channel.js'
import { startControllerHeartbeats } from '../broker/controller-heartbeats.js'
import { createDispatcher } from '../broker/dispatch.js'
import { fetchPurgatory } from '../broker/fetch-purgatory.js'
import { FORWARDABLE_API_KEYS } from '../broker/forwarding.js'
import type { Handler } from '../broker/handler.js'
import { alterPartitionHandler } from '../broker/handlers/56-alter-partition.js'
import { envelopeHandler } from '../broker/handlers/58-envelope.js'
import { brokerHandlers } from '../broker/handlers/index.js'
import { lifecycleHandlers } from '../broker/handlers/lifecycle-handlers.js'
import { raftHandlers } from '../broker/handlers/raft-handlers.js'
import { startLeaderRebalance } from '../broker/leader-rebalance.js'
import { reconcileLogs } from '../broker/log-reconciler.js'
import { MetadataLog } from '../broker/metadata-log.js'
import { startMetadataSnapshots } from '../broker/metadata-snapshots.js'
import { producerIdManager } from '../broker/producer-ids.js'
import { startReassignmentCompleter } from '../broker/reassignment-completer.js'
import { replicaFetchers } from '../broker/replica-fetchers.js'
import { replicaManager } from '../broker/replica-manager.js'
import { watchReplicationMetrics } from '../broker/replication-metrics.js'
import { createTopics } from '../broker/topic-creation.js'
import { txnMarkerSender } from '../broker/txn-marker-sender.js'
import { groupCoordinatorConfigFromProperties } from '../coordinator/group/properties.js'
import { GROUP_METADATA_TOPIC, GroupCoordinatorRuntime } from '../coordinator/group/runtime.js'
import { transactionCoordinatorOptionsFromProperties } from '../coordinator/transaction/properties.js'
import { TRANSACTION_STATE_TOPIC, TransactionCoordinatorRuntime } from '../coordinator/transaction/runtime.js'
import { boundedFileSystem } from '../log/bounded-fs.js'
import { type FileSystem, nodeFileSystem, writeFileAtomically } from '../log/fs.js'
import { cleanerConfigFromProperties } from '../log/log-cleaner.js'
import { LogManager } from '../log/log-manager.js'
import type { MetadataImage } from '../metadata/image.js'
import { NodeClientPool } from '../network/client.js'
import { type Listener, startListener } from '../network/server.js'
import { ApiKey } from '../protocol/generated/api-table.js'
import { raftConfigFromProperties } from '../raft/config-properties.js'
import { decodeRaftBatches } from '../raft/disk-log.js'
import { RaftDriver } from '../raft/driver.js'
import { assert } from '../util/assert.js'
import { type Clock, systemClock } from '../util/clock.js'
import { resolveQuorumVoters, type VoterAddresses } from './quorum-voters.js'
import { KafkaRaftTransport } from './raft-transport.js'
import { timerScheduler } from './timer-scheduler.js'

export interface StartNodeOptions {
  /** Data directory (`log.dirs`); default `./data`. */
  readonly dataDir?: string
  /** Kafka listener host; default 127.0.0.1. */
  readonly host?: string
  /** Kafka listener port; 0 picks a free one; default 9092. */
  readonly port?: number
  /** Controller listener port; 0 picks a free one; default 9093, or 0 when `port` is 0. */
  readonly controllerPort?: number
  /** Kafka properties (`num.partitions`, `auto.create.topics.enable`, ...); they win over the options above. */
  readonly properties?: Readonly<Record<string, string>> | ReadonlyMap<string, string>
  readonly clock?: Clock
  /** A pino logger; default: silent. */
  readonly logger?: Logger
}

export interface RunningNode {
  /** `host:port` of the Kafka listener, for a client's bootstrap servers. */
  readonly bootstrap: string
  readonly host: string
  readonly port: number
  readonly nodeId: number
  readonly clusterId: string
  /** `process.roles`: a controller-only node has no Kafka listener (`bootstrap` is its controller listener). */
  readonly roles: readonly ('broker' | 'controller')[]
  readonly broker: Broker
  close(): Promise<void>
}

const SECURITY_PROTOCOL_PLAINTEXT = 0
/** Kafka's offsets.commit.timeout.ms default, and the request timeout its transaction log writes wait. */
const OFFSETS_COMMIT_TIMEOUT_MS = 5_000
const TRANSACTION_WRITE_TIMEOUT_MS = 30_000
/** metadata.version of Kafka 3.9 (3.9-IV0). */
const METADATA_VERSION = 21

export async function startNode(options: StartNodeOptions = {}): Promise<RunningNode> {
  const clock = options.clock ?? systemClock
  const logger = options.logger ?? pino({ level: 'silent' })
  const config = brokerConfigFromProperties(nodeProperties(options))
  const fs = boundedFileSystem(nodeFileSystem)
  const clusterId = await loadOrCreateMetaProperties(fs, config)

  let broker: Broker | undefined
  const { manager: logs, report } = LogManager.open({
    fs,
    logDirs: config.logDirs,
    defaults: config.log,
    topicConfig: (topic) => broker?.topicLogConfig(topic) ?? config.log,
    clock,
    scheduler: timerScheduler,
    warn: (message) => logger.warn(message),
    producerIdExpirationMs: positiveProperty(config.properties, 'producer.id.expiration.ms'),
    cleaner: cleanerConfigFromProperties(config.properties),
    intervals: definedOnly({
      producerIdExpirationCheckMs: positiveProperty(config.properties, 'producer.id.expiration.check.interval.ms'),
    }),
  })
  logger.info({ partitions: report.partitions, uncleanDirs: report.uncleanDirs }, 'logs loaded')

  const boundListeners = new Map<string, ListenerSpec>()
  const listeners: Listener[] = []
  const dispatchers = new Map<string, ReturnType<typeof createDispatcher>>()
  try {
    for (const spec of config.listeners) {
      const listener = await startListener({
        name: spec.name,
        host: spec.host,
        port: spec.port,
        limits: { maxRequestBytes: config.socketRequestMaxBytes },
        handler: (frame, connection) => {
          const dispatch = dispatchers.get(spec.name)
          if (dispatch === undefined) return { kind: 'close', reason: 'node is starting' }
          return dispatch(frame, connection)
        },
        onProblem: (info, reason, err) => logger.debug({ connection: info, reason, err }, 'connection closed'),
      })
      listeners.push(listener)
      boundListeners.set(spec.name, { name: spec.name, host: spec.host, port: listener.port })
    }
  } catch (err) {
    await Promise.all(listeners.map((l) => l.close(0)))
    await logs.close()
    throw err
  }

  // The metadata quorum: this node votes when it has the controller role, and observes otherwise.
  let voters: VoterAddresses
  try {
    voters = await resolveQuorumVoters(config, boundListeners, logger)
  } catch (err) {
    await Promise.all(listeners.map((l) => l.close(0)))
    await logs.close()
    throw err
  }
  const raftConfig = raftConfigFromProperties(config.properties)
  const transport = new KafkaRaftTransport({
    clusterId,
    voters,
    requestTimeoutMs: raftConfig.requestTimeoutMs,
    clientId: `raft-client-${config.nodeId}`,
    decodeFetchRecords: decodeRaftBatches,
    logger,
    clock,
  })
  let quorum: RaftDriver
  try {
    quorum = await RaftDriver.open({
      localId: config.nodeId,
      voters: [...voters.keys()],
      config: raftConfig,
      logs,
      clock,
      transport,
      logger,
      onFatal: (err) => logger.fatal({ err }, 'the metadata quorum member stopped'),
    })
  } catch (err) {
    await transport.close()
    await Promise.all(listeners.map((l) => l.close(0)))
    await logs.close()
    throw err
  }
  const metadata = MetadataLog.open(quorum)
  const controllerClients = new NodeClientPool((id) => voters.get(id) ?? null, {
    clientId: `controller-channel-${config.nodeId}`,
  })
  const controllerChannel = new ControllerChannel({
    transport: controllerClients,
    activeControllerId: () => metadata.activeControllerId(),
    onRetry: (controllerId, reason) => logger.debug({ controllerId, reason }, 'controller request retried'),
  })
  // Replica fetchers reach other brokers at the endpoint they registered for inter.broker.listener.name.
  const brokerClients = new NodeClientPool(
    (id) => interBrokerEndpoint(metadata.image, id, config.interBrokerListenerName),
    { clientId: `broker-${config.nodeId}-fetcher` },
  )
  // Transaction markers on connections of their own, so that a marker waiting for the ISR never
  // queues a replica fetch behind it (Kafka's TransactionMarkerChannelManager has its own client).
  const markerClients = new NodeClientPool(
    (id) => interBrokerEndpoint(metadata.image, id, config.interBrokerListenerName),
    { clientId: `broker-${config.nodeId}-txn-marker` },
  )

  const groupCoordinator = new GroupCoordinatorRuntime({
    nodeId: config.nodeId,
    numPartitions: config.offsetsTopicNumPartitions,
    replicationFactor: config.offsetsTopicReplicationFactor,
    config: groupCoordinatorConfigFromProperties(config.properties),
    logs,
    image: () => metadata.image,
    createTopic: async (spec) => {
      assert(broker !== undefined, 'the broker exists before any request')
      const [created] = await createTopics(broker, [spec])
      return { errorCode: created?.errorCode ?? 0, message: created?.message ?? null }
    },
    scheduler: timerScheduler,
    clock,
    logger,
    onAppend: (partition, bytes) => {
      if (broker === undefined) return
      replicaManager(broker).onLocalAppend(GROUP_METADATA_TOPIC, partition, { bytes })
      // Kafka's offsets.commit.timeout.ms: how long a group write waits for the ISR.
      return replicaManager(broker).committedToEnd(GROUP_METADATA_TOPIC, partition, OFFSETS_COMMIT_TIMEOUT_MS)
    },
  })
  const transactionCoordinator = new TransactionCoordinatorRuntime({
    nodeId: config.nodeId,
    ...transactionCoordinatorOptionsFromProperties(config.properties),
    logs,
    image: () => metadata.image,
    createTopic: async (spec) => {
      assert(broker !== undefined, 'the broker exists before any request')
      const [created] = await createTopics(broker, [spec])
      return { errorCode: created?.errorCode ?? 0, message: created?.message ?? null }
    },
    generateProducerId: async () => {
      assert(broker !== undefined, 'the broker exists before any request')
      return BigInt(await producerIdManager(broker).generateProducerId())
    },
    groupPartition: (groupId) => groupCoordinator.partitionFor(groupId),
    // In-process for partitions this node leads, WriteTxnMarkers to the leader for the others.
    sendMarkers: (leader, request) => {
      assert(broker !== undefined, 'the broker exists before any request')
      return txnMarkerSender(broker, markerClients).send(leader, request)
    },
    scheduler: timerScheduler,
    clock,
    logger,
    onAppend: (partition, bytes) => {
      if (broker === undefined) return
      replicaManager(broker).onLocalAppend(TRANSACTION_STATE_TOPIC, partition, { bytes })
      return replicaManager(broker).committedToEnd(TRANSACTION_STATE_TOPIC, partition, TRANSACTION_WRITE_TIMEOUT_MS)
    },
  })
  broker = new Broker({
    config,
    clusterId,
    logs,
    metadata,
    clock,
    logger,
    boundListeners,
    newUuid: () => randomBytes(16),
    handlers: brokerHandlers,
    groupCoordinator,
    transactionCoordinator,
    raft: quorum,
    controllerChannel,
    brokerClients,
  })
  const running = broker
  // Followed partitions go to the replica fetchers (before the first image is published).
  replicaManager(running).setFetchers(replicaFetchers(running))
  // Logs and coordinators follow the image once this node has caught up with the quorum: the
  // first reconcile then sees the whole history at once (a restart does not take every
  // intermediate image for news), and later images apply one by one.
  let previous: MetadataImage | null = null
  const publish = (image: MetadataImage) => {
    reconcileLogs(running, previous ?? { ...image, offset: -1, topicsByName: new Map() }, image)
    // Leaders and followers after the logs exist, before the coordinators load (they read up to the HW).
    replicaManager(running).applyImage(image)
    previous = image
    // After the logs: a __consumer_offsets partition this node now leads has its log to load.
    groupCoordinator.onImage(image)
    transactionCoordinator.onImage(image)
  }
  metadata.onImage((image) => {
    if (previous !== null) publish(image)
  })
  // Under-replicated, under-min-ISR and offline partition counts, logged when an image changes them.
  watchReplicationMetrics(running)
  // The controller listener serves at once (the quorum and the brokers' registrations need it);
  // the Kafka listeners only once this broker has caught up and is unfenced (below), as Kafka
  // enables request processing last: a client must never learn metadata from a half-replayed image.
  const controllerHandlers = controllerListenerHandlers()
  for (const spec of config.listeners) {
    if (config.controllerListenerNames.includes(spec.name)) {
      dispatchers.set(spec.name, createDispatcher(running, controllerHandlers))
    }
  }
  const isBroker = config.processRoles.includes('broker')
  const isController = config.processRoles.includes('controller')
  const stopControllerDuties: (() => void)[] = []
  if (isController) {
    stopControllerDuties.push(startControllerHeartbeats(running, timerScheduler))
    stopControllerDuties.push(startLeaderRebalance(running, timerScheduler))
    stopControllerDuties.push(startReassignmentCompleter(running))
    stopControllerDuties.push(bootstrapFeatures(metadata, logger))
  }
  // Every node (voters and observers) snapshots its own committed image (KIP-630).
  stopControllerDuties.push(
    startMetadataSnapshots({
      metadata,
      quorum,
      properties: config.properties,
      scheduler: timerScheduler,
      clock,
      logger,
    }),
  )
  const startupTimeoutMs = 60_000
  await waitUntil(() => caughtUp(quorum), clock, startupTimeoutMs, 'the metadata quorum has no leader to catch up with')
  publish(metadata.image)

  let lifecycle: BrokerLifecycle | null = null
  if (isBroker) {
    lifecycle = startBrokerLifecycle({
      nodeId: config.nodeId,
      clusterId,
      incarnationId: randomBytes(16),
      listeners: brokerEndpoints(config, boundListeners),
      rack: config.rack,
      features: [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: METADATA_VERSION }],
      send: (api, version, body) => controllerChannel.request(api, version, body),
      currentMetadataOffset: () => metadata.image.offset,
      clock,
      scheduler: timerScheduler,
      ...definedOnly({
        heartbeatIntervalMs: positiveProperty(config.properties, 'broker.heartbeat.interval.ms'),
        sessionTimeoutMs: positiveProperty(config.properties, 'broker.session.timeout.ms'),
      }),
      logger,
    })
    await withTimeout(lifecycle.unfenced, startupTimeoutMs, 'the controller did not unfence this broker')
    // Ready once this node's own image shows it unfenced, so its first Metadata answer lists it.
    await waitUntil(
      () => metadata.image.brokers.get(config.nodeId)?.fenced === false,
      clock,
      startupTimeoutMs,
      'the unfencing did not reach this node',
    )
  }

  for (const spec of config.listeners) {
    if (!config.controllerListenerNames.includes(spec.name)) {
      dispatchers.set(spec.name, createDispatcher(running, brokerHandlers))
    }
  }

  const kafka = listeners.find((l) => !config.controllerListenerNames.includes(l.name)) ?? listeners[0]
  if (kafka === undefined) throw new Error('no listener configured (listeners=...)')
  const advertisedHost = advertisedFor(config, kafka.name, boundListeners).host
  logger.info({ listeners: [...boundListeners.values()], clusterId, nodeId: config.nodeId }, 'oxbow node started')

  let closing: Promise<void> | null = null
  return {
    bootstrap: `${advertisedHost}:${kafka.port}`,
    host: advertisedHost,
    port: kafka.port,
    nodeId: config.nodeId,
    clusterId,
    roles: config.processRoles,
    broker: running,
    close() {
      closing ??= (async () => {
        // Parked long polls answer now rather than hold the listeners open for their maxWaitMs.
        fetchPurgatory(running).close()
        // Parked JoinGroup/SyncGroup requests answer now; coordinator timers stop before the logs close.
        groupCoordinator.close()
        transactionCoordinator.close()
        txnMarkerSender(running).close()
        // A broker hands its leaderships over before it goes (Kafka's controlled shutdown).
        // Only worth it when another live broker can take the leaderships over (not for the last one).
        if (lifecycle !== null) {
          if (otherLiveBrokers(metadata.image, config.nodeId) > 0) {
            await withTimeout(lifecycle.controlledShutdown(), 5_000, 'controlled shutdown').catch((err: unknown) =>
              logger.warn({ err }, 'controlled shutdown did not finish; stopping anyway'),
            )
          }
          lifecycle.close()
        }
        // Parked acks=all produces answer; ISR timers and replica fetchers stop.
        await replicaManager(running).close()
        // No follower writes once the logs start closing.
        await replicaFetchers(running).close()
        for (const stop of stopControllerDuties) stop()
        controllerChannel.close()
        // A leader resigns so the other voters elect a successor at once rather than after a timeout.
        await quorum.close({ resign: true })
        metadata.close()
        await Promise.all([transport.close(), controllerClients.close(), brokerClients.close(), markerClients.close()])
        await Promise.all(listeners.map((l) => l.close()))
        await logs.close()
        logger.info('oxbow node stopped')
      })()
      return closing
    },
  }
}

/** The controller listener's APIs: the quorum's, the brokers' lifecycle, and the admin writes forwarded to the controller. */
function controllerListenerHandlers(): ReadonlyMap<number, Handler> {
  const handlers = new Map<number, Handler>()
  for (const handler of [
    ...raftHandlers,
    ...lifecycleHandlers,
    envelopeHandler as Handler,
    alterPartitionHandler as Handler,
  ]) {
    handlers.set(handler.api.apiKey, handler)
  }
  for (const [key, handler] of brokerHandlers) {
    if (key === ApiKey.API_VERSIONS || FORWARDABLE_API_KEYS.has(key)) handlers.set(key, handler)
  }
  return handlers
}

/** Resolves once `ready()` holds, checking every few milliseconds; rejects after `timeoutMs`. */
async function waitUntil(ready: () => boolean, clock: Clock, timeoutMs: number, what: string): Promise<void> {
  const deadline = clock.monotonicMs() + timeoutMs
  while (!ready()) {
    if (clock.monotonicMs() > deadline) throw new Error(`node did not start within ${timeoutMs} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** A positive integer property, or undefined (the default applies) when absent or not one. */
function positiveProperty(properties: ReadonlyMap<string, string>, key: string): number | undefined {
  const value = Number(properties.get(key)?.trim())
  return Number.isSafeInteger(value) && value > 0 ? value : undefined
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>
}

function nodeProperties(options: StartNodeOptions): Map<string, string> {
  const props = new Map<string, string>()
  const host = options.host ?? '127.0.0.1'
  const port = options.port ?? 9092
  const controllerPort = options.controllerPort ?? (port === 0 ? 0 : 9093)
  props.set('listeners', `PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort}`)
  props.set('log.dirs', resolve(options.dataDir ?? './data'))
  const given =
    options.properties instanceof Map ? options.properties : new Map(Object.entries(options.properties ?? {}))
  for (const [key, value] of given) props.set(key, value)
  return props
}

/** An advertised listener with its real port when the configured one was 0. */
function advertisedFor(config: BrokerConfig, name: string, bound: ReadonlyMap<string, ListenerSpec>): ListenerSpec {
  const advertised = config.advertisedListeners.find((l) => l.name === name)
  const actual = bound.get(name)
  const host = advertised?.host ?? actual?.host ?? '127.0.0.1'
  const port = advertised !== undefined && advertised.port !== 0 ? advertised.port : (actual?.port ?? 0)
  return { name, host: host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host, port }
}

/** This broker's endpoints as it registers them (ports may change between starts). */
function brokerEndpoints(config: BrokerConfig, bound: ReadonlyMap<string, ListenerSpec>) {
  return [...bound.keys()]
    .filter((name) => !config.controllerListenerNames.includes(name))
    .map((name) => {
      const l = advertisedFor(config, name, bound)
      return { name, host: l.host, port: l.port, securityProtocol: SECURITY_PROTOCOL_PLAINTEXT }
    })
}

/** Brokers other than this one that are registered, unfenced and not shutting down. */
function otherLiveBrokers(image: MetadataImage, nodeId: number): number {
  let count = 0
  for (const broker of image.brokers.values()) {
    if (broker.nodeId !== nodeId && !broker.fenced && broker.inControlledShutdown !== true) count++
  }
  return count
}

/**
 * Caught up with the quorum: a leader is known and everything below its high watermark is
 * replayed (Kafka's brokers wait for this before they register as ready).
 */
function caughtUp(quorum: RaftDriver): boolean {
  const leader = quorum.leader()
  if (leader.leaderId === null) return false
  if (leader.isLocal) return leader.ready
  const hw = quorum.highWatermark()
  return hw > 0n && quorum.deliveredOffset() >= hw
}

/**
 * The bootstrap records of a new cluster (Kafka writes them from `kafka-storage format`): the
 * active controller of a log without a metadata.version writes one.
 */
function bootstrapFeatures(metadata: MetadataLog, logger: Logger): () => void {
  const check = () => {
    if (metadata.image.features.has('metadata.version')) {
      clearInterval(timer)
      return
    }
    if (!metadata.isActiveController()) return
    metadata
      .write((image) => ({
        records: image.features.has('metadata.version')
          ? []
          : [
              {
                type: 'FeatureLevelRecord' as const,
                data: { name: 'metadata.version', featureLevel: METADATA_VERSION },
              },
            ],
        result: undefined,
      }))
      .catch((err: unknown) => logger.debug({ err }, 'metadata.version not written yet'))
  }
  const timer = setInterval(check, 20)
  check()
  return () => clearInterval(timer)
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`node did not start within ${timeoutMs} ms: ${what}`)), timeoutMs)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Kafka's `meta.properties` in each log dir: the cluster id and node id this
 * data belongs to. Created on first start (no format step needed, KAFKA-TRAPS
 * 11); a dir of another cluster or node is refused.
 */
async function loadOrCreateMetaProperties(fs: FileSystem, config: BrokerConfig): Promise<string> {
  let clusterId: string | undefined
  for (const dir of config.logDirs) {
    fs.mkdirs(dir)
    const path = join(dir, 'meta.properties')
    if (!fs.exists(path)) continue
    const props = new Map(
      fs
        .readFile(path)
        .toString('utf8')
        .split('\n')
        .filter((l) => l.includes('=') && !l.startsWith('#'))
        .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()] as const),
    )
    const nodeId = props.get('node.id')
    if (nodeId !== undefined && Number(nodeId) !== config.nodeId) {
      throw new Error(`${path}: node.id ${nodeId} does not match the configured node.id ${config.nodeId}`)
    }
    const id = props.get('cluster.id')
    if (id !== undefined && clusterId !== undefined && id !== clusterId) {
      throw new Error(`${path}: cluster.id ${id} differs from ${clusterId} in another log dir`)
    }
    clusterId ??= id
  }
  clusterId ??= randomBytes(16).toString('base64url')
  for (const dir of config.logDirs) {
    const path = join(dir, 'meta.properties')
    if (fs.exists(path)) continue
    const text = `#\n#${new Date(Date.now()).toUTCString()}\nnode.id=${config.nodeId}\ndirectory.id=${randomBytes(16).toString('base64url')}\nversion=1\ncluster.id=${clusterId}\n`
    await writeFileAtomically(fs, path, Buffer.from(text))
  }
  return clusterId
}
