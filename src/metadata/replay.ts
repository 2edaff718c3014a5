// Replays metadata records into a new MetadataImage. Pure: the same image
// and records give the same result, whether at start-up from the log or live
// after an append, which is what keeps every node's view identical.
//
// `records` are one batch whose last record sits at `lastOffset`; the batch's
// offsets are contiguous (metadata batches are never compacted), so record i
// sits at lastOffset - (records.length - 1 - i). Broker registrations keep the
// offset of their RegisterBrokerRecord (Kafka's registerBrokerRecordOffsets),
// which decides when a broker is caught up enough to be unfenced.
//
// Partition changes follow Kafka's PartitionRegistration.merge: a null field
// keeps its value; leader -2 keeps the leader and its epoch, any other leader
// value (even the same broker, -1 included) bumps the leader epoch; the
// partition epoch bumps on every change; leaderRecoveryState -1 keeps it;
// addingReplicas and removingReplicas (a reassignment, KIP-455) likewise keep
// their value when null, and an empty list clears them.
// Broker registration changes, as ClusterControlManager.replay, must name the
// registered epoch: anything else is a bug in whoever wrote the record.
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

/** PartitionChangeRecord.leader: -2 leaves the leader (and its epoch) as it is; -1 is no leader. */
export const NO_LEADER_CHANGE = -2
export const NO_LEADER = -1

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

  const firstOffset = lastOffset - records.length + 1
  const changeBroker = (
    brokerId: number,
    brokerEpoch: bigint,
    change: { fenced?: boolean; inControlledShutdown?: boolean },
    what: string,
  ) => {
    const current = brokers.get(brokerId)
    assert(current !== undefined, `${what} for unregistered broker ${brokerId}`)
    assert(
      (current.brokerEpoch ?? -1n) === brokerEpoch,
      `${what} for broker ${brokerId} at epoch ${brokerEpoch}, registered at ${current.brokerEpoch ?? -1n}`,
    )
    const entering = change.inControlledShutdown === true && current.inControlledShutdown !== true
    brokers.set(brokerId, {
      ...current,
      fenced: change.fenced ?? current.fenced,
      inControlledShutdown: change.inControlledShutdown ?? current.inControlledShutdown ?? false,
      controlledShutdownOffset: entering ? lastOffset : (current.controlledShutdownOffset ?? -1),
    })
  }

  for (const [index, record] of records.entries()) {
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
          leaderRecoveryState: d.leaderRecoveryState,
          ...reassignment(d.addingReplicas, d.removingReplicas),
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
        const leaderSet = d.leader !== NO_LEADER_CHANGE
        const next: PartitionImage = {
          partition: old.partition,
          replicas: d.replicas ?? old.replicas,
          isr: d.isr ?? old.isr,
          leader: leaderSet ? d.leader : old.leader,
          leaderEpoch: leaderSet ? old.leaderEpoch + 1 : old.leaderEpoch,
          partitionEpoch: old.partitionEpoch + 1,
          leaderRecoveryState: d.leaderRecoveryState === -1 ? (old.leaderRecoveryState ?? 0) : d.leaderRecoveryState,
          ...reassignment(
            d.addingReplicas ?? old.addingReplicas ?? [],
            d.removingReplicas ?? old.removingReplicas ?? [],
          ),
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
          brokerEpoch: d.brokerEpoch,
          incarnationId: d.incarnationId,
          inControlledShutdown: d.inControlledShutdown,
          registrationOffset: firstOffset + index,
          controlledShutdownOffset: d.inControlledShutdown ? lastOffset : -1,
          supportedFeatures: d.features.map((f) => ({
            name: f.name,
            minSupportedVersion: f.minSupportedVersion,
            maxSupportedVersion: f.maxSupportedVersion,
          })),
        }
        brokers.set(d.brokerId, broker)
        break
      }
      case 'FenceBrokerRecord':
        changeBroker(record.data.id, record.data.epoch, { fenced: true }, 'FenceBrokerRecord')
        break
      case 'UnfenceBrokerRecord':
        changeBroker(record.data.id, record.data.epoch, { fenced: false }, 'UnfenceBrokerRecord')
        break
      case 'BrokerRegistrationChangeRecord': {
        const d = record.data
        assert(d.fenced >= -1 && d.fenced <= 1, `BrokerRegistrationChangeRecord fenced value ${d.fenced}`)
        assert(
          d.inControlledShutdown === 0 || d.inControlledShutdown === 1,
          `BrokerRegistrationChangeRecord inControlledShutdown value ${d.inControlledShutdown}`,
        )
        const change: { fenced?: boolean; inControlledShutdown?: boolean } = {}
        if (d.fenced !== 0) change.fenced = d.fenced === 1
        if (d.inControlledShutdown === 1) change.inControlledShutdown = true
        changeBroker(d.brokerId, d.brokerEpoch, change, 'BrokerRegistrationChangeRecord')
        break
      }
      case 'UnregisterBrokerRecord': {
        const current = brokers.get(record.data.brokerId)
        assert(current !== undefined, `UnregisterBrokerRecord for unregistered broker ${record.data.brokerId}`)
        assert(
          (current.brokerEpoch ?? -1n) === record.data.brokerEpoch,
          `UnregisterBrokerRecord for broker ${record.data.brokerId} at a stale epoch`,
        )
        brokers.delete(record.data.brokerId)
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

/** A reassignment's adding and removing replicas on a PartitionImage: present only while not empty. */
function reassignment(
  addingReplicas: readonly number[],
  removingReplicas: readonly number[],
): Pick<PartitionImage, 'addingReplicas' | 'removingReplicas'> {
  return {
    ...(addingReplicas.length > 0 ? { addingReplicas } : {}),
    ...(removingReplicas.length > 0 ? { removingReplicas } : {}),
  }
}
