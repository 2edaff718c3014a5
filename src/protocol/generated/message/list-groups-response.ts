// Generated from spec/kafka/message/ListGroupsResponse.json by scripts/codegen. Do not edit.
// ListGroupsResponse: response, api key 16, versions 0-5, flexible 3+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Each group in the response. (versions 0+) */
  groups: ListedGroup[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-5. */
export interface ListedGroup {
  /** The group ID. (versions 0+) */
  groupId: string
  /** The group protocol type. (versions 0+) */
  protocolType: string
  /** The group state name. (versions 4+; ignorable) */
  groupState: string
  /** The group type name. (versions 5+; ignorable) */
  groupType: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListGroupsResponse(): ListGroupsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    groups: [],
    unknownTaggedFields: undefined,
  }
}

export function readListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  const $errorCode: number = r.readInt16()
  let $groups: ListedGroup[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field Groups was serialized as null')
    } else {
      const a: ListedGroup[] = []
      for (let i = 0; i < n; i++) a.push(readListedGroup(r, version))
      $groups = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, groups: $groups, unknownTaggedFields }
}

export function writeListGroupsResponse(w: Writer, m: ListGroupsResponse, version: number): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  {
    const a = m.groups
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) writeListedGroup(w, e, version)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultListedGroup(): ListedGroup {
  return {
    groupId: "",
    protocolType: "",
    groupState: "",
    groupType: "",
    unknownTaggedFields: undefined,
  }
}

export function readListedGroup(r: Reader, version: number): ListedGroup {
  const $groupId: string = (version >= 3 ? r.readCompactString() : r.readString())
  const $protocolType: string = (version >= 3 ? r.readCompactString() : r.readString())
  let $groupState: string
  if (version >= 4) {
    $groupState = r.readCompactString()
  } else {
    $groupState = ""
  }
  let $groupType: string
  if (version >= 5) {
    $groupType = r.readCompactString()
  } else {
    $groupType = ""
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { groupId: $groupId, protocolType: $protocolType, groupState: $groupState, groupType: $groupType, unknownTaggedFields }
}

export function writeListedGroup(w: Writer, m: ListedGroup, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  void (version >= 3 ? w.writeCompactString(m.protocolType) : w.writeString(m.protocolType))
  if (version >= 4) {
    w.writeCompactString(m.groupState)
  }
  if (version >= 5) {
    w.writeCompactString(m.groupType)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
