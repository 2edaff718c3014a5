// Generated from spec/kafka/message/AlterReplicaLogDirsResponse.json by scripts/codegen. Do not edit.
// AlterReplicaLogDirsResponse: response, api key 34, versions 0-2, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The results for each topic. (versions 0+) */
  results: AlterReplicaLogDirTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface AlterReplicaLogDirTopicResult {
  /** The name of the topic. (versions 0+) */
  topicName: string
  /** The results for each partition. (versions 0+) */
  partitions: AlterReplicaLogDirPartitionResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface AlterReplicaLogDirPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterReplicaLogDirsResponse(): AlterReplicaLogDirsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $results: AlterReplicaLogDirTopicResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: AlterReplicaLogDirTopicResult[] = []
      for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirTopicResult(r, version))
      $results = a
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
  return { throttleTimeMs: $throttleTimeMs, results: $results, unknownTaggedFields }
}

export function writeAlterReplicaLogDirsResponse(w: Writer, m: AlterReplicaLogDirsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.results
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeAlterReplicaLogDirTopicResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAlterReplicaLogDirTopicResult(): AlterReplicaLogDirTopicResult {
  return {
    topicName: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterReplicaLogDirTopicResult(r: Reader, version: number): AlterReplicaLogDirTopicResult {
  const $topicName: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitions: AlterReplicaLogDirPartitionResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: AlterReplicaLogDirPartitionResult[] = []
      for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirPartitionResult(r, version))
      $partitions = a
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
  return { topicName: $topicName, partitions: $partitions, unknownTaggedFields }
}

export function writeAlterReplicaLogDirTopicResult(w: Writer, m: AlterReplicaLogDirTopicResult, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.topicName) : w.writeString(m.topicName))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeAlterReplicaLogDirPartitionResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAlterReplicaLogDirPartitionResult(): AlterReplicaLogDirPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readAlterReplicaLogDirPartitionResult(r: Reader, version: number): AlterReplicaLogDirPartitionResult {
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
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, unknownTaggedFields }
}

export function writeAlterReplicaLogDirPartitionResult(w: Writer, m: AlterReplicaLogDirPartitionResult, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
