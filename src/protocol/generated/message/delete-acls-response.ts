// Generated from spec/kafka/message/DeleteAclsResponse.json by scripts/codegen. Do not edit.
// DeleteAclsResponse: response, api key 31, versions 0-3, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The results for each filter. (versions 0+) */
  filterResults: DeleteAclsFilterResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface DeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. (versions 0+) */
  errorCode: number
  /** The error message, or null if the filter succeeded. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The ACLs which matched this filter. (versions 0+) */
  matchingAcls: DeleteAclsMatchingAcl[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface DeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number
  /** The deletion error message, or null if the deletion succeeded. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The ACL resource type. (versions 0+) */
  resourceType: number
  /** The ACL resource name. (versions 0+) */
  resourceName: string
  /** The ACL resource pattern type. (versions 1+) */
  patternType: number
  /** The ACL principal. (versions 0+) */
  principal: string
  /** The ACL host. (versions 0+) */
  host: string
  /** The ACL operation. (versions 0+) */
  operation: number
  /** The ACL permission type. (versions 0+) */
  permissionType: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteAclsResponse(): DeleteAclsResponse {
  return {
    throttleTimeMs: 0,
    filterResults: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $filterResults: DeleteAclsFilterResult[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field FilterResults was serialized as null')
    } else {
      const a: DeleteAclsFilterResult[] = []
      for (let i = 0; i < n; i++) a.push(readDeleteAclsFilterResult(r, version))
      $filterResults = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { throttleTimeMs: $throttleTimeMs, filterResults: $filterResults, unknownTaggedFields }
}

export function writeDeleteAclsResponse(w: Writer, m: DeleteAclsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  {
    const a = m.filterResults
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDeleteAclsFilterResult(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeleteAclsFilterResult(): DeleteAclsFilterResult {
  return {
    errorCode: 0,
    errorMessage: "",
    matchingAcls: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteAclsFilterResult(r: Reader, version: number): DeleteAclsFilterResult {
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
  let $matchingAcls: DeleteAclsMatchingAcl[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field MatchingAcls was serialized as null')
    } else {
      const a: DeleteAclsMatchingAcl[] = []
      for (let i = 0; i < n; i++) a.push(readDeleteAclsMatchingAcl(r, version))
      $matchingAcls = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, errorMessage: $errorMessage, matchingAcls: $matchingAcls, unknownTaggedFields }
}

export function writeDeleteAclsFilterResult(w: Writer, m: DeleteAclsFilterResult, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 2 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  {
    const a = m.matchingAcls
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDeleteAclsMatchingAcl(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeleteAclsMatchingAcl(): DeleteAclsMatchingAcl {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    unknownTaggedFields: undefined,
  }
}

export function readDeleteAclsMatchingAcl(r: Reader, version: number): DeleteAclsMatchingAcl {
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
  const $resourceType: number = r.readInt8()
  const $resourceName: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $patternType: number
  if (version >= 1) {
    $patternType = r.readInt8()
  } else {
    $patternType = 3
  }
  const $principal: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $host: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $operation: number = r.readInt8()
  const $permissionType: number = r.readInt8()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, errorMessage: $errorMessage, resourceType: $resourceType, resourceName: $resourceName, patternType: $patternType, principal: $principal, host: $host, operation: $operation, permissionType: $permissionType, unknownTaggedFields }
}

export function writeDeleteAclsMatchingAcl(w: Writer, m: DeleteAclsMatchingAcl, version: number): void {
  w.writeInt16(m.errorCode)
  void (version >= 2 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  w.writeInt8(m.resourceType)
  void (version >= 2 ? w.writeCompactString(m.resourceName) : w.writeString(m.resourceName))
  if (version >= 1) {
    w.writeInt8(m.patternType)
  } else {
    if (m.patternType !== 3) throw new EncodeError('field PatternType cannot be written at version ' + version + ' of DeleteAclsResponse')
  }
  void (version >= 2 ? w.writeCompactString(m.principal) : w.writeString(m.principal))
  void (version >= 2 ? w.writeCompactString(m.host) : w.writeString(m.host))
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
