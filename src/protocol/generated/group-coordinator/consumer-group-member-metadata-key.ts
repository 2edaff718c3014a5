// Generated from spec/kafka/group-coordinator/ConsumerGroupMemberMetadataKey.json by scripts/codegen. Do not edit.
// ConsumerGroupMemberMetadataKey: data, versions 5, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 5. */
export interface ConsumerGroupMemberMetadataKey {
  /** The group id. (versions 5) */
  groupId: string
  /** The member id. (versions 5) */
  memberId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupMemberMetadataKey(): ConsumerGroupMemberMetadataKey {
  return {
    groupId: "",
    memberId: "",
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupMemberMetadataKey(r: Reader, version: number): ConsumerGroupMemberMetadataKey {
  const $groupId: string = r.readString()
  const $memberId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, memberId: $memberId, unknownTaggedFields }
}

export function writeConsumerGroupMemberMetadataKey(w: Writer, m: ConsumerGroupMemberMetadataKey, version: number): void {
  w.writeString(m.groupId)
  w.writeString(m.memberId)
}
