// Metadata snapshots as records (KIP-630): the whole MetadataImage written as the records that
// rebuild it, and the image rebuilt from them. The raft driver stores them in a `.checkpoint`
// file (src/raft/snapshot-store.ts); the broker decides when (src/broker/metadata-snapshots.ts).
//
// imageToRecords follows Kafka's image `write(ImageWriter)` methods (MetadataImage.write): the
// features (metadata.version first, as FeaturesImage writes it), the brokers (one
// RegisterBrokerRecord each, as BrokerRegistration.toRecord, carrying epoch, fenced and controlled
// shutdown state), the topics (TopicRecord then one PartitionRecord per partition), the config
// overrides (one ConfigRecord per entry), then the producer ids (ProducerIdsRecord).
//
// imageFromSnapshot replays them on the empty image. As Kafka's controller replays a snapshot
// with the snapshot's last contained offset for every record, each record counts as written at
// `lastOffset`: a broker's registration offset (and controlled shutdown offset) becomes the
// snapshot's, not the one it had in the log the snapshot replaced. The rest of the image is
// equal to the one written (test/unit/metadata/snapshot.test.ts replays random histories).
import { assert } from '../util/assert.js'
import { EMPTY_IMAGE, type MetadataImage } from './image.js'
import type { MetadataRecord } from './records.js'
import { replay } from './replay.js'

export type SnapshotRecord = Exclude<MetadataRecord, { type: 'other' }>

const METADATA_VERSION = 'metadata.version'
/** Kafka's ProducerIdsImage writes its record for no broker in particular. */
const NO_BROKER = -1

export function imageToRecords(image: MetadataImage): SnapshotRecord[] {
  const records: SnapshotRecord[] = []

  const features = [...image.features].sort(
    ([a], [b]) => Number(b === METADATA_VERSION) - Number(a === METADATA_VERSION),
  )
  for (const [name, featureLevel] of features)
    records.push({ type: 'FeatureLevelRecord', data: { name, featureLevel } })

  for (const broker of image.brokers.values()) {
    records.push({
      type: 'RegisterBrokerRecord',
      data: {
        brokerId: broker.nodeId,
        isMigratingZkBroker: false,
        incarnationId: broker.incarnationId ?? Buffer.alloc(16),
        brokerEpoch: broker.brokerEpoch ?? -1n,
        endPoints: broker.endpoints.map((e) => ({
          name: e.name,
          host: e.host,
          port: e.port,
          securityProtocol: e.securityProtocol,
        })),
        features: (broker.supportedFeatures ?? []).map((f) => ({
          name: f.name,
          minSupportedVersion: f.minSupportedVersion,
          maxSupportedVersion: f.maxSupportedVersion,
        })),
        rack: broker.rack,
        fenced: broker.fenced,
        inControlledShutdown: broker.inControlledShutdown ?? false,
        logDirs: [],
      },
    })
  }

  for (const topic of image.topicsByName.values()) {
    records.push({ type: 'TopicRecord', data: { name: topic.name, topicId: topic.topicId } })
    for (const p of topic.partitions) {
      // Replay fills partitions in order of their PartitionRecords; a hole would be a bug there.
      assert(p !== undefined, `topic ${topic.name} has a hole in its partitions`)
      records.push({
        type: 'PartitionRecord',
        data: {
          partitionId: p.partition,
          topicId: topic.topicId,
          replicas: [...p.replicas],
          isr: [...p.isr],
          removingReplicas: [...(p.removingReplicas ?? [])],
          addingReplicas: [...(p.addingReplicas ?? [])],
          leader: p.leader,
          leaderRecoveryState: p.leaderRecoveryState ?? 0,
          leaderEpoch: p.leaderEpoch,
          partitionEpoch: p.partitionEpoch,
          directories: [],
          eligibleLeaderReplicas: null,
          lastKnownElr: null,
        },
      })
    }
  }

  for (const [key, entries] of image.configs) {
    const separator = key.indexOf(':')
    assert(separator > 0, `config key ${key} has no resource type`)
    const resourceType = Number(key.slice(0, separator))
    const resourceName = key.slice(separator + 1)
    for (const [name, value] of entries) {
      records.push({ type: 'ConfigRecord', data: { resourceType, resourceName, name, value } })
    }
  }

  const nextProducerId = image.nextProducerId ?? 0
  if (nextProducerId > 0) {
    records.push({
      type: 'ProducerIdsRecord',
      data: { brokerId: NO_BROKER, brokerEpoch: -1n, nextProducerId: BigInt(nextProducerId) },
    })
  }
  return records
}

/** Topics, partitions and configs are the bulk of an image; their replay does not depend on offsets. */
const BULK: ReadonlySet<MetadataRecord['type']> = new Set(['TopicRecord', 'PartitionRecord', 'ConfigRecord'])

/**
 * The image a snapshot holds, each record standing at `lastOffset` (the snapshot's end offset
 * minus one). Records whose replay may read their own offset (brokers, and any kind replay may
 * learn later) are replayed one per batch ending at lastOffset; the bulk goes in large batches,
 * so loading costs one pass over the image rather than one copy of it per record.
 */
export function imageFromSnapshot(records: readonly MetadataRecord[], lastOffset: number): MetadataImage {
  let image: MetadataImage = { ...EMPTY_IMAGE, offset: lastOffset }
  let run: MetadataRecord[] = []
  const flush = () => {
    if (run.length > 0) image = replay(image, run, lastOffset)
    run = []
  }
  for (const record of records) {
    if (BULK.has(record.type)) {
      run.push(record)
      continue
    }
    flush()
    image = replay(image, [record], lastOffset)
  }
  flush()
  return image
}
