// Generated from spec/kafka/group-coordinator/ShareGroupMemberMetadataKey.json by scripts/codegen. Do not edit.
// ShareGroupMemberMetadataKey: data, versions 10, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 10. */
export interface ShareGroupMemberMetadataKey {
  /** The group id. (versions 10) */
  groupId: string
  /** The member id. (versions 10) */
  memberId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareGroupMemberMetadataKey(): ShareGroupMemberMetadataKey {
  return {
    groupId: "",
    memberId: "",
    unknownTaggedFields: undefined,
  }
}

export function readShareGroupMemberMetadataKey(r: Reader, version: number): ShareGroupMemberMetadataKey {
  const $groupId: string = r.readString()
  const $memberId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, memberId: $memberId, unknownTaggedFields }
}

export function writeShareGroupMemberMetadataKey(w: Writer, m: ShareGroupMemberMetadataKey, version: number): void {
  w.writeString(m.groupId)
  w.writeString(m.memberId)
}
