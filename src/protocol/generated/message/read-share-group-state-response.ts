// Generated from spec/kafka/message/ReadShareGroupStateResponse.json by scripts/codegen. Do not edit.
// ReadShareGroupStateResponse: response, api key 84, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ReadShareGroupStateResponse {
  /** The read results (versions 0+) */
  results: ReadStateResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ReadStateResult {
  /** The topic identifier (versions 0+) */
  topicId: Buffer
  /** The results for the partitions. (versions 0+) */
  partitions: PartitionResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface PartitionResult {
  /** The partition index. (versions 0+) */
  partition: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number
  /** The share-partition start offset, which can be -1 if it is not yet initialized. (versions 0+) */
  startOffset: bigint
  /** (versions 0+) */
  stateBatches: StateBatch[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface StateBatch {
  /** The base offset of this state batch. (versions 0+) */
  firstOffset: bigint
  /** The last offset of this state batch. (versions 0+) */
  lastOffset: bigint
  /** The state - 0:Available,2:Acked,4:Archived. (versions 0+) */
  deliveryState: number
  /** The delivery count. (versions 0+) */
  deliveryCount: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultReadShareGroupStateResponse(): ReadShareGroupStateResponse {
  return {
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  let $results: ReadStateResult[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: ReadStateResult[] = []
      for (let i = 0; i < n; i++) a.push(readReadStateResult(r, version))
      $results = a
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
  return { results: $results, unknownTaggedFields }
}

export function writeReadShareGroupStateResponse(w: Writer, m: ReadShareGroupStateResponse, version: number): void {
  {
    const a = m.results
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReadStateResult(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultReadStateResult(): ReadStateResult {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readReadStateResult(r: Reader, version: number): ReadStateResult {
  const $topicId: Buffer = r.readUuid()
  let $partitions: PartitionResult[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: PartitionResult[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionResult(r, version))
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
  return { topicId: $topicId, partitions: $partitions, unknownTaggedFields }
}

export function writeReadStateResult(w: Writer, m: ReadStateResult, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writePartitionResult(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultPartitionResult(): PartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
    unknownTaggedFields: undefined,
  }
}

export function readPartitionResult(r: Reader, version: number): PartitionResult {
  const $partition: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  const $stateEpoch: number = r.readInt32()
  const $startOffset: bigint = r.readInt64()
  let $stateBatches: StateBatch[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field StateBatches was serialized as null')
    } else {
      const a: StateBatch[] = []
      for (let i = 0; i < n; i++) a.push(readStateBatch(r, version))
      $stateBatches = a
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
  return { partition: $partition, errorCode: $errorCode, errorMessage: $errorMessage, stateEpoch: $stateEpoch, startOffset: $startOffset, stateBatches: $stateBatches, unknownTaggedFields }
}

export function writePartitionResult(w: Writer, m: PartitionResult, version: number): void {
  w.writeInt32(m.partition)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeInt32(m.stateEpoch)
  w.writeInt64(m.startOffset)
  {
    const a = m.stateBatches
    w.writeArrayLength(true, a.length)
    for (const e of a) writeStateBatch(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultStateBatch(): StateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
    unknownTaggedFields: undefined,
  }
}

export function readStateBatch(r: Reader, version: number): StateBatch {
  const $firstOffset: bigint = r.readInt64()
  const $lastOffset: bigint = r.readInt64()
  const $deliveryState: number = r.readInt8()
  const $deliveryCount: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { firstOffset: $firstOffset, lastOffset: $lastOffset, deliveryState: $deliveryState, deliveryCount: $deliveryCount, unknownTaggedFields }
}

export function writeStateBatch(w: Writer, m: StateBatch, version: number): void {
  w.writeInt64(m.firstOffset)
  w.writeInt64(m.lastOffset)
  w.writeInt8(m.deliveryState)
  w.writeInt16(m.deliveryCount)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
