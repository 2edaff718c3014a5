// Generated from spec/kafka/metadata/FeatureLevelRecord.json by scripts/codegen. Do not edit.
// FeatureLevelRecord: metadata, api key 12, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface FeatureLevelRecord {
  /** The feature name. (versions 0+) */
  name: string
  /** The current finalized feature level of this feature for the cluster, a value of 0 means feature not supported. (versions 0+) */
  featureLevel: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultFeatureLevelRecord(): FeatureLevelRecord {
  return {
    name: "",
    featureLevel: 0,
    unknownTaggedFields: undefined,
  }
}

export function readFeatureLevelRecord(r: Reader, version: number): FeatureLevelRecord {
  const $name: string = r.readCompactString()
  const $featureLevel: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, featureLevel: $featureLevel, unknownTaggedFields }
}

export function writeFeatureLevelRecord(w: Writer, m: FeatureLevelRecord, version: number): void {
  w.writeCompactString(m.name)
  w.writeInt16(m.featureLevel)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
