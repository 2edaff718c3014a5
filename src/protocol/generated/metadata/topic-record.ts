// Generated from spec/kafka/metadata/TopicRecord.json by scripts/codegen. Do not edit.
// TopicRecord: metadata, api key 2, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface TopicRecord {
  /** The topic name. (versions 0+) */
  name: string
  /** The unique ID of this topic. (versions 0+) */
  topicId: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultTopicRecord(): TopicRecord {
  return {
    name: "",
    topicId: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readTopicRecord(r: Reader, version: number): TopicRecord {
  const $name: string = r.readCompactString()
  const $topicId: Buffer = r.readUuid()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, topicId: $topicId, unknownTaggedFields }
}

export function writeTopicRecord(w: Writer, m: TopicRecord, version: number): void {
  w.writeCompactString(m.name)
  w.writeUuid(m.topicId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
