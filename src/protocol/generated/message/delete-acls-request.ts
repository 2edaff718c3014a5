// Generated from spec/kafka/message/DeleteAclsRequest.json by scripts/codegen. Do not edit.
// DeleteAclsRequest: request, api key 31, versions 0-3, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. (versions 0+) */
  filters: DeleteAclsFilter[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface DeleteAclsFilter {
  /** The resource type. (versions 0+) */
  resourceTypeFilter: number
  /** The resource name. (versions 0+; nullable 0+) */
  resourceNameFilter: string | null
  /** The pattern type. (versions 1+) */
  patternTypeFilter: number
  /** The principal filter, or null to accept all principals. (versions 0+; nullable 0+) */
  principalFilter: string | null
  /** The host filter, or null to accept all hosts. (versions 0+; nullable 0+) */
  hostFilter: string | null
  /** The ACL operation. (versions 0+) */
  operation: number
  /** The permission type. (versions 0+) */
  permissionType: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDeleteAclsRequest(): DeleteAclsRequest {
  return {
    filters: [],
    unknownTaggedFields: undefined,
  }
}

export function readDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  let $filters: DeleteAclsFilter[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Filters was serialized as null')
    } else {
      const a: DeleteAclsFilter[] = []
      for (let i = 0; i < n; i++) a.push(readDeleteAclsFilter(r, version))
      $filters = a
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
  return { filters: $filters, unknownTaggedFields }
}

export function writeDeleteAclsRequest(w: Writer, m: DeleteAclsRequest, version: number): void {
  {
    const a = m.filters
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDeleteAclsFilter(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDeleteAclsFilter(): DeleteAclsFilter {
  return {
    resourceTypeFilter: 0,
    resourceNameFilter: "",
    patternTypeFilter: 3,
    principalFilter: "",
    hostFilter: "",
    operation: 0,
    permissionType: 0,
    unknownTaggedFields: undefined,
  }
}

export function readDeleteAclsFilter(r: Reader, version: number): DeleteAclsFilter {
  const $resourceTypeFilter: number = r.readInt8()
  const $resourceNameFilter: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
  let $patternTypeFilter: number
  if (version >= 1) {
    $patternTypeFilter = r.readInt8()
  } else {
    $patternTypeFilter = 3
  }
  const $principalFilter: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
  const $hostFilter: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
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
  return { resourceTypeFilter: $resourceTypeFilter, resourceNameFilter: $resourceNameFilter, patternTypeFilter: $patternTypeFilter, principalFilter: $principalFilter, hostFilter: $hostFilter, operation: $operation, permissionType: $permissionType, unknownTaggedFields }
}

export function writeDeleteAclsFilter(w: Writer, m: DeleteAclsFilter, version: number): void {
  w.writeInt8(m.resourceTypeFilter)
  void (version >= 2 ? w.writeCompactNullableString(m.resourceNameFilter) : w.writeNullableString(m.resourceNameFilter))
  if (version >= 1) {
    w.writeInt8(m.patternTypeFilter)
  } else {
    if (m.patternTypeFilter !== 3) throw new EncodeError('field PatternTypeFilter cannot be written at version ' + version + ' of DeleteAclsRequest')
  }
  void (version >= 2 ? w.writeCompactNullableString(m.principalFilter) : w.writeNullableString(m.principalFilter))
  void (version >= 2 ? w.writeCompactNullableString(m.hostFilter) : w.writeNullableString(m.hostFilter))
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
