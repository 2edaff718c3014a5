// Replays metadata records into a new MetadataImage. Pure: the same image
// and records give the same result, whether at start-up from the log or live
// after an append, which is what keeps every node's view identical.
import { assert, assertNever } from '../util/assert.js'
import {
  type BrokerImage,
  configKey,
  type MetadataImage,
  type PartitionImage,
  type TopicImage,
  topicIdKey,
} from './image.js'
import type { MetadataRecord } from './records.js'

export function replay(image: MetadataImage, records: readonly MetadataRecord[], lastOffset: number): MetadataImage {
  const byName = new Map(image.topicsByName)
  const byId = new Map(image.topicsById)
  const brokers = new Map(image.brokers)
  const configs = new Map(image.configs)
  const features = new Map(image.features)
  let nextProducerId = image.nextProducerId ?? 0

  const putTopic = (topic: TopicImage) => {
    byName.set(topic.name, topic)
    byId.set(topicIdKey(topic.topicId), topic)
  }

  for (const record of records) {
    switch (record.type) {
      case 'TopicRecord': {
        const { name, topicId } = record.data
        putTopic({ name, topicId, partitions: [] })
        break
      }
      case 'PartitionRecord': {
        const d = record.data
        const topic = byId.get(topicIdKey(d.topicId))
        assert(topic !== undefined, `PartitionRecord for unknown topic ${topicIdKey(d.topicId)}`)
        const partitions = [...topic.partitions]
        partitions[d.partitionId] = {
          partition: d.partitionId,
          replicas: d.replicas,
          isr: d.isr,
          leader: d.leader,
          leaderEpoch: d.leaderEpoch,
          partitionEpoch: d.partitionEpoch,
        }
        putTopic({ ...topic, partitions })
        break
      }
      case 'PartitionChangeRecord': {
        const d = record.data
        const topic = byId.get(topicIdKey(d.topicId))
        assert(topic !== undefined, `PartitionChangeRecord for unknown topic ${topicIdKey(d.topicId)}`)
        const old = topic.partitions[d.partitionId]
        assert(old !== undefined, `PartitionChangeRecord for unknown partition ${d.partitionId}`)
        const leaderChanged = d.leader !== -2 && d.leader !== old.leader
        const next: PartitionImage = {
          partition: old.partition,
          replicas: d.replicas ?? old.replicas,
          isr: d.isr ?? old.isr,
          leader: d.leader === -2 ? old.leader : d.leader,
          leaderEpoch: leaderChanged ? old.leaderEpoch + 1 : old.leaderEpoch,
          partitionEpoch: old.partitionEpoch + 1,
        }
        const partitions = [...topic.partitions]
        partitions[d.partitionId] = next
        putTopic({ ...topic, partitions })
        break
      }
      case 'RemoveTopicRecord': {
        const topic = byId.get(topicIdKey(record.data.topicId))
        if (topic === undefined) break
        byId.delete(topicIdKey(topic.topicId))
        byName.delete(topic.name)
        configs.delete(configKey(2, topic.name))
        break
      }
      case 'ConfigRecord': {
        const d = record.data
        const key = configKey(d.resourceType, d.resourceName)
        const entries = new Map(configs.get(key))
        if (d.value === null) entries.delete(d.name)
        else entries.set(d.name, d.value)
        if (entries.size === 0) configs.delete(key)
        else configs.set(key, entries)
        break
      }
      case 'RegisterBrokerRecord': {
        const d = record.data
        const broker: BrokerImage = {
          nodeId: d.brokerId,
          endpoints: d.endPoints.map((e) => ({
            name: e.name,
            host: e.host,
            port: e.port,
            securityProtocol: e.securityProtocol,
          })),
          rack: d.rack,
          fenced: d.fenced,
        }
        brokers.set(d.brokerId, broker)
        break
      }
      case 'FeatureLevelRecord':
        features.set(record.data.name, record.data.featureLevel)
        break
      case 'ProducerIdsRecord': {
        const next = Number(record.data.nextProducerId)
        assert(next >= nextProducerId, `ProducerIdsRecord moves nextProducerId back to ${next}`)
        nextProducerId = next
        break
      }
      case 'other':
        break
      default:
        assertNever(record)
    }
  }
  return { offset: lastOffset, topicsByName: byName, topicsById: byId, brokers, configs, features, nextProducerId }
}
