// Keeps the local logs in line with the metadata image, as Kafka's
// BrokerMetadataPublisher does: a partition this node replicates gets a log
// (created empty if new), its topic's config changes apply live, and the
// logs of a partition that was in the previous image and is gone from this
// one are deleted. A log no image ever knew (a stray) is left alone and
// reported: losing the metadata log must never delete data.
import type { MetadataImage } from '../metadata/image.js'
import type { Broker } from './broker.js'
import { METADATA_TOPIC } from './metadata-log.js'

export function reconcileLogs(broker: Broker, previous: MetadataImage, image: MetadataImage): void {
  for (const topic of image.topicsByName.values()) {
    const config = broker.topicLogConfig(topic.name, image)
    for (const partition of topic.partitions) {
      if (!partition.replicas.includes(broker.nodeId)) continue
      const tp = { topic: topic.name, partition: partition.partition }
      const log = broker.logs.getLog(tp) ?? broker.logs.getOrCreateLog(tp, config)
      if (log.logConfig !== config) log.updateConfig(config)
    }
  }
  for (const { topic, partition } of [...broker.logs.allLogs()]) {
    if (topic === METADATA_TOPIC) continue
    const known = image.topicsByName.get(topic)?.partitions[partition]
    if (known?.replicas.includes(broker.nodeId)) continue
    const before = previous.topicsByName.get(topic)?.partitions[partition]
    if (before?.replicas.includes(broker.nodeId)) {
      broker.logs.deleteLog({ topic, partition })
    } else if (previous.offset === -1) {
      broker.logger.warn({ topic, partition }, 'stray partition log: no topic in the metadata claims it; left alone')
    }
  }
}
