// Generated from spec/kafka/message/DeleteTopicsRequest.json by scripts/codegen. Do not edit.
// DeleteTopicsRequest: request, api key 20, versions 0-6, flexible 4+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-6. */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic (versions 6+) */
  topics: DeleteTopicState[]
  /** The names of the topics to delete (versions 0-5; ignorable) */
  topicNames: string[]
  /** The length of time in milliseconds to wait for the deletions to complete. (versions 0+) */
  timeoutMs: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 6. */
export interface DeleteTopicState {
  /** The topic name (versions 6+; nullable 6+) */
  name: string | null
  /** The unique topic ID (versions 6+) */
  topicId: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteTopicsRequest(): DeleteTopicsRequest {
  return {
    topics: [],
    topicNames: [],
    timeoutMs: 0,
    unknownTaggedFields: undefined,
  }
}

export function readDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  let $topics: DeleteTopicState[]
  if (version >= 6) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field Topics was serialized as null')
      } else {
        const a: DeleteTopicState[] = []
        for (let i = 0; i < n; i++) a.push(readDeleteTopicState(r, version))
        $topics = a
      }
    }
  } else {
    $topics = []
  }
  let $topicNames: string[]
  if (version <= 5) {
    {
      const n = r.readArrayLength(version >= 4)
      if (n < 0) {
        throw new DecodeError('non-nullable field TopicNames was serialized as null')
      } else {
        const a: string[] = []
        for (let i = 0; i < n; i++) a.push((version >= 4 ? r.readCompactString() : r.readString()))
        $topicNames = a
      }
    }
  } else {
    $topicNames = []
  }
  const $timeoutMs: number = r.readInt32()
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
  return { topics: $topics, topicNames: $topicNames, timeoutMs: $timeoutMs, unknownTaggedFields }
}

export function writeDeleteTopicsRequest(w: Writer, m: DeleteTopicsRequest, version: number): void {
  if (version >= 6) {
    {
      const a = m.topics
      w.writeArrayLength(true, a.length)
      for (const e of a) writeDeleteTopicState(w, e, version)
    }
  } else {
    if (m.topics.length !== 0) throw new EncodeError('field Topics cannot be written at version ' + version + ' of DeleteTopicsRequest')
  }
  if (version <= 5) {
    {
      const a = m.topicNames
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) void (version >= 4 ? w.writeCompactString(e) : w.writeString(e))
    }
  }
  w.writeInt32(m.timeoutMs)
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeleteTopicState(): DeleteTopicState {
  return {
    name: null,
    topicId: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readDeleteTopicState(r: Reader, version: number): DeleteTopicState {
  const $name: string | null = r.readCompactNullableString()
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

export function writeDeleteTopicState(w: Writer, m: DeleteTopicState, version: number): void {
  w.writeCompactNullableString(m.name)
  w.writeUuid(m.topicId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
