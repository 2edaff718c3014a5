// Generated from spec/kafka/message/StopReplicaResponse.json by scripts/codegen. Do not edit.
// StopReplicaResponse: response, api key 5, versions 0-4, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. (versions 0+) */
  errorCode: number
  /** The responses for each partition. (versions 0+) */
  partitionErrors: StopReplicaPartitionError[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface StopReplicaPartitionError {
  /** The topic name. (versions 0+) */
  topicName: string
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition error code, or 0 if there was no partition error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultStopReplicaResponse(): StopReplicaResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
    unknownTaggedFields: undefined,
  }
}

export function readStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  const $errorCode: number = r.readInt16()
  let $partitionErrors: StopReplicaPartitionError[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionErrors was serialized as null')
    } else {
      const a: StopReplicaPartitionError[] = []
      for (let i = 0; i < n; i++) a.push(readStopReplicaPartitionError(r, version))
      $partitionErrors = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, partitionErrors: $partitionErrors, unknownTaggedFields }
}

export function writeStopReplicaResponse(w: Writer, m: StopReplicaResponse, version: number): void {
  w.writeInt16(m.errorCode)
  {
    const a = m.partitionErrors
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeStopReplicaPartitionError(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultStopReplicaPartitionError(): StopReplicaPartitionError {
  return {
    topicName: "",
    partitionIndex: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readStopReplicaPartitionError(r: Reader, version: number): StopReplicaPartitionError {
  const $topicName: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topicName: $topicName, partitionIndex: $partitionIndex, errorCode: $errorCode, unknownTaggedFields }
}

export function writeStopReplicaPartitionError(w: Writer, m: StopReplicaPartitionError, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.topicName) : w.writeString(m.topicName))
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
