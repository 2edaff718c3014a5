// Generated from spec/kafka/group-coordinator/ConsumerGroupTargetAssignmentMetadataKey.json by scripts/codegen. Do not edit.
// ConsumerGroupTargetAssignmentMetadataKey: data, versions 6, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 6. */
export interface ConsumerGroupTargetAssignmentMetadataKey {
  /** The group id. (versions 6) */
  groupId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupTargetAssignmentMetadataKey(): ConsumerGroupTargetAssignmentMetadataKey {
  return {
    groupId: "",
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupTargetAssignmentMetadataKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataKey {
  const $groupId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, unknownTaggedFields }
}

export function writeConsumerGroupTargetAssignmentMetadataKey(w: Writer, m: ConsumerGroupTargetAssignmentMetadataKey, version: number): void {
  w.writeString(m.groupId)
}
