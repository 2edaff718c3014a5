// Generated from spec/kafka/transaction-coordinator/TransactionLogValue.json by scripts/codegen. Do not edit.
// TransactionLogValue: data, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface TransactionLogValue {
  /** Producer id in use by the transactional id (versions 0+) */
  producerId: bigint
  /** Epoch associated with the producer id (versions 0+) */
  producerEpoch: number
  /** Transaction timeout in milliseconds (versions 0+) */
  transactionTimeoutMs: number
  /** TransactionState the transaction is in (versions 0+) */
  transactionStatus: number
  /** Set of partitions involved in the transaction (versions 0+; nullable 0+) */
  transactionPartitions: PartitionsSchema[] | null
  /** Time the transaction was last updated (versions 0+) */
  transactionLastUpdateTimestampMs: bigint
  /** Time the transaction was started (versions 0+) */
  transactionStartTimestampMs: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface PartitionsSchema {
  /** (versions 0+) */
  topic: string
  /** (versions 0+) */
  partitionIds: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultTransactionLogValue(): TransactionLogValue {
  return {
    producerId: 0n,
    producerEpoch: 0,
    transactionTimeoutMs: 0,
    transactionStatus: 0,
    transactionPartitions: [],
    transactionLastUpdateTimestampMs: 0n,
    transactionStartTimestampMs: 0n,
    unknownTaggedFields: undefined,
  }
}

export function readTransactionLogValue(r: Reader, version: number): TransactionLogValue {
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt16()
  const $transactionTimeoutMs: number = r.readInt32()
  const $transactionStatus: number = r.readInt8()
  let $transactionPartitions: PartitionsSchema[] | null
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      $transactionPartitions = null
    } else {
      const a: PartitionsSchema[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionsSchema(r, version))
      $transactionPartitions = a
    }
  }
  const $transactionLastUpdateTimestampMs: bigint = r.readInt64()
  const $transactionStartTimestampMs: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 1) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { producerId: $producerId, producerEpoch: $producerEpoch, transactionTimeoutMs: $transactionTimeoutMs, transactionStatus: $transactionStatus, transactionPartitions: $transactionPartitions, transactionLastUpdateTimestampMs: $transactionLastUpdateTimestampMs, transactionStartTimestampMs: $transactionStartTimestampMs, unknownTaggedFields }
}

export function writeTransactionLogValue(w: Writer, m: TransactionLogValue, version: number): void {
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  w.writeInt32(m.transactionTimeoutMs)
  w.writeInt8(m.transactionStatus)
  {
    const a = m.transactionPartitions
    if (a === null) {
      w.writeArrayLength(version >= 1, null)
    } else {
      w.writeArrayLength(version >= 1, a.length)
      for (const e of a) writePartitionsSchema(w, e, version)
    }
  }
  w.writeInt64(m.transactionLastUpdateTimestampMs)
  w.writeInt64(m.transactionStartTimestampMs)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultPartitionsSchema(): PartitionsSchema {
  return {
    topic: "",
    partitionIds: [],
    unknownTaggedFields: undefined,
  }
}

export function readPartitionsSchema(r: Reader, version: number): PartitionsSchema {
  const $topic: string = (version >= 1 ? r.readCompactString() : r.readString())
  let $partitionIds: number[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionIds was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitionIds = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 1) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topic: $topic, partitionIds: $partitionIds, unknownTaggedFields }
}

export function writePartitionsSchema(w: Writer, m: PartitionsSchema, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  {
    const a = m.partitionIds
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
