// Generated from spec/kafka/metadata/RemoveAccessControlEntryRecord.json by scripts/codegen. Do not edit.
// RemoveAccessControlEntryRecord: metadata, api key 19, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface RemoveAccessControlEntryRecord {
  /** The ID of the AccessControlEntry to remove. (versions 0+) */
  id: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRemoveAccessControlEntryRecord(): RemoveAccessControlEntryRecord {
  return {
    id: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readRemoveAccessControlEntryRecord(r: Reader, version: number): RemoveAccessControlEntryRecord {
  const $id: Buffer = r.readUuid()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { id: $id, unknownTaggedFields }
}

export function writeRemoveAccessControlEntryRecord(w: Writer, m: RemoveAccessControlEntryRecord, version: number): void {
  w.writeUuid(m.id)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
