// Generated from spec/kafka/group-coordinator/ConsumerGroupTargetAssignmentMemberKey.json by scripts/codegen. Do not edit.
// ConsumerGroupTargetAssignmentMemberKey: data, versions 7, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 7. */
export interface ConsumerGroupTargetAssignmentMemberKey {
  /** The group id. (versions 7) */
  groupId: string
  /** The member id. (versions 7) */
  memberId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupTargetAssignmentMemberKey(): ConsumerGroupTargetAssignmentMemberKey {
  return {
    groupId: "",
    memberId: "",
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupTargetAssignmentMemberKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberKey {
  const $groupId: string = r.readString()
  const $memberId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, memberId: $memberId, unknownTaggedFields }
}

export function writeConsumerGroupTargetAssignmentMemberKey(w: Writer, m: ConsumerGroupTargetAssignmentMemberKey, version: number): void {
  w.writeString(m.groupId)
  w.writeString(m.memberId)
}
