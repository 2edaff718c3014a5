// Generated from spec/kafka/message/UpdateFeaturesRequest.json by scripts/codegen. Do not edit.
// UpdateFeaturesRequest: request, api key 57, versions 0-1, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. (versions 0+) */
  timeoutMs: number
  /** The list of updates to finalized features. (versions 0+) */
  featureUpdates: FeatureUpdateKey[]
  /** True if we should validate the request, but not perform the upgrade or downgrade. (versions 1+) */
  validateOnly: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface FeatureUpdateKey {
  /** The name of the finalized feature to be updated. (versions 0+; map key) */
  feature: string
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. (versions 0+) */
  maxVersionLevel: number
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. (versions 0) */
  allowDowngrade: boolean
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). (versions 1+) */
  upgradeType: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUpdateFeaturesRequest(): UpdateFeaturesRequest {
  return {
    timeoutMs: 60000,
    featureUpdates: [],
    validateOnly: false,
    unknownTaggedFields: undefined,
  }
}

export function readUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  const $timeoutMs: number = r.readInt32()
  let $featureUpdates: FeatureUpdateKey[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field FeatureUpdates was serialized as null')
    } else {
      const a: FeatureUpdateKey[] = []
      for (let i = 0; i < n; i++) a.push(readFeatureUpdateKey(r, version))
      $featureUpdates = a
    }
  }
  let $validateOnly: boolean
  if (version >= 1) {
    $validateOnly = r.readBool()
  } else {
    $validateOnly = false
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { timeoutMs: $timeoutMs, featureUpdates: $featureUpdates, validateOnly: $validateOnly, unknownTaggedFields }
}

export function writeUpdateFeaturesRequest(w: Writer, m: UpdateFeaturesRequest, version: number): void {
  w.writeInt32(m.timeoutMs)
  {
    const a = m.featureUpdates
    w.writeArrayLength(true, a.length)
    for (const e of a) writeFeatureUpdateKey(w, e, version)
  }
  if (version >= 1) {
    w.writeBool(m.validateOnly)
  } else {
    if (m.validateOnly !== false) throw new EncodeError('field ValidateOnly cannot be written at version ' + version + ' of UpdateFeaturesRequest')
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultFeatureUpdateKey(): FeatureUpdateKey {
  return {
    feature: "",
    maxVersionLevel: 0,
    allowDowngrade: false,
    upgradeType: 1,
    unknownTaggedFields: undefined,
  }
}

export function readFeatureUpdateKey(r: Reader, version: number): FeatureUpdateKey {
  const $feature: string = r.readCompactString()
  const $maxVersionLevel: number = r.readInt16()
  let $allowDowngrade: boolean
  if (version <= 0) {
    $allowDowngrade = r.readBool()
  } else {
    $allowDowngrade = false
  }
  let $upgradeType: number
  if (version >= 1) {
    $upgradeType = r.readInt8()
  } else {
    $upgradeType = 1
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { feature: $feature, maxVersionLevel: $maxVersionLevel, allowDowngrade: $allowDowngrade, upgradeType: $upgradeType, unknownTaggedFields }
}

export function writeFeatureUpdateKey(w: Writer, m: FeatureUpdateKey, version: number): void {
  w.writeCompactString(m.feature)
  w.writeInt16(m.maxVersionLevel)
  if (version <= 0) {
    w.writeBool(m.allowDowngrade)
  } else {
    if (m.allowDowngrade !== false) throw new EncodeError('field AllowDowngrade cannot be written at version ' + version + ' of UpdateFeaturesRequest')
  }
  if (version >= 1) {
    w.writeInt8(m.upgradeType)
  } else {
    if (m.upgradeType !== 1) throw new EncodeError('field UpgradeType cannot be written at version ' + version + ' of UpdateFeaturesRequest')
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
