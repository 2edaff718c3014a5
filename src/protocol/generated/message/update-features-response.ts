// Generated from spec/kafka/message/UpdateFeaturesResponse.json by scripts/codegen. Do not edit.
// UpdateFeaturesResponse: response, api key 57, versions 0-1, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level error code, or `0` if there was no top-level error. (versions 0+) */
  errorCode: number
  /** The top-level error message, or `null` if there was no top-level error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** Results for each feature update. (versions 0+) */
  results: UpdatableFeatureResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface UpdatableFeatureResult {
  /** The name of the finalized feature. (versions 0+; map key) */
  feature: string
  /** The feature update error code or `0` if the feature update succeeded. (versions 0+) */
  errorCode: number
  /** The feature update error, or `null` if the feature update succeeded. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUpdateFeaturesResponse(): UpdateFeaturesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let $results: UpdatableFeatureResult[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: UpdatableFeatureResult[] = []
      for (let i = 0; i < n; i++) a.push(readUpdatableFeatureResult(r, version))
      $results = a
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, results: $results, unknownTaggedFields }
}

export function writeUpdateFeaturesResponse(w: Writer, m: UpdateFeaturesResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  {
    const a = m.results
    w.writeArrayLength(true, a.length)
    for (const e of a) writeUpdatableFeatureResult(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultUpdatableFeatureResult(): UpdatableFeatureResult {
  return {
    feature: "",
    errorCode: 0,
    errorMessage: "",
    unknownTaggedFields: undefined,
  }
}

export function readUpdatableFeatureResult(r: Reader, version: number): UpdatableFeatureResult {
  const $feature: string = r.readCompactString()
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
  return { feature: $feature, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writeUpdatableFeatureResult(w: Writer, m: UpdatableFeatureResult, version: number): void {
  w.writeCompactString(m.feature)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
