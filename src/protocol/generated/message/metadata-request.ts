// Generated from spec/kafka/message/MetadataRequest.json by scripts/codegen. Do not edit.
// MetadataRequest: request, api key 3, versions 0-12, flexible 9+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-12. */
export interface MetadataRequest {
  /** The topics to fetch metadata for. (versions 0+; nullable 1+) */
  topics: MetadataRequestTopic[] | null
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (versions 4+) */
  allowAutoTopicCreation: boolean
  /** Whether to include cluster authorized operations. (versions 8-10) */
  includeClusterAuthorizedOperations: boolean
  /** Whether to include topic authorized operations. (versions 8+) */
  includeTopicAuthorizedOperations: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-12. */
export interface MetadataRequestTopic {
  /** The topic id. (versions 10+; ignorable) */
  topicId: Buffer
  /** The topic name. (versions 0+; nullable 10+) */
  name: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultMetadataRequest(): MetadataRequest {
  return {
    topics: [],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
    unknownTaggedFields: undefined,
  }
}

export function readMetadataRequest(r: Reader, version: number): MetadataRequest {
  let $topics: MetadataRequestTopic[] | null
  {
    const n = r.readArrayLength(version >= 9)
    if (n < 0) {
      if (version >= 1) {
        $topics = null
      } else {
        throw new DecodeError('non-nullable field Topics was serialized as null')
      }
    } else {
      const a: MetadataRequestTopic[] = []
      for (let i = 0; i < n; i++) a.push(readMetadataRequestTopic(r, version))
      $topics = a
    }
  }
  let $allowAutoTopicCreation: boolean
  if (version >= 4) {
    $allowAutoTopicCreation = r.readBool()
  } else {
    $allowAutoTopicCreation = true
  }
  let $includeClusterAuthorizedOperations: boolean
  if (version >= 8 && version <= 10) {
    $includeClusterAuthorizedOperations = r.readBool()
  } else {
    $includeClusterAuthorizedOperations = false
  }
  let $includeTopicAuthorizedOperations: boolean
  if (version >= 8) {
    $includeTopicAuthorizedOperations = r.readBool()
  } else {
    $includeTopicAuthorizedOperations = false
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topics: $topics, allowAutoTopicCreation: $allowAutoTopicCreation, includeClusterAuthorizedOperations: $includeClusterAuthorizedOperations, includeTopicAuthorizedOperations: $includeTopicAuthorizedOperations, unknownTaggedFields }
}

export function writeMetadataRequest(w: Writer, m: MetadataRequest, version: number): void {
  {
    const a = m.topics
    if (a === null) {
      if (version >= 1) {
        w.writeArrayLength(version >= 9, null)
      } else {
        throw new EncodeError('non-nullable field Topics was null at version ' + version)
      }
    } else {
      w.writeArrayLength(version >= 9, a.length)
      for (const e of a) writeMetadataRequestTopic(w, e, version)
    }
  }
  if (version >= 4) {
    w.writeBool(m.allowAutoTopicCreation)
  } else {
    if (m.allowAutoTopicCreation !== true) throw new EncodeError('field AllowAutoTopicCreation cannot be written at version ' + version + ' of MetadataRequest')
  }
  if (version >= 8 && version <= 10) {
    w.writeBool(m.includeClusterAuthorizedOperations)
  } else {
    if (m.includeClusterAuthorizedOperations !== false) throw new EncodeError('field IncludeClusterAuthorizedOperations cannot be written at version ' + version + ' of MetadataRequest')
  }
  if (version >= 8) {
    w.writeBool(m.includeTopicAuthorizedOperations)
  } else {
    if (m.includeTopicAuthorizedOperations !== false) throw new EncodeError('field IncludeTopicAuthorizedOperations cannot be written at version ' + version + ' of MetadataRequest')
  }
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultMetadataRequestTopic(): MetadataRequestTopic {
  return {
    topicId: Buffer.alloc(16),
    name: "",
    unknownTaggedFields: undefined,
  }
}

export function readMetadataRequestTopic(r: Reader, version: number): MetadataRequestTopic {
  let $topicId: Buffer
  if (version >= 10) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
  const $name: string | null = (version >= 9 ? (version >= 10 ? r.readCompactNullableString() : r.readCompactString()) : (version >= 10 ? r.readNullableString() : r.readString()))
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 9) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { topicId: $topicId, name: $name, unknownTaggedFields }
}

export function writeMetadataRequestTopic(w: Writer, m: MetadataRequestTopic, version: number): void {
  if (version >= 10) {
    w.writeUuid(m.topicId)
  }
  void (version >= 9 ? (version >= 10 ? w.writeCompactNullableString(m.name) : w.writeCompactString(m.name)) : (version >= 10 ? w.writeNullableString(m.name) : w.writeString(m.name)))
  if (version >= 9) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
