// Generated from spec/kafka/group-coordinator/ConsumerGroupMetadataKey.json by scripts/codegen. Do not edit.
// ConsumerGroupMetadataKey: data, versions 3, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 3. */
export interface ConsumerGroupMetadataKey {
  /** The group id. (versions 3) */
  groupId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupMetadataKey(): ConsumerGroupMetadataKey {
  return {
    groupId: "",
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupMetadataKey(r: Reader, version: number): ConsumerGroupMetadataKey {
  const $groupId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, unknownTaggedFields }
}

export function writeConsumerGroupMetadataKey(w: Writer, m: ConsumerGroupMetadataKey, version: number): void {
  w.writeString(m.groupId)
}
