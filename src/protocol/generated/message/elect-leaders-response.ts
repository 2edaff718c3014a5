// Generated from spec/kafka/message/ElectLeadersResponse.json by scripts/codegen. Do not edit.
// ElectLeadersResponse: response, api key 43, versions 0-2, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top level response error code. (versions 1+) */
  errorCode: number
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. (versions 0+) */
  replicaElectionResults: ReplicaElectionResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface ReplicaElectionResult {
  /** The topic name (versions 0+) */
  topic: string
  /** The results for each partition (versions 0+) */
  partitionResult: PartitionResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface PartitionResult {
  /** The partition id (versions 0+) */
  partitionId: number
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number
  /** The result message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultElectLeadersResponse(): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    replicaElectionResults: [],
    unknownTaggedFields: undefined,
  }
}

export function readElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $errorCode: number
  if (version >= 1) {
    $errorCode = r.readInt16()
  } else {
    $errorCode = 0
  }
  let $replicaElectionResults: ReplicaElectionResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field ReplicaElectionResults was serialized as null')
    } else {
      const a: ReplicaElectionResult[] = []
      for (let i = 0; i < n; i++) a.push(readReplicaElectionResult(r, version))
      $replicaElectionResults = a
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, replicaElectionResults: $replicaElectionResults, unknownTaggedFields }
}

export function writeElectLeadersResponse(w: Writer, m: ElectLeadersResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  if (version >= 1) {
    w.writeInt16(m.errorCode)
  } else {
    if (m.errorCode !== 0) throw new EncodeError('field ErrorCode cannot be written at version ' + version + ' of ElectLeadersResponse')
  }
  {
    const a = m.replicaElectionResults
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeReplicaElectionResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultReplicaElectionResult(): ReplicaElectionResult {
  return {
    topic: "",
    partitionResult: [],
    unknownTaggedFields: undefined,
  }
}

export function readReplicaElectionResult(r: Reader, version: number): ReplicaElectionResult {
  const $topic: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitionResult: PartitionResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionResult was serialized as null')
    } else {
      const a: PartitionResult[] = []
      for (let i = 0; i < n; i++) a.push(readPartitionResult(r, version))
      $partitionResult = a
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
  return { topic: $topic, partitionResult: $partitionResult, unknownTaggedFields }
}

export function writeReplicaElectionResult(w: Writer, m: ReplicaElectionResult, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.topic) : w.writeString(m.topic))
  {
    const a = m.partitionResult
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writePartitionResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultPartitionResult(): PartitionResult {
  return {
    partitionId: 0,
    errorCode: 0,
    errorMessage: "",
    unknownTaggedFields: undefined,
  }
}

export function readPartitionResult(r: Reader, version: number): PartitionResult {
  const $partitionId: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
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
  return { partitionId: $partitionId, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writePartitionResult(w: Writer, m: PartitionResult, version: number): void {
  w.writeInt32(m.partitionId)
  w.writeInt16(m.errorCode)
  void (version >= 2 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
