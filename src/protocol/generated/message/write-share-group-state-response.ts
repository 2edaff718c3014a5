// Generated from spec/kafka/message/WriteShareGroupStateResponse.json by scripts/codegen. Do not edit.
// WriteShareGroupStateResponse: response, api key 85, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface WriteShareGroupStateResponse {
  /** The write results (versions 0+) */
  results: WriteStateResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface WriteStateResult {
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
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultWriteShareGroupStateResponse(): WriteShareGroupStateResponse {
  return {
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  let $results: WriteStateResult[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: WriteStateResult[] = []
      for (let i = 0; i < n; i++) a.push(readWriteStateResult(r, version))
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

export function writeWriteShareGroupStateResponse(w: Writer, m: WriteShareGroupStateResponse, version: number): void {
  {
    const a = m.results
    w.writeArrayLength(true, a.length)
    for (const e of a) writeWriteStateResult(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultWriteStateResult(): WriteStateResult {
  return {
    topicId: Buffer.alloc(16),
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readWriteStateResult(r: Reader, version: number): WriteStateResult {
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

export function writeWriteStateResult(w: Writer, m: WriteStateResult, version: number): void {
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
    unknownTaggedFields: undefined,
  }
}

export function readPartitionResult(r: Reader, version: number): PartitionResult {
  const $partition: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { partition: $partition, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writePartitionResult(w: Writer, m: PartitionResult, version: number): void {
  w.writeInt32(m.partition)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
