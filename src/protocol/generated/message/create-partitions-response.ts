// Generated from spec/kafka/message/CreatePartitionsResponse.json by scripts/codegen. Do not edit.
// CreatePartitionsResponse: response, api key 37, versions 0-3, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The partition creation results for each topic. (versions 0+) */
  results: CreatePartitionsTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface CreatePartitionsTopicResult {
  /** The topic name. (versions 0+) */
  name: string
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number
  /** The result message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultCreatePartitionsResponse(): CreatePartitionsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $results: CreatePartitionsTopicResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: CreatePartitionsTopicResult[] = []
      for (let i = 0; i < n; i++) a.push(readCreatePartitionsTopicResult(r, version))
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

export function writeCreatePartitionsResponse(w: Writer, m: CreatePartitionsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.results
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeCreatePartitionsTopicResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCreatePartitionsTopicResult(): CreatePartitionsTopicResult {
  return {
    name: "",
    errorCode: 0,
    errorMessage: null,
    unknownTaggedFields: undefined,
  }
}

export function readCreatePartitionsTopicResult(r: Reader, version: number): CreatePartitionsTopicResult {
  const $name: string = (version >= 2 ? r.readCompactString() : r.readString())
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
  return { name: $name, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writeCreatePartitionsTopicResult(w: Writer, m: CreatePartitionsTopicResult, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.name) : w.writeString(m.name))
  w.writeInt16(m.errorCode)
  void (version >= 2 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
