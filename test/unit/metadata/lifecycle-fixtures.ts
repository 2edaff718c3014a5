// Shared by the broker lifecycle tests: images built by replaying the records
// a controller would write (through their log encoding), so each test starts
// from a state replay can really reach.
import type { ControllerRecord } from '../../../src/metadata/controller/configs.js'
import { EMPTY_IMAGE, type MetadataImage } from '../../../src/metadata/image.js'
import { decodeMetadataRecord, encodeMetadataRecord, type MetadataRecord } from '../../../src/metadata/records.js'
import { replay } from '../../../src/metadata/replay.js'

export const CLUSTER_ID = 'test-cluster-id-0000000'

export function incarnation(brokerId: number, generation = 0): Buffer {
  return Buffer.alloc(16, brokerId * 16 + generation)
}

export function topicId(n: number): Buffer {
  return Buffer.alloc(16, 0xa0 + n)
}

/** Replays records as one batch right after the image (offsets continue from image.offset). */
export function apply(image: MetadataImage, records: readonly ControllerRecord[]): MetadataImage {
  if (records.length === 0) return image
  const decoded = records.map((r) => decodeMetadataRecord(encodeMetadataRecord(r))) as MetadataRecord[]
  return replay(image, decoded, image.offset + records.length)
}

export function registerRecord(
  brokerId: number,
  brokerEpoch: bigint,
  options: { fenced?: boolean; rack?: string | null; generation?: number } = {},
): ControllerRecord {
  return {
    type: 'RegisterBrokerRecord',
    data: {
      brokerId,
      isMigratingZkBroker: false,
      incarnationId: incarnation(brokerId, options.generation ?? 0),
      brokerEpoch,
      endPoints: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9000 + brokerId, securityProtocol: 0 }],
      features: [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 21 }],
      rack: options.rack ?? null,
      fenced: options.fenced ?? false,
      inControlledShutdown: false,
      logDirs: [],
    },
  }
}

/** metadata.version 21, then each broker registered (unfenced unless told) in its own batch; epoch = its offset. */
export function cluster(
  brokers: readonly number[],
  options: { fenced?: readonly number[]; racks?: Readonly<Record<number, string>> } = {},
): MetadataImage {
  let image = apply(EMPTY_IMAGE, [{ type: 'FeatureLevelRecord', data: { name: 'metadata.version', featureLevel: 21 } }])
  for (const id of brokers) {
    image = apply(image, [
      registerRecord(id, BigInt(image.offset + 1), {
        fenced: options.fenced?.includes(id) ?? false,
        rack: options.racks?.[id] ?? null,
      }),
    ])
  }
  return image
}

/** A topic whose partitions have the given replicas, ISR and leader (leader epoch 0, partition epoch 0). */
export function withTopic(
  image: MetadataImage,
  name: string,
  id: Buffer,
  partitions: readonly { replicas: number[]; isr?: number[]; leader?: number }[],
): MetadataImage {
  const records: ControllerRecord[] = [{ type: 'TopicRecord', data: { name, topicId: id } }]
  partitions.forEach((p, partitionId) => {
    const isr = p.isr ?? p.replicas
    records.push({
      type: 'PartitionRecord',
      data: {
        partitionId,
        topicId: id,
        replicas: p.replicas,
        isr,
        removingReplicas: [],
        addingReplicas: [],
        leader: p.leader ?? isr[0] ?? -1,
        leaderRecoveryState: 0,
        leaderEpoch: 0,
        partitionEpoch: 0,
        directories: [],
        eligibleLeaderReplicas: null,
        lastKnownElr: null,
      },
    })
  })
  return apply(image, records)
}

/** A PartitionChangeRecord as the controller writes it: only the named fields change. */
export function change(
  id: Buffer,
  partitionId: number,
  fields: { leader?: number; isr?: number[]; leaderRecoveryState?: number },
): ControllerRecord {
  return {
    type: 'PartitionChangeRecord',
    data: {
      partitionId,
      topicId: id,
      isr: fields.isr ?? null,
      leader: fields.leader ?? -2,
      replicas: null,
      removingReplicas: null,
      addingReplicas: null,
      leaderRecoveryState: fields.leaderRecoveryState ?? -1,
      directories: null,
      eligibleLeaderReplicas: null,
      lastKnownElr: null,
    },
  }
}

export function partitionOf(image: MetadataImage, topic: string, partition: number) {
  const p = image.topicsByName.get(topic)?.partitions[partition]
  if (p === undefined) throw new Error(`no ${topic}-${partition}`)
  return p
}
