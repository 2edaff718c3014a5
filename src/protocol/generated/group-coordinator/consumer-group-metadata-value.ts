// Generated from spec/kafka/group-coordinator/ConsumerGroupMetadataValue.json by scripts/codegen. Do not edit.
// ConsumerGroupMetadataValue: data, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConsumerGroupMetadataValue {
  /** The group epoch. (versions 0+) */
  epoch: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupMetadataValue(): ConsumerGroupMetadataValue {
  return {
    epoch: 0,
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupMetadataValue(r: Reader, version: number): ConsumerGroupMetadataValue {
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

export function writeConsumerGroupMetadataValue(w: Writer, m: ConsumerGroupMetadataValue, version: number): void {
  w.writeInt32(m.epoch)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
