// Generated from spec/kafka/group-coordinator/ConsumerGroupTargetAssignmentMetadataValue.json by scripts/codegen. Do not edit.
// ConsumerGroupTargetAssignmentMetadataValue: data, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConsumerGroupTargetAssignmentMetadataValue {
  /** The assignment epoch. (versions 0+) */
  assignmentEpoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupTargetAssignmentMetadataValue(): ConsumerGroupTargetAssignmentMetadataValue {
  return {
    assignmentEpoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupTargetAssignmentMetadataValue(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataValue {
  const $assignmentEpoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { assignmentEpoch: $assignmentEpoch, unknownTaggedFields }
}

export function writeConsumerGroupTargetAssignmentMetadataValue(w: Writer, m: ConsumerGroupTargetAssignmentMetadataValue, version: number): void {
  w.writeInt32(m.assignmentEpoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
