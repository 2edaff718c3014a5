// Generated from spec/kafka/message/CreateTopicsResponse.json by scripts/codegen. Do not edit.
// CreateTopicsResponse: response, api key 19, versions 0-7, flexible 5+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-7. */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+; ignorable) */
  throttleTimeMs: number
  /** Results for each topic we tried to create. (versions 0+) */
  topics: CreatableTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-7. */
export interface CreatableTopicResult {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** The unique topic ID (versions 7+; ignorable) */
  topicId: Buffer
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 1+; nullable 0+; ignorable) */
  errorMessage: string | null
  /** Optional topic config error returned if configs are not returned in the response. (versions 5+; tag 0 in 5+; ignorable) */
  topicConfigErrorCode: number
  /** Number of partitions of the topic. (versions 5+; ignorable) */
  numPartitions: number
  /** Replication factor of the topic. (versions 5+; ignorable) */
  replicationFactor: number
  /** Configuration of the topic. (versions 5+; nullable 5+; ignorable) */
  configs: CreatableTopicConfigs[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 5-7. */
export interface CreatableTopicConfigs {
  /** The configuration name. (versions 5+) */
  name: string
  /** The configuration value. (versions 5+; nullable 5+) */
  value: string | null
  /** True if the configuration is read-only. (versions 5+) */
  readOnly: boolean
  /** The configuration source. (versions 5+; ignorable) */
  configSource: number
  /** True if this configuration is sensitive. (versions 5+) */
  isSensitive: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultCreateTopicsResponse(): CreateTopicsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  let $throttleTimeMs: number
  if (version >= 2) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $topics: CreatableTopicResult[]
  {
    const n = r.readArrayLength(version >= 5)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: CreatableTopicResult[] = []
      for (let i = 0; i < n; i++) a.push(readCreatableTopicResult(r, version))
      $topics = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { throttleTimeMs: $throttleTimeMs, topics: $topics, unknownTaggedFields }
}

export function writeCreateTopicsResponse(w: Writer, m: CreateTopicsResponse, version: number): void {
  if (version >= 2) {
    w.writeInt32(m.throttleTimeMs)
  }
  {
    const a = m.topics
    w.writeArrayLength(version >= 5, a.length)
    for (const e of a) writeCreatableTopicResult(w, e, version)
  }
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCreatableTopicResult(): CreatableTopicResult {
  return {
    name: "",
    topicId: Buffer.alloc(16),
    errorCode: 0,
    errorMessage: "",
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
    unknownTaggedFields: undefined,
  }
}

export function readCreatableTopicResult(r: Reader, version: number): CreatableTopicResult {
  const $name: string = (version >= 5 ? r.readCompactString() : r.readString())
  let $topicId: Buffer
  if (version >= 7) {
    $topicId = r.readUuid()
  } else {
    $topicId = Buffer.alloc(16)
  }
  const $errorCode: number = r.readInt16()
  let $errorMessage: string | null
  if (version >= 1) {
    $errorMessage = (version >= 5 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $errorMessage = ""
  }
  let $topicConfigErrorCode: number = 0
  let $numPartitions: number
  if (version >= 5) {
    $numPartitions = r.readInt32()
  } else {
    $numPartitions = -1
  }
  let $replicationFactor: number
  if (version >= 5) {
    $replicationFactor = r.readInt16()
  } else {
    $replicationFactor = -1
  }
  let $configs: CreatableTopicConfigs[] | null
  if (version >= 5) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        $configs = null
      } else {
        const a: CreatableTopicConfigs[] = []
        for (let i = 0; i < n; i++) a.push(readCreatableTopicConfigs(r, version))
        $configs = a
      }
    }
  } else {
    $configs = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0) {
        const end = r.offset + size
        $topicConfigErrorCode = r.readInt16()
        if (r.offset > end) throw new DecodeError('tagged field TopicConfigErrorCode overran its size')
        r.offset = end
        continue
      }
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { name: $name, topicId: $topicId, errorCode: $errorCode, errorMessage: $errorMessage, topicConfigErrorCode: $topicConfigErrorCode, numPartitions: $numPartitions, replicationFactor: $replicationFactor, configs: $configs, unknownTaggedFields }
}

export function writeCreatableTopicResult(w: Writer, m: CreatableTopicResult, version: number): void {
  void (version >= 5 ? w.writeCompactString(m.name) : w.writeString(m.name))
  if (version >= 7) {
    w.writeUuid(m.topicId)
  }
  w.writeInt16(m.errorCode)
  if (version >= 1) {
    void (version >= 5 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  }
  if (version >= 5) {
    w.writeInt32(m.numPartitions)
  }
  if (version >= 5) {
    w.writeInt16(m.replicationFactor)
  }
  if (version >= 5) {
    {
      const a = m.configs
      if (a === null) {
        w.writeArrayLength(true, null)
      } else {
        w.writeArrayLength(true, a.length)
        for (const e of a) writeCreatableTopicConfigs(w, e, version)
      }
    }
  }
  if (version >= 5) {
    const tagged: TaggedField[] = []
    if (m.topicConfigErrorCode !== 0) {
      const t = new Writer(64)
      t.writeInt16(m.topicConfigErrorCode)
      tagged.push({ tag: 0, data: t.toBuffer() })
    }
    w.writeTaggedFields(tagged, m.unknownTaggedFields)
  }
}

export function defaultCreatableTopicConfigs(): CreatableTopicConfigs {
  return {
    name: "",
    value: "",
    readOnly: false,
    configSource: -1,
    isSensitive: false,
    unknownTaggedFields: undefined,
  }
}

export function readCreatableTopicConfigs(r: Reader, version: number): CreatableTopicConfigs {
  const $name: string = r.readCompactString()
  const $value: string | null = r.readCompactNullableString()
  const $readOnly: boolean = r.readBool()
  const $configSource: number = r.readInt8()
  const $isSensitive: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, value: $value, readOnly: $readOnly, configSource: $configSource, isSensitive: $isSensitive, unknownTaggedFields }
}

export function writeCreatableTopicConfigs(w: Writer, m: CreatableTopicConfigs, version: number): void {
  w.writeCompactString(m.name)
  w.writeCompactNullableString(m.value)
  w.writeBool(m.readOnly)
  w.writeInt8(m.configSource)
  w.writeBool(m.isSensitive)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
