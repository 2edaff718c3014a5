// Generated from spec/kafka/message/WriteTxnMarkersResponse.json by scripts/codegen. Do not edit.
// WriteTxnMarkersResponse: response, api key 27, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. (versions 0+) */
  markers: WritableTxnMarkerResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface WritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. (versions 0+) */
  producerId: bigint
  /** The results by topic. (versions 0+) */
  topics: WritableTxnMarkerTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface WritableTxnMarkerTopicResult {
  /** The topic name. (versions 0+) */
  name: string
  /** The results by partition. (versions 0+) */
  partitions: WritableTxnMarkerPartitionResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface WritableTxnMarkerPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultWriteTxnMarkersResponse(): WriteTxnMarkersResponse {
  return {
    markers: [],
    unknownTaggedFields: undefined,
  }
}

export function readWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  let $markers: WritableTxnMarkerResult[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Markers was serialized as null')
    } else {
      const a: WritableTxnMarkerResult[] = []
      for (let i = 0; i < n; i++) a.push(readWritableTxnMarkerResult(r, version))
      $markers = a
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
  return { markers: $markers, unknownTaggedFields }
}

export function writeWriteTxnMarkersResponse(w: Writer, m: WriteTxnMarkersResponse, version: number): void {
  {
    const a = m.markers
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeWritableTxnMarkerResult(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultWritableTxnMarkerResult(): WritableTxnMarkerResult {
  return {
    producerId: 0n,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readWritableTxnMarkerResult(r: Reader, version: number): WritableTxnMarkerResult {
  const $producerId: bigint = r.readInt64()
  let $topics: WritableTxnMarkerTopicResult[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: WritableTxnMarkerTopicResult[] = []
      for (let i = 0; i < n; i++) a.push(readWritableTxnMarkerTopicResult(r, version))
      $topics = a
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
  return { producerId: $producerId, topics: $topics, unknownTaggedFields }
}

export function writeWritableTxnMarkerResult(w: Writer, m: WritableTxnMarkerResult, version: number): void {
  w.writeInt64(m.producerId)
  {
    const a = m.topics
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeWritableTxnMarkerTopicResult(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultWritableTxnMarkerTopicResult(): WritableTxnMarkerTopicResult {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readWritableTxnMarkerTopicResult(r: Reader, version: number): WritableTxnMarkerTopicResult {
  const $name: string = (version >= 1 ? r.readCompactString() : r.readString())
  let $partitions: WritableTxnMarkerPartitionResult[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: WritableTxnMarkerPartitionResult[] = []
      for (let i = 0; i < n; i++) a.push(readWritableTxnMarkerPartitionResult(r, version))
      $partitions = a
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
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeWritableTxnMarkerTopicResult(w: Writer, m: WritableTxnMarkerTopicResult, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeWritableTxnMarkerPartitionResult(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultWritableTxnMarkerPartitionResult(): WritableTxnMarkerPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readWritableTxnMarkerPartitionResult(r: Reader, version: number): WritableTxnMarkerPartitionResult {
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
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
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, unknownTaggedFields }
}

export function writeWritableTxnMarkerPartitionResult(w: Writer, m: WritableTxnMarkerPartitionResult, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
