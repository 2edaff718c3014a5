// Generated from spec/kafka/message/DescribeTransactionsResponse.json by scripts/codegen. Do not edit.
// DescribeTransactionsResponse: response, api key 65, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** (versions 0+) */
  transactionStates: TransactionState[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TransactionState {
  /** (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  transactionalId: string
  /** (versions 0+) */
  transactionState: string
  /** (versions 0+) */
  transactionTimeoutMs: number
  /** (versions 0+) */
  transactionStartTimeMs: bigint
  /** (versions 0+) */
  producerId: bigint
  /** (versions 0+) */
  producerEpoch: number
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. (versions 0+) */
  topics: TopicData[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface TopicData {
  /** (versions 0+; map key) */
  topic: string
  /** (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeTransactionsResponse(): DescribeTransactionsResponse {
  return {
    throttleTimeMs: 0,
    transactionStates: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $transactionStates: TransactionState[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field TransactionStates was serialized as null')
    } else {
      const a: TransactionState[] = []
      for (let i = 0; i < n; i++) a.push(readTransactionState(r, version))
      $transactionStates = a
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
  return { throttleTimeMs: $throttleTimeMs, transactionStates: $transactionStates, unknownTaggedFields }
}

export function writeDescribeTransactionsResponse(w: Writer, m: DescribeTransactionsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.transactionStates
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTransactionState(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTransactionState(): TransactionState {
  return {
    errorCode: 0,
    transactionalId: "",
    transactionState: "",
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0n,
    producerId: 0n,
    producerEpoch: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readTransactionState(r: Reader, version: number): TransactionState {
  const $errorCode: number = r.readInt16()
  const $transactionalId: string = r.readCompactString()
  const $transactionState: string = r.readCompactString()
  const $transactionTimeoutMs: number = r.readInt32()
  const $transactionStartTimeMs: bigint = r.readInt64()
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt16()
  let $topics: TopicData[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: TopicData[] = []
      for (let i = 0; i < n; i++) a.push(readTopicData(r, version))
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
  return { errorCode: $errorCode, transactionalId: $transactionalId, transactionState: $transactionState, transactionTimeoutMs: $transactionTimeoutMs, transactionStartTimeMs: $transactionStartTimeMs, producerId: $producerId, producerEpoch: $producerEpoch, topics: $topics, unknownTaggedFields }
}

export function writeTransactionState(w: Writer, m: TransactionState, version: number): void {
  w.writeInt16(m.errorCode)
  w.writeCompactString(m.transactionalId)
  w.writeCompactString(m.transactionState)
  w.writeInt32(m.transactionTimeoutMs)
  w.writeInt64(m.transactionStartTimeMs)
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeTopicData(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultTopicData(): TopicData {
  return {
    topic: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readTopicData(r: Reader, version: number): TopicData {
  const $topic: string = r.readCompactString()
  let $partitions: number[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
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
  return { topic: $topic, partitions: $partitions, unknownTaggedFields }
}

export function writeTopicData(w: Writer, m: TopicData, version: number): void {
  w.writeCompactString(m.topic)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeInt32(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
