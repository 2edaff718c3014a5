// Generated from spec/kafka/message/ApiVersionsResponse.json by scripts/codegen. Do not edit.
// ApiVersionsResponse: response, api key 18, versions 0-4, flexible 3+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface ApiVersionsResponse {
  /** The top-level error code. (versions 0+) */
  errorCode: number
  /** The APIs supported by the broker. (versions 0+) */
  apiKeys: ApiVersion[]
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 3+; tag 0 in 3+; ignorable) */
  supportedFeatures: SupportedFeatureKey[]
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. (versions 3+; tag 1 in 3+; ignorable) */
  finalizedFeaturesEpoch: bigint
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. (versions 3+; tag 2 in 3+; ignorable) */
  finalizedFeatures: FinalizedFeatureKey[]
  /** Set by a KRaft controller if the required configurations for ZK migration are present (versions 3+; tag 3 in 3+; ignorable) */
  zkMigrationReady: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface ApiVersion {
  /** The API index. (versions 0+; map key) */
  apiKey: number
  /** The minimum supported version, inclusive. (versions 0+) */
  minVersion: number
  /** The maximum supported version, inclusive. (versions 0+) */
  maxVersion: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 3-4. */
export interface SupportedFeatureKey {
  /** The name of the feature. (versions 3+; map key) */
  name: string
  /** The minimum supported version for the feature. (versions 3+) */
  minVersion: number
  /** The maximum supported version for the feature. (versions 3+) */
  maxVersion: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 3-4. */
export interface FinalizedFeatureKey {
  /** The name of the feature. (versions 3+; map key) */
  name: string
  /** The cluster-wide finalized max version level for the feature. (versions 3+) */
  maxVersionLevel: number
  /** The cluster-wide finalized min version level for the feature. (versions 3+) */
  minVersionLevel: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultApiVersionsResponse(): ApiVersionsResponse {
  return {
    errorCode: 0,
    apiKeys: [],
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
    unknownTaggedFields: undefined,
  }
}

export function readApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  const $errorCode: number = r.readInt16()
  let $apiKeys: ApiVersion[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field ApiKeys was serialized as null')
    } else {
      const a: ApiVersion[] = []
      for (let i = 0; i < n; i++) a.push(readApiVersion(r, version))
      $apiKeys = a
    }
  }
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $supportedFeatures: SupportedFeatureKey[] = []
  let $finalizedFeaturesEpoch: bigint = -1n
  let $finalizedFeatures: FinalizedFeatureKey[] = []
  let $zkMigrationReady: boolean = false
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (tag === 0) {
        const end = r.offset + size
        {
          const n = r.readArrayLength(true)
          if (n < 0) {
            throw new DecodeError('non-nullable field SupportedFeatures was serialized as null')
          } else {
            const a: SupportedFeatureKey[] = []
            for (let i = 0; i < n; i++) a.push(readSupportedFeatureKey(r, version))
            $supportedFeatures = a
          }
        }
        if (r.offset > end) throw new DecodeError('tagged field SupportedFeatures overran its size')
        r.offset = end
        continue
      }
      if (tag === 1) {
        const end = r.offset + size
        $finalizedFeaturesEpoch = r.readInt64()
        if (r.offset > end) throw new DecodeError('tagged field FinalizedFeaturesEpoch overran its size')
        r.offset = end
        continue
      }
      if (tag === 2) {
        const end = r.offset + size
        {
          const n = r.readArrayLength(true)
          if (n < 0) {
            throw new DecodeError('non-nullable field FinalizedFeatures was serialized as null')
          } else {
            const a: FinalizedFeatureKey[] = []
            for (let i = 0; i < n; i++) a.push(readFinalizedFeatureKey(r, version))
            $finalizedFeatures = a
          }
        }
        if (r.offset > end) throw new DecodeError('tagged field FinalizedFeatures overran its size')
        r.offset = end
        continue
      }
      if (tag === 3) {
        const end = r.offset + size
        $zkMigrationReady = r.readBool()
        if (r.offset > end) throw new DecodeError('tagged field ZkMigrationReady overran its size')
        r.offset = end
        continue
      }
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, apiKeys: $apiKeys, throttleTimeMs: $throttleTimeMs, supportedFeatures: $supportedFeatures, finalizedFeaturesEpoch: $finalizedFeaturesEpoch, finalizedFeatures: $finalizedFeatures, zkMigrationReady: $zkMigrationReady, unknownTaggedFields }
}

