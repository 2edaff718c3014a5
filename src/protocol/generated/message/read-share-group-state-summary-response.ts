// Generated from spec/kafka/message/ReadShareGroupStateSummaryResponse.json by scripts/codegen. Do not edit.
// ReadShareGroupStateSummaryResponse: response, api key 87, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results (versions 0+) */
  results: ReadStateSummaryResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ReadStateSummaryResult {
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
  /** The state epoch of the share-partition. (versions 0+) */
  stateEpoch: number
  /** The share-partition start offset. (versions 0+) */
  startOffset: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultReadShareGroupStateSummaryResponse(): ReadShareGroupStateSummaryResponse {
  return {
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  let $results: ReadStateSummaryResult[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: ReadStateSummaryResult[] = []
      for (let i = 0; i < n; i++) a.push(readReadStateSummaryResult(r, version))
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

export function writeReadShareGroupStateSummaryResponse(w: Writer, m: ReadShareGroupStateSummaryResponse, version: number): void {
  {
    const a = m.results
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReadStateSummaryResult(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultReadStateSummaryResult(): ReadStateSummaryResult {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readReadStateSummaryResult(r: Reader, version: number): ReadStateSummaryResult {
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

export function writeReadStateSummaryResult(w: Writer, m: ReadStateSummaryResult, version: number): void {
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
    unknownTaggedFields: undefined,
  }
}

export function readPartitionResult(r: Reader, version: number): PartitionResult {
  const $partition: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  const $stateEpoch: number = r.readInt32()
  const $startOffset: bigint = r.readInt64()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partition: $partition, errorCode: $errorCode, errorMessage: $errorMessage, stateEpoch: $stateEpoch, startOffset: $startOffset, unknownTaggedFields }
}

export function writePartitionResult(w: Writer, m: PartitionResult, version: number): void {
  w.writeInt32(m.partition)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeInt32(m.stateEpoch)
  w.writeInt64(m.startOffset)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
