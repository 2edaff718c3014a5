// Generated from spec/kafka/group-coordinator/ShareGroupMetadataValue.json by scripts/codegen. Do not edit.
// ShareGroupMetadataValue: data, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ShareGroupMetadataValue {
  /** The group epoch. (versions 0+) */
  epoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareGroupMetadataValue(): ShareGroupMetadataValue {
  return {
    epoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readShareGroupMetadataValue(r: Reader, version: number): ShareGroupMetadataValue {
  const $epoch: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { epoch: $epoch, unknownTaggedFields }
}

export function writeShareGroupMetadataValue(w: Writer, m: ShareGroupMetadataValue, version: number): void {
  w.writeInt32(m.epoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
