// Generated from spec/kafka/group-coordinator/ShareGroupPartitionMetadataKey.json by scripts/codegen. Do not edit.
// ShareGroupPartitionMetadataKey: data, versions 9, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 9. */
export interface ShareGroupPartitionMetadataKey {
  /** The group id. (versions 9) */
  groupId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareGroupPartitionMetadataKey(): ShareGroupPartitionMetadataKey {
  return {
    groupId: "",
    unknownTaggedFields: undefined,
  }
}

export function readShareGroupPartitionMetadataKey(r: Reader, version: number): ShareGroupPartitionMetadataKey {
  const $groupId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, unknownTaggedFields }
}

export function writeShareGroupPartitionMetadataKey(w: Writer, m: ShareGroupPartitionMetadataKey, version: number): void {
  w.writeString(m.groupId)
}
