// Generated from spec/kafka/message/DeleteGroupsResponse.json by scripts/codegen. Do not edit.
// DeleteGroupsResponse: response, api key 42, versions 0-2, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The deletion results (versions 0+) */
  results: DeletableGroupResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-2. */
export interface DeletableGroupResult {
  /** The group id (versions 0+; map key) */
  groupId: string
  /** The deletion error, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteGroupsResponse(): DeleteGroupsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $results: DeletableGroupResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: DeletableGroupResult[] = []
      for (let i = 0; i < n; i++) a.push(readDeletableGroupResult(r, version))
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

export function writeDeleteGroupsResponse(w: Writer, m: DeleteGroupsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.results
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDeletableGroupResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeletableGroupResult(): DeletableGroupResult {
  return {
    groupId: "",
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readDeletableGroupResult(r: Reader, version: number): DeletableGroupResult {
  const $groupId: string = (version >= 2 ? r.readCompactString() : r.readString())
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
  return { groupId: $groupId, errorCode: $errorCode, unknownTaggedFields }
}

export function writeDeletableGroupResult(w: Writer, m: DeletableGroupResult, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  w.writeInt16(m.errorCode)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
