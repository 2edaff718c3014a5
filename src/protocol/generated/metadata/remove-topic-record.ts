// Generated from spec/kafka/metadata/RemoveTopicRecord.json by scripts/codegen. Do not edit.
// RemoveTopicRecord: metadata, api key 9, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface RemoveTopicRecord {
  /** The topic to remove. All associated partitions will be removed as well. (versions 0+) */
  topicId: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRemoveTopicRecord(): RemoveTopicRecord {
  return {
    topicId: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readRemoveTopicRecord(r: Reader, version: number): RemoveTopicRecord {
  const $topicId: Buffer = r.readUuid()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { topicId: $topicId, unknownTaggedFields }
}

export function writeRemoveTopicRecord(w: Writer, m: RemoveTopicRecord, version: number): void {
  w.writeUuid(m.topicId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
