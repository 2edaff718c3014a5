// Generated from spec/kafka/group-coordinator/OffsetCommitValue.json by scripts/codegen. Do not edit.
// OffsetCommitValue: data, versions 0-4, flexible 4+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface OffsetCommitValue {
  /** (versions 0+) */
  offset: bigint
  /** (versions 3+; ignorable) */
  leaderEpoch: number
  /** (versions 0+) */
  metadata: string
  /** (versions 0+) */
  commitTimestamp: bigint
  /** (versions 1; ignorable) */
  expireTimestamp: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultOffsetCommitValue(): OffsetCommitValue {
  return {
    offset: 0n,
    leaderEpoch: -1,
    metadata: "",
    commitTimestamp: 0n,
    expireTimestamp: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readOffsetCommitValue(r: Reader, version: number): OffsetCommitValue {
  const $offset: bigint = r.readInt64()
  let $leaderEpoch: number
  if (version >= 3) {
    $leaderEpoch = r.readInt32()
  } else {
    $leaderEpoch = -1
  }
  const $metadata: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $commitTimestamp: bigint = r.readInt64()
  let $expireTimestamp: bigint
  if (version >= 1 && version <= 1) {
    $expireTimestamp = r.readInt64()
  } else {
    $expireTimestamp = -1n
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { offset: $offset, leaderEpoch: $leaderEpoch, metadata: $metadata, commitTimestamp: $commitTimestamp, expireTimestamp: $expireTimestamp, unknownTaggedFields }
}

export function writeOffsetCommitValue(w: Writer, m: OffsetCommitValue, version: number): void {
  w.writeInt64(m.offset)
  if (version >= 3) {
    w.writeInt32(m.leaderEpoch)
  }
  void (version >= 4 ? w.writeCompactString(m.metadata) : w.writeString(m.metadata))
  w.writeInt64(m.commitTimestamp)
  if (version >= 1 && version <= 1) {
    w.writeInt64(m.expireTimestamp)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
