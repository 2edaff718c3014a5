// Generated from spec/kafka/message/WriteTxnMarkersRequest.json by scripts/codegen. Do not edit.
// WriteTxnMarkersRequest: request, api key 27, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. (versions 0+) */
  markers: WritableTxnMarker[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface WritableTxnMarker {
  /** The current producer ID. (versions 0+) */
  producerId: bigint
  /** The current epoch associated with the producer ID. (versions 0+) */
  producerEpoch: number
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). (versions 0+) */
  transactionResult: boolean
  /** Each topic that we want to write transaction marker(s) for. (versions 0+) */
  topics: WritableTxnMarkerTopic[]
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator (versions 0+) */
  coordinatorEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface WritableTxnMarkerTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The indexes of the partitions to write transaction markers for. (versions 0+) */
  partitionIndexes: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultWriteTxnMarkersRequest(): WriteTxnMarkersRequest {
  return {
    markers: [],
    unknownTaggedFields: undefined,
  }
}

export function readWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  let $markers: WritableTxnMarker[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Markers was serialized as null')
    } else {
      const a: WritableTxnMarker[] = []
      for (let i = 0; i < n; i++) a.push(readWritableTxnMarker(r, version))
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

export function writeWriteTxnMarkersRequest(w: Writer, m: WriteTxnMarkersRequest, version: number): void {
  {
    const a = m.markers
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeWritableTxnMarker(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultWritableTxnMarker(): WritableTxnMarker {
  return {
    producerId: 0n,
    producerEpoch: 0,
    transactionResult: false,
    topics: [],
    coordinatorEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readWritableTxnMarker(r: Reader, version: number): WritableTxnMarker {
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt16()
  const $transactionResult: boolean = r.readBool()
  let $topics: WritableTxnMarkerTopic[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: WritableTxnMarkerTopic[] = []
      for (let i = 0; i < n; i++) a.push(readWritableTxnMarkerTopic(r, version))
      $topics = a
    }
  }
  const $coordinatorEpoch: number = r.readInt32()
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
  return { producerId: $producerId, producerEpoch: $producerEpoch, transactionResult: $transactionResult, topics: $topics, coordinatorEpoch: $coordinatorEpoch, unknownTaggedFields }
}

export function writeWritableTxnMarker(w: Writer, m: WritableTxnMarker, version: number): void {
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  w.writeBool(m.transactionResult)
  {
    const a = m.topics
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeWritableTxnMarkerTopic(w, e, version)
  }
  w.writeInt32(m.coordinatorEpoch)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultWritableTxnMarkerTopic(): WritableTxnMarkerTopic {
  return {
    name: "",
    partitionIndexes: [],
    unknownTaggedFields: undefined,
  }
}

export function readWritableTxnMarkerTopic(r: Reader, version: number): WritableTxnMarkerTopic {
  const $name: string = (version >= 1 ? r.readCompactString() : r.readString())
  let $partitionIndexes: number[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionIndexes was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitionIndexes = a
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
  return { name: $name, partitionIndexes: $partitionIndexes, unknownTaggedFields }
}

export function writeWritableTxnMarkerTopic(w: Writer, m: WritableTxnMarkerTopic, version: number): void {
  void (version >= 1 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitionIndexes
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
