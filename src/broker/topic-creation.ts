// Creating topics from inside the broker (Metadata's auto-creation, internal
// topics such as __consumer_offsets) through the same controller decision as
// CreateTopics (metadata/controller/create-topics.ts), committed to the
// metadata log. All topics of one call commit together.
//
// On a node that is not the active controller the same topics go to the
// controller as a CreateTopics request over the controller channel (as
// Kafka's AutoTopicCreationManager sends through its channel manager), and
// its per-topic answers come back. No controller channel: NOT_CONTROLLER per
// topic; no controller before the channel's timeout: REQUEST_TIMED_OUT.
import { createTopics as decideCreateTopics } from '../metadata/controller/create-topics.js'
import { ErrorCode } from '../protocol/errors.js'
import { createTopicsApi } from '../protocol/generated/apis/create-topics.js'
import type { Broker } from './broker.js'
import { createTopicsContext } from './config-definitions.js'
import { ControllerChannelError } from './controller-channel.js'

export interface TopicToCreate {
  readonly name: string
  /** -1: `num.partitions` */
  readonly numPartitions: number
  /** -1: `default.replication.factor` */
  readonly replicationFactor: number
  readonly assignments?: readonly (readonly number[])[]
  readonly configs?: ReadonlyMap<string, string>
}

export interface TopicCreated {
  readonly name: string
  readonly errorCode: number
  readonly message: string | null
  readonly topicId: Buffer
  readonly numPartitions: number
  readonly replicationFactor: number
}

/** Creates the topics (or, with `validateOnly`, only checks them) and returns one result per topic, in order. */
export function createTopics(
  broker: Broker,
  topics: readonly TopicToCreate[],
  options: { validateOnly?: boolean; timeoutMs?: number } = {},
): Promise<TopicCreated[]> {
  if (!broker.metadata.isActiveController()) return createTopicsOnController(broker, topics, options)
  const requests = topics.map((t) => ({
    name: t.name,
    numPartitions: t.assignments === undefined ? t.numPartitions : -1,
    replicationFactor: t.assignments === undefined ? t.replicationFactor : -1,
    assignments: (t.assignments ?? []).map((brokerIds, partitionIndex) => ({ partitionIndex, brokerIds })),
    configs: [...(t.configs ?? [])].map(([name, value]) => ({ name, value })),
  }))
  return broker.metadata.write((image) => {
    const decision = decideCreateTopics(image, requests, options.validateOnly === true, createTopicsContext(broker))
    const byName = new Map(decision.results.map((r) => [r.name, r]))
    const result = topics.map((t): TopicCreated => {
      const r = byName.get(t.name)!
      return {
        name: r.name,
        errorCode: r.errorCode,
        message: r.errorMessage,
        topicId: r.topicId,
        numPartitions: r.numPartitions,
        replicationFactor: r.replicationFactor,
      }
    })
    return { records: decision.records, result }
  })
}

/** The highest CreateTopics version: per-topic results with ids and partition counts. */
const CREATE_TOPICS_VERSION = 7

async function createTopicsOnController(
  broker: Broker,
  topics: readonly TopicToCreate[],
  options: { validateOnly?: boolean; timeoutMs?: number },
): Promise<TopicCreated[]> {
  const failed = (errorCode: number): TopicCreated[] =>
    topics.map((t) => ({
      name: t.name,
      errorCode,
      message: null,
      topicId: Buffer.alloc(16),
      numPartitions: -1,
      replicationFactor: -1,
    }))
  const channel = broker.controllerChannel
  if (channel === null) return failed(ErrorCode.NOT_CONTROLLER)
  const request = createTopicsApi.request.create()
  request.validateOnly = options.validateOnly === true
  request.timeoutMs = options.timeoutMs ?? 30_000
  request.topics = topics.map((t) => ({
    name: t.name,
    numPartitions: t.assignments === undefined ? t.numPartitions : -1,
    replicationFactor: t.assignments === undefined ? t.replicationFactor : -1,
    assignments: (t.assignments ?? []).map((brokerIds, partitionIndex) => ({
      partitionIndex,
      brokerIds: [...brokerIds],
    })),
    configs: [...(t.configs ?? [])].map(([name, value]) => ({ name, value })),
  }))
  let response: Awaited<ReturnType<typeof createTopicsApi.response.read>>
  try {
    const timeout = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }
    response = await channel.request(createTopicsApi, CREATE_TOPICS_VERSION, request, timeout)
  } catch (err) {
    if (err instanceof ControllerChannelError) {
      return failed(err.reason === 'timeout' ? ErrorCode.REQUEST_TIMED_OUT : ErrorCode.NOT_CONTROLLER)
    }
    broker.logger.error({ err }, 'CreateTopics to the controller failed')
    return failed(ErrorCode.UNKNOWN_SERVER_ERROR)
  }
  const byName = new Map(response.topics.map((r) => [r.name, r]))
  return topics.map((t): TopicCreated => {
    const r = byName.get(t.name)
    if (r === undefined) return { ...failed(ErrorCode.UNKNOWN_SERVER_ERROR)[0]!, name: t.name }
    return {
      name: r.name,
      errorCode: r.errorCode,
      message: r.errorMessage,
      topicId: r.topicId,
      numPartitions: r.numPartitions,
      replicationFactor: r.replicationFactor,
    }
  })
}
