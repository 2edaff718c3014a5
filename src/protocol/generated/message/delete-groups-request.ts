// Generated from spec/kafka/message/DeleteGroupsRequest.json by scripts/codegen. Do not edit.
// DeleteGroupsRequest: request, api key 42, versions 0-2, flexible 2+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-2. */
export interface DeleteGroupsRequest {
  /** The group names to delete. (versions 0+) */
  groupsNames: string[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteGroupsRequest(): DeleteGroupsRequest {
  return {
    groupsNames: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  let $groupsNames: string[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field GroupsNames was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push((version >= 2 ? r.readCompactString() : r.readString()))
      $groupsNames = a
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
  return { groupsNames: $groupsNames, unknownTaggedFields }
}

export function writeDeleteGroupsRequest(w: Writer, m: DeleteGroupsRequest, version: number): void {
  {
    const a = m.groupsNames
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) void (version >= 2 ? w.writeCompactString(e) : w.writeString(e))
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
