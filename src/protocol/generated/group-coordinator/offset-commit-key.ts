// Generated from spec/kafka/group-coordinator/OffsetCommitKey.json by scripts/codegen. Do not edit.
// OffsetCommitKey: data, versions 0-1, flexible none.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface OffsetCommitKey {
  /** (versions 0-1) */
  group: string
  /** (versions 0-1) */
  topic: string
  /** (versions 0-1) */
  partition: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetCommitKey(): OffsetCommitKey {
  return {
    group: "",
    topic: "",
    partition: 0,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetCommitKey(r: Reader, version: number): OffsetCommitKey {
  const $group: string = r.readString()
  const $topic: string = r.readString()
  const $partition: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  return { group: $group, topic: $topic, partition: $partition, unknownTaggedFields }
}

export function writeOffsetCommitKey(w: Writer, m: OffsetCommitKey, version: number): void {
  w.writeString(m.group)
  w.writeString(m.topic)
  w.writeInt32(m.partition)
}
