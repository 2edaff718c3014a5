// Generated from spec/kafka/group-coordinator/ShareGroupMetadataKey.json by scripts/codegen. Do not edit.
// ShareGroupMetadataKey: data, versions 11, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 11. */
export interface ShareGroupMetadataKey {
  /** The group id. (versions 11) */
  groupId: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareGroupMetadataKey(): ShareGroupMetadataKey {
  return {
    groupId: "",
    unknownTaggedFields: undefined,
  }
}

export function readShareGroupMetadataKey(r: Reader, version: number): ShareGroupMetadataKey {
  const $groupId: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { groupId: $groupId, unknownTaggedFields }
}

export function writeShareGroupMetadataKey(w: Writer, m: ShareGroupMetadataKey, version: number): void {
  w.writeString(m.groupId)
}
