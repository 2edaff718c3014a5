// Generated from spec/kafka/metadata/NoOpRecord.json by scripts/codegen. Do not edit.
// NoOpRecord: metadata, api key 20, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface NoOpRecord {
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultNoOpRecord(): NoOpRecord {
  return {
    unknownTaggedFields: undefined,
  }
}

export function readNoOpRecord(r: Reader, version: number): NoOpRecord {
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { unknownTaggedFields }
}

export function writeNoOpRecord(w: Writer, m: NoOpRecord, version: number): void {
  w.writeTaggedFields([], m.unknownTaggedFields)
}
