// Generated from spec/kafka/message/DescribeConfigsResponse.json by scripts/codegen. Do not edit.
// DescribeConfigsResponse: response, api key 32, versions 0-4, flexible 4+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The results for each resource. (versions 0+) */
  results: DescribeConfigsResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface DescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. (versions 0+) */
  errorCode: number
  /** The error message, or null if we were able to successfully describe the configurations. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** Each listed configuration. (versions 0+) */
  configs: DescribeConfigsResourceResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface DescribeConfigsResourceResult {
  /** The configuration name. (versions 0+) */
  name: string
  /** The configuration value. (versions 0+; nullable 0+) */
  value: string | null
  /** True if the configuration is read-only. (versions 0+) */
  readOnly: boolean
  /** True if the configuration is not set. (versions 0) */
  isDefault: boolean
  /** The configuration source. (versions 1+; ignorable) */
  configSource: number
  /** True if this configuration is sensitive. (versions 0+) */
  isSensitive: boolean
  /** The synonyms for this configuration key. (versions 1+; ignorable) */
  synonyms: DescribeConfigsSynonym[]
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD (versions 3+; ignorable) */
  configType: number
  /** The configuration documentation. (versions 3+; nullable 0+; ignorable) */
  documentation: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 1-4. */
export interface DescribeConfigsSynonym {
  /** The synonym name. (versions 1+) */
  name: string
  /** The synonym value. (versions 1+; nullable 0+) */
  value: string | null
  /** The synonym source. (versions 1+) */
  source: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeConfigsResponse(): DescribeConfigsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $results: DescribeConfigsResult[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Results was serialized as null')
    } else {
      const a: DescribeConfigsResult[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeConfigsResult(r, version))
      $results = a
    }
  }
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
  return { throttleTimeMs: $throttleTimeMs, results: $results, unknownTaggedFields }
}

export function writeDescribeConfigsResponse(w: Writer, m: DescribeConfigsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.results
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeDescribeConfigsResult(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeConfigsResult(): DescribeConfigsResult {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    configs: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeConfigsResult(r: Reader, version: number): DescribeConfigsResult {
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  const $resourceType: number = r.readInt8()
  const $resourceName: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $configs: DescribeConfigsResourceResult[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Configs was serialized as null')
    } else {
      const a: DescribeConfigsResourceResult[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeConfigsResourceResult(r, version))
      $configs = a
    }
  }
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
  return { errorCode: $errorCode, errorMessage: $errorMessage, resourceType: $resourceType, resourceName: $resourceName, configs: $configs, unknownTaggedFields }
}

export function writeDescribeConfigsResult(w: Writer, m: DescribeConfigsResult, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 4 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  w.writeInt8(m.resourceType)
  void (version >= 4 ? w.writeCompactString(m.resourceName) : w.writeString(m.resourceName))
  {
    const a = m.configs
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeDescribeConfigsResourceResult(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeConfigsResourceResult(): DescribeConfigsResourceResult {
  return {
    name: "",
    value: "",
    readOnly: false,
    isDefault: false,
    configSource: -1,
    isSensitive: false,
    synonyms: [],
    configType: 0,
    documentation: "",
    unknownTaggedFields: undefined,
  }
}

export function readDescribeConfigsResourceResult(r: Reader, version: number): DescribeConfigsResourceResult {
  const $name: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $value: string | null = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  const $readOnly: boolean = r.readBool()
  let $isDefault: boolean
  if (version <= 0) {
    $isDefault = r.readBool()
  } else {
    $isDefault = false
  }
  let $configSource: number
  if (version >= 1) {
    $configSource = r.readInt8()
  } else {
    $configSource = -1
  }
  const $isSensitive: boolean = r.readBool()
  let $synonyms: DescribeConfigsSynonym[]
  if (version >= 1) {
    {
      const n = r.readArrayLength(version >= 4)
      if (n < 0) {
        throw new DecodeError('non-nullable field Synonyms was serialized as null')
      } else {
        const a: DescribeConfigsSynonym[] = []
        for (let i = 0; i < n; i++) a.push(readDescribeConfigsSynonym(r, version))
        $synonyms = a
      }
    }
  } else {
    $synonyms = []
  }
  let $configType: number
  if (version >= 3) {
    $configType = r.readInt8()
  } else {
    $configType = 0
  }
  let $documentation: string | null
  if (version >= 3) {
    $documentation = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $documentation = ""
  }
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
  return { name: $name, value: $value, readOnly: $readOnly, isDefault: $isDefault, configSource: $configSource, isSensitive: $isSensitive, synonyms: $synonyms, configType: $configType, documentation: $documentation, unknownTaggedFields }
}

export function writeDescribeConfigsResourceResult(w: Writer, m: DescribeConfigsResourceResult, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.name) : w.writeString(m.name))
  void (version >= 4 ? w.writeCompactNullableString(m.value) : w.writeNullableString(m.value))
  w.writeBool(m.readOnly)
  if (version <= 0) {
    w.writeBool(m.isDefault)
  } else {
    if (m.isDefault !== false) throw new EncodeError('field IsDefault cannot be written at version ' + version + ' of DescribeConfigsResponse')
  }
  if (version >= 1) {
    w.writeInt8(m.configSource)
  }
  w.writeBool(m.isSensitive)
  if (version >= 1) {
    {
      const a = m.synonyms
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) writeDescribeConfigsSynonym(w, e, version)
    }
  }
  if (version >= 3) {
    w.writeInt8(m.configType)
  }
  if (version >= 3) {
    void (version >= 4 ? w.writeCompactNullableString(m.documentation) : w.writeNullableString(m.documentation))
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeConfigsSynonym(): DescribeConfigsSynonym {
  return {
    name: "",
    value: "",
    source: 0,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeConfigsSynonym(r: Reader, version: number): DescribeConfigsSynonym {
  const $name: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $value: string | null = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  const $source: number = r.readInt8()
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
  return { name: $name, value: $value, source: $source, unknownTaggedFields }
}

export function writeDescribeConfigsSynonym(w: Writer, m: DescribeConfigsSynonym, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.name) : w.writeString(m.name))
  void (version >= 4 ? w.writeCompactNullableString(m.value) : w.writeNullableString(m.value))
  w.writeInt8(m.source)
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
