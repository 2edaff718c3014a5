// Generated from spec/kafka/message/DeleteTopicsResponse.json by scripts/codegen. Do not edit.
// DeleteTopicsResponse: response, api key 20, versions 0-6, flexible 4+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-6. */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** The results for each topic we tried to delete. (versions 0+) */
  responses: DeletableTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-6. */
export interface DeletableTopicResult {
  /** The topic name (versions 0+; nullable 6+; map key) */
  name: string | null
  /** the unique topic ID (versions 6+; ignorable) */
  topicId: Buffer
  /** The deletion error, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 5+; nullable 5+; ignorable) */
  errorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteTopicsResponse(): DeleteTopicsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $responses: DeletableTopicResult[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Responses was serialized as null')
    } else {
      const a: DeletableTopicResult[] = []
      for (let i = 0; i < n; i++) a.push(readDeletableTopicResult(r, version))
      $responses = a
    }
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
  return { throttleTimeMs: $throttleTimeMs, responses: $responses, unknownTaggedFields }
}

export function writeDeleteTopicsResponse(w: Writer, m: DeleteTopicsResponse, version: number): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  {
    const a = m.responses
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeDeletableTopicResult(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeletableTopicResult(): DeletableTopicResult {
  return {
    name: "",
    topicId: Buffer.alloc(16),
    errorCode: 0,
    errorMessage: null,
    unknownTaggedFields: undefined,
  }
}

export function readDeletableTopicResult(r: Reader, version: number): DeletableTopicResult {
  const $name: string | null = (version >= 4 ? (version >= 6 ? r.readCompactNullableString() : r.readCompactString()) : (version >= 6 ? r.readNullableString() : r.readString()))
  let $topicId: Buffer
  if (version >= 6) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
  const $errorCode: number = r.readInt16()
  let $errorMessage: string | null
  if (version >= 5) {
    $errorMessage = r.readCompactNullableString()
  } else {
    $errorMessage = null
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
  return { name: $name, topicId: $topicId, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writeDeletableTopicResult(w: Writer, m: DeletableTopicResult, version: number): void {
  void (version >= 4 ? (version >= 6 ? w.writeCompactNullableString(m.name) : w.writeCompactString(m.name)) : (version >= 6 ? w.writeNullableString(m.name) : w.writeString(m.name)))
  if (version >= 6) {
    w.writeUuid(m.topicId)
  }
  w.writeInt16(m.errorCode)
  if (version >= 5) {
    w.writeCompactNullableString(m.errorMessage)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
