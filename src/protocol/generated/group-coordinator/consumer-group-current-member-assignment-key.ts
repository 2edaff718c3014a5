// Generated from spec/kafka/group-coordinator/ConsumerGroupCurrentMemberAssignmentKey.json by scripts/codegen. Do not edit.
// ConsumerGroupCurrentMemberAssignmentKey: data, versions 8, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 8. */
export interface ConsumerGroupCurrentMemberAssignmentKey {
  /** The group id. (versions 8) */
  groupId: string
  /** The member id. (versions 8) */
  memberId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupCurrentMemberAssignmentKey(): ConsumerGroupCurrentMemberAssignmentKey {
  return {
    groupId: "",
    memberId: "",
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupCurrentMemberAssignmentKey(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentKey {
  const $groupId: string = r.readString()
  const $memberId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, memberId: $memberId, unknownTaggedFields }
}

export function writeConsumerGroupCurrentMemberAssignmentKey(w: Writer, m: ConsumerGroupCurrentMemberAssignmentKey, version: number): void {
  w.writeString(m.groupId)
  w.writeString(m.memberId)
}
