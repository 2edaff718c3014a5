// DescribeConfigs v0-4. v0 `isDefault`; v1 config sources and synonyms
// (KIP-226, `includeSynonyms`); v2 same as v1; v3 config type and
// documentation (KIP-569, `includeDocumentation`); v4 flexible. As Kafka's
// ConfigHelper (KAFKA-TRAPS 6): a topic lists every topic config with its
// effective value (topic override, else the broker's synonym, else the
// default) and source; a broker (by node id) lists the known broker configs
// and every property given at start, unknown ones sensitive with a null
// value; the cluster-default broker resource ('') lists the dynamic
// defaults set. Synonyms run from the most to the least specific layer.
// An empty or null `configurationKeys` means all.
//
// Not implemented: BROKER_LOGGER lists one `root` logger at INFO (there is
// no per-logger level to report), GROUP and CLIENT_METRICS resources are
// refused with INVALID_REQUEST, authorization.
import {
  ConfigSource,
  type DescribedConfig,
  describeBrokerConfigs,
  describeTopicConfigs,
} from '../../metadata/controller/config-schema.js'
import { topicNameProblem } from '../../metadata/controller/topics.js'
import { ConfigResourceType, topicConfigs } from '../../metadata/image.js'
import { ErrorCode } from '../../protocol/errors.js'
import { describeConfigsApi } from '../../protocol/generated/apis/describe-configs.js'
import type { DescribeConfigsRequest, DescribeConfigsResponse } from '../../protocol/generated/index.js'
import type { Broker } from '../broker.js'
import { configLayers } from '../config-definitions.js'
import { defineHandler } from '../handler.js'

type Result = DescribeConfigsResponse['results'][number]
type Resource = DescribeConfigsRequest['resources'][number]

export const describeConfigsHandler = defineHandler(describeConfigsApi, {
  handle(request, context, broker) {
    const response = describeConfigsApi.response.create()
    const includeSynonyms = context.apiVersion >= 1 && request.includeSynonyms
    const includeDocumentation = context.apiVersion >= 3 && request.includeDocumentation
    response.results = request.resources.map((resource) => {
      const described = describe(broker, resource, includeSynonyms, includeDocumentation)
      if (!described.ok) return errorResult(resource, described.errorCode, described.message)
      const wanted = resource.configurationKeys
      const configs =
        wanted === null || wanted.length === 0
          ? described.configs
          : described.configs.filter((c) => wanted.includes(c.name))
      return {
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        resourceType: resource.resourceType,
        resourceName: resource.resourceName,
        configs: configs.map((c) => ({
          name: c.name,
          value: c.value,
          readOnly: c.readOnly,
          isDefault: context.apiVersion === 0 && c.source === ConfigSource.DEFAULT_CONFIG,
          configSource: c.source,
          isSensitive: c.isSensitive,
          synonyms: c.synonyms.map((s) => ({ ...s })),
          configType: c.configType,
          documentation: c.documentation,
        })),
      }
    })
    return response
  },
})

type Described =
  | { readonly ok: true; readonly configs: readonly DescribedConfig[] }
  | { readonly ok: false; readonly errorCode: number; readonly message: string | null }

function describe(broker: Broker, resource: Resource, synonyms: boolean, docs: boolean): Described {
  const image = broker.image
  const name = resource.resourceName
  switch (resource.resourceType) {
    case ConfigResourceType.TOPIC: {
      const problem = topicNameProblem(name)
      if (problem !== null) return { ok: false, errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, message: problem }
      if (!image.topicsByName.has(name))
        return { ok: false, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message: null }
      const configs = describeTopicConfigs(topicConfigs(image, name), configLayers(broker, image), synonyms, docs)
      return { ok: true, configs }
    }
    case ConfigResourceType.BROKER: {
      if (name === '')
        return { ok: true, configs: describeBrokerConfigs(configLayers(broker, image), false, synonyms, docs) }
      const id = brokerId(name)
      if (id === null) return invalid(`Broker id must be an integer, but it is: ${name}`)
      if (id !== broker.nodeId) {
        return invalid(`Unexpected broker id, expected ${broker.nodeId} or empty string, but received ${name}`)
      }
      return { ok: true, configs: describeBrokerConfigs(configLayers(broker, image), true, synonyms, docs) }
    }
    case ConfigResourceType.BROKER_LOGGER: {
      if (name === '') return invalid('Broker id must not be empty')
      const id = brokerId(name)
      if (id === null) return invalid(`Broker id must be an integer, but it is: ${name}`)
      if (id !== broker.nodeId) return invalid(`Unexpected broker id, expected ${broker.nodeId} but received ${name}`)
      const root: DescribedConfig = {
        name: 'root',
        value: 'INFO',
        readOnly: false,
        source: ConfigSource.DYNAMIC_BROKER_LOGGER_CONFIG,
        isSensitive: false,
        synonyms: [],
        configType: 0,
        documentation: null,
      }
      return { ok: true, configs: [root] }
    }
    default:
      return invalid(`Unsupported resource type: ${resourceTypeName(resource.resourceType)}`)
  }
}

function brokerId(name: string): number | null {
  return /^[-+]?\d+$/.test(name) && Number.isSafeInteger(Number(name)) ? Number(name) : null
}

function invalid(message: string): Described {
  return { ok: false, errorCode: ErrorCode.INVALID_REQUEST, message }
}

function resourceTypeName(id: number): string {
  return Object.entries(ConfigResourceType).find(([, v]) => v === id)?.[0] ?? 'UNKNOWN'
}

function errorResult(resource: Resource, errorCode: number, errorMessage: string | null): Result {
  return {
    errorCode,
    errorMessage,
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
    configs: [],
  }
}
