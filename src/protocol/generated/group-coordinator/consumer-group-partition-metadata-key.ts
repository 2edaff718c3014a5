// Generated from spec/kafka/group-coordinator/ConsumerGroupPartitionMetadataKey.json by scripts/codegen. Do not edit.
// ConsumerGroupPartitionMetadataKey: data, versions 4, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 4. */
export interface ConsumerGroupPartitionMetadataKey {
  /** The group id. (versions 4) */
  groupId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupPartitionMetadataKey(): ConsumerGroupPartitionMetadataKey {
  return {
    groupId: "",
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupPartitionMetadataKey(r: Reader, version: number): ConsumerGroupPartitionMetadataKey {
  const $groupId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, unknownTaggedFields }
}

export function writeConsumerGroupPartitionMetadataKey(w: Writer, m: ConsumerGroupPartitionMetadataKey, version: number): void {
  w.writeString(m.groupId)
}
