// Generated from spec/kafka/message/IncrementalAlterConfigsResponse.json by scripts/codegen. Do not edit.
// IncrementalAlterConfigsResponse: response, api key 44, versions 0-1, flexible 1+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The responses for each resource. (versions 0+) */
  responses: AlterConfigsResourceResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface AlterConfigsResourceResponse {
  /** The resource error code. (versions 0+) */
  errorCode: number
  /** The resource error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultIncrementalAlterConfigsResponse(): IncrementalAlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
    unknownTaggedFields: undefined,
  }
}

export function readIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $responses: AlterConfigsResourceResponse[]
  {
    const n = r.readArrayLength(version >= 1)
    if (n < 0) {
      throw new DecodeError('non-nullable field Responses was serialized as null')
    } else {
      const a: AlterConfigsResourceResponse[] = []
      for (let i = 0; i < n; i++) a.push(readAlterConfigsResourceResponse(r, version))
      $responses = a
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
  return { throttleTimeMs: $throttleTimeMs, responses: $responses, unknownTaggedFields }
}

export function writeIncrementalAlterConfigsResponse(w: Writer, m: IncrementalAlterConfigsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.responses
    w.writeArrayLength(version >= 1, a.length)
    for (const e of a) writeAlterConfigsResourceResponse(w, e, version)
  }
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAlterConfigsResourceResponse(): AlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    unknownTaggedFields: undefined,
  }
}

export function readAlterConfigsResourceResponse(r: Reader, version: number): AlterConfigsResourceResponse {
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 1 ? r.readCompactNullableString() : r.readNullableString())
  const $resourceType: number = r.readInt8()
  const $resourceName: string = (version >= 1 ? r.readCompactString() : r.readString())
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
  return { errorCode: $errorCode, errorMessage: $errorMessage, resourceType: $resourceType, resourceName: $resourceName, unknownTaggedFields }
}

export function writeAlterConfigsResourceResponse(w: Writer, m: AlterConfigsResourceResponse, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 1 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  w.writeInt8(m.resourceType)
  void (version >= 1 ? w.writeCompactString(m.resourceName) : w.writeString(m.resourceName))
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
