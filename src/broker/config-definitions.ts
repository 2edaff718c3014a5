// The broker's side of the config schema (metadata/controller/config-schema.ts):
// the layers a config value comes from on this node, and the storage
// layer's check that a merged set of log properties can be applied, handed
// to the pure controller decisions so that nothing is committed that the
// partition logs would refuse.
import { DEFAULT_LOG_CONFIG, logConfigFromProperties } from '../log/log-config.js'
import type { BrokerConfigLayers } from '../metadata/controller/config-schema.js'
import { brokerLayers, type ConfigControllerContext } from '../metadata/controller/configs.js'
import type { CreateTopicsContext } from '../metadata/controller/create-topics.js'
import type { MetadataImage } from '../metadata/image.js'
import { KafkaError } from '../protocol/errors.js'
import type { Broker } from './broker.js'

export function configLayers(broker: Broker, image: MetadataImage = broker.image): BrokerConfigLayers {
  return brokerLayers(image, broker.nodeId, broker.config.properties)
}

/** Null when the log layer accepts `properties` (broker-level and topic-level names merged), otherwise why not. */
export function logConfigProblem(properties: ReadonlyMap<string, string>): string | null {
  try {
    logConfigFromProperties(properties, DEFAULT_LOG_CONFIG)
    return null
  } catch (err) {
    if (err instanceof KafkaError) return err.message
    throw err
  }
}

export function configControllerContext(broker: Broker): ConfigControllerContext {
  return { nodeId: broker.nodeId, staticProperties: broker.config.properties, logConfigProblem }
}

export function createTopicsContext(broker: Broker): CreateTopicsContext {
  return {
    ...configControllerContext(broker),
    defaultNumPartitions: broker.config.numPartitions,
    defaultReplicationFactor: broker.config.defaultReplicationFactor,
    newTopicId: broker.newUuid,
    // Placement starts at a random broker, as Kafka's StripedReplicaPlacer, so leaders spread over topics.
    random: Math.random,
  }
}
