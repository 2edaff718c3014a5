// Generated from spec/kafka/message/DescribeAclsRequest.json by scripts/codegen. Do not edit.
// DescribeAclsRequest: request, api key 29, versions 0-3, flexible 2+.
import { EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface DescribeAclsRequest {
  /** The resource type. (versions 0+) */
  resourceTypeFilter: number
  /** The resource name, or null to match any resource name. (versions 0+; nullable 0+) */
  resourceNameFilter: string | null
  /** The resource pattern to match. (versions 1+) */
  patternTypeFilter: number
  /** The principal to match, or null to match any principal. (versions 0+; nullable 0+) */
  principalFilter: string | null
  /** The host to match, or null to match any host. (versions 0+; nullable 0+) */
  hostFilter: string | null
  /** The operation to match. (versions 0+) */
  operation: number
  /** The permission type to match. (versions 0+) */
  permissionType: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeAclsRequest(): DescribeAclsRequest {
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

export function readDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
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

export function writeDescribeAclsRequest(w: Writer, m: DescribeAclsRequest, version: number): void {
  w.writeInt8(m.resourceTypeFilter)
  void (version >= 2 ? w.writeCompactNullableString(m.resourceNameFilter) : w.writeNullableString(m.resourceNameFilter))
  if (version >= 1) {
    w.writeInt8(m.patternTypeFilter)
  } else {
    if (m.patternTypeFilter !== 3) throw new EncodeError('field PatternTypeFilter cannot be written at version ' + version + ' of DescribeAclsRequest')
  }
  void (version >= 2 ? w.writeCompactNullableString(m.principalFilter) : w.writeNullableString(m.principalFilter))
  void (version >= 2 ? w.writeCompactNullableString(m.hostFilter) : w.writeNullableString(m.hostFilter))
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
