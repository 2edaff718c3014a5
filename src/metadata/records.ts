// Metadata records as they sit in the `__cluster_metadata` log, in Kafka's
// frame (MetadataRecordSerde): unsigned varint frame version (1), unsigned
// varint record type (the spec's apiKey), unsigned varint record version,
// then the record in its (flexible) encoding. Each is the value of one
// record in an ordinary record batch; keys are null.
import { DecodeError } from '../protocol/decode-error.js'
import type {
  BrokerRegistrationChangeRecord,
  ConfigRecord,
  FeatureLevelRecord,
  FenceBrokerRecord,
  PartitionChangeRecord,
  PartitionRecord,
  ProducerIdsRecord,
  RegisterBrokerRecord,
  RemoveTopicRecord,
  TopicRecord,
  UnfenceBrokerRecord,
  UnregisterBrokerRecord,
} from '../protocol/generated/index.js'
import { metadataRecords, metadataRecordTypes } from '../protocol/generated/metadata-records.js'
import { Reader } from '../protocol/reader.js'
import { Writer } from '../protocol/writer.js'

const FRAME_VERSION = 1

/** The records this broker writes and replays, with the version it writes. */
export type MetadataRecord =
  | { readonly type: 'TopicRecord'; readonly data: TopicRecord }
  | { readonly type: 'PartitionRecord'; readonly data: PartitionRecord }
  | { readonly type: 'PartitionChangeRecord'; readonly data: PartitionChangeRecord }
  | { readonly type: 'RemoveTopicRecord'; readonly data: RemoveTopicRecord }
  | { readonly type: 'ConfigRecord'; readonly data: ConfigRecord }
  | { readonly type: 'RegisterBrokerRecord'; readonly data: RegisterBrokerRecord }
  /** The broker (at that epoch) is fenced: it leads nothing and is in no ISR. */
  | { readonly type: 'FenceBrokerRecord'; readonly data: FenceBrokerRecord }
  /** The broker (at that epoch) caught up with the metadata log and may lead again. */
  | { readonly type: 'UnfenceBrokerRecord'; readonly data: UnfenceBrokerRecord }
  /** fenced: -1 unfence, 0 no change, 1 fence; inControlledShutdown: 0 no change, 1 entering it. */
  | { readonly type: 'BrokerRegistrationChangeRecord'; readonly data: BrokerRegistrationChangeRecord }
  | { readonly type: 'UnregisterBrokerRecord'; readonly data: UnregisterBrokerRecord }
  | { readonly type: 'FeatureLevelRecord'; readonly data: FeatureLevelRecord }
  /** A block of producer ids handed to a broker: ids below nextProducerId are taken. */
  | { readonly type: 'ProducerIdsRecord'; readonly data: ProducerIdsRecord }
  /** A record type this code does not act on; kept so replay can skip it knowingly. */
  | { readonly type: 'other'; readonly apiKey: number; readonly version: number }

const WRITE_VERSIONS = {
  TopicRecord: 0,
  PartitionRecord: 0,
  PartitionChangeRecord: 0,
  RemoveTopicRecord: 0,
  ConfigRecord: 0,
  RegisterBrokerRecord: 3,
  FenceBrokerRecord: 0,
  UnfenceBrokerRecord: 0,
  // v1 carries inControlledShutdown (tag 1); v2 only adds log dirs.
  BrokerRegistrationChangeRecord: 1,
  UnregisterBrokerRecord: 0,
  FeatureLevelRecord: 0,
  ProducerIdsRecord: 0,
} as const

export function encodeMetadataRecord(record: Exclude<MetadataRecord, { type: 'other' }>): Buffer {
  const codec = metadataRecords[record.type]
  const version = WRITE_VERSIONS[record.type]
  const w = new Writer(128)
  w.writeUnsignedVarint(FRAME_VERSION)
  w.writeUnsignedVarint(codec.apiKey)
  w.writeUnsignedVarint(version)
  ;(codec as { write(w: Writer, m: unknown, v: number): void }).write(w, record.data, version)
  return w.toBuffer()
}

export function decodeMetadataRecord(value: Buffer): MetadataRecord {
  const r = new Reader(value)
  const frameVersion = r.readUnsignedVarint()
  if (frameVersion !== FRAME_VERSION) throw new DecodeError(`metadata record frame version ${frameVersion}`)
  const apiKey = r.readUnsignedVarint()
  const version = r.readUnsignedVarint()
  const codec = metadataRecordTypes.get(apiKey)
  if (codec === undefined || version < codec.minVersion || version > codec.maxVersion) {
    return { type: 'other', apiKey, version }
  }
  const data = codec.read(r, version)
  const type = codec.name as keyof typeof WRITE_VERSIONS
  if (!(type in WRITE_VERSIONS)) return { type: 'other', apiKey, version }
  return { type, data } as MetadataRecord
}
