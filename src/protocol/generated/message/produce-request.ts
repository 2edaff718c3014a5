// Generated from spec/kafka/message/ProduceRequest.json by scripts/codegen. Do not edit.
// ProduceRequest: request, api key 0, versions 0-11, flexible 9+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-11. */
export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. (versions 3+; nullable 3+) */
  transactionalId: string | null
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. (versions 0+) */
  acks: number
  /** The timeout to await a response in milliseconds. (versions 0+) */
  timeoutMs: number
  /** Each topic to produce to. (versions 0+) */
  topicData: TopicProduceData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-11. */
export interface TopicProduceData {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** Each partition to produce to. (versions 0+) */
  partitionData: PartitionProduceData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-11. */
export interface PartitionProduceData {
  /** The partition index. (versions 0+) */
  index: number
  /** The record data to be produced. (versions 0+; nullable 0+) */
  records: Buffer | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultProduceRequest(): ProduceRequest {
  return {
    transactionalId: null,
    acks: 0,
    timeoutMs: 0,
    topicData: [],
    unknownTaggedFields: undefined,
  }
}

export function readProduceRequest(r: Reader, version: number): ProduceRequest {
  let $transactionalId: string | null
  if (version >= 3) {
    $transactionalId = (version >= 9 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $transactionalId = null
  }
  const $acks: number = r.readInt16()
  const $timeoutMs: number = r.readInt32()
  let $topicData: TopicProduceData[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field TopicData was serialized as null')
    } else {
      const a: TopicProduceData[] = []
      for (let i = 0; i < n; i++) a.push(readTopicProduceData(r, version))
      $topicData = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { transactionalId: $transactionalId, acks: $acks, timeoutMs: $timeoutMs, topicData: $topicData, unknownTaggedFields }
}

export function writeProduceRequest(w: Writer, m: ProduceRequest, version: number): void {
  if (version >= 3) {
    void (version >= 9 ? w.writeCompactNullableString(m.transactionalId) : w.writeNullableString(m.transactionalId))
  } else {
    if (m.transactionalId !== null) throw new EncodeError('field TransactionalId cannot be written at version ' + version + ' of ProduceRequest')
  }
  w.writeInt16(m.acks)
  w.writeInt32(m.timeoutMs)
  {
    const a = m.topicData
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) writeTopicProduceData(w, e, version)
  }
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultTopicProduceData(): TopicProduceData {
  return {
    name: "",
    partitionData: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicProduceData(r: Reader, version: number): TopicProduceData {
  const $name: string = (version >= 9 ? r.readCompactString() : r.readString())
  let $partitionData: PartitionProduceData[]
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionData was serialized as null')
    } else {
      const a: PartitionProduceData[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionProduceData(r, version))
      $partitionData = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, partitionData: $partitionData, unknownTaggedFields }
}

export function writeTopicProduceData(w: Writer, m: TopicProduceData, version: number): void {
  void (version >= 9 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitionData
    w.writeArrayLength(version >= 9, a.length)
    for (const e of a) writePartitionProduceData(w, e, version)
  }
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultPartitionProduceData(): PartitionProduceData {
  return {
    index: 0,
    records: null,
    unknownTaggedFields: undefined,
  }
}

export function readPartitionProduceData(r: Reader, version: number): PartitionProduceData {
  const $index: number = r.readInt32()
  const $records: Buffer | null = (version >= 9 ? r.readCompactNullableBytes() : r.readNullableBytes())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { index: $index, records: $records, unknownTaggedFields }
}

export function writePartitionProduceData(w: Writer, m: PartitionProduceData, version: number): void {
  w.writeInt32(m.index)
  void (version >= 9 ? w.writeCompactNullableBytes(m.records) : w.writeNullableBytes(m.records))
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
