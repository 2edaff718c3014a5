// Generated from spec/kafka/message/AlterPartitionReassignmentsResponse.json by scripts/codegen. Do not edit.
// AlterPartitionReassignmentsResponse: response, api key 45, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The responses to topics to reassign. (versions 0+) */
  responses: ReassignableTopicResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ReassignableTopicResponse {
  /** The topic name (versions 0+) */
  name: string
  /** The responses to partitions to reassign (versions 0+) */
  partitions: ReassignablePartitionResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ReassignablePartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code for this partition, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message for this partition, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAlterPartitionReassignmentsResponse(): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    responses: [],
    unknownTaggedFields: undefined,
  }
}

export function readAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let $responses: ReassignableTopicResponse[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Responses was serialized as null')
    } else {
      const a: ReassignableTopicResponse[] = []
      for (let i = 0; i < n; i++) a.push(readReassignableTopicResponse(r, version))
      $responses = a
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, responses: $responses, unknownTaggedFields }
}

export function writeAlterPartitionReassignmentsResponse(w: Writer, m: AlterPartitionReassignmentsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  {
    const a = m.responses
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReassignableTopicResponse(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultReassignableTopicResponse(): ReassignableTopicResponse {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readReassignableTopicResponse(r: Reader, version: number): ReassignableTopicResponse {
  const $name: string = r.readCompactString()
  let $partitions: ReassignablePartitionResponse[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: ReassignablePartitionResponse[] = []
      for (let i = 0; i < n; i++) a.push(readReassignablePartitionResponse(r, version))
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
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeReassignableTopicResponse(w: Writer, m: ReassignableTopicResponse, version: number): void {
  w.writeCompactString(m.name)
  {
    const a = m.partitions
    w.writeArrayLength(true, a.length)
    for (const e of a) writeReassignablePartitionResponse(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultReassignablePartitionResponse(): ReassignablePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
    unknownTaggedFields: undefined,
  }
}

export function readReassignablePartitionResponse(r: Reader, version: number): ReassignablePartitionResponse {
  const $partitionIndex: number = r.readInt32()
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
  return { partitionIndex: $partitionIndex, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writeReassignablePartitionResponse(w: Writer, m: ReassignablePartitionResponse, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
