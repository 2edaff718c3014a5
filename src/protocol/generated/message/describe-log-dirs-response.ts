// Generated from spec/kafka/message/DescribeLogDirsResponse.json by scripts/codegen. Do not edit.
// DescribeLogDirsResponse: response, api key 35, versions 0-4, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 3+; ignorable) */
  errorCode: number
  /** The log directories. (versions 0+) */
  results: DescribeLogDirsResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface DescribeLogDirsResult {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The absolute log directory path. (versions 0+) */
  logDir: string
  /** Each topic. (versions 0+) */
  topics: DescribeLogDirsTopic[]
  /** The total size in bytes of the volume the log directory is in. (versions 4+; ignorable) */
  totalBytes: bigint
  /** The usable size in bytes of the volume the log directory is in. (versions 4+; ignorable) */
  usableBytes: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface DescribeLogDirsTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** (versions 0+) */
  partitions: DescribeLogDirsPartition[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface DescribeLogDirsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The size of the log segments in this partition in bytes. (versions 0+) */
  partitionSize: bigint
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition) (versions 0+) */
  offsetLag: bigint
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. (versions 0+) */
  isFutureKey: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeLogDirsResponse(): DescribeLogDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $errorCode: number
  if (version >= 3) {
    $errorCode = r.readInt16()
  } else {
    $errorCode = 0
  }
  let $results: DescribeLogDirsResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: DescribeLogDirsResult[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeLogDirsResult(r, version))
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, results: $results, unknownTaggedFields }
}

export function writeDescribeLogDirsResponse(w: Writer, m: DescribeLogDirsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  if (version >= 3) {
    w.writeInt16(m.errorCode)
  }
  {
    const a = m.results
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDescribeLogDirsResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeLogDirsResult(): DescribeLogDirsResult {
  return {
    errorCode: 0,
    logDir: "",
    topics: [],
    totalBytes: -1n,
    usableBytes: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeLogDirsResult(r: Reader, version: number): DescribeLogDirsResult {
  const $errorCode: number = r.readInt16()
  const $logDir: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $topics: DescribeLogDirsTopic[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: DescribeLogDirsTopic[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeLogDirsTopic(r, version))
      $topics = a
    }
  }
  let $totalBytes: bigint
  if (version >= 4) {
    $totalBytes = r.readInt64()
  } else {
    $totalBytes = -1n
  }
  let $usableBytes: bigint
  if (version >= 4) {
    $usableBytes = r.readInt64()
  } else {
    $usableBytes = -1n
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
  return { errorCode: $errorCode, logDir: $logDir, topics: $topics, totalBytes: $totalBytes, usableBytes: $usableBytes, unknownTaggedFields }
}

export function writeDescribeLogDirsResult(w: Writer, m: DescribeLogDirsResult, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 2 ? w.writeCompactString(m.logDir) : w.writeString(m.logDir))
  {
    const a = m.topics
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDescribeLogDirsTopic(w, e, version)
  }
  if (version >= 4) {
    w.writeInt64(m.totalBytes)
  }
  if (version >= 4) {
    w.writeInt64(m.usableBytes)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeLogDirsTopic(): DescribeLogDirsTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeLogDirsTopic(r: Reader, version: number): DescribeLogDirsTopic {
  const $name: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $partitions: DescribeLogDirsPartition[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: DescribeLogDirsPartition[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeLogDirsPartition(r, version))
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
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeDescribeLogDirsTopic(w: Writer, m: DescribeLogDirsTopic, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDescribeLogDirsPartition(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeLogDirsPartition(): DescribeLogDirsPartition {
  return {
    partitionIndex: 0,
    partitionSize: 0n,
    offsetLag: 0n,
    isFutureKey: false,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeLogDirsPartition(r: Reader, version: number): DescribeLogDirsPartition {
  const $partitionIndex: number = r.readInt32()
  const $partitionSize: bigint = r.readInt64()
  const $offsetLag: bigint = r.readInt64()
  const $isFutureKey: boolean = r.readBool()
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
  return { partitionIndex: $partitionIndex, partitionSize: $partitionSize, offsetLag: $offsetLag, isFutureKey: $isFutureKey, unknownTaggedFields }
}

export function writeDescribeLogDirsPartition(w: Writer, m: DescribeLogDirsPartition, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt64(m.partitionSize)
  w.writeInt64(m.offsetLag)
  w.writeBool(m.isFutureKey)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
