// Generated from spec/kafka/group-coordinator/GroupMetadataKey.json by scripts/codegen. Do not edit.
// GroupMetadataKey: data, versions 2, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 2. */
export interface GroupMetadataKey {
  /** (versions 2) */
  group: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultGroupMetadataKey(): GroupMetadataKey {
  return {
    group: "",
    unknownTaggedFields: undefined,
  }
}

export function readGroupMetadataKey(r: Reader, version: number): GroupMetadataKey {
  const $group: string = r.readString()
  let unknownTaggedFields: TaggedField[] | undefined
  return { group: $group, unknownTaggedFields }
}

export function writeGroupMetadataKey(w: Writer, m: GroupMetadataKey, version: number): void {
  w.writeString(m.group)
}
