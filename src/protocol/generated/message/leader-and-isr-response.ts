// Generated from spec/kafka/message/LeaderAndIsrResponse.json by scripts/codegen. Do not edit.
// LeaderAndIsrResponse: response, api key 4, versions 0-7, flexible 4+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-7. */
export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Each partition in v0 to v4 message. (versions 0-4) */
  partitionErrors: LeaderAndIsrPartitionError[]
  /** Each topic (versions 5+) */
  topics: LeaderAndIsrTopicError[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface LeaderAndIsrPartitionError {
  /** The topic name. (versions 0-4; ignorable) */
  topicName: string
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 5-7. */
export interface LeaderAndIsrTopicError {
  /** The unique topic ID (versions 5+; map key) */
  topicId: Buffer
  /** Each partition. (versions 5+) */
  partitionErrors: LeaderAndIsrPartitionError[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultLeaderAndIsrResponse(): LeaderAndIsrResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  const $errorCode: number = r.readInt16()
  let $partitionErrors: LeaderAndIsrPartitionError[]
  if (version <= 4) {
    {
      const n = r.readArrayLength(version >= 4)
      if (n < 0) {
        throw new DecodeError('non-nullable field PartitionErrors was serialized as null')
      } else {
        const a: LeaderAndIsrPartitionError[] = []
        for (let i = 0; i < n; i++) a.push(readLeaderAndIsrPartitionError(r, version))
        $partitionErrors = a
      }
    }
  } else {
    $partitionErrors = []
  }
  let $topics: LeaderAndIsrTopicError[]
  if (version >= 5) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field Topics was serialized as null')
      } else {
        const a: LeaderAndIsrTopicError[] = []
        for (let i = 0; i < n; i++) a.push(readLeaderAndIsrTopicError(r, version))
        $topics = a
      }
    }
  } else {
    $topics = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, partitionErrors: $partitionErrors, topics: $topics, unknownTaggedFields }
}

export function writeLeaderAndIsrResponse(w: Writer, m: LeaderAndIsrResponse, version: number): void {
  w.writeInt16(m.errorCode)
  if (version <= 4) {
    {
      const a = m.partitionErrors
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) writeLeaderAndIsrPartitionError(w, e, version)
    }
  } else {
    if (m.partitionErrors.length !== 0) throw new EncodeError('field PartitionErrors cannot be written at version ' + version + ' of LeaderAndIsrResponse')
  }
  if (version >= 5) {
    {
      const a = m.topics
      w.writeArrayLength(true, a.length)
      for (const e of a) writeLeaderAndIsrTopicError(w, e, version)
    }
  } else {
    if (m.topics.length !== 0) throw new EncodeError('field Topics cannot be written at version ' + version + ' of LeaderAndIsrResponse')
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultLeaderAndIsrPartitionError(): LeaderAndIsrPartitionError {
  return {
    topicName: "",
    partitionIndex: 0,
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readLeaderAndIsrPartitionError(r: Reader, version: number): LeaderAndIsrPartitionError {
  let $topicName: string
  if (version <= 4) {
    $topicName = (version >= 4 ? r.readCompactString() : r.readString())
  } else {
    $topicName = ""
  }
  const $partitionIndex: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
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

export function writeLeaderAndIsrPartitionError(w: Writer, m: LeaderAndIsrPartitionError, version: number): void {
  if (version <= 4) {
    void (version >= 4 ? w.writeCompactString(m.topicName) : w.writeString(m.topicName))
  }
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultLeaderAndIsrTopicError(): LeaderAndIsrTopicError {
  return {
    topicId: Buffer.alloc(16),
    partitionErrors: [],
    unknownTaggedFields: undefined,
  }
}

export function readLeaderAndIsrTopicError(r: Reader, version: number): LeaderAndIsrTopicError {
  const $topicId: Buffer = r.readUuid()
  let $partitionErrors: LeaderAndIsrPartitionError[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field PartitionErrors was serialized as null')
    } else {
      const a: LeaderAndIsrPartitionError[] = []
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrPartitionError(r, version))
      $partitionErrors = a
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
  return { topicId: $topicId, partitionErrors: $partitionErrors, unknownTaggedFields }
}

export function writeLeaderAndIsrTopicError(w: Writer, m: LeaderAndIsrTopicError, version: number): void {
  w.writeUuid(m.topicId)
  {
    const a = m.partitionErrors
    w.writeArrayLength(true, a.length)
    for (const e of a) writeLeaderAndIsrPartitionError(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
