// Generated from spec/kafka/metadata/EndTransactionRecord.json by scripts/codegen. Do not edit.
// EndTransactionRecord: metadata, api key 24, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface EndTransactionRecord {
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultEndTransactionRecord(): EndTransactionRecord {
  return {
    unknownTaggedFields: undefined,
  }
}

export function readEndTransactionRecord(r: Reader, version: number): EndTransactionRecord {
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

export function writeEndTransactionRecord(w: Writer, m: EndTransactionRecord, version: number): void {
  w.writeTaggedFields([], m.unknownTaggedFields)
}