export function writeApiVersionsResponse(w: Writer, m: ApiVersionsResponse, version: number): void {
  w.writeInt16(m.errorCode)
  {
    const a = m.apiKeys
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) writeApiVersion(w, e, version)
  }
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (version >= 3) {
    const tagged: TaggedField[] = []
    if (m.supportedFeatures.length !== 0) {
      const t = new Writer(64)
      {
        const a = m.supportedFeatures
        t.writeArrayLength(true, a.length)
        for (const e of a) writeSupportedFeatureKey(t, e, version)
      }
      tagged.push({ tag: 0, data: t.toBuffer() })
    }
    if (m.finalizedFeaturesEpoch !== -1n) {
      const t = new Writer(64)
      t.writeInt64(m.finalizedFeaturesEpoch)
      tagged.push({ tag: 1, data: t.toBuffer() })
    }
    if (m.finalizedFeatures.length !== 0) {
      const t = new Writer(64)
      {
        const a = m.finalizedFeatures
        t.writeArrayLength(true, a.length)
        for (const e of a) writeFinalizedFeatureKey(t, e, version)
      }
      tagged.push({ tag: 2, data: t.toBuffer() })
    }
    if (m.zkMigrationReady !== false) {
      const t = new Writer(64)
      t.writeBool(m.zkMigrationReady)
      tagged.push({ tag: 3, data: t.toBuffer() })
    }
    w.writeTaggedFields(tagged, m.unknownTaggedFields)
  }
}

export function defaultApiVersion(): ApiVersion {
  return {
    apiKey: 0,
    minVersion: 0,
    maxVersion: 0,
    unknownTaggedFields: undefined,
  }
}

export function readApiVersion(r: Reader, version: number): ApiVersion {
  const $apiKey: number = r.readInt16()
  const $minVersion: number = r.readInt16()
  const $maxVersion: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { apiKey: $apiKey, minVersion: $minVersion, maxVersion: $maxVersion, unknownTaggedFields }
}

export function writeApiVersion(w: Writer, m: ApiVersion, version: number): void {
  w.writeInt16(m.apiKey)
  w.writeInt16(m.minVersion)
  w.writeInt16(m.maxVersion)
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultSupportedFeatureKey(): SupportedFeatureKey {
  return {
    name: "",
    minVersion: 0,
    maxVersion: 0,
    unknownTaggedFields: undefined,
  }
}

export function readSupportedFeatureKey(r: Reader, version: number): SupportedFeatureKey {
  const $name: string = r.readCompactString()
  const $minVersion: number = r.readInt16()
  const $maxVersion: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, minVersion: $minVersion, maxVersion: $maxVersion, unknownTaggedFields }
}

export function writeSupportedFeatureKey(w: Writer, m: SupportedFeatureKey, version: number): void {
  w.writeCompactString(m.name)
  w.writeInt16(m.minVersion)
  w.writeInt16(m.maxVersion)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultFinalizedFeatureKey(): FinalizedFeatureKey {
  return {
    name: "",
    maxVersionLevel: 0,
    minVersionLevel: 0,
    unknownTaggedFields: undefined,
  }
}

export function readFinalizedFeatureKey(r: Reader, version: number): FinalizedFeatureKey {
  const $name: string = r.readCompactString()
  const $maxVersionLevel: number = r.readInt16()
  const $minVersionLevel: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, maxVersionLevel: $maxVersionLevel, minVersionLevel: $minVersionLevel, unknownTaggedFields }
}

export function writeFinalizedFeatureKey(w: Writer, m: FinalizedFeatureKey, version: number): void {
  w.writeCompactString(m.name)
  w.writeInt16(m.maxVersionLevel)
  w.writeInt16(m.minVersionLevel)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
