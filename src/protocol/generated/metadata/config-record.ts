// Generated from spec/kafka/metadata/ConfigRecord.json by scripts/codegen. Do not edit.
// ConfigRecord: metadata, api key 4, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConfigRecord {
  /** The type of resource this configuration applies to. (versions 0+) */
  resourceType: number
  /** The name of the resource this configuration applies to. (versions 0+) */
  resourceName: string
  /** The name of the configuration key. (versions 0+) */
  name: string
  /** The value of the configuration, or null if the it should be deleted. (versions 0+; nullable 0+) */
  value: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConfigRecord(): ConfigRecord {
  return {
    resourceType: 0,
    resourceName: "",
    name: "",
    value: "",
    unknownTaggedFields: undefined,
  }
}

export function readConfigRecord(r: Reader, version: number): ConfigRecord {
  const $resourceType: number = r.readInt8()
  const $resourceName: string = r.readCompactString()
  const $name: string = r.readCompactString()
  const $value: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { resourceType: $resourceType, resourceName: $resourceName, name: $name, value: $value, unknownTaggedFields }
}

export function writeConfigRecord(w: Writer, m: ConfigRecord, version: number): void {
  w.writeInt8(m.resourceType)
  w.writeCompactString(m.resourceName)
  w.writeCompactString(m.name)
  w.writeCompactNullableString(m.value)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
