// Generated from spec/kafka/message/DescribeProducersResponse.json by scripts/codegen. Do not edit.
// DescribeProducersResponse: response, api key 61, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Each topic in the response. (versions 0+) */
  topics: TopicResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicResponse {
  /** The topic name (versions 0+) */
  name: string
  /** Each partition in the response. (versions 0+) */
  partitions: PartitionResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface PartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The partition error message, which may be null if no additional details are available (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** (versions 0+) */
  activeProducers: ProducerState[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ProducerState {
  /** (versions 0+) */
  producerId: bigint
  /** (versions 0+) */
  producerEpoch: number
  /** (versions 0+) */
  lastSequence: number
  /** (versions 0+) */
  lastTimestamp: bigint
  /** (versions 0+) */
  coordinatorEpoch: number
  /** (versions 0+) */
  currentTxnStartOffset: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeProducersResponse(): DescribeProducersResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $topics: TopicResponse[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TopicResponse[] = []
      for (let i = 0; i < n; i++) a.push(readTopicResponse(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, topics: $topics, unknownTaggedFields }
}

export function writeDescribeProducersResponse(w: Writer, m: DescribeProducersResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicResponse(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicResponse(): TopicResponse {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicResponse(r: Reader, version: number): TopicResponse {
  const $name: string = r.readCompactString()
  let $partitions: PartitionResponse[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: PartitionResponse[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionResponse(r, version))
      $partitions = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicResponse(w: Writer, m: TopicResponse, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writePartitionResponse(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultPartitionResponse(): PartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    activeProducers: [],
    unknownTaggedFields: undefined,
  }
}

export function readPartitionResponse(r: Reader, version: number): PartitionResponse {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let $activeProducers: ProducerState[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field ActiveProducers was serialized as null')
    } else {
      const a: ProducerState[] = []
      for (let i = 0; i < n; i++) a.push(readProducerState(r, version))
      $activeProducers = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, errorMessage: $errorMessage, activeProducers: $activeProducers, unknownTaggedFields }
}

export function writePartitionResponse(w: Writer, m: PartitionResponse, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  {
    const a = m.activeProducers
    w.writeArrayLength(true, a.length)
    for (const e of a) writeProducerState(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultProducerState(): ProducerState {
  return {
    producerId: 0n,
    producerEpoch: 0,
    lastSequence: -1,
    lastTimestamp: -1n,
    coordinatorEpoch: 0,
    currentTxnStartOffset: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readProducerState(r: Reader, version: number): ProducerState {
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt32()
  const $lastSequence: number = r.readInt32()
  const $lastTimestamp: bigint = r.readInt64()
  const $coordinatorEpoch: number = r.readInt32()
  const $currentTxnStartOffset: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { producerId: $producerId, producerEpoch: $producerEpoch, lastSequence: $lastSequence, lastTimestamp: $lastTimestamp, coordinatorEpoch: $coordinatorEpoch, currentTxnStartOffset: $currentTxnStartOffset, unknownTaggedFields }
}

export function writeProducerState(w: Writer, m: ProducerState, version: number): void {
  w.writeInt64(m.producerId)
  w.writeInt32(m.producerEpoch)
  w.writeInt32(m.lastSequence)
  w.writeInt64(m.lastTimestamp)
  w.writeInt32(m.coordinatorEpoch)
  w.writeInt64(m.currentTxnStartOffset)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
